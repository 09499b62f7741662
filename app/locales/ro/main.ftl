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
code-email_missing = Introduceți o adresă de e-mail.
code-email_invalid = Aceasta nu este o adresă de e-mail validă.
code-email_duplicate_in_file = Această adresă de e-mail apare de mai multe ori în fișier.
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
code-workspace_name_empty = Introduceți numele spațiului de lucru.
code-workspace_name_too_long = Un nume de spațiu de lucru poate avea cel mult 30 de caractere.
code-workspace_name_forbidden_character = Un nume de spațiu de lucru nu poate conține % # < > , \ sau ".
code-workspace_device_limit = Acest spațiu de lucru nu mai poate include alte dispozitive.
code-activation_not_pending = Un cod de activare nou poate fi generat numai cât timp activarea este în așteptare.
code-activation_code_unknown = Acest cod de activare nu există.
code-activation_code_expired = Acest cod de activare a expirat. Generați unul nou.
code-activation_code_used = Acest cod de activare a fost deja folosit.
code-activation_code_superseded = Acest cod de activare a fost înlocuit de unul mai nou.
code-too_many_users = Puteți adăuga cel mult 25 de utilizatori odată.
