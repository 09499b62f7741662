## Switchboard — Norwegian Bokmål (nb). Keys and order are exactly those of
## the English reference locale (en/main.ftl).

app-name = Switchboard
loading = Laster inn…
skip-to-content = Gå til hovedinnholdet
language-label = Språk
signed-in-as = Logget inn som { $email }
sign-out = Logg ut
shortcuts-open = Hurtigtaster
shortcuts-title = Hurtigtaster
shortcuts-help = Vis denne listen
shortcuts-search = Gå til søkefeltet på siden
shortcuts-close = Lukk en dialogboks
dialog-close = Lukk

## Navigation
nav-main = Hovednavigasjon
nav-partner-hub = Partner Hub
nav-control-hub = Control Hub
nav-customers = Kunder
nav-overview = Oversikt
nav-audit = Revisjonslogg
nav-users = Brukere
nav-locations = Steder

## Sign-in
sign-in-title = Logg inn på Switchboard
sign-in-email = E-postadresse
sign-in-password = Passord
sign-in-submit = Logg inn
sign-in-pending = Logger inn…

## Partner Hub: customers (PH-1)
customers-title = Kunder
customers-search = Søk etter kunder
customers-count =
    { $count ->
        [one] { $count } kunde
       *[other] { $count } kunder
    }
customers-empty = Ingen kunder samsvarer med søket.
customers-col-name = Kunde
customers-col-country = Land
customers-col-admins = Administratorer
customers-col-created = Opprettet
customers-col-actions = Handlinger
customers-launch = Start Control Hub
customers-launch-label = Start Control Hub for { $name }

## Control Hub: overview
overview-title = Oversikt
overview-details = Organisasjonsdetaljer
overview-partner = Administreres av partner
overview-no-partner = Administreres ikke av en partner
overview-country = Land
overview-created = Opprettet
overview-subscriptions = Abonnementer og lisenser
overview-no-subscriptions = Denne organisasjonen har ingen abonnementer ennå.
overview-col-license = Lisens
overview-col-subscription = Abonnements-ID
overview-col-used = I bruk
overview-col-available = Tilgjengelig
overview-col-total = Totalt
overview-admins = Administratorer
overview-col-name = Navn
overview-col-email = E-post
overview-col-role = Rolle
overview-read-only = Du har bare lesetilgang til denne organisasjonen.
overview-acting-as = Du arbeider i { $org } som administrator for { $partner }. Alle endringer registreres med begge navnene.

## Roles (T-2)
role-partner_full_admin = Fullstendig partneradministrator
role-partner_read_only = Skrivebeskyttet partneradministrator
role-customer_full_admin = Fullstendig administrator
role-provisioning_admin = Klargjøringsadministrator

## Audit log
audit-title = Revisjonslogg
audit-col-when = Når
audit-col-who = Hvem
audit-col-action = Handling
audit-col-detail = Detaljer
audit-empty = Ingenting er registrert ennå.
audit-more = Vis eldre oppføringer
audit-acting-from = fra { $org }
action-sign_in = Logget inn
action-sign_out = Logget ut
action-language_changed = Endret språk
action-org_created = Opprettet organisasjon
action-admin_created = La til administrator
action-api_token_created = Opprettet API-token
action-users_added = La til brukere
action-package_changed = Endret pakken til en bruker
action-user_renamed = Endret navnet på en bruker
action-user_deleted = Slettet en bruker
action-location_added = La til et sted
action-location_changed = Endret et sted
action-location_deleted = Slettet et sted
action-numbers_added = La til telefonnumre
action-number_deleted = Slettet et telefonnummer
action-catalog_renamed = Endret navnet på en katalogoppføring
action-users_imported = Importerte brukere fra en CSV-fil
action-users_import_undone = Angret en CSV-import av brukere

## Other pages
not-found-title = Finner ikke siden
not-found-back = Gå til startsiden

