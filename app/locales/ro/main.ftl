## Switchboard — Romanian (ro). Keys and order are exactly those of the
## English reference locale (en/main.ftl).

app-name = Switchboard
loading = Se încarcă…
skip-to-content = Salt la conținutul principal
language-label = Limbă
signed-in-as = Conectat ca { $email }
sign-out = Deconectare
shortcuts-open = Comenzi rapide
shortcuts-title = Comenzi rapide de la tastatură
shortcuts-help = Afișează această listă
shortcuts-search = Mergi la câmpul de căutare al paginii
shortcuts-close = Închide o fereastră de dialog
dialog-close = Închide

## Navigation
nav-main = Navigare principală
nav-partner-hub = Partner Hub
nav-control-hub = Control Hub
nav-customers = Clienți
nav-overview = Prezentare generală
nav-audit = Jurnal de audit
nav-users = Utilizatori
nav-locations = Locații

## Sign-in
sign-in-title = Conectare la Switchboard
sign-in-email = Adresă de e-mail
sign-in-password = Parolă
sign-in-submit = Conectare
sign-in-pending = Se conectează…

## Partner Hub: customers (PH-1)
customers-title = Clienți
customers-search = Căutare clienți
customers-count =
    { $count ->
        [one] { $count } client
        [few] { $count } clienți
       *[other] { $count } de clienți
    }
customers-empty = Niciun client nu corespunde căutării.
customers-col-name = Client
customers-col-country = Țară
customers-col-admins = Administratori
customers-col-created = Data creării
customers-col-actions = Acțiuni
customers-launch = Lansare Control Hub
customers-launch-label = Lansare Control Hub pentru { $name }

## Control Hub: overview
overview-title = Prezentare generală
overview-details = Detaliile organizației
overview-partner = Gestionată de partener
overview-no-partner = Nu este gestionată de un partener
overview-country = Țară
overview-created = Data creării
overview-subscriptions = Abonamente și licențe
overview-no-subscriptions = Această organizație nu are încă abonamente.
overview-col-license = Licență
overview-col-subscription = ID abonament
overview-col-used = Utilizate
overview-col-available = Disponibile
overview-col-total = Total
overview-admins = Administratori
overview-col-name = Nume
overview-col-email = E-mail
overview-col-role = Rol
overview-read-only = Aveți acces doar în citire la această organizație.
overview-acting-as = Lucrați în { $org } în calitate de administrator al partenerului { $partner }. Fiecare modificare este înregistrată cu ambele nume.

## Roles (T-2)
role-partner_full_admin = Administrator complet partener
role-partner_read_only = Administrator partener cu acces doar în citire
role-customer_full_admin = Administrator complet
role-provisioning_admin = Administrator de asigurare a accesului

## Audit log
audit-title = Jurnal de audit
audit-col-when = Când
audit-col-who = Cine
audit-col-action = Acțiune
audit-col-detail = Detalii
audit-empty = Nu s-a înregistrat încă nimic.
audit-more = Afișare intrări mai vechi
audit-acting-from = din { $org }
action-sign_in = Conectare
action-sign_out = Deconectare
action-language_changed = Limbă modificată
action-org_created = Organizație creată
action-admin_created = Administrator adăugat
action-api_token_created = Token API creat
action-users_added = Utilizatori adăugați
action-package_changed = Pachet de utilizator modificat
action-user_renamed = Utilizator redenumit
action-user_deleted = Utilizator șters
action-location_added = Locație adăugată
action-location_changed = Locație modificată
action-location_deleted = Locație ștearsă
action-numbers_added = Numere de telefon adăugate
action-number_deleted = Număr de telefon șters
action-catalog_renamed = Intrare din catalog redenumită
action-users_imported = Utilizatori importați dintr-un fișier CSV
action-users_import_undone = Import CSV de utilizatori anulat

## Other pages
not-found-title = Pagina nu a fost găsită
not-found-back = Înapoi la pagina de pornire

## Stable codes (SPEC 5.3): what each one tells the admin.
code-unauthenticated = Sesiunea s-a încheiat. Conectați-vă din nou.
code-invalid_credentials = Adresa de e-mail sau parola nu este corectă.
code-rate_limited = Prea multe încercări de conectare eșuate. Așteptați un minut, apoi încercați din nou.
code-forbidden = Nu aveți acces la această organizație sau acțiune.
code-not_found = Acest element nu există (sau nu mai există).
code-csrf_rejected = Solicitarea nu provine de la acest portal și a fost refuzată.
code-payload_too_large = Solicitarea este prea mare.
code-bad_request = Solicitarea nu a putut fi înțeleasă.
code-internal = A apărut o eroare pe server. Încercați din nou; dacă problema persistă, contactați asistența.
code-org_name_empty = Introduceți numele organizației.
code-org_name_too_long = Numele organizației este prea lung (maximum 128 de caractere).
code-org_name_invalid = Numele organizației conține caractere nepermise.
code-site_name_empty = Introduceți un nume URL pentru site.
code-site_name_too_long = Numele URL al site-ului este prea lung (maximum 63 de caractere).
code-site_name_invalid = Folosiți între 3 și 63 de litere, cifre sau cratime, fără cratimă la început sau la sfârșit.
code-country_unknown = Alegeți o țară sau o regiune din listă.
code-language_unknown = Această limbă nu este disponibilă.
code-password_too_short = Parola trebuie să aibă cel puțin 12 caractere.
code-password_too_long = Parola trebuie să aibă cel mult 256 de caractere.
code-file_empty = Fișierul este gol.
code-header_missing_column = Din rândul de antet lipsește o coloană obligatorie. Nu eliminați coloane din șablon.
code-header_unknown_column = Rândul de antet conține o coloană necunoscută pentru acest șablon. Verificați ortografia.
code-header_duplicate_column = O coloană apare de două ori în rândul de antet.
code-too_many_rows = Fișierul are prea multe rânduri (maximum 100.000).
code-row_width_mismatch = Acest rând are alt număr de celule decât rândul de antet.
code-not_utf8 = Fișierul nu este text UTF-8. Salvați-l ca "CSV UTF-8".
code-file_too_large = Fișierul depășește 50 MB. Împărțiți-l în fișiere mai mici.
code-email_missing = Introduceți o adresă de e-mail.
code-email_invalid = Aceasta nu este o adresă de e-mail validă.
code-email_duplicate_in_file = Această adresă de e-mail apare de mai multe ori (într-un rând anterior).
code-boolean_invalid = Folosiți TRUE sau FALSE.
code-package_multiple = Într-un rând, un singur pachet poate avea valoarea TRUE.
code-extension_or_number_missing = Acest pachet necesită o extensie sau un număr de telefon.
code-extension_invalid = O extensie are între 2 și 10 cifre.
code-phone_number_invalid = Acesta nu este un număr de telefon valid pentru locație.
code-location_missing = Acest pachet necesită o locație.
code-location_unknown = Nu există nicio locație cu acest nume în organizație.
code-jabber_calling_missing = Jabber Calling trebuie să fie TRUE sau FALSE.
code-jabber_teams_missing = Jabber with Webex Teams trebuie să fie TRUE sau FALSE.
code-preferred_site_missing = Niciun site Webex preferat: este posibil ca întâlnirile să nu funcționeze pentru acest utilizator până când nu este setat unul.
code-user_unknown_for_delete = Utilizatorul de șters nu există.
code-extension_in_use = Această extensie este deja utilizată în organizație.
code-number_in_use = Acest număr de telefon este deja atribuit.
code-license_exhausted = Nu mai există licențe de acest tip în abonament.
code-username_unknown = Nu există niciun utilizator cu acest nume de utilizator.
code-type_invalid = Tipul trebuie să fie USER.
code-device_type_invalid = Tipul de dispozitiv trebuie să fie WEBEX_CALLING.
code-model_unknown = Acest model de dispozitiv nu se află în catalogul aprobat.
code-mac_invalid = Aceasta nu este o adresă MAC validă de dispozitiv.
code-mac_duplicate = Există deja un dispozitiv cu această adresă MAC.
code-mac_not_allowed = Dispozitivele Webex Go nu au adresă MAC: lăsați celula goală.
code-webex_go_column_missing = Lipsește coloana pentru abonamentul Webex Go.
code-not_calling_professional = Utilizatorul are nevoie de o licență Webex Calling Professional.
code-location_not_eligible = Webex Go este disponibil numai pentru utilizatorii din SUA sau Regatul Unit.
code-webex_go_license_exhausted = Nu mai există licențe Webex Go în abonament.
code-webex_go_subscription_multiple = Într-un rând, o singură coloană de abonament Webex Go poate avea valoarea TRUE.
code-webex_go_subscription_unknown = Organizația nu are niciun abonament Webex Go cu acest ID. Descărcați din nou șablonul.
code-webex_go_line_exists = Acest utilizator are deja o linie Webex Go.
code-location_mismatch = Aceasta nu este locația utilizatorului. Lăsați celula goală sau introduceți locația utilizatorului.
code-extension_mismatch = Aceasta nu este extensia utilizatorului. Lăsați celula goală sau introduceți extensia utilizatorului.
code-number_mismatch = Acesta nu este numărul de telefon al utilizatorului. Lăsați celula goală sau introduceți numărul utilizatorului.
code-phone_number_missing = Utilizatorul nu are niciun număr de telefon: introduceți un număr liber al locației utilizatorului.
code-workspace_name_empty = Introduceți numele spațiului de lucru.
code-workspace_name_too_long = Un nume de spațiu de lucru poate avea cel mult 30 de caractere.
code-workspace_name_forbidden_character = Un nume de spațiu de lucru nu poate conține % # < > , \ sau ".
code-workspace_device_limit = Acest spațiu de lucru nu mai poate include alte dispozitive.
code-activation_not_pending = Un cod de activare nou poate fi generat numai cât timp activarea este în așteptare.
code-activation_code_unknown = Acest cod de activare nu există.
code-activation_code_expired = Acest cod de activare a expirat. Generați unul nou.
code-activation_code_used = Acest cod de activare a fost deja folosit.
code-activation_code_superseded = Acest cod de activare a fost înlocuit de unul mai nou.
code-line_not_active = Această linie nu a fost încă activată pe un telefon.
code-too_many_users = Puteți adăuga cel mult 25 de utilizatori odată.
code-name_missing = Introduceți un nume.
code-name_too_long = Un nume poate avea cel mult 64 de caractere.
code-name_invalid = Un nume nu poate conține întreruperi de rând sau alte caractere de control.
code-catalog_name_empty = Introduceți un nume.
code-catalog_name_too_long = Numele unui pachet sau al unei licențe poate avea cel mult 60 de caractere.
code-catalog_name_invalid = Numele unui pachet sau al unei licențe nu poate conține întreruperi de rând sau alte caractere de control.
code-catalog_name_in_use = O altă intrare are deja acest nume. Alegeți un nume după care clienții dvs. pot deosebi intrările.
code-undo_expired = Un import poate fi anulat timp de 24 de ore după ce s-a încheiat; acesta este mai vechi.
code-undo_not_available = Acest import nu poate fi anulat: doar un import încheiat poate fi anulat, o singură dată.
code-changed_since_import = Lăsat neschimbat: utilizatorul a fost modificat după import.
code-package_missing = Alegeți un pachet.
code-package_unknown = Acest pachet nu există în catalog.
code-email_in_use = Organizația are deja un utilizator cu această adresă de e-mail.
code-number_unknown = Acest număr de telefon nu se află în inventarul de numere al organizației.
code-number_other_location = Acest număr de telefon aparține altei locații.
code-location_name_empty = Introduceți numele locației.
code-location_name_too_long = Numele unei locații poate avea cel mult 80 de caractere.
code-location_name_invalid = Numele unei locații nu poate conține întreruperi de rând sau alte caractere de control.
code-location_name_in_use = Organizația are deja o locație cu acest nume.
code-location_in_use = Această locație are încă utilizatori sau numere de telefon.
code-address_line_missing = Introduceți adresa (strada și numărul).
code-city_missing = Introduceți orașul.
code-address_field_too_long = Acest câmp de adresă poate avea cel mult 100 de caractere.
code-address_field_invalid = O adresă nu poate conține întreruperi de rând sau alte caractere de control.
code-number_exists = Acest număr de telefon se află deja într-un inventar de numere.