## Stable codes (SPEC 5.3): what each one tells the admin.
code-unauthenticated = Økten er avsluttet. Logg inn på nytt.
code-invalid_credentials = E-postadressen eller passordet er feil.
code-rate_limited = For mange mislykkede påloggingsforsøk. Vent et minutt, og prøv på nytt.
code-forbidden = Du har ikke tilgang til denne organisasjonen eller handlingen.
code-not_found = Dette elementet finnes ikke (lenger).
code-csrf_rejected = Forespørselen kom ikke fra denne portalen og ble avvist.
code-payload_too_large = Forespørselen er for stor.
code-bad_request = Forespørselen kunne ikke tolkes.
code-internal = Noe gikk galt på serveren. Prøv på nytt. Hvis problemet vedvarer, kontakter du brukerstøtte.
code-org_name_empty = Skriv inn navnet på organisasjonen.
code-org_name_too_long = Organisasjonsnavnet er for langt (høyst 128 tegn).
code-org_name_invalid = Organisasjonsnavnet inneholder tegn som ikke er tillatt.
code-site_name_empty = Skriv inn et URL-navn for nettstedet.
code-site_name_too_long = URL-navnet for nettstedet er for langt (høyst 63 tegn).
code-site_name_invalid = Bruk 3 til 63 bokstaver, sifre eller bindestreker, uten bindestrek først eller sist.
code-country_unknown = Velg et land eller en region fra listen.
code-language_unknown = Dette språket er ikke tilgjengelig.
code-password_too_short = Passordet må ha minst 12 tegn.
code-password_too_long = Passordet kan ha høyst 256 tegn.
code-file_empty = Filen er tom.
code-header_missing_column = En obligatorisk kolonne mangler i overskriftsraden. Ikke fjern kolonner fra malen.
code-header_unknown_column = Overskriftsraden har en kolonne som denne malen ikke kjenner. Kontroller stavemåten.
code-header_duplicate_column = En kolonne forekommer to ganger i overskriftsraden.
code-too_many_rows = Filen har for mange rader (høyst 100 000).
code-row_width_mismatch = Denne raden har et annet antall celler enn overskriftsraden.
code-not_utf8 = Filen er ikke UTF-8-tekst. Lagre den som "CSV UTF-8".
code-file_too_large = Filen er større enn 50 MB. Del den opp i mindre filer.
code-email_missing = Skriv inn en e-postadresse.
code-email_invalid = Dette er ikke en gyldig e-postadresse.
code-email_duplicate_in_file = Denne e-postadressen forekommer mer enn én gang (i en tidligere rad).
code-boolean_invalid = Bruk TRUE eller FALSE.
code-package_multiple = Bare én pakke kan være TRUE i en rad.
code-extension_or_number_missing = Denne pakken krever et internnummer eller et telefonnummer.
code-extension_invalid = Et internnummer har 2 til 10 sifre.
code-phone_number_invalid = Dette er ikke et gyldig telefonnummer for stedet.
code-location_missing = Denne pakken krever et sted.
code-location_unknown = Det finnes ikke noe sted med dette navnet i organisasjonen.
code-jabber_calling_missing = Jabber Calling må være TRUE eller FALSE.
code-jabber_teams_missing = Jabber with Webex Teams må være TRUE eller FALSE.
code-preferred_site_missing = Det er ikke angitt noe foretrukket Webex-nettsted: møter fungerer kanskje ikke for denne brukeren før det er angitt.
code-user_unknown_for_delete = Brukeren som skal slettes, finnes ikke.
code-extension_in_use = Dette internnummeret er allerede i bruk i organisasjonen.
code-number_in_use = Dette telefonnummeret er allerede tildelt.
code-license_exhausted = Det er ingen lisenser av denne typen igjen i abonnementet.
code-username_unknown = Det finnes ingen bruker med dette brukernavnet.
code-type_invalid = Typen må være USER.
code-device_type_invalid = Enhetstypen må være WEBEX_CALLING.
code-model_unknown = Denne enhetsmodellen finnes ikke i den godkjente katalogen.
code-mac_invalid = Dette er ikke en gyldig MAC-adresse for enheten.
code-mac_duplicate = Det finnes allerede en enhet med denne MAC-adressen.
code-mac_not_allowed = Webex Go-enheter har ingen MAC-adresse: la cellen stå tom.
code-webex_go_column_missing = Kolonnen for Webex Go-abonnementet mangler.
code-not_calling_professional = Brukeren trenger en Webex Calling Professional-lisens.
code-location_not_eligible = Webex Go er bare tilgjengelig for brukere som befinner seg i USA eller Storbritannia.
code-webex_go_license_exhausted = Det er ingen Webex Go-lisenser igjen i abonnementet.
code-webex_go_subscription_multiple = Bare én Webex Go-abonnementskolonne kan være TRUE i en rad.
code-webex_go_subscription_unknown = Organisasjonen har ikke noe Webex Go-abonnement med denne ID-en. Last ned malen på nytt.
code-webex_go_line_exists = Denne brukeren har allerede en Webex Go-linje.
code-location_mismatch = Dette er ikke brukerens sted. La cellen stå tom eller skriv inn brukerens sted.
code-extension_mismatch = Dette er ikke brukerens internnummer. La cellen stå tom eller skriv inn brukerens internnummer.
code-number_mismatch = Dette er ikke brukerens telefonnummer. La cellen stå tom eller skriv inn brukerens nummer.
code-phone_number_missing = Brukeren har ikke noe telefonnummer: skriv inn et ledig nummer fra brukerens sted.
code-workspace_name_empty = Skriv inn navnet på arbeidsområdet.
code-workspace_name_too_long = Navnet på et arbeidsområde kan ha høyst 30 tegn.
code-workspace_name_forbidden_character = Navnet på et arbeidsområde kan ikke inneholde % # < > , \ eller ".
code-workspace_device_limit = Dette arbeidsområdet har ikke plass til flere enheter.
code-activation_not_pending = Du kan bare generere en ny aktiveringskode mens aktiveringen venter.
code-activation_code_unknown = Denne aktiveringskoden finnes ikke.
code-activation_code_expired = Denne aktiveringskoden er utløpt. Generer en ny.
code-activation_code_used = Denne aktiveringskoden er allerede brukt.
code-activation_code_superseded = Denne aktiveringskoden er erstattet av en nyere.
code-line_not_active = Denne linjen er ikke aktivert på en telefon ennå.
code-too_many_users = Du kan legge til opptil 25 brukere om gangen.
code-name_missing = Skriv inn et navn.
code-name_too_long = Et navn kan ha høyst 64 tegn.
code-name_invalid = Et navn kan ikke inneholde linjeskift eller andre kontrolltegn.
code-catalog_name_empty = Skriv inn et navn.
code-catalog_name_too_long = Navnet på en pakke eller lisens kan ha høyst 60 tegn.
code-catalog_name_invalid = Navnet på en pakke eller lisens kan ikke inneholde linjeskift eller andre kontrolltegn.
code-catalog_name_in_use = En annen oppføring har allerede dette navnet. Velg et navn som kundene dine kan skille fra de andre.
code-undo_expired = En import kan angres i 24 timer etter at den ble fullført; denne er eldre.
code-undo_not_available = Denne importen kan ikke angres: bare en fullført import kan angres, og bare én gang.
code-changed_since_import = Latt være: brukeren ble endret etter importen.
code-package_missing = Velg en pakke.
code-package_unknown = Denne pakken finnes ikke i katalogen.
code-email_in_use = Organisasjonen har allerede en bruker med denne e-postadressen.
code-number_unknown = Dette telefonnummeret finnes ikke i organisasjonens nummerbeholdning.
code-number_other_location = Dette telefonnummeret tilhører et annet sted.
code-location_name_empty = Skriv inn navnet på stedet.
code-location_name_too_long = Navnet på et sted kan ha høyst 80 tegn.
code-location_name_invalid = Navnet på et sted kan ikke inneholde linjeskift eller andre kontrolltegn.
code-location_name_in_use = Organisasjonen har allerede et sted med dette navnet.
code-location_in_use = Dette stedet har fortsatt brukere eller telefonnumre.
code-address_line_missing = Skriv inn gateadressen.
code-city_missing = Skriv inn byen.
code-address_field_too_long = Dette adressefeltet kan ha høyst 100 tegn.
code-address_field_invalid = En adresse kan ikke inneholde linjeskift eller andre kontrolltegn.
code-number_exists = Dette telefonnummeret finnes allerede i en nummerbeholdning.

## Users list (Control Hub)
users-title = Brukere
users-add = Legg til brukere
users-added =
    { $count ->
        [one] { $count } bruker er lagt til. En invitasjon sendes på e-post.
       *[other] { $count } brukere er lagt til. Invitasjoner sendes på e-post.
    }
users-search = Søk etter navn eller e-post
users-sort = Sorter etter
users-sort-name_asc = Navn (A–Å)
users-sort-name_desc = Navn (Å–A)
users-sort-email_asc = E-post (A–Å)
users-sort-email_desc = E-post (Å–A)
users-filter-all = Alle
users-filter-package = Pakke
users-filter-location = Sted
users-filter-status = Status
users-count = Brukere i denne organisasjonen: { $total } · side { $page }
users-empty = Ingen brukere samsvarer med søket.
users-col-name = Navn
users-col-email = E-post
users-col-package = Pakke
users-col-location = Sted
users-col-extension = Internnummer
users-col-number = Telefonnummer
users-col-status = Status
users-pages = Sider med brukere
pager-previous = Forrige side
pager-next = Neste side
user-status-invited = Invitert
user-status-active = Aktiv
user-status-inactive = Inaktiv

## Add users manually (PH-2)
add-users-title = Legg til brukere manuelt
add-users-intro = Du kan legge til opptil { $max } brukere om gangen. Hver bruker får en invitasjon på e-post. Ingenting lagres med mindre alle radene er gyldige.
add-users-row = Bruker { $row }
add-users-email = E-postadresse
add-users-first-name = Fornavn
add-users-last-name = Etternavn
add-users-display-name = Visningsnavn
add-users-package = Pakke
add-users-package-choose = Velg en pakke
add-users-remove = Fjern
add-users-remove-row = Fjern bruker { $row }
add-users-add-row = Legg til en bruker til
add-users-row-count = { $count } av { $max } brukere
add-users-submit =
    { $count ->
        [one] Legg til { $count } bruker
       *[other] Legg til { $count } brukere
    }
add-users-saving = Lagrer…
add-users-fix =
    { $count ->
        [one] Rett { $count } problem før du lagrer.
       *[other] Rett { $count } problemer før du lagrer.
    }

## Calling data (PH-4, PH-8)
calling-location = Sted
calling-location-none = Intet sted
calling-extension = Internnummer
calling-number = Telefonnummer
calling-hint = Pakker med telefoni krever et sted og et internnummer eller et telefonnummer. Telefonnumre i nasjonalt format tolkes ut fra landet stedet ligger i.

## One user
user-title = Bruker
user-profile = Profil
user-created = Lagt til
user-email-language = E-postspråk
user-email-language-default = Standard (engelsk)
user-email-language-hint = Aktiveringskoder og annen e-post til denne brukeren skrives på dette språket.
user-email-language-saved = Lagret.
user-package = Pakke
user-licenses = Lisenser
user-change-package = Endre pakke
user-new-package = Ny pakke
user-calling-required = Denne pakken krever telefonidata: et sted og et internnummer eller et telefonnummer.
user-calling-optional = Denne pakken krever ingen telefonidata.
user-change = Endre
user-package-changed = Pakken er endret til { $package }.
user-calling = Telefoni
user-devices = Enheter
user-devices-empty = Ingen enheter ennå.
cancel = Avbryt

## Locations and numbers
locations-title = Steder
locations-add = Legg til sted
locations-empty = Ingen steder ennå.
locations-col-name = Navn
locations-col-address = Adresse
locations-col-country = Land
locations-col-users = Brukere
locations-col-numbers = Numre
locations-col-free = Ledige numre
locations-line1 = Gateadresse
locations-line2 = Adresselinje 2
locations-city = By
locations-state = Fylke eller region
locations-postal-code = Postnummer
locations-edit = Rediger sted
locations-edit-label = Rediger { $name }
locations-delete-label = Slett { $name }
locations-delete-title = Vil du slette { $name }?
locations-delete-body = Stedet og adressen blir fjernet. Dette kan ikke angres.
button-edit = Rediger
button-delete = Slett
button-save = Lagre

numbers-title = Telefonnumre
numbers-add = Legg til numre
numbers-empty = Ingen telefonnumre.
numbers-pages = Sider med telefonnumre
numbers-col-state = Status
numbers-col-user = Bruker
numbers-assigned = Tildelt
numbers-free = Ledig
numbers-text = Telefonnumre, ett per linje
numbers-hint = I internasjonalt format (+1 231 456 9000) eller i nasjonalt format for landet stedet ligger i. Ingenting legges til med mindre alle linjene er gyldige.
numbers-line-problem = Linje { $line }: { $problem }

## Brukere → Importer CSV (PH-4 … PH-7)

users-import = Importer CSV
users-export = Eksporter CSV
import-title = Importer brukere fra en CSV-fil
import-lead = Legg til, endre og slett mange brukere samtidig. Filen kontrolleres her, mot dataene til denne organisasjonen, før noe sendes. Ingenting endres før du utfører importen.
import-template = Last ned malen
import-step-file = 1. Velg filen
import-choose = CSV-fil
import-choose-hint = UTF-8 (med eller uten BOM), komma- eller semikolonseparert, opptil 100 000 rader og 50 MB. Hvis alle pakkekolonnene er FALSE, slettes brukeren.
import-reading = Leser filen…
import-checking = Kontrollerer filen…
import-checking-rows = Sjekker rader: { $done } av { $total } …
import-sending = Sender…
import-checked = Rader kontrollert: { $rows }. Feil: { $errors }, advarsler: { $warnings }.
import-findings = 2. Funn
import-no-findings = Fant ingen problemer.
import-error-report = Last ned feilrapporten
import-filter-severity = Alvorlighetsgrad
import-filter-code = Problem
import-col-row = Rad
import-col-column = Kolonne
import-col-severity = Alvorlighetsgrad
import-col-problem = Problem
import-col-email = E-post
import-col-action = Handling
import-col-outcome = Resultat
import-header-row = Overskriftsrad
severity-error = Feil
severity-warning = Advarsel
import-more-findings =
    { $count ->
        [one] Ytterligere { $count } funn står i feilrapporten.
       *[other] Ytterligere { $count } funn står i feilrapporten.
    }
import-row-cells = Rad { $row } slik den står i filen
import-preview = 3. Forhåndsvisning
import-preview-add = Brukere som legges til
import-preview-modify = Brukere som endres
import-preview-delete = Brukere som slettes
import-preview-licenses = Lisenser som denne importen tar i bruk og frigjør
import-col-license = Lisens
import-col-subscription = Abonnement
import-col-consumed = Tas i bruk
import-col-freed = Frigjøres
import-col-left = Igjen etterpå
import-mode = Tjenester
import-mode-default = Gi også alle brukere Basic Messaging, Basic Space Meetings og Call on Webex
import-mode-authoritative = Legg til og fjern tjenester: kolonnene Basic Messaging, Basic Space Meetings og Call on Webex i filen bestemmer
import-all-or-nothing = Alt eller ingenting: hvis en rad avvises, utføres ingen av radene
import-blocked-all-or-nothing = Rett feilene først, eller fjern merket for «Alt eller ingenting» for å utføre radene uten feil.
import-rows-skipped =
    { $count ->
        [one] { $count } rad har feil og blir utelatt.
       *[other] { $count } rader har feil og blir utelatt.
    }
import-apply =
    { $count ->
        [one] Utfør { $count } rad
       *[other] Utfør { $count } rader
    }
import-recent = Nylige importer
import-recent-empty = Ingen importer ennå.
import-job-title = CSV-import
import-back-to-users = Tilbake til brukere
import-another = Importer en annen fil
import-progress = { $done } av { $total } rader er behandlet
import-status-draft = Ikke utført
import-status-queued = Venter på å starte
import-status-running = Kjører
import-status-done = Fullført
import-status-failed = Ikke utført
import-status-undo_queued = Angring venter på å starte
import-status-undoing = Angrer
import-status-undone = Angret
import-undo = Angre denne importen
import-undo-until = Du kan angre denne importen til { $time }.
import-undo-confirm = Angring gjenoppretter alle brukere, lisenser og numre denne importen endret. Brukere som er endret etter importen, blir latt være og listet opp.
import-undo-yes = Angre importen
import-undone-rows = Gjenopprettet
import-undo-conflicts = Latt være etter senere endringer
import-col-undo = Angring
import-undo-outcome-undone = Gjenopprettet
import-undo-outcome-conflict = Latt være
import-outcome-applied = Utført
import-outcome-refused = Avvist
import-outcome-skipped = Utelatt
import-kind-add = Legg til
import-kind-modify = Endre
import-kind-delete = Slett
import-results = Resultater per rad
import-more-rows = Vis flere rader
import-failure-rows_refused = Ingenting ble utført: importen var «alt eller ingenting», og en rad ble avvist.
import-failure-internal = Importen stoppet på grunn av en serverfeil. Ingenting er halvveis utført; rader som ble utført, står nedenfor.
import-failure-file_unreadable = Den lagrede filen kunne ikke leses på nytt. Ingenting ble utført.

## Partner Hub → Catalog
nav-catalog = Katalog
catalog-title = Katalog
catalog-intro = Navnene kundene dine ser for pakker og lisenser. Nøklene endres aldri, så skript og CSV-filer fortsetter å virke etter at et navn er endret.
catalog-packages = Pakker
catalog-licenses = Lisenser
catalog-col-name = Navn
catalog-col-key = Nøkkel
catalog-col-grants = Lisenser som gis
catalog-col-everyone = Gis til alle brukere
catalog-everyone-yes = Ja
catalog-everyone-no = Nei
catalog-rename = Gi nytt navn
catalog-reset = Tilbakestill
catalog-rename-label = Gi { $name } nytt navn
catalog-reset-label = Tilbakestill { $name } til standardnavnet
catalog-rename-title = Gi { $name } nytt navn
catalog-default-name = Standardnavn: { $name }
catalog-renamed = Nytt navn: { $name }.
catalog-reset-done = Tilbake til { $name }.

## Emails
email-invitation-subject = { $admin } har invitert deg til { $org }
email-invitation-body =
    Hei { $name },

    { $admin } har lagt deg til i { $org } i Switchboard. Samtale- og møtetjenestene dine blir nå konfigurert, og administratoren gir deg beskjed når de er klare.
email-webex-go-subject = Aktiveringskoden din for Webex Go
email-webex-go-body =
    Hei, { $name }!

    { $org } har gitt deg en Webex Go-jobblinje på din egen mobiltelefon.

    Aktiveringskoden din: { $code }
    Den kan brukes én gang og utløper { $expires }.

    iPhone: Innstillinger → Mobiltjeneste → Legg til eSIM → Bruk QR-kode → Skriv inn detaljer manuelt. SM-DP+-adresse: { $smdp }, aktiveringskode: { $code }.
    Android: Innstillinger → Nettverk og internett → SIM-kort → Legg til eSIM → Trenger du hjelp? → Skriv inn manuelt. Kode for nettverksleverandør: { $provider }, deretter aktiveringskoden.

    Hvis koden utløper eller du bytter telefon, ber du administratoren om en ny kode.