## Users list (Control Hub)
users-title = Utilizatori
users-add = Adăugare utilizatori
users-added =
    { $count ->
        [one] { $count } utilizator adăugat. Invitația este trimisă prin e-mail.
        [few] { $count } utilizatori adăugați. Invitațiile sunt trimise prin e-mail.
       *[other] { $count } de utilizatori adăugați. Invitațiile sunt trimise prin e-mail.
    }
users-search = Căutare după nume sau e-mail
users-sort = Sortare după
users-sort-name_asc = Nume (A–Z)
users-sort-name_desc = Nume (Z–A)
users-sort-email_asc = E-mail (A–Z)
users-sort-email_desc = E-mail (Z–A)
users-filter-all = Toate
users-filter-package = Pachet
users-filter-location = Locație
users-filter-status = Stare
users-count = Utilizatori în această organizație: { $total } · pagina { $page }
users-empty = Niciun utilizator nu corespunde căutării.
users-col-name = Nume
users-col-email = E-mail
users-col-package = Pachet
users-col-location = Locație
users-col-extension = Extensie
users-col-number = Număr de telefon
users-col-status = Stare
users-pages = Pagini de utilizatori
pager-previous = Pagina anterioară
pager-next = Pagina următoare
user-status-invited = Invitat
user-status-active = Activ
user-status-inactive = Inactiv

## Add users manually (PH-2)
add-users-title = Adăugare manuală a utilizatorilor
add-users-intro = Puteți adăuga cel mult { $max } de utilizatori odată. Fiecare primește o invitație prin e-mail. Nu se salvează nimic decât dacă toate rândurile sunt valide.
add-users-row = Utilizatorul { $row }
add-users-email = Adresă de e-mail
add-users-first-name = Prenume
add-users-last-name = Nume
add-users-display-name = Nume afișat
add-users-package = Pachet
add-users-package-choose = Alegeți un pachet
add-users-remove = Eliminare
add-users-remove-row = Eliminare utilizator { $row }
add-users-add-row = Adăugați încă un utilizator
add-users-row-count = Utilizatori: { $count } din { $max }
add-users-submit =
    { $count ->
        [one] Adăugați { $count } utilizator
        [few] Adăugați { $count } utilizatori
       *[other] Adăugați { $count } de utilizatori
    }
add-users-saving = Se salvează…
add-users-fix =
    { $count ->
        [one] Corectați { $count } problemă înainte de salvare.
        [few] Corectați { $count } probleme înainte de salvare.
       *[other] Corectați { $count } de probleme înainte de salvare.
    }

## Calling data (PH-4, PH-8)
calling-location = Locație
calling-location-none = Nicio locație
calling-extension = Extensie
calling-number = Număr de telefon
calling-hint = Pachetele de apelare necesită o locație și o extensie sau un număr de telefon. Numerele de telefon în format național sunt interpretate după țara locației.

## One user
user-title = Utilizator
user-profile = Profil
user-created = Data adăugării
user-email-language = Limba e-mailurilor
user-email-language-default = Implicită (engleză)
user-email-language-hint = Codurile de activare și celelalte e-mailuri către acest utilizator sunt scrise în această limbă.
user-email-language-saved = Salvat.
user-package = Pachet
user-licenses = Licențe
user-change-package = Schimbare pachet
user-new-package = Pachet nou
user-calling-required = Acest pachet necesită date de apelare: o locație și o extensie sau un număr de telefon.
user-calling-optional = Acest pachet nu necesită date de apelare.
user-change = Schimbare
user-package-changed = Pachetul a fost schimbat în { $package }.
user-calling = Apelare
user-devices = Dispozitive
user-devices-empty = Încă nu există dispozitive.
cancel = Anulare