## Enheter og Webex Go (sak 5: GO-1 … GO-14)
nav-devices = Enheter
line-status-activation_pending = Venter på aktivering
line-status-online = Tilkoblet
line-status-offline = Frakoblet
users-col-webex-go = Webex Go
user-device-actions = Enhetshandlinger for { $name }
user-add-webex-go = Legg til Webex Go-enhet
devices-title = Enheter
devices-add = Legg til enhet
devices-search = Søk etter bruker, e-post eller modell
devices-count = Enheter: { $total } · side { $page }
devices-empty = Ingen enheter samsvarer med søket.
devices-pages = Sider med enheter
devices-deleted = Enheten er slettet. Webex Go-lisensen er tilbake blant de tilgjengelige lisensene.
devices-col-device = Enhet
devices-col-owner = Bruker
devices-col-status = Status
devices-col-number = Telefonnummer
devices-col-added = Lagt til
add-device-title = Legg til enhet
add-device-step-user = Trinn 1: brukeren
add-device-for = Hvem enheten er for
add-device-existing-user = Eksisterende bruker
add-device-user-search = Søk etter brukere med navn eller e-post
add-device-choose-user = Velg brukeren
add-device-no-users = Ingen brukere samsvarer med søket.
add-device-user-required = Velg en bruker først.
add-device-next = Neste
add-device-back = Tilbake
add-device-step-type = Trinn 2: en enhet for { $name }
add-device-type = Enhetstype
add-device-webex-go = Webex Go-enhet
add-device-webex-go-hint = En jobblinje på brukerens egen mobiltelefon, via eSIM.
add-device-type-required = Velg en enhetstype.
webex-go-title = Legg til Webex Go-enhet
webex-go-for = For { $name } ({ $email })
webex-go-details = Linjedetaljer
webex-go-license-note = Enheten bruker én Webex Go-lisens fra abonnementet.
webex-go-subscription = Abonnements-ID
webex-go-subscription-choose = Velg et abonnement
webex-go-subscription-option = { $id } (tilgjengelige lisenser: { $available } av { $quantity })
webex-go-subscription-required = Velg abonnementet linjen skal bruke en Webex Go-lisens fra.
webex-go-number = Telefonnummer
webex-go-number-hint = Brukeren har ikke noe telefonnummer ennå. Velg et ledig nummer på brukerens sted, eller skriv inn et nummer.
webex-go-uses-number = Linjen bruker brukerens telefonnummer, { $number }.
webex-go-email-sent = Aktiveringskoden og instruksjonene sendes til brukeren på e-post.
webex-go-email-suppressed = E-post til brukere er slått av i denne organisasjonen: Du kopierer, sender eller skriver ut aktiveringskoden selv.
webex-go-add = Legg til
webex-go-adding = Legger til…
webex-go-added = Webex Go-enheten er lagt til for { $name }.
webex-go-ineligible = Webex Go kan ikke legges til for denne brukeren:
webex-go-has-line = { $name } har allerede en Webex Go-linje.
webex-go-open-device = Åpne enheten
webex-go-back-to-user = Tilbake til brukeren
activation-title = Aktiveringsdetaljer
activation-once = Aktiveringskoden vises bare nå. Når du forlater denne siden, kan den ikke vises igjen: Gi den videre nå, eller generer en ny senere.
activation-qr-label = QR-kode for å aktivere Webex Go-eSIM-en til { $name }
activation-apple = For Apple-enheter
activation-android = For Android-enheter
activation-smdp = SM-DP+-adresse
activation-code = Aktiveringskode
activation-provider = Kode for nettverksleverandør
activation-expires-on = Koden kan brukes én gang og utløper { $date }.
activation-emailed = Sendt på e-post til { $email }, med instruksjoner.
activation-not-emailed = E-post til brukere er slått av i denne organisasjonen: Kopier, send eller skriv ut koden for brukeren.
activation-copy = Kopier koden
activation-copied = Koden er kopiert.
activation-copy-failed = Nettleseren tillot ikke kopiering: Merk koden og kopier den manuelt.
activation-print = Skriv ut
activation-send-to = Send til en adresse
activation-send-address = E-postadresse
activation-send = Send
activation-sent = Sendt til { $email }.
device-title = Enhet
device-details = Detaljer
device-model = Modell
device-subscription = Abonnement
device-code-expires = Aktiveringskoden utløper
device-no-code = Ingen ubrukt aktiveringskode
device-actions = Handlinger
device-regenerate = Generer ny aktiveringskode
device-regenerate-hint = Alle tidligere koder slutter å virke.
device-regenerate-unavailable = Bare tilgjengelig mens aktiveringen venter; nå er linjen aktiv på en telefon. Når brukeren fjerner den fra telefonen, går linjen tilbake til Venter på aktivering.
device-lost-stolen = Mistet/stjålet
device-lost-hint = Deaktiverer linjen på den mistede telefonen og genererer aktiveringsdetaljer for en ny telefon.
device-lost-title = Melde telefonen som mistet eller stjålet?
device-lost-body = Jobblinjen på den mistede telefonen deaktiveres med en gang: Den kan ikke lenger ringe ut eller ta imot jobbsamtaler. Nye aktiveringsdetaljer genereres for den nye telefonen, og alle tidligere koder slutter å virke.
device-lost-confirm = Deaktiver linjen og generer nye detaljer
device-lost-done = Linjen på den mistede telefonen er deaktivert. Nye aktiveringsdetaljer for den nye telefonen:
device-new-code = Ny aktiveringskode er generert. Alle tidligere koder har sluttet å virke.
device-delete-hint = Fjerner enheten; lisensen går tilbake til de tilgjengelige lisensene.
device-delete-title = Slette denne Webex Go-enheten?
device-delete-body = Linjen deaktiveres: Jobbsamtaler kan ikke lenger ringes ut eller besvares fra telefonens innebygde telefonapp, og Webex Go-lisensen går tilbake til de tilgjengelige lisensene. Brukeren fjerner den døde linjen fra telefonen selv.
overview-email = E-post til brukere
overview-suppress-email = Ikke send e-post til brukere
overview-suppress-email-hint = Når dette er slått på, sender ikke Switchboard aktiveringskoder til brukere på e-post: Administratorene kopierer, sender eller skriver dem ut.
overview-suppress-email-on = På: Administratorene gir aktiveringskodene videre.
overview-suppress-email-off = Av: Brukerne får aktiveringskodene på e-post.