## Locations and numbers
locations-title = Locații
locations-add = Adăugare locație
locations-empty = Încă nu există locații.
locations-col-name = Nume
locations-col-address = Adresă
locations-col-country = Țară
locations-col-users = Utilizatori
locations-col-numbers = Numere
locations-col-free = Numere libere
locations-line1 = Strada și numărul
locations-line2 = Adresă, rândul 2
locations-city = Oraș
locations-state = Județ sau regiune
locations-postal-code = Cod poștal
locations-edit = Editare locație
locations-edit-label = Editare { $name }
locations-delete-label = Ștergere { $name }
locations-delete-title = Ștergeți { $name }?
locations-delete-body = Locația și adresa ei vor fi eliminate. Această acțiune nu poate fi anulată.
button-edit = Editare
button-delete = Ștergere
button-save = Salvare

numbers-title = Numere de telefon
numbers-add = Adăugare numere
numbers-empty = Nu există numere de telefon.
numbers-pages = Paginile numerelor de telefon
numbers-col-state = Stare
numbers-col-user = Utilizator
numbers-assigned = Atribuit
numbers-free = Liber
numbers-text = Numere de telefon, câte unul pe rând
numbers-hint = În format internațional (+1 231 456 9000) sau în formatul național al țării locației. Nu se adaugă nimic decât dacă toate rândurile sunt valide.
numbers-line-problem = Rândul { $line }: { $problem }

## Utilizatori → Import CSV (PH-4 … PH-7)

users-import = Import CSV
users-export = Export CSV
import-title = Importul utilizatorilor dintr-un fișier CSV
import-lead = Adăugați, modificați și ștergeți utilizatori în bloc. Fișierul este verificat aici, pe baza datelor acestei organizații, înainte de a se trimite ceva; nu se modifică nimic până când nu aplicați importul.
import-template = Descărcare șablon
import-step-file = 1. Alegeți fișierul
import-choose = Fișier CSV
import-choose-hint = UTF-8 (cu sau fără BOM), cu virgulă sau punct și virgulă ca separator, cel mult 100.000 de rânduri și 50 MB. Dacă toate coloanele de pachete au valoarea FALSE, utilizatorul este șters.
import-reading = Se citește fișierul…
import-checking = Se verifică fișierul…
import-checking-rows = Se verifică rândurile: { $done } din { $total }…
import-sending = Se trimite…
import-checked = Rânduri verificate: { $rows }; erori: { $errors }, avertismente: { $warnings }.
import-findings = 2. Rezultatele verificării
import-no-findings = Nu s-a găsit nicio problemă.
import-error-report = Descărcare raport de erori
import-filter-severity = Gravitate
import-filter-code = Problemă
import-col-row = Rând
import-col-column = Coloană
import-col-severity = Gravitate
import-col-problem = Problemă
import-col-email = E-mail
import-col-action = Acțiune
import-col-outcome = Rezultat
import-header-row = Antet
severity-error = Eroare
severity-warning = Avertisment
import-more-findings =
    { $count ->
        [one] Încă { $count } problemă se află în raportul de erori.
        [few] Încă { $count } probleme se află în raportul de erori.
       *[other] Încă { $count } de probleme se află în raportul de erori.
    }
import-row-cells = Rândul { $row }, așa cum este scris în fișier
import-preview = 3. Previzualizare
import-preview-add = Utilizatori de adăugat
import-preview-modify = Utilizatori de modificat
import-preview-delete = Utilizatori de șters
import-preview-licenses = Licențe pe care acest import le ocupă și le eliberează
import-col-license = Licență
import-col-subscription = Abonament
import-col-consumed = Ocupate
import-col-freed = Eliberate
import-col-left = Rămase după import
import-mode = Servicii
import-mode-default = Se acordă în plus fiecărui utilizator Basic Messaging, Basic Space Meetings și Call on Webex
import-mode-authoritative = Se adaugă și se elimină servicii: decid coloanele Basic Messaging, Basic Space Meetings și Call on Webex din fișier
import-all-or-nothing = Totul sau nimic: dacă vreun rând este refuzat, nu se aplică niciunul
import-blocked-all-or-nothing = Corectați mai întâi erorile sau debifați „Totul sau nimic” pentru a aplica rândurile fără erori.
import-rows-skipped =
    { $count ->
        [one] { $count } rând are erori și va fi omis.
        [few] { $count } rânduri au erori și vor fi omise.
       *[other] { $count } de rânduri au erori și vor fi omise.
    }
import-apply =
    { $count ->
        [one] Aplicați { $count } rând
        [few] Aplicați { $count } rânduri
       *[other] Aplicați { $count } de rânduri
    }
import-recent = Importuri recente
import-recent-empty = Încă nu există importuri.
import-job-title = Import CSV
import-back-to-users = Înapoi la utilizatori
import-another = Importați alt fișier
import-progress = Rânduri procesate: { $done } din { $total }
import-status-draft = Neaplicat
import-status-queued = În așteptare
import-status-running = În curs
import-status-done = Finalizat
import-status-failed = Neaplicat
import-status-undo_queued = Anularea așteaptă să înceapă
import-status-undoing = Se anulează
import-status-undone = Anulat
import-undo = Anulați acest import
import-undo-until = Puteți anula acest import până la { $time }.
import-undo-confirm = Anularea readuce fiecare utilizator, licență și număr modificat de acest import. Utilizatorii modificați după import rămân neschimbați și sunt listați.
import-undo-yes = Anulați importul
import-undone-rows = Restaurate
import-undo-conflicts = Lăsate din cauza modificărilor ulterioare
import-col-undo = Anulare
import-undo-outcome-undone = Restaurat
import-undo-outcome-conflict = Lăsat neschimbat
import-outcome-applied = Aplicat
import-outcome-refused = Refuzat
import-outcome-skipped = Omis
import-kind-add = Adăugare
import-kind-modify = Modificare
import-kind-delete = Ștergere
import-results = Rezultate pe rânduri
import-more-rows = Afișare mai multe rânduri
import-failure-rows_refused = Nu s-a aplicat nimic: importul era de tip „Totul sau nimic” și un rând a fost refuzat.
import-failure-internal = Importul s-a oprit din cauza unei erori de server. Nu a rămas nimic aplicat pe jumătate; rândurile aplicate sunt enumerate mai jos.
import-failure-file_unreadable = Fișierul stocat nu a mai putut fi citit. Nu s-a aplicat nimic.

## Partner Hub → Catalog
nav-catalog = Catalog
catalog-title = Catalog
catalog-intro = Numele pachetelor și licențelor pe care le văd clienții dvs. Cheile nu se schimbă niciodată, așa că scripturile și fișierele CSV funcționează în continuare după o redenumire.
catalog-packages = Pachete
catalog-licenses = Licențe
catalog-col-name = Nume
catalog-col-key = Cheie
catalog-col-grants = Licențe acordate
catalog-col-everyone = Acordată tuturor utilizatorilor
catalog-everyone-yes = Da
catalog-everyone-no = Nu
catalog-rename = Redenumire
catalog-reset = Resetare
catalog-rename-label = Redenumire { $name }
catalog-reset-label = Resetare { $name } la numele implicit
catalog-rename-title = Redenumire { $name }
catalog-default-name = Nume implicit: { $name }
catalog-renamed = Numele a fost schimbat în { $name }.
catalog-reset-done = S-a revenit la { $name }.

## Emails
email-invitation-subject = { $admin } v-a invitat în { $org }
email-invitation-body =
    Bună ziua, { $name },

    { $admin } v-a adăugat în { $org } în Switchboard. Serviciile dvs. de apelare și de întâlniri sunt în curs de configurare; administratorul vă va anunța când sunt gata.
email-webex-go-subject = Codul dvs. de activare Webex Go
email-webex-go-body =
    Bună ziua, { $name },

    { $org } v-a atribuit o linie de serviciu Webex Go pe propriul telefon mobil.

    Codul dvs. de activare: { $code }
    Funcționează o singură dată și expiră pe { $expires }.

    iPhone: Setări → Serviciu mobil → Adăugați eSIM → Utilizați codul QR → Introduceți manual detaliile. Adresa SM-DP+: { $smdp }, codul de activare: { $code }.
    Android: Setări → Rețea și internet → Cartele SIM → Adăugați eSIM → Aveți nevoie de ajutor? → Introduceți manual. Codul furnizorului de rețea: { $provider }, apoi codul de activare.

    Dacă codul expiră sau schimbați telefonul, cereți administratorului un cod nou.