## Detaljert samtalehistorikk (GO-16)
code-call_record_invalid = Denne samtaleposten er ikke et objekt i mottaks-API-ets format.
code-call_record_id_invalid = En samtalepost trenger en ID på 1–128 synlige tegn uten mellomrom.
code-call_start_missing = En samtalepost trenger et starttidspunkt.
code-call_start_invalid = Starttidspunktet er ikke dato og klokkeslett i RFC 3339-format (2026-03-04T10:15:30Z).
code-call_start_out_of_range = Starttidspunktet er før år 2000 eller mer enn et døgn fram i tid.
code-call_duration_invalid = Varigheten må være mellom 0 sekunder og 24 timer.
code-call_direction_invalid = Retningen må være ORIGINATING eller TERMINATING.
code-call_number_invalid = Et anropende eller oppringt nummer har høyst 128 tegn og ingen kontrolltegn.
code-sub_client_type_unknown = Ukjent underklienttype. Bruk Mobile_Network, Desktop, Mobile_App, Desk_Phone, Browser eller Other.
code-call_user_unknown = Organisasjonen har ingen slik bruker.
code-call_device_unknown = Organisasjonen har ingen slik enhet.
code-call_device_user_mismatch = Denne enheten tilhører en annen bruker enn den samtaleposten oppgir.
code-call_records_too_many = Send høyst 1 000 samtaleposter per forespørsel.
code-date_range_invalid = Skriv inn to datoer, der den andre ikke er før den første.
code-date_range_too_long = Velg en periode på høyst 31 dager.
code-export_too_large = Eksporten ville hatt mer enn 100 000 samtaler. Velg en kortere periode eller flere filtre.
code-device_management_not_entitled = Denne organisasjonen har ikke Device Management-integrasjonen, så partneradministrerte enheter kan ikke administreres her.
code-disclaimer_not_acknowledged = Bekreft at du er ansvarlig for å sikre SIP-legitimasjonen før du lagrer.
code-device_not_partner_managed = Denne handlingen gjelder bare partneradministrerte SIP-enheter.
code-device_needs_user = En personlig enhet må ha minst én bruker. Legg til en annen bruker før du fjerner denne.
code-device_catalog_field_invalid = Skriv 1 til 60 tegn uten tabulatorer eller linjeskift.
code-line_count_invalid = Skriv et antall linjer fra 1 til 16.
code-room_type_unknown = Velg en av romtypene.
code-capacity_invalid = Skriv en kapasitet fra 1 til 999.
code-workspace_license_unknown = Velg Workspace Professional eller Common Area.
code-devices_too_many = Send høyst 500 enheter per forespørsel.
code-order_subscription_id_invalid = Abonnements-ID-en må ha 1 til 64 bokstaver, sifre, bindestreker eller understreker.
code-order_services_empty = Bestillingen må inneholde minst én tjeneste.
code-order_service_unknown = Ukjent tjeneste. Bruk meetings, calling eller suite.
code-order_service_duplicate = Bestillingen har denne tjenesten to ganger. Før opp hele antallet på én linje.
code-order_quantity_invalid = Skriv et antall fra 1 til 100 000.
code-order_conflict = En bestilling med denne abonnements-ID-en er allerede mottatt med annet innhold.
code-org_id_invalid = Dette er ikke en gyldig organisasjons-ID.
code-business_vertical_unknown = Velg en bransje fra listen.
code-wizard_step_mismatch = Dette trinnet i oppsettet er endret i mellomtiden, for eksempel i en annen fane. Last inn siden på nytt for å fortsette der oppsettet står.
code-wizard_state_invalid = Den lagrede fremdriften i oppsettet kunne ikke leses. Start oppsettet på nytt.
code-customer_setup_not_applicable = Bare en bestilling for en kunde kan overlates til kunden å sette opp.
code-time_zone_unknown = Velg en tidssone fra listen.
code-sites_empty = Legg til minst ett Webex-nettsted.
code-sites_too_many = Sett opp høyst 10 nettsteder.
code-site_name_duplicate = To nettsteder kan ikke ha samme URL-navn.
code-site_name_taken = Dette URL-navnet for nettstedet er allerede i bruk. Velg et annet.
code-site_licenses_invalid = Med flere nettsteder må hvert nettsted få minst én lisens.
code-license_split_mismatch = Lisensene som fordeles på nettstedene, må til sammen utgjøre antallet som er bestilt.
code-address_country_mismatch = Adressen må være i landet eller regionen som er valgt for hovedkontoret.
code-setup_link_invalid = Denne oppsettkoblingen er ikke gyldig. Åpne koblingen fra e-posten nøyaktig slik den ble sendt.
code-setup_link_expired = Denne oppsettkoblingen er utløpt. Be den som la inn bestillingen om å sende en ny.
code-setup_link_superseded = Denne oppsettkoblingen er erstattet av en nyere, for eksempel fordi bestillingen ble overlatt til noen andre.
code-customer_has_no_admin = Kundeorganisasjonen har ingen administrator som kan sette opp tjenestene. Sett dem opp selv, eller legg til en administrator først.
code-not_provisioning_admin = Du har ikke etiketten Klargjøringsadministrator i denne organisasjonen.

## Emails: subscription orders (issue 7)
email-order-welcome-subject = Klargjøringsinformasjon trengs for bestilling { $subscription }
email-order-welcome-body =
    Hei,

    Bestilling { $subscription } er klar til å settes opp: { $services }.

    Oppsettet har to deler: finn organisasjonen, og sett deretter opp tjenestene. Start her (Sett opp tjeneste):
    { $link }

    Koblingen virker til { $expires }. Hvis du ikke ventet denne e-posten, kontakt selgeren du bestilte hos.
email-order-handover-subject = { $admin } ba deg fullføre bestilling { $subscription }
email-order-handover-body =
    Hei,

    { $admin } ba deg fullføre oppsettet av bestilling { $subscription }: { $services }.

    Oppsettet har to deler: finn organisasjonen, og sett deretter opp tjenestene. Start her (Sett opp tjeneste):
    { $link }

    Koblingen virker til { $expires }.
email-order-customer-setup-subject = Sett opp tjenestene i bestilling { $subscription }
email-order-customer-setup-body =
    Hei,

    { $admin } knyttet bestilling { $subscription } ({ $services }) til { $org } og overlot oppsettet av tjenestene til deg. Partneren din beholder tilgangen for å hjelpe deg.

    Fortsett her (Sett opp tjeneste):
    { $link }

    Koblingen virker til { $expires }.
email-full-admin-request-subject = { $admin } ber om fulle administratorrettigheter i { $org }
email-full-admin-request-body =
    Hei,

    { $admin } ({ $email }) klargjorde et abonnement for { $org } og har etiketten Klargjøringsadministrator der. Vedkommende ber deg gjøre dem til full administrator i { $org }.

    Godkjenn eller avslå forespørselen i organisasjonens oversikt: { $link }

    Hvis du ikke kjenner til denne forespørselen, kan du avslå den eller se bort fra e-posten.
nav-call-history = Samtalehistorikk
calls-title = Detaljert samtalehistorikk
calls-intro = Samtaler som telefoniplattformen har rapportert. Samtaler på en Webex Go-linje har underklienttypen Mobile_Network. Tidspunkter er i UTC.
calls-export = Eksporter CSV
calls-filters = Samtalefiltre
calls-from = Fra
calls-to = Til
calls-range-hint = Hele døgn i UTC, begge inkludert; høyst 31 dager.
calls-user = Bruker
calls-sub-client = Underklienttype
calls-sub-all = Alle
calls-sub-mobile-network = Mobilnett (Webex Go)
calls-sub-desktop = Skrivebordsapp
calls-sub-mobile-app = Mobilapp
calls-sub-desk-phone = Bordtelefon
calls-sub-browser = Nettapp
calls-sub-other = Annet
calls-count = Samtaler: { $total } · side { $page }
calls-empty = Ingen samtaler passer med disse filtrene.
calls-pages = Sider med samtaler
calls-col-time = Starttid (UTC)
calls-col-user = Bruker
calls-col-direction = Retning
calls-col-calling = Anropende nummer
calls-col-called = Oppringt nummer
calls-col-duration = Varighet
calls-col-sub-client = Underklienttype
calls-direction-originating = Utgående
calls-direction-terminating = Innkommende
calls-no-user = Ingen bruker

## Devices → Import CSV: Webex Go lines in bulk (GO-7 … GO-9)

device-import-link = Importer CSV
device-import-title = Importer Webex Go-enheter fra en CSV-fil
device-import-lead = Legg til Webex Go-linjer for mange brukere på én gang. Last ned malen (de siste kolonnene navngir denne organisasjonens Webex Go-abonnementer), fyll ut én rad per bruker og velg filen. Filen kontrolleres her, mot denne organisasjonens data, før noe sendes.
device-import-template = Last ned CSV-mal
device-import-back = Tilbake til enheter
device-import-step-file = 1. Velg filen
device-import-choose = CSV-fil
device-import-choose-hint = Kolonnene i malen, én rad per bruker, TRUE i Webex Go-kolonnen til abonnementet lisensen skal tas fra. UTF-8, skilt med komma eller semikolon, opptil 100 000 rader.
device-import-checking = Kontrollerer filen …
device-import-sending = Sender …
device-import-checked = Rader: { $rows }. Feil: { $errors }.
device-import-findings = 2. Funn
device-import-no-findings = Ingen problemer funnet: alle radene kan legges til.
device-import-header-row = Overskrift
device-import-col-row = Rad
device-import-col-column = Kolonne
device-import-col-severity = Alvorlighet
device-import-col-problem = Problem
device-import-more-findings =
    { $count ->
        [one] { $count } funn til vises ikke.
       *[other] { $count } funn til vises ikke.
    }