## Dispozitive și Webex Go (problema 5: GO-1 … GO-14)
nav-devices = Dispozitive
line-status-activation_pending = Activare în așteptare
line-status-online = Online
line-status-offline = Offline
users-col-webex-go = Webex Go
user-device-actions = Acțiuni pentru dispozitivele lui { $name }
user-add-webex-go = Adăugare dispozitiv Webex Go
devices-title = Dispozitive
devices-add = Adăugare dispozitiv
devices-search = Căutare după utilizator, e-mail sau model
devices-count = Dispozitive: { $total } · pagina { $page }
devices-empty = Niciun dispozitiv nu corespunde căutării.
devices-pages = Paginile listei de dispozitive
devices-deleted = Dispozitivul a fost șters. Licența sa Webex Go a revenit în grupul de licențe disponibile.
devices-col-device = Dispozitiv
devices-col-owner = Utilizator
devices-col-status = Stare
devices-col-number = Număr de telefon
devices-col-added = Data adăugării
add-device-title = Adăugare dispozitiv
add-device-step-user = Pasul 1: utilizatorul
add-device-for = Pentru cine este dispozitivul
add-device-existing-user = Utilizator existent
add-device-user-search = Căutare utilizatori după nume sau e-mail
add-device-choose-user = Alegeți utilizatorul
add-device-no-users = Niciun utilizator nu corespunde căutării.
add-device-user-required = Alegeți mai întâi un utilizator.
add-device-next = Înainte
add-device-back = Înapoi
add-device-step-type = Pasul 2: un dispozitiv pentru { $name }
add-device-type = Tipul dispozitivului
add-device-webex-go = Dispozitiv Webex Go
add-device-webex-go-hint = O linie de serviciu pe telefonul mobil personal al utilizatorului, printr-un eSIM.
add-device-type-required = Alegeți un tip de dispozitiv.
webex-go-title = Adăugare dispozitiv Webex Go
webex-go-for = Pentru { $name } ({ $email })
webex-go-details = Detaliile liniei
webex-go-license-note = Dispozitivul folosește o licență Webex Go din abonament.
webex-go-subscription = ID abonament
webex-go-subscription-choose = Alegeți un abonament
webex-go-subscription-option = { $id } (licențe disponibile: { $available } din { $quantity })
webex-go-subscription-required = Alegeți abonamentul din care linia primește licența Webex Go.
webex-go-number = Număr de telefon
webex-go-number-hint = Utilizatorul nu are încă un număr de telefon. Alegeți un număr liber al locației utilizatorului sau introduceți unul.
webex-go-uses-number = Linia folosește numărul de telefon al utilizatorului, { $number }.
webex-go-email-sent = Codul de activare și instrucțiunile sunt trimise utilizatorului prin e-mail.
webex-go-email-suppressed = E-mailurile către utilizatori sunt dezactivate în această organizație: copiați, trimiteți sau imprimați dumneavoastră codul de activare.
webex-go-add = Adăugare
webex-go-adding = Se adaugă…
webex-go-added = Dispozitivul Webex Go a fost adăugat pentru { $name }.
webex-go-ineligible = Webex Go nu poate fi adăugat pentru acest utilizator:
webex-go-has-line = { $name } are deja o linie Webex Go.
webex-go-open-device = Deschideți dispozitivul
webex-go-back-to-user = Înapoi la utilizator
activation-title = Detalii de activare
activation-once = Codul de activare este afișat doar acum. După ce părăsiți această pagină, nu mai poate fi afișat: transmiteți-l acum sau generați mai târziu unul nou.
activation-qr-label = Cod QR pentru activarea eSIM-ului Webex Go al utilizatorului { $name }
activation-apple = Pentru dispozitive Apple
activation-android = Pentru dispozitive Android
activation-smdp = Adresa SM-DP+
activation-code = Cod de activare
activation-provider = Codul furnizorului de rețea
activation-expires-on = Codul poate fi folosit o singură dată și expiră la { $date }.
activation-emailed = Trimis prin e-mail la { $email }, împreună cu instrucțiunile.
activation-not-emailed = E-mailurile către utilizatori sunt dezactivate în această organizație: copiați, trimiteți sau imprimați codul pentru utilizator.
activation-copy = Copiere cod
activation-copied = Codul a fost copiat.
activation-copy-failed = Browserul nu a permis copierea: selectați codul și copiați-l manual.
activation-print = Imprimare
activation-send-to = Trimitere la o adresă
activation-send-address = Adresă de e-mail
activation-send = Trimitere
activation-sent = Trimis la { $email }.
device-title = Dispozitiv
device-details = Detalii
device-model = Model
device-subscription = Abonament
device-code-expires = Codul de activare expiră
device-no-code = Niciun cod de activare nefolosit
device-actions = Acțiuni
device-regenerate = Generare cod de activare nou
device-regenerate-hint = Toate codurile anterioare încetează să funcționeze.
device-regenerate-unavailable = Disponibil doar cât timp activarea este în așteptare; acum linia este activă pe un telefon. Când utilizatorul o elimină de pe telefon, linia revine la starea Activare în așteptare.
device-lost-stolen = Pierdut/furat
device-lost-hint = Dezactivează linia de pe telefonul pierdut și generează detalii de activare pentru un telefon nou.
device-lost-title = Raportați telefonul ca pierdut sau furat?
device-lost-body = Linia de serviciu de pe telefonul pierdut este dezactivată imediat: de pe el nu se mai pot efectua sau primi apeluri de serviciu. Se generează detalii de activare noi pentru telefonul de înlocuire, iar toate codurile anterioare încetează să funcționeze.
device-lost-confirm = Dezactivare linie și generare detalii noi
device-lost-done = Linia de pe telefonul pierdut a fost dezactivată. Detaliile de activare noi pentru telefonul de înlocuire:
device-new-code = A fost generat un cod de activare nou. Toate codurile anterioare au încetat să funcționeze.
device-delete-hint = Elimină dispozitivul; licența sa revine în grupul de licențe disponibile.
device-delete-title = Ștergeți acest dispozitiv Webex Go?
device-delete-body = Linia este dezactivată: apelurile de serviciu nu mai pot fi efectuate sau primite din aplicația de apelare a telefonului, iar licența Webex Go revine în grupul de licențe disponibile. Utilizatorul elimină manual linia inactivă de pe telefon.
overview-email = E-mailuri către utilizatori
overview-suppress-email = Dezactivare e-mailuri către utilizatori
overview-suppress-email-hint = Când opțiunea este activată, Switchboard nu trimite utilizatorilor coduri de activare prin e-mail: administratorii le copiază, le trimit sau le imprimă.
overview-suppress-email-on = Activată: administratorii transmit codurile de activare.
overview-suppress-email-off = Dezactivată: utilizatorii primesc codurile de activare prin e-mail.