device-import-step-submit = 3. Legg til linjene
device-import-rows = Rader i filen
device-import-lines = Webex Go-linjer som legges til
device-import-errors = Feil
device-import-per-subscription = Lisenser tatt fra hvert abonnement
device-import-col-subscription = Abonnement
device-import-col-lines = Linjer
device-import-blocked =
    { $count ->
        [one] Filen har { $count } feil. Rett den og velg filen på nytt: ingenting legges til så lenge filen har feil.
       *[other] Filen har { $count } feil. Rett dem og velg filen på nytt: ingenting legges til så lenge filen har feil.
    }
device-import-email = Send aktiveringskoden på e-post
device-import-email-on = Hver bruker får en e-post med aktiveringskoden og instruksjonene, med mindre organisasjonen har slått av e-post til brukere.
device-import-email-off = Ingen e-post sendes: linjene venter på aktivering til du genererer en kode på siden til hver enhet og gir den til brukeren.
device-import-submit =
    { $count ->
        [one] Send inn: legg til { $count } Webex Go-linje
       *[other] Send inn: legg til { $count } Webex Go-linjer
    }
device-import-job-title = Webex Go-import
device-import-another = Importer en annen fil
device-import-progress = { $done } av { $total } rader er behandlet
device-import-applied = Linjer lagt til
device-import-refused = Rader avvist
device-import-job-email-on = Aktiveringskodene sendes til brukerne på e-post (med mindre organisasjonen har slått av e-post til brukere).
device-import-job-email-off = Aktiveringskodene sendes ikke på e-post: generer en kode på siden til hver enhet.
device-import-failed = Importen stoppet på grunn av en serverfeil. Radene som er oppført nedenfor, ble tatt i bruk; de andre ikke.
device-import-results = Resultat per rad
device-import-col-username = Brukernavn
device-import-col-outcome = Resultat
device-import-col-activation = Aktivering
device-import-col-device = Enhet
device-import-outcome-applied = Lagt til
device-import-outcome-refused = Avvist
device-import-activation-emailed = Aktiveringskoden er sendt til brukeren på e-post
device-import-activation-pending = Venter på aktivering: generer en kode på siden til enheten
device-import-open-device = Åpne enheten
device-import-more-rows = Vis flere rader
device-import-status-queued = Venter på å starte
device-import-status-running = Pågår
device-import-status-done = Fullført
device-import-status-failed = Stoppet
action-webex_go_imported = Importerte Webex Go-linjer fra en CSV-fil
action-partner_device_added = La til en partneradministrert enhet
action-partner_device_users_changed = Endret brukerne av en partneradministrert enhet
action-sip_password_updated = Genererte et nytt SIP-passord
action-device_management_set = Endret Device Management-integrasjonen
action-device_catalog_changed = Endret katalogen over godkjente enheter
action-workspace_created = Opprettet et arbeidsområde
action-workspace_deleted = Slettet et arbeidsområde
action-order_received = Mottok en bestilling
action-order_link_opened = Åpnet oppsettkoblingen til en bestilling
action-order_handed_over = Overlot oppsettet av en bestilling til noen andre
action-order_orgs_mapped = Knyttet en bestilling til organisasjonene sine
action-order_provisioned = Satte opp tjenestene i en bestilling
action-full_admin_requested = Ba om fulle administratorrettigheter
action-full_admin_granted = Ga fulle administratorrettigheter
action-full_admin_declined = Avslo en forespørsel om fulle administratorrettigheter