## Istoricul detaliat al apelurilor (GO-16)
code-call_record_invalid = Această înregistrare de apel nu este un obiect în formatul API-ului de preluare.
code-call_record_id_invalid = O înregistrare de apel are nevoie de un ID de 1–128 caractere tipăribile, fără spații.
code-call_start_missing = O înregistrare de apel are nevoie de o oră de început.
code-call_start_invalid = Ora de început nu este o dată și oră în format RFC 3339 (2026-03-04T10:15:30Z).
code-call_start_out_of_range = Ora de început este înainte de 2000 sau la mai mult de o zi în viitor.
code-call_duration_invalid = Durata trebuie să fie între 0 secunde și 24 de ore.
code-call_direction_invalid = Direcția trebuie să fie ORIGINATING sau TERMINATING.
code-call_number_invalid = Un număr apelant sau apelat are cel mult 128 de caractere și niciun caracter de control.
code-sub_client_type_unknown = Tip de subclient necunoscut. Folosiți Mobile_Network, Desktop, Mobile_App, Desk_Phone, Browser sau Other.
code-call_user_unknown = Organizația nu are un astfel de utilizator.
code-call_device_unknown = Organizația nu are un astfel de dispozitiv.
code-call_device_user_mismatch = Acest dispozitiv aparține altui utilizator decât cel numit în înregistrarea de apel.
code-call_records_too_many = Trimiteți cel mult 1.000 de înregistrări de apel într-o cerere.
code-date_range_invalid = Introduceți două date, a doua nu înaintea primei.
code-date_range_too_long = Alegeți un interval de cel mult 31 de zile.
code-export_too_large = Exportul ar avea peste 100.000 de apeluri. Alegeți un interval mai scurt sau mai multe filtre.
code-device_management_not_entitled = Această organizație nu are integrarea Device Management, deci dispozitivele gestionate de partener nu pot fi administrate aici.
code-disclaimer_not_acknowledged = Confirmați că sunteți responsabil de securizarea acreditărilor SIP înainte de a salva.
code-device_not_partner_managed = Această acțiune este doar pentru dispozitivele SIP gestionate de partener.
code-device_needs_user = Un dispozitiv personal are nevoie de cel puțin un utilizator. Adăugați alt utilizator înainte de a-l elimina pe acesta.
code-device_catalog_field_invalid = Introduceți între 1 și 60 de caractere, fără tabulatoare sau rânduri noi.
code-line_count_invalid = Introduceți un număr de linii între 1 și 16.
code-room_type_unknown = Alegeți unul dintre tipurile de încăpere.
code-capacity_invalid = Introduceți o capacitate între 1 și 999.
code-workspace_license_unknown = Alegeți Workspace Professional sau Common Area.
code-devices_too_many = Trimiteți cel mult 500 de dispozitive într-o cerere.
code-order_subscription_id_invalid = ID-ul abonamentului trebuie să aibă între 1 și 64 de litere, cifre, cratime sau caractere de subliniere.
code-order_services_empty = Comanda trebuie să includă cel puțin un serviciu.
code-order_service_unknown = Serviciu necunoscut. Folosiți meetings, calling sau suite.
code-order_service_duplicate = Comanda conține acest serviciu de două ori. Treceți întreaga cantitate pe un singur rând.
code-order_quantity_invalid = Introduceți o cantitate între 1 și 100.000.
code-order_conflict = O comandă cu acest ID de abonament a fost deja primită, cu alt conținut.
code-org_id_invalid = Acesta nu este un ID de organizație valid.
code-business_vertical_unknown = Alegeți o verticală de afaceri din listă.
code-wizard_step_mismatch = Acest pas al configurării s-a schimbat între timp, de exemplu într-o altă filă. Reîncărcați pagina pentru a continua de unde a rămas configurarea.
code-wizard_state_invalid = Progresul salvat al configurării nu a putut fi citit. Reluați configurarea de la început.
code-customer_setup_not_applicable = Doar o comandă pentru un client poate fi lăsată în seama clientului pentru configurare.
code-time_zone_unknown = Alegeți un fus orar din listă.
code-sites_empty = Adăugați cel puțin un site Webex.
code-sites_too_many = Configurați cel mult 10 site-uri.
code-site_name_duplicate = Două site-uri nu pot avea același nume URL.
code-site_name_taken = Acest nume URL de site este deja folosit. Alegeți altul.
code-site_licenses_invalid = Când aveți mai multe site-uri, alocați fiecărui site cel puțin o licență.
code-license_split_mismatch = Suma licențelor distribuite pe site-uri trebuie să fie egală cu cantitatea comandată.
code-address_country_mismatch = Adresa trebuie să fie în țara sau regiunea aleasă pentru sediul principal.
code-setup_link_invalid = Acest link de configurare nu este valid. Deschideți linkul din e-mail exact așa cum a fost trimis.
code-setup_link_expired = Acest link de configurare a expirat. Cereți persoanei care a plasat comanda să trimită unul nou.
code-setup_link_superseded = Acest link de configurare a fost înlocuit de unul mai nou, de exemplu pentru că comanda a fost transmisă altcuiva.
code-customer_has_no_admin = Organizația clientului nu are niciun administrator care să configureze serviciile. Configurați-le dvs. sau adăugați mai întâi un administrator.
code-not_provisioning_admin = Nu aveți eticheta Administrator de asigurare a accesului în această organizație.

## Emails: subscription orders (issue 7)
email-order-welcome-subject = Informațiile de asigurare a accesului necesare pentru comanda { $subscription }
email-order-welcome-body =
    Bună ziua,

    Comanda { $subscription } este pregătită pentru configurare: { $services }.

    Configurarea are două părți: găsirea organizației, apoi configurarea serviciilor. Începeți aici (Configurare serviciu):
    { $link }

    Linkul funcționează până la { $expires }. Dacă nu vă așteptați la acest e-mail, contactați agentul de vânzări cu care ați plasat comanda.
email-order-handover-subject = { $admin } v-a rugat să finalizați comanda { $subscription }
email-order-handover-body =
    Bună ziua,

    { $admin } v-a rugat să finalizați configurarea comenzii { $subscription }: { $services }.

    Configurarea are două părți: găsirea organizației, apoi configurarea serviciilor. Începeți aici (Configurare serviciu):
    { $link }

    Linkul funcționează până la { $expires }.
email-order-customer-setup-subject = Configurați serviciile comenzii { $subscription }
email-order-customer-setup-body =
    Bună ziua,

    { $admin } a mapat comanda { $subscription } ({ $services }) la { $org } și v-a lăsat dvs. configurarea serviciilor. Partenerul dvs. păstrează accesul pentru a vă ajuta.

    Continuați aici (Configurare serviciu):
    { $link }

    Linkul funcționează până la { $expires }.
email-full-admin-request-subject = { $admin } solicită drepturi complete de administrator în { $org }
email-full-admin-request-body =
    Bună ziua,

    { $admin } ({ $email }) a asigurat accesul la un abonament pentru { $org } și are acolo eticheta Administrator de asigurare a accesului. Vă solicită să îl faceți administrator complet al { $org }.

    Acordați sau refuzați solicitarea în prezentarea generală a organizației: { $link }

    Dacă nu cunoașteți această solicitare, refuzați-o sau ignorați acest e-mail.
nav-call-history = Istoric apeluri
calls-title = Istoricul detaliat al apelurilor
calls-intro = Apelurile raportate de platforma de telefonie. Apelurile pe o linie Webex Go au tipul de subclient Mobile_Network. Orele sunt în UTC.
calls-export = Exportă CSV
calls-filters = Filtre pentru apeluri
calls-from = De la
calls-to = Până la
calls-range-hint = Zile întregi în UTC, ambele incluse; cel mult 31 de zile.
calls-user = Utilizator
calls-sub-client = Tip de subclient
calls-sub-all = Toate
calls-sub-mobile-network = Rețea mobilă (Webex Go)
calls-sub-desktop = Aplicația desktop
calls-sub-mobile-app = Aplicația mobilă
calls-sub-desk-phone = Telefon de birou
calls-sub-browser = Aplicația web
calls-sub-other = Altul
calls-count = Apeluri: { $total } · pagina { $page }
calls-empty = Niciun apel nu corespunde acestor filtre.
calls-pages = Pagini de apeluri
calls-col-time = Ora de început (UTC)
calls-col-user = Utilizator
calls-col-direction = Direcție
calls-col-calling = Număr apelant
calls-col-called = Număr apelat
calls-col-duration = Durată
calls-col-sub-client = Tip de subclient
calls-direction-originating = De ieșire
calls-direction-terminating = De intrare
calls-no-user = Fără utilizator

## Devices → Import CSV: Webex Go lines in bulk (GO-7 … GO-9)

device-import-link = Import CSV
device-import-title = Importați dispozitive Webex Go dintr-un fișier CSV
device-import-lead = Adăugați linii Webex Go pentru mai mulți utilizatori deodată. Descărcați șablonul (ultimele lui coloane numesc abonamentele Webex Go ale acestei organizații), completați câte un rând pentru fiecare utilizator și alegeți fișierul. Fișierul este verificat aici, cu datele acestei organizații, înainte de a trimite ceva.
device-import-template = Descărcați șablonul CSV
device-import-back = Înapoi la dispozitive
device-import-step-file = 1. Alegeți fișierul
device-import-choose = Fișier CSV
device-import-choose-hint = Coloanele șablonului, câte un rând pentru fiecare utilizator, TRUE în coloana Webex Go a abonamentului din care se ia licența. UTF-8, separat prin virgulă sau punct și virgulă, până la 100.000 de rânduri.
device-import-checking = Se verifică fișierul…
device-import-sending = Se trimite…
device-import-checked = Rânduri: { $rows }. Erori: { $errors }.
device-import-findings = 2. Constatări
device-import-no-findings = Nicio problemă: toate rândurile pot fi adăugate.
device-import-header-row = Antet
device-import-col-row = Rând
device-import-col-column = Coloană
device-import-col-severity = Gravitate
device-import-col-problem = Problemă
device-import-more-findings =
    { $count ->
        [one] Încă { $count } constatare nu este afișată.
        [few] Încă { $count } constatări nu sunt afișate.
       *[other] Încă { $count } de constatări nu sunt afișate.
    }