## Partner-managed devices of users (PMD-1, PMD-4, PMD-9)
partner-device-title = Legg til partneradministrert enhet
partner-device-for = For { $name }
partner-device-not-entitled = Denne organisasjonen har ikke integrasjonen for enhetsadministrasjon, så partneradministrerte enheter kan ikke legges til eller administreres her. En partneradministrator kan slå den på i organisasjonens oversikt.
partner-device-management = Enhetsadministrasjon
partner-device-managed = Partneradministrerte enheter
partner-device-managed-hint = SIP-enheter fra tredjeparter som løsningspartneren din klargjør og administrerer. Du eier SIP-påloggingsinformasjonen deres.
partner-device-details = Enhetsdetaljer
partner-device-mac = MAC-adresse
partner-device-mac-reads = Leses som { $mac }.
partner-device-save = Lagre
partner-device-saving = Lagrer …
partner-device-save-hint = Bekreft erklæringen for å lagre.
partner-device-added = Enhet lagt til for { $name }.
partner-device-back-to-devices = Tilbake til enheter
add-device-partner = Cisco-telefon, ATA eller tredjepartsenhet
add-device-partner-hint = En bordtelefon eller adapter som registrerer seg med SIP-påloggingsinformasjon, for eksempel en partneradministrert enhet.
sip-credentials-title = SIP-påloggingsinformasjon
sip-user-name = SIP-brukernavn
sip-realm = Realm
sip-password = Passord
sip-copy-user-name = Kopier brukernavn
sip-copy-password = Kopier passord
partner-device-vendor = Leverandør
partner-device-workspace = Arbeidsområde
partner-device-password-changed = Passord sist endret
partner-device-disclaimer-by = Erklæring bekreftet
partner-device-disclaimer-when = Av { $admin } { $date }
partner-device-update-password = Oppdater passord
partner-device-update-password-hint = Genererer et nytt SIP-passord. Enheten kan ikke registrere seg før du skriver det inn på den.
partner-device-update-password-title = Oppdatere SIP-passordet?
partner-device-update-password-body = Et nytt passord genereres og vises én gang. Det nåværende passordet slutter å virke med en gang, så enheten kan ikke registrere seg før det nye er skrevet inn på den.
partner-device-update-password-confirm = Oppdater passord
partner-device-password-updated = Nytt SIP-passord er generert.
partner-device-delete-hint = Fjerner enheten og SIP-påloggingsinformasjonen. Enheten slutter å registrere seg.
partner-device-delete-title = Slette denne enheten?
partner-device-delete-body = Enheten, SIP-påloggingsinformasjonen og tildelingene til brukere fjernes. Den slutter å registrere seg med en gang.
partner-device-users = Brukere
partner-device-remove = Fjern
partner-device-remove-user = Fjern { $name } fra denne enheten
partner-device-last-user = En enhet beholder minst én bruker.
partner-device-add-user = Legg til en bruker: søk etter navn eller e-post
partner-device-add = Legg til
partner-device-add-this-user = Legg til { $name } på denne enheten
partner-device-user-added = { $name } kan nå bruke denne enheten.
partner-device-user-removed = { $name } bruker ikke lenger denne enheten.
devices-workspace = Arbeidsområde
## Partneradministrerte enheter og arbeidsområder (PMD-1 … PMD-9)
nav-device-types = Enhetstyper
nav-workspaces = Arbeidsområder
steps-label = Trinn
steps-position = Trinn { $step } av { $total }
sip-credentials-once = Dette er siste gang du kan se hele passordet. Kopier det nå og oppbevar det sikkert: du er ansvarlig for svindel som skyldes påloggingsinformasjon som ikke er sikret.
sip-copy-realm = Kopier realm
sip-copied = { $what }: kopiert til utklippstavlen.
sip-copy-failed = Nettleseren tillot ikke kopiering. Merk teksten og kopier den selv.
pmd-device-type = Enhetstype
pmd-device-type-choose = Velg en enhetstype
pmd-device-type-option = { $vendor } { $model } ({ $type }, fastvare { $firmware } eller nyere)
pmd-type-phone = Bordtelefon
pmd-type-ata = Analog adapter (ATA)
pmd-mac = MAC-adresse
pmd-mac-hint = 12 heksadesimale sifre, som på enhetens etikett, f.eks. 00:1A:2B:3C:4D:5E.
pmd-disclaimer = Jeg eier SIP-påloggingsinformasjonen til denne enheten og er ansvarlig for svindel som skyldes at den ikke er sikret.
device-types-title = Enhetstyper
device-types-intro = De godkjente SIP-enhetene fra tredjeparter som kundenes administratorer kan legge til, hver med minste fastvareversjon. Enheter av andre typer kan ikke legges til.
device-types-add = Legg til enhetstype
device-types-read-only = Bare partnerens fullstendige administratorer kan endre enhetstypene.
device-types-empty = Ingen enhetstyper ennå.
device-types-list = Godkjent katalog
device-types-col-model = Modell
device-types-col-vendor = Produsent
device-types-col-type = Type
device-types-col-firmware = Minste fastvare
device-types-col-lines = Linjer
device-types-col-approved = Godkjent
device-types-approved-yes = Godkjent
device-types-approved-no = Trukket tilbake
device-types-approved-label = Godkjent: administratorer kan legge til enheter av denne typen
device-types-edit = Rediger
device-types-edit-label = Rediger { $name }
device-types-key = Nøkkel (for API-klienter)
device-types-saved = { $name } er lagret.
overview-device-management = Device Management-integrasjon
overview-device-management-switch = Device Management-integrasjon
overview-device-management-hint = Lar organisasjonens administratorer legge til og administrere partneradministrerte SIP-enheter og arbeidsområder. Bare partnerens fullstendige administratorer kan endre den.
overview-device-management-on = På: partneradministrerte enheter kan legges til og administreres.
overview-device-management-off = Av: partneradministrerte enheter kan ikke legges til eller administreres.
room-type-meeting_room = Møterom
room-type-huddle_room = Lite møterom
room-type-lobby = Lobby
room-type-open_space = Åpent landskap
room-type-office = Kontor
room-type-other = Annet
workspace-license-professional = Workspace Professional
workspace-license-common_area = Common Area
workspace-device-count = { $count } av { $limit }
workspaces-title = Arbeidsområder
workspaces-add = Legg til arbeidsområde
workspaces-empty = Ingen arbeidsområder ennå.
workspace-deleted = Arbeidsområdet er slettet. Lisensen og nummeret er ledige igjen.
workspace-title = Arbeidsområde
workspace-details = Detaljer
workspace-name = Navn på arbeidsområdet
workspace-name-hint = Rommets navn: høyst 30 tegn, uten % # < > , \ eller ".
workspace-room-type = Romtype
workspace-room-type-choose = Velg en romtype
workspace-capacity = Kapasitet
workspace-license = Lisenstype
workspace-subscription = Abonnement
workspace-location = Lokasjon
workspace-number = Telefonnummer
workspace-extension = Internnummer (valgfritt)
workspace-devices = Enheter
workspace-no-devices = Ingen enheter ennå.
workspace-add-device = Legg til enhet
workspace-limit = Enhetsgrensen for denne lisensen: { $limit }.
workspace-device-added = Enheten er lagt til.
workspace-credentials-done = Jeg har kopiert påloggingsinformasjonen
workspace-delete = Slett arbeidsområdet
workspace-delete-title = Slette dette arbeidsområdet?
workspace-delete-body = Enhetene fjernes, og lisensen og telefonnummeret går tilbake til organisasjonen. Dette kan ikke angres.
add-device-new-workspace = Nytt arbeidsområde
add-workspace-title = Legg til arbeidsområde
add-workspace-step-workspace = Arbeidsområde
add-workspace-step-device = Enhet
add-workspace-step-calling = Telefoni
add-workspace-no-models = Det finnes ingen godkjente enhetstyper ennå. En fullstendig partneradministrator legger dem til under Partner Hub → Enhetstyper.
add-workspace-license-option = { $license } (enheter per arbeidsområde: opptil { $limit }; ledige lisenser: { $available })
add-workspace-subscription-required = Velg abonnementet som arbeidsområdets lisens hentes fra.
add-workspace-location-choose = Velg en lokasjon
add-workspace-location-option = { $name } (ledige numre: { $free })
add-workspace-location-required = Velg arbeidsområdets lokasjon.
add-workspace-number-choose = Velg et ledig nummer
add-workspace-number-required = Velg et av lokasjonens ledige numre.
add-workspace-saving = Lagrer…
add-workspace-created = Arbeidsområdet { $name } er opprettet.
add-workspace-open = Åpne arbeidsområdet
# Abonnementsbestillinger og oppsettsveiviseren (issue 7, SUB-1 … SUB-10)
nav-orders = Bestillinger
orders-title = Bestillinger
orders-lead = Abonnementene fra bestillingssystemet og hvor langt oppsettet har kommet. Et uferdig oppsett fortsetter fra trinnet der det ble forlatt.
orders-state-all = Alle statuser
orders-empty = Ingen bestillinger ennå.
orders-count =
    { $count ->
        [one] { $count } bestilling
       *[other] { $count } bestillinger
    }
orders-col-subscription = Abonnement
orders-col-services = Tjenester
orders-col-state = Status
orders-col-assignee = Settes opp av
orders-col-customer = Kunde
orders-col-updated = Oppdatert
orders-col-actions = Handlinger
orders-resume = Fortsett
orders-resume-label = Fortsett oppsettet av { $id }
orders-open = Åpne
orders-open-label = Åpne bestilling { $id }
order-state-new = Ny
order-state-in_progress = Pågår
order-state-handed_to_customer = Overlatt til kunden
order-state-provisioned = Satt opp
service-meetings = Webex Meetings
service-calling = Webex Calling
service-suite = Webex Suite
orders-unfinished =
    { $count ->
        [one] Du har { $count } bestilling som venter på oppsett.
       *[other] Du har { $count } bestillinger som venter på oppsett.
    }
orders-unfinished-resume = Fortsett oppsettet av { $id }
orders-unfinished-all = Alle bestillinger
landing-title = Velkommen
landing-no-org = Du administrerer ingen organisasjon ennå. Den opprettes når du setter opp bestillingen din.
setup-link-title = Konfigurer tjeneste
setup-link-lead = Det nye abonnementet ditt er klart. Oppsettet har to deler: finne organisasjonen, deretter sette opp tjenestene.
setup-link-sign-in = Logg på for å fortsette
setup-link-sign-in-hint = Logg på som { $email } for å sette opp denne bestillingen.
setup-link-opening = Åpner oppsettet …
setup-link-refused-hint = Hvis du allerede har satt opp denne bestillingen, logger du på og finner den under Bestillinger.
setup-link-go-sign-in = Gå til pålogging
setup-account-title = Opprett kontoen din
setup-account-hint = Det finnes ingen konto for { $email } ennå. Velg navnet ditt og et passord for å fortsette.
setup-account-name = Navnet ditt
setup-account-password = Passord
setup-account-password-hint = Minst { $min } tegn. En setning på noen få ord er lett å huske.
setup-account-repeat = Gjenta passordet
setup-account-repeat-mismatch = De to passordene er ikke like.
setup-account-submit = Opprett konto og fortsett
setup-account-pending = Oppretter kontoen …
setup-title = Sett opp et abonnement
setup-heading = Sett opp abonnement { $id }
setup-saved = Lagret.
setup-saving = Lagrer …
setup-next = Neste
setup-back = Tilbake
setup-later = Sett opp senere
setup-finish = Fullfør oppsettet
setup-close = Lukk
setup-step-order_for = Bestilling for
setup-step-partner_org = Partnerorganisasjon
setup-step-customer_org = Kundeorganisasjon
setup-step-review = Gjennomgang
setup-step-meetings = Webex Meetings
setup-step-calling = Webex Calling
setup-step-handed_over = Overlevert
setup-step-done = Ferdig
setup-order-for-legend = Hvem er denne bestillingen for?
setup-order-for-customer = Denne bestillingen er for en kunde
setup-order-for-customer-hint = Anbefalt: du setter opp tjenestene på vegne av kunden og kan støtte kunden etterpå.
setup-order-for-my-company = Denne bestillingen er for firmaet mitt
setup-order-for-my-company-hint = Du setter opp tjenestene for din egen organisasjon.
setup-order-for-someone-else = Jeg vil at noen andre skal fullføre denne bestillingen
setup-order-for-someone-else-hint = De får koblingen Konfigurer tjeneste på e-post.
setup-order-for-required = Velg hvem bestillingen er for.
setup-order-for-contact-hint = Når du velger Neste, sammenlignes e-postadressen din (klargjøringskontakten) med de eksisterende organisasjonene.
setup-someone-else-email = E-postadressen deres
setup-org-matched = Basert på e-postadressen din har vi knyttet bestillingen til denne organisasjonen. Kontroller den, og velg deretter Neste.
setup-org-candidates = Vi fant organisasjoner som samsvarer med domenet i e-postadressen din. Se nøye på dem: bekreftede domener, aktive brukere og nylig aktivitet viser hvilken som er riktig.
setup-org-none = Ingen organisasjon samsvarer med e-postadressen din. Opprett en ny.
setup-org-customers = Ingen organisasjon samsvarer med e-postadressen din. Velg en av kundene dine, eller opprett en ny organisasjon.
setup-org-pick-partner = Velg partnerorganisasjonen
setup-org-pick-customer = Velg kundeorganisasjonen
setup-org-create = Opprett en ny organisasjon
setup-org-choose = Velg en organisasjon, eller opprett en ny.
setup-org-domains = Bekreftede domener: { $domains }
setup-org-no-domains = Ingen bekreftede domener
setup-org-active-users =
    { $count ->
        [one] { $count } aktiv bruker
       *[other] { $count } aktive brukere
    }
setup-org-last-activity = Siste brukeraktivitet: { $date }
setup-org-no-activity = Ingen brukeraktivitet
setup-org-stale = Ingen bekreftede domener og ingen brukeraktivitet på et år: sannsynligvis ikke riktig organisasjon.
setup-org-name = Firmanavn
setup-org-vertical = Bransje
setup-org-vertical-choose = Velg en bransje
setup-org-country = Land eller region
setup-org-country-choose = Velg et land eller en region
vertical-education = Utdanning
vertical-government = Offentlig sektor
vertical-healthcare = Helse
vertical-financial_services = Finanstjenester
vertical-manufacturing = Industri
vertical-retail = Varehandel
vertical-technology = Teknologi
vertical-professional_services = Faglige tjenester
vertical-hospitality = Reiseliv og servering
vertical-non_profit = Ideell sektor
vertical-media = Medier og underholdning
vertical-transportation = Transport
vertical-energy_utilities = Energi og forsyning
vertical-telecommunications = Telekommunikasjon
vertical-other = Annet
setup-review-lead = Kontroller organisasjonene. Når du velger Neste, lagres de: nye opprettes, og bestillingen knyttes til dem.
setup-review-new-org = Ny organisasjon · { $vertical } · { $country }
setup-review-provisioning-admin = Du får etiketten Klargjøringsadministrator i { $customer }. Trenger du fulle administratorrettigheter, fullfører du først oppsettet og ber deretter kundens administrator om dem.
setup-review-customer-sets-up = Kunden min setter opp sine egne tjenester
setup-review-customer-sets-up-hint = Kundens administrator får en e-post for å fortsette oppsettet. Du beholder tilgangen til kundens organisasjon.
setup-review-commit-hint = Etter dette trinnet kan du ikke gå tilbake til organisasjonene.
setup-meetings-lead = Velg URL-en til Webex-nettstedet, tidssonen og om nettstedet skal være med i programmet for tidlig tilgang. Bestilte Meetings-lisenser: { $quantity }.
setup-meetings-site = Nettsted { $n }
setup-meetings-url-name = URL-navn for nettstedet
setup-meetings-url-preview = Nettstedet ditt: { $url }
setup-meetings-time-zone = Tidssone
setup-meetings-time-zone-choose = Velg en tidssone
setup-meetings-early-adopter = Program for tidlig tilgang
setup-meetings-early-adopter-hint = Et nettsted i programmet for tidlig tilgang får funksjoner før den vanlige utrullingen.
setup-meetings-additional = Jeg trenger flere URL-er
setup-meetings-add-site = Legg til en URL til
setup-meetings-remove = Fjern
setup-meetings-remove-site = Fjern nettsted { $n }
setup-meetings-licenses = Lisenser for dette nettstedet
setup-meetings-split-ok = { $sum } av { $total } lisenser fordelt.
setup-meetings-split-left = { $sum } av { $total } lisenser fordelt: { $difference } gjenstår å fordele.
setup-meetings-split-over = { $sum } av { $total } lisenser fordelt: { $difference } for mange.
setup-calling-lead = Oppgi hovedkontorets lokasjon. Bestilte Calling-lisenser: { $quantity }.
setup-calling-name = Navn på hovedkontorets lokasjon
setup-calling-country = Land eller region der de fleste brukerne er
setup-calling-address = Adresse
setup-calling-more-later = Du kan endre lokasjonen eller legge til flere senere i Control Hub.
setup-handed-over-person = Vi sendte koblingen Konfigurer tjeneste til { $email }. De fortsetter oppsettet derfra.
setup-handed-over-customer = Vi sendte kundens administrator en e-post om å sette opp tjenestene. Du beholder tilgangen til kundens organisasjon.
setup-done-text = Abonnement { $id } er satt opp.
setup-summary-licenses =
    { $count ->
        [one] { $count } lisens
       *[other] { $count } lisenser
    }
setup-download-summary = Last ned bestillingssammendrag (PDF)
setup-full-admin-hint = Du har etiketten Klargjøringsadministrator i { $customer }. Administratorene der kan gi deg fulle administratorrettigheter.
setup-request-full-admin = Be om fulle administratorrettigheter
setup-full-admin-requested = Forespørselen din ble sendt på e-post til kundens administratorer.
# The order summary PDF (SUB-10), written by the server.
pdf-order-title = Ordresammendrag
pdf-order-subscription-id = Abonnements-ID
pdf-order-date = Dato
pdf-order-organizations = Organisasjoner
pdf-order-partner = Partner
pdf-order-customer = Kunde
pdf-order-services = Tjenester
pdf-order-service = Tjeneste
pdf-order-quantity = Antall
pdf-order-meetings-sites = Meetings-nettsteder
pdf-order-site-url = Nettstedets URL
pdf-order-time-zone = Tidssone
pdf-order-early-adopter = Tidlig tilgang
pdf-order-licenses = Lisenser
pdf-order-yes = Ja
pdf-order-no = Nei
pdf-order-calling-location = Hovedkontorets plassering for Calling
pdf-order-location-name = Navn på plassering
pdf-order-country = Land/region
pdf-order-address = Adresse
# SUB-5: pending requests for full admin, on the org's overview.
full-admin-requests-title = Forespørsler om fulle administratorrettigheter
full-admin-requests-intro = Disse partneradministratorene klargjorde et abonnement for organisasjonen din og har etiketten Klargjøringsadministrator. Godkjenner du, blir de fulle administratorer i organisasjonen.
full-admin-request-line = { $name } ({ $email }), spurte { $date }
full-admin-grant = Gi full administrator
full-admin-decline = Avslå
full-admin-granted = { $name } er nå full administrator.
full-admin-declined = Forespørselen fra { $name } ble avslått.