device-import-step-submit = 3. Adăugați liniile
device-import-rows = Rânduri în fișier
device-import-lines = Linii Webex Go de adăugat
device-import-errors = Erori
device-import-per-subscription = Licențe luate din fiecare abonament
device-import-col-subscription = Abonament
device-import-col-lines = Linii
device-import-blocked =
    { $count ->
        [one] Fișierul are { $count } eroare. Corectați-o și alegeți din nou fișierul: nu se adaugă nimic cât timp fișierul are erori.
        [few] Fișierul are { $count } erori. Corectați-le și alegeți din nou fișierul: nu se adaugă nimic cât timp fișierul are erori.
       *[other] Fișierul are { $count } de erori. Corectați-le și alegeți din nou fișierul: nu se adaugă nimic cât timp fișierul are erori.
    }
device-import-email = Trimiteți codul de activare prin e-mail
device-import-email-on = Fiecare utilizator primește un e-mail cu codul de activare și instrucțiunile, cu excepția cazului în care organizația a oprit e-mailurile către utilizatori.
device-import-email-off = Nu se trimite niciun e-mail: liniile rămân în Activare în așteptare până când generați un cod pe pagina fiecărui dispozitiv și îl predați utilizatorului.
device-import-submit =
    { $count ->
        [one] Trimiteți: adăugați { $count } linie Webex Go
        [few] Trimiteți: adăugați { $count } linii Webex Go
       *[other] Trimiteți: adăugați { $count } de linii Webex Go
    }
device-import-job-title = Import Webex Go
device-import-another = Importați alt fișier
device-import-progress = Rânduri procesate: { $done } din { $total }
device-import-applied = Linii adăugate
device-import-refused = Rânduri refuzate
device-import-job-email-on = Codurile de activare sunt trimise utilizatorilor prin e-mail (cu excepția cazului în care organizația a oprit e-mailurile către utilizatori).
device-import-job-email-off = Codurile de activare nu sunt trimise prin e-mail: generați un cod pe pagina fiecărui dispozitiv.
device-import-failed = Importul s-a oprit din cauza unei erori de server. Rândurile de mai jos au fost aplicate; celelalte nu.
device-import-results = Rezultatele rândurilor
device-import-col-username = Nume de utilizator
device-import-col-outcome = Rezultat
device-import-col-activation = Activare
device-import-col-device = Dispozitiv
device-import-outcome-applied = Adăugat
device-import-outcome-refused = Refuzat
device-import-activation-emailed = Codul de activare a fost trimis utilizatorului prin e-mail
device-import-activation-pending = Activare în așteptare: generați un cod pe pagina dispozitivului
device-import-open-device = Deschideți dispozitivul
device-import-more-rows = Afișați mai multe rânduri
device-import-status-queued = Așteaptă să înceapă
device-import-status-running = În curs
device-import-status-done = Finalizat
device-import-status-failed = Oprit
action-webex_go_imported = Linii Webex Go importate dintr-un fișier CSV
action-partner_device_added = A adăugat un dispozitiv gestionat de partener
action-partner_device_users_changed = A modificat utilizatorii unui dispozitiv gestionat de partener
action-sip_password_updated = A generat o parolă SIP nouă
action-device_management_set = A modificat integrarea Device Management
action-device_catalog_changed = A modificat catalogul de dispozitive aprobate
action-workspace_created = A creat un spațiu de lucru
action-workspace_deleted = A șters un spațiu de lucru
action-order_received = A primit o comandă
action-order_link_opened = A deschis linkul de configurare al unei comenzi
action-order_handed_over = A transmis o comandă altcuiva pentru configurare
action-order_orgs_mapped = A mapat o comandă la organizațiile ei
action-order_provisioned = A configurat serviciile unei comenzi
action-full_admin_requested = A solicitat drepturi complete de administrator
action-full_admin_granted = A acordat drepturi complete de administrator
action-full_admin_declined = A refuzat o solicitare de drepturi complete de administrator

## Partner-managed devices of users (PMD-1, PMD-4, PMD-9)
partner-device-title = Adăugați un dispozitiv gestionat de partener
partner-device-for = Pentru { $name }
partner-device-not-entitled = Această organizație nu are integrarea Device Management, deci aici nu se pot adăuga și nu se pot gestiona dispozitive gestionate de partener. Un administrator al partenerului o poate activa în prezentarea generală a organizației.
partner-device-management = Gestionarea dispozitivului
partner-device-managed = Dispozitive gestionate de partener
partner-device-managed-hint = Dispozitive SIP terțe pe care partenerul dvs. de soluții le configurează și le gestionează. Credențialele SIP vă aparțin.
partner-device-details = Detaliile dispozitivului
partner-device-mac = Adresa MAC
partner-device-mac-reads = Se citește { $mac }.
partner-device-save = Salvați
partner-device-saving = Se salvează…
partner-device-save-hint = Confirmați declarația pentru a salva.
partner-device-added = Dispozitiv adăugat pentru { $name }.
partner-device-back-to-devices = Înapoi la dispozitive
add-device-partner = Telefon Cisco, ATA sau dispozitiv terț
add-device-partner-hint = Un telefon de birou sau un adaptor care se înregistrează cu credențiale SIP, cum ar fi un dispozitiv gestionat de partener.
sip-credentials-title = Credențiale SIP
sip-user-name = Nume de utilizator SIP
sip-realm = Domeniu (realm)
sip-password = Parolă
sip-copy-user-name = Copiați numele de utilizator
sip-copy-password = Copiați parola
partner-device-vendor = Producător
partner-device-workspace = Spațiu de lucru
partner-device-password-changed = Parolă setată ultima dată
partner-device-disclaimer-by = Declarație confirmată
partner-device-disclaimer-when = De { $admin } pe { $date }
partner-device-update-password = Actualizați parola
partner-device-update-password-hint = Generează o parolă SIP nouă. Dispozitivul nu se poate înregistra până nu o introduceți pe el.
partner-device-update-password-title = Actualizați parola SIP?
partner-device-update-password-body = Se generează o parolă nouă, afișată o singură dată. Parola actuală nu mai funcționează imediat, deci dispozitivul nu se poate înregistra până nu se introduce cea nouă.
partner-device-update-password-confirm = Actualizați parola
partner-device-password-updated = A fost generată o parolă SIP nouă.
partner-device-delete-hint = Elimină dispozitivul și credențialele sale SIP. Dispozitivul nu se mai înregistrează.
partner-device-delete-title = Ștergeți acest dispozitiv?
partner-device-delete-body = Dispozitivul, credențialele sale SIP și atribuirile către utilizatori sunt eliminate. Nu se mai înregistrează.
partner-device-users = Utilizatori
partner-device-remove = Eliminați
partner-device-remove-user = Eliminați-l pe { $name } de pe acest dispozitiv
partner-device-last-user = Un dispozitiv păstrează cel puțin un utilizator.
partner-device-add-user = Adăugați un utilizator: căutați după nume sau e-mail
partner-device-add = Adăugați
partner-device-add-this-user = Adăugați-l pe { $name } pe acest dispozitiv
partner-device-user-added = { $name } poate folosi acum acest dispozitiv.
partner-device-user-removed = { $name } nu mai folosește acest dispozitiv.
devices-workspace = Spațiu de lucru
## Dispozitive gestionate de partener și spații de lucru (PMD-1 … PMD-9)
nav-device-types = Tipuri de dispozitive
nav-workspaces = Spații de lucru
steps-label = Pași
steps-position = Pasul { $step } din { $total }
sip-credentials-once = Este ultima dată când puteți vedea parola în întregime. Copiați-o acum și păstrați-o în siguranță: răspundeți de fraudele cauzate de credențiale nesecurizate.
sip-copy-realm = Copiați realm-ul
sip-copied = { $what }: copiat în clipboard.
sip-copy-failed = Browserul nu a permis copierea. Selectați textul și copiați-l manual.
pmd-device-type = Tip de dispozitiv
pmd-device-type-choose = Alegeți un tip de dispozitiv
pmd-device-type-option = { $vendor } { $model } ({ $type }, firmware { $firmware } sau mai nou)
pmd-type-phone = Telefon de birou
pmd-type-ata = Adaptor analogic (ATA)
pmd-mac = Adresă MAC
pmd-mac-hint = 12 cifre hexazecimale, ca pe eticheta dispozitivului, de ex. 00:1A:2B:3C:4D:5E.
pmd-disclaimer = Dețin credențialele SIP ale acestui dispozitiv și răspund de orice fraudă cauzată de nesecurizarea lor.
device-types-title = Tipuri de dispozitive
device-types-intro = Dispozitivele SIP terțe aprobate pe care administratorii clienților dvs. le pot adăuga, fiecare cu firmware-ul minim necesar. Dispozitivele de alte tipuri nu pot fi adăugate.
device-types-add = Adăugați tip de dispozitiv
device-types-read-only = Doar administratorii compleți ai partenerului pot modifica tipurile de dispozitive.
device-types-empty = Încă nu există tipuri de dispozitive.
device-types-list = Catalog aprobat
device-types-col-model = Model
device-types-col-vendor = Producător
device-types-col-type = Tip
device-types-col-firmware = Firmware minim
device-types-col-lines = Linii
device-types-col-approved = Aprobat
device-types-approved-yes = Aprobat
device-types-approved-no = Retras
device-types-approved-label = Aprobat: administratorii pot adăuga dispozitive de acest tip
device-types-edit = Editați
device-types-edit-label = Editați { $name }
device-types-key = Cheie (pentru clienții API)
device-types-saved = { $name } a fost salvat.
overview-device-management = Integrarea Device Management
overview-device-management-switch = Integrarea Device Management
overview-device-management-hint = Permite administratorilor organizației să adauge și să gestioneze dispozitive SIP gestionate de partener și spații de lucru. Doar administratorii compleți ai partenerului o pot modifica.
overview-device-management-on = Activată: dispozitivele gestionate de partener pot fi adăugate și gestionate.
overview-device-management-off = Dezactivată: dispozitivele gestionate de partener nu pot fi adăugate sau gestionate.
room-type-meeting_room = Sală de ședințe
room-type-huddle_room = Sală mică de ședințe
room-type-lobby = Hol
room-type-open_space = Spațiu deschis
room-type-office = Birou
room-type-other = Altul
workspace-license-professional = Workspace Professional
workspace-license-common_area = Common Area
workspace-device-count = { $count } din { $limit }
workspaces-title = Spații de lucru
workspaces-add = Adăugați spațiu de lucru
workspaces-empty = Încă nu există spații de lucru.
workspace-deleted = Spațiul de lucru a fost șters. Licența și numărul său sunt din nou libere.
workspace-title = Spațiu de lucru
workspace-details = Detalii
workspace-name = Numele spațiului de lucru
workspace-name-hint = Numele încăperii: cel mult 30 de caractere, fără % # < > , \ sau ".
workspace-room-type = Tipul încăperii
workspace-room-type-choose = Alegeți tipul încăperii
workspace-capacity = Capacitate
workspace-license = Tip de licență
workspace-subscription = Abonament
workspace-location = Locație
workspace-number = Număr de telefon
workspace-extension = Interior (opțional)
workspace-devices = Dispozitive
workspace-no-devices = Încă nu există dispozitive.
workspace-add-device = Adăugați dispozitiv
workspace-limit = Limita de dispozitive a acestei licențe: { $limit }.
workspace-device-added = Dispozitivul a fost adăugat.
workspace-credentials-done = Am copiat credențialele
workspace-delete = Ștergeți spațiul de lucru
workspace-delete-title = Ștergeți acest spațiu de lucru?
workspace-delete-body = Dispozitivele sale sunt eliminate, iar licența și numărul de telefon revin organizației. Acțiunea nu poate fi anulată.
add-device-new-workspace = Spațiu de lucru nou
add-workspace-title = Adăugați spațiu de lucru
add-workspace-step-workspace = Spațiu
add-workspace-step-device = Dispozitiv
add-workspace-step-calling = Apelare
add-workspace-no-models = Încă nu există tipuri de dispozitive aprobate. Un administrator complet al partenerului le adaugă în Partner Hub → Tipuri de dispozitive.
add-workspace-license-option = { $license } (dispozitive per spațiu: până la { $limit }; licențe disponibile: { $available })
add-workspace-subscription-required = Alegeți abonamentul a cărui licență o folosește spațiul de lucru.
add-workspace-location-choose = Alegeți o locație
add-workspace-location-option = { $name } (numere libere: { $free })
add-workspace-location-required = Alegeți locația spațiului de lucru.
add-workspace-number-choose = Alegeți un număr liber
add-workspace-number-required = Alegeți unul dintre numerele libere ale locației.
add-workspace-saving = Se salvează…
add-workspace-created = Spațiul de lucru { $name } a fost creat.
add-workspace-open = Deschideți spațiul de lucru
# Comenzi de abonamente și expertul de configurare (issue 7, SUB-1 … SUB-10)
nav-orders = Comenzi
orders-title = Comenzi
orders-lead = Abonamentele primite de la sistemul de comenzi și stadiul configurării lor. O configurare neterminată se reia de la pasul la care a fost lăsată.
orders-state-all = Toate stările
orders-empty = Nicio comandă încă.
orders-count =
    { $count ->
        [one] { $count } comandă
        [few] { $count } comenzi
       *[other] { $count } de comenzi
    }
orders-col-subscription = Abonament
orders-col-services = Servicii
orders-col-state = Stare
orders-col-assignee = Configurat de
orders-col-customer = Client
orders-col-updated = Actualizat
orders-col-actions = Acțiuni
orders-resume = Reluare
orders-resume-label = Reluați configurarea pentru { $id }
orders-open = Deschidere
orders-open-label = Deschideți comanda { $id }
order-state-new = Nouă
order-state-in_progress = În curs
order-state-handed_to_customer = Lăsată clientului
order-state-provisioned = Configurată
service-meetings = Webex Meetings
service-calling = Webex Calling
service-suite = Webex Suite
orders-unfinished =
    { $count ->
        [one] Aveți { $count } comandă de configurat.
        [few] Aveți { $count } comenzi de configurat.
       *[other] Aveți { $count } de comenzi de configurat.
    }
orders-unfinished-resume = Continuați configurarea pentru { $id }
orders-unfinished-all = Toate comenzile
landing-title = Bun venit
landing-no-org = Încă nu administrați nicio organizație. Aceasta se creează când vă configurați comanda.
setup-link-title = Configurare serviciu
setup-link-lead = Noul dvs. abonament este pregătit. Configurarea are două părți: găsirea organizației și configurarea serviciilor.
setup-link-sign-in = Conectați-vă pentru a continua
setup-link-sign-in-hint = Conectați-vă ca { $email } pentru a configura această comandă.
setup-link-opening = Se deschide configurarea…
setup-link-refused-hint = Dacă ați configurat deja această comandă, conectați-vă pentru a o găsi la Comenzi.
setup-link-go-sign-in = Mergeți la conectare
setup-account-title = Creați-vă contul
setup-account-hint = Nu există încă un cont pentru { $email }. Alegeți-vă numele și o parolă pentru a continua.
setup-account-name = Numele dvs.
setup-account-password = Parolă
setup-account-password-hint = Cel puțin { $min } caractere. O frază de câteva cuvinte se reține ușor.
setup-account-repeat = Repetați parola
setup-account-repeat-mismatch = Cele două parole nu sunt identice.
setup-account-submit = Creați contul și continuați
setup-account-pending = Se creează contul…
setup-title = Configurarea unui abonament
setup-heading = Configurarea abonamentului { $id }
setup-saved = Salvat.
setup-saving = Se salvează…
setup-next = Următorul
setup-back = Înapoi
setup-later = Configurați mai târziu
setup-finish = Finalizați configurarea
setup-close = Închidere
setup-step-order_for = Destinația comenzii
setup-step-partner_org = Organizația parteneră
setup-step-customer_org = Organizația clientului
setup-step-review = Revizuire
setup-step-meetings = Webex Meetings
setup-step-calling = Webex Calling
setup-step-handed_over = Predată
setup-step-done = Finalizat
setup-order-for-legend = Pentru cine este această comandă?
setup-order-for-customer = Această comandă este pentru un client
setup-order-for-customer-hint = Recomandat: configurați serviciile în numele clientului și îl puteți sprijini și după configurare.
setup-order-for-my-company = Această comandă este pentru compania mea
setup-order-for-my-company-hint = Configurați serviciile pentru propria organizație.
setup-order-for-someone-else = Doresc ca altcineva să finalizeze această comandă
setup-order-for-someone-else-hint = Persoana respectivă primește prin e-mail linkul Configurare serviciu.
setup-order-for-required = Alegeți pentru cine este comanda.
setup-order-for-contact-hint = Când selectați Următorul, adresa dvs. de e-mail (e-mailul de contact pentru asigurarea accesului) este verificată în raport cu organizațiile existente.
setup-someone-else-email = Adresa sa de e-mail
setup-org-matched = Pe baza adresei dvs. de e-mail, am asociat comanda cu această organizație. Verificați-o, apoi selectați Următorul.
setup-org-candidates = Am găsit organizații care se potrivesc cu domeniul adresei dvs. de e-mail. Examinați-le cu atenție: domeniile verificate, utilizatorii activi și activitatea recentă arată organizația potrivită.
setup-org-none = Nu s-a găsit nicio organizație care să se potrivească. Creați o organizație nouă.
setup-org-customers = Nicio organizație nu se potrivește cu adresa dvs. de e-mail. Alegeți unul dintre clienții dvs. sau creați o organizație nouă.
setup-org-pick-partner = Alegeți organizația parteneră
setup-org-pick-customer = Alegeți organizația clientului
setup-org-create = Creați o organizație nouă
setup-org-choose = Alegeți o organizație sau creați una nouă.
setup-org-domains = Domenii verificate: { $domains }
setup-org-no-domains = Niciun domeniu verificat
setup-org-active-users =
    { $count ->
        [one] { $count } utilizator activ
        [few] { $count } utilizatori activi
       *[other] { $count } de utilizatori activi
    }
setup-org-last-activity = Ultima activitate a utilizatorilor: { $date }
setup-org-no-activity = Nicio activitate a utilizatorilor
setup-org-stale = Niciun domeniu verificat și nicio activitate a utilizatorilor de un an: probabil nu este organizația potrivită.
setup-org-name = Numele companiei
setup-org-vertical = Verticală de afaceri
setup-org-vertical-choose = Alegeți o verticală de afaceri
setup-org-country = Țară sau regiune
setup-org-country-choose = Alegeți o țară sau o regiune
vertical-education = Educație
vertical-government = Administrație publică
vertical-healthcare = Sănătate
vertical-financial_services = Servicii financiare
vertical-manufacturing = Producție
vertical-retail = Comerț cu amănuntul
vertical-technology = Tehnologie
vertical-professional_services = Servicii profesionale
vertical-hospitality = Ospitalitate
vertical-non_profit = Organizații non-profit
vertical-media = Media și divertisment
vertical-transportation = Transporturi
vertical-energy_utilities = Energie și utilități
vertical-telecommunications = Telecomunicații
vertical-other = Altele
setup-review-lead = Verificați organizațiile. Când selectați Următorul, acestea se salvează: cele noi sunt create, iar comanda este asociată cu ele.
setup-review-new-org = Organizație nouă · { $vertical } · { $country }
setup-review-provisioning-admin = Veți avea eticheta Administrator de asigurare a accesului în { $customer }. Dacă aveți nevoie de privilegii complete de administrator, finalizați mai întâi configurarea, apoi solicitați-le de la administratorul clientului.
setup-review-customer-sets-up = Clientul meu își va configura propriile servicii
setup-review-customer-sets-up-hint = Administratorul clientului primește un e-mail pentru a continua configurarea. Nu pierdeți accesul la organizația clientului.
setup-review-commit-hint = După acest pas nu vă mai puteți întoarce la organizații.
setup-meetings-lead = Alegeți numele URL Webex, fusul orar și dacă site-ul intră în programul de lansare timpurie. Licențe Meetings comandate: { $quantity }.
setup-meetings-site = Site-ul { $n }
setup-meetings-url-name = Nume URL al site-ului
setup-meetings-url-preview = Site-ul dvs.: { $url }
setup-meetings-time-zone = Fus orar
setup-meetings-time-zone-choose = Alegeți un fus orar
setup-meetings-early-adopter = Program de lansare timpurie
setup-meetings-early-adopter-hint = Un site din programul de lansare timpurie primește acces la caracteristici înainte de ciclul normal de implementare.
setup-meetings-additional = Am nevoie de adrese URL suplimentare
setup-meetings-add-site = Adăugați încă o adresă URL
setup-meetings-remove = Eliminare
setup-meetings-remove-site = Eliminați site-ul { $n }
setup-meetings-licenses = Licențe pentru acest site
setup-meetings-split-ok = Licențe distribuite: { $sum } din { $total }.
setup-meetings-split-left = Licențe distribuite: { $sum } din { $total }; rămase de distribuit: { $difference }.
setup-meetings-split-over = Licențe distribuite: { $sum } din { $total }; în plus: { $difference }.
setup-calling-lead = Introduceți locația sediului principal. Licențe Calling comandate: { $quantity }.
setup-calling-name = Numele locației sediului principal
setup-calling-country = Țara sau regiunea în care se află majoritatea utilizatorilor
setup-calling-address = Adresă
setup-calling-more-later = Puteți modifica locația sau adăuga mai multe locații ulterior, în Control Hub.
setup-handed-over-person = Am trimis linkul Configurare serviciu la { $email }. Configurarea continuă de acolo.
setup-handed-over-customer = Am trimis un e-mail administratorului clientului pentru a configura serviciile. Nu pierdeți accesul la organizația clientului.
setup-done-text = Abonamentul { $id } este configurat.
setup-summary-licenses =
    { $count ->
        [one] { $count } licență
        [few] { $count } licențe
       *[other] { $count } de licențe
    }
setup-download-summary = Descărcare rezumat comandă (PDF)
setup-full-admin-hint = Aveți eticheta Administrator de asigurare a accesului în { $customer }. Administratorii acesteia vă pot acorda privilegii complete de administrator.
setup-request-full-admin = Solicitați privilegii complete de administrator
setup-full-admin-requested = Solicitarea dvs. a fost trimisă prin e-mail administratorilor clientului.
# The order summary PDF (SUB-10), written by the server.
pdf-order-title = Rezumatul comenzii
pdf-order-subscription-id = ID abonament
pdf-order-date = Data
pdf-order-organizations = Organizații
pdf-order-partner = Partener
pdf-order-customer = Client
pdf-order-services = Servicii
pdf-order-service = Serviciu
pdf-order-quantity = Cantitate
pdf-order-meetings-sites = Site-uri Meetings
pdf-order-site-url = URL site
pdf-order-time-zone = Fus orar
pdf-order-early-adopter = Lansare timpurie
pdf-order-licenses = Licențe
pdf-order-yes = Da
pdf-order-no = Nu
pdf-order-calling-location = Locația sediului central Calling
pdf-order-location-name = Numele locației
pdf-order-country = Țară/regiune
pdf-order-address = Adresă
# SUB-5: pending requests for full admin, on the org's overview.
full-admin-requests-title = Solicitări de drepturi complete de administrator
full-admin-requests-intro = Acești administratori parteneri au asigurat accesul la un abonament pentru organizația dvs. și au eticheta Administrator de asigurare a accesului. Dacă acordați, devin administratori compleți ai organizației.
full-admin-request-line = { $name } ({ $email }), solicitat pe { $date }
full-admin-grant = Acordați administrator complet
full-admin-decline = Refuzați
full-admin-granted = { $name } este acum administrator complet.
full-admin-declined = Solicitarea lui { $name } a fost refuzată.
