## Switchboard — Italian (it). Keys and order are exactly those of the
## English reference locale (en/main.ftl).

app-name = Switchboard
loading = Caricamento…
skip-to-content = Vai al contenuto principale
language-label = Lingua
signed-in-as = Accesso eseguito come { $email }
sign-out = Esci
shortcuts-open = Scorciatoie
shortcuts-title = Scorciatoie da tastiera
shortcuts-help = Mostra questo elenco
shortcuts-search = Vai al campo di ricerca della pagina
shortcuts-close = Chiudi una finestra di dialogo
dialog-close = Chiudi

## Navigation
nav-main = Navigazione principale
nav-partner-hub = Partner Hub
nav-control-hub = Control Hub
nav-customers = Clienti
nav-overview = Panoramica
nav-audit = Registro di controllo
nav-users = Utenti
nav-locations = Sedi

## Sign-in
sign-in-title = Accedi a Switchboard
sign-in-email = Indirizzo e-mail
sign-in-password = Password
sign-in-submit = Accedi
sign-in-pending = Accesso in corso…

## Partner Hub: customers (PH-1)
customers-title = Clienti
customers-search = Cerca clienti
customers-count =
    { $count ->
        [one] { $count } cliente
       *[other] { $count } clienti
    }
customers-empty = Nessun cliente corrisponde alla ricerca.
customers-col-name = Cliente
customers-col-country = Paese
customers-col-admins = Amministratori
customers-col-created = Data di creazione
customers-col-actions = Azioni
customers-launch = Avvia Control Hub
customers-launch-label = Avvia Control Hub per { $name }

## Control Hub: overview
overview-title = Panoramica
overview-details = Dettagli dell'organizzazione
overview-partner = Gestita dal partner
overview-no-partner = Non gestita da un partner
overview-country = Paese
overview-created = Data di creazione
overview-subscriptions = Abbonamenti e licenze
overview-no-subscriptions = Questa organizzazione non ha ancora abbonamenti.
overview-col-license = Licenza
overview-col-subscription = ID abbonamento
overview-col-used = In uso
overview-col-available = Disponibili
overview-col-total = Totale
overview-admins = Amministratori
overview-col-name = Nome
overview-col-email = E-mail
overview-col-role = Ruolo
overview-read-only = L'accesso a questa organizzazione è in sola lettura.
overview-acting-as = Si sta lavorando in { $org } come amministratore di { $partner }. Ogni modifica viene registrata con entrambi i nomi.

## Roles (T-2)
role-partner_full_admin = Amministratore completo partner
role-partner_read_only = Amministratore partner in sola lettura
role-customer_full_admin = Amministratore completo
role-provisioning_admin = Amministratore del provisioning

## Audit log
audit-title = Registro di controllo
audit-col-when = Quando
audit-col-who = Chi
audit-col-action = Azione
audit-col-detail = Dettagli
audit-empty = Non è stato ancora registrato nulla.
audit-more = Mostra voci precedenti
audit-acting-from = da { $org }
action-sign_in = Accesso eseguito
action-sign_out = Disconnessione eseguita
action-language_changed = Lingua modificata
action-org_created = Organizzazione creata
action-admin_created = Amministratore aggiunto
action-api_token_created = Token API creato
action-users_added = Utenti aggiunti
action-package_changed = Pacchetto di un utente modificato
action-user_renamed = Utente rinominato
action-user_deleted = Utente eliminato
action-location_added = Sede aggiunta
action-location_changed = Sede modificata
action-location_deleted = Sede eliminata
action-numbers_added = Numeri di telefono aggiunti
action-number_deleted = Numero di telefono eliminato
action-catalog_renamed = Voce del catalogo rinominata
action-users_imported = Utenti importati da un file CSV
action-users_import_undone = Annullata un’importazione CSV di utenti

## Other pages
not-found-title = Pagina non trovata
not-found-back = Vai alla pagina iniziale

## Stable codes (SPEC 5.3): what each one tells the admin.
code-unauthenticated = La sessione è terminata. Accedere di nuovo.
code-invalid_credentials = L'indirizzo e-mail o la password non sono corretti.
code-rate_limited = Troppi tentativi di accesso non riusciti. Attendere un minuto, quindi riprovare.
code-forbidden = Non si dispone dell'accesso a questa organizzazione o azione.
code-not_found = Questo elemento non esiste (più).
code-csrf_rejected = La richiesta non proviene da questo portale ed è stata rifiutata.
code-payload_too_large = La richiesta è troppo grande.
code-bad_request = Impossibile interpretare la richiesta.
code-internal = Si è verificato un errore sul server. Riprovare; se il problema persiste, contattare l'assistenza.
code-org_name_empty = Immettere il nome dell'organizzazione.
code-org_name_too_long = Il nome dell'organizzazione è troppo lungo (massimo 128 caratteri).
code-org_name_invalid = Il nome dell'organizzazione contiene caratteri non consentiti.
code-site_name_empty = Immettere un nome URL del sito.
code-site_name_too_long = Il nome URL del sito è troppo lungo (massimo 63 caratteri).
code-site_name_invalid = Utilizzare da 3 a 63 lettere, cifre o trattini, senza trattini all'inizio o alla fine.
code-country_unknown = Scegliere un paese o una regione dall'elenco.
code-language_unknown = Questa lingua non è disponibile.
code-password_too_short = La password deve contenere almeno 12 caratteri.
code-password_too_long = La password può contenere al massimo 256 caratteri.
code-file_empty = Il file è vuoto.
code-header_missing_column = Nella riga di intestazione manca una colonna obbligatoria. Non rimuovere colonne dal modello.
code-header_unknown_column = La riga di intestazione contiene una colonna non prevista da questo modello. Verificarne l'ortografia.
code-header_duplicate_column = Una colonna compare due volte nella riga di intestazione.
code-too_many_rows = Il file contiene troppe righe (massimo 100.000).
code-row_width_mismatch = Questa riga ha un numero di celle diverso da quello della riga di intestazione.
code-not_utf8 = Il file non è un testo UTF-8. Salvarlo come "CSV UTF-8".
code-file_too_large = Il file supera i 50 MB. Dividerlo in file più piccoli.
code-email_missing = Immettere un indirizzo e-mail.
code-email_invalid = L'indirizzo e-mail non è valido.
code-email_duplicate_in_file = Questo indirizzo e-mail compare più volte (in una riga precedente).
code-boolean_invalid = Utilizzare TRUE o FALSE.
code-package_multiple = In una riga un solo pacchetto può essere TRUE.
code-extension_or_number_missing = Questo pacchetto richiede un interno o un numero di telefono.
code-extension_invalid = Un interno è composto da 2 a 10 cifre.
code-phone_number_invalid = Questo numero di telefono non è valido per la sede.
code-location_missing = Questo pacchetto richiede una sede.
code-location_unknown = Nell'organizzazione non esiste alcuna sede con questo nome.
code-jabber_calling_missing = Jabber Calling deve essere TRUE o FALSE.
code-jabber_teams_missing = Jabber with Webex Teams deve essere TRUE o FALSE.
code-preferred_site_missing = Nessun sito Webex preferito: le riunioni potrebbero non funzionare per questo utente finché non ne viene impostato uno.
code-user_unknown_for_delete = L'utente da eliminare non esiste.
code-extension_in_use = Questo interno è già in uso nell'organizzazione.
code-number_in_use = Questo numero di telefono è già assegnato.
code-license_exhausted = Nell'abbonamento non sono rimaste licenze di questo tipo.
code-username_unknown = Non esiste alcun utente con questo nome utente.
code-type_invalid = Il tipo deve essere USER.
code-device_type_invalid = Il tipo di dispositivo deve essere WEBEX_CALLING.
code-model_unknown = Questo modello di dispositivo non è presente nel catalogo approvato.
code-mac_invalid = Questo indirizzo MAC del dispositivo non è valido.
code-mac_duplicate = Esiste già un dispositivo con questo indirizzo MAC.
code-mac_not_allowed = I dispositivi Webex Go non hanno un indirizzo MAC: lasciare la cella vuota.
code-webex_go_column_missing = Manca la colonna dell'abbonamento Webex Go.
code-not_calling_professional = L'utente deve disporre di una licenza Webex Calling Professional.
code-location_not_eligible = Webex Go è disponibile solo per gli utenti che si trovano negli Stati Uniti o nel Regno Unito.
code-webex_go_license_exhausted = Nell'abbonamento non sono rimaste licenze Webex Go.
code-webex_go_subscription_multiple = In una riga una sola colonna di abbonamento Webex Go può essere TRUE.
code-webex_go_subscription_unknown = L'organizzazione non ha alcun abbonamento Webex Go con questo ID. Scaricare di nuovo il modello.
code-webex_go_line_exists = Questo utente ha già una linea Webex Go.
code-location_mismatch = Questa non è la sede dell'utente. Lasciare la cella vuota o inserire la sede dell'utente.
code-extension_mismatch = Questo non è l'interno dell'utente. Lasciare la cella vuota o inserire l'interno dell'utente.
code-number_mismatch = Questo non è il numero di telefono dell'utente. Lasciare la cella vuota o inserire il numero dell'utente.
code-phone_number_missing = L'utente non ha un numero di telefono: inserire un numero libero della sede dell'utente.
code-workspace_name_empty = Immettere il nome dello spazio di lavoro.
code-workspace_name_too_long = Il nome di uno spazio di lavoro può contenere al massimo 30 caratteri.
code-workspace_name_forbidden_character = Il nome di uno spazio di lavoro non può contenere % # < > , \ o ".
code-workspace_device_limit = Questo spazio di lavoro non può contenere altri dispositivi.
code-activation_not_pending = È possibile generare un nuovo codice di attivazione solo quando il dispositivo è nello stato Attivazione in sospeso.
code-activation_code_unknown = Questo codice di attivazione non esiste.
code-activation_code_expired = Questo codice di attivazione è scaduto. Generarne uno nuovo.
code-activation_code_used = Questo codice di attivazione è già stato utilizzato.
code-activation_code_superseded = Questo codice di attivazione è stato sostituito da uno più recente.
code-line_not_active = Questa linea non è ancora stata attivata su un telefono.
code-too_many_users = È possibile aggiungere al massimo 25 utenti alla volta.
code-name_missing = Immettere un nome.
code-name_too_long = Un nome può contenere al massimo 64 caratteri.
code-name_invalid = Un nome non può contenere interruzioni di riga o altri caratteri di controllo.
code-catalog_name_empty = Immettere un nome.
code-catalog_name_too_long = Il nome di un pacchetto o di una licenza può contenere al massimo 60 caratteri.
code-catalog_name_invalid = Il nome di un pacchetto o di una licenza non può contenere interruzioni di riga o altri caratteri di controllo.
code-catalog_name_in_use = Un'altra voce ha già questo nome. Scegliere un nome che consenta ai clienti di distinguere le voci.
code-undo_expired = Un'importazione può essere annullata entro 24 ore dal termine; questa è più vecchia.
code-undo_not_available = Questa importazione non può essere annullata: solo un'importazione terminata può esserlo, una sola volta.
code-changed_since_import = Lasciato com'è: l'utente è stato modificato dopo l'importazione.
code-package_missing = Scegliere un pacchetto.
code-package_unknown = Questo pacchetto non esiste nel catalogo.
code-email_in_use = Nell'organizzazione esiste già un utente con questo indirizzo e-mail.
code-number_unknown = Questo numero di telefono non è presente nell'inventario dei numeri dell'organizzazione.
code-number_other_location = Questo numero di telefono appartiene a un'altra sede.
code-location_name_empty = Immettere il nome della sede.
code-location_name_too_long = Il nome di una sede può contenere al massimo 80 caratteri.
code-location_name_invalid = Il nome di una sede non può contenere interruzioni di riga o altri caratteri di controllo.
code-location_name_in_use = Nell'organizzazione esiste già una sede con questo nome.
code-location_in_use = A questa sede sono ancora associati utenti o numeri di telefono.
code-address_line_missing = Immettere l'indirizzo (via e numero civico).
code-city_missing = Immettere la città.
code-address_field_too_long = Questo campo dell'indirizzo può contenere al massimo 100 caratteri.
code-address_field_invalid = Un indirizzo non può contenere interruzioni di riga o altri caratteri di controllo.
code-number_exists = Questo numero di telefono è già presente in un inventario dei numeri.

## Users list (Control Hub)
users-title = Utenti
users-add = Aggiungi utenti
users-added =
    { $count ->
        [one] { $count } utente aggiunto. L'e-mail di invito è in fase di invio.
       *[other] { $count } utenti aggiunti. Le e-mail di invito sono in fase di invio.
    }
users-search = Cerca per nome o e-mail
users-sort = Ordina per
users-sort-name_asc = Nome (dalla A alla Z)
users-sort-name_desc = Nome (dalla Z alla A)
users-sort-email_asc = E-mail (dalla A alla Z)
users-sort-email_desc = E-mail (dalla Z alla A)
users-filter-all = Tutti
users-filter-package = Pacchetto
users-filter-location = Sede
users-filter-status = Stato
users-count = Utenti in questa organizzazione: { $total } · pagina { $page }
users-empty = Nessun utente corrisponde alla ricerca.
users-col-name = Nome
users-col-email = E-mail
users-col-package = Pacchetto
users-col-location = Sede
users-col-extension = Interno
users-col-number = Numero di telefono
users-col-status = Stato
users-pages = Pagine di utenti
pager-previous = Pagina precedente
pager-next = Pagina successiva
user-status-invited = Invitato
user-status-active = Attivo
user-status-inactive = Inattivo

## Add users manually (PH-2)
add-users-title = Aggiungi utenti manualmente
add-users-intro = È possibile aggiungere fino a { $max } utenti alla volta. Ognuno riceve un'e-mail di invito. Non viene salvato nulla finché tutte le righe non sono valide.
add-users-row = Utente { $row }
add-users-email = Indirizzo e-mail
add-users-first-name = Nome
add-users-last-name = Cognome
add-users-display-name = Nome visualizzato
add-users-package = Pacchetto
add-users-package-choose = Scegli un pacchetto
add-users-remove = Rimuovi
add-users-remove-row = Rimuovi utente { $row }
add-users-add-row = Aggiungi un altro utente
add-users-row-count = { $count } di { $max } utenti
add-users-submit =
    { $count ->
        [one] Aggiungi { $count } utente
       *[other] Aggiungi { $count } utenti
    }
add-users-saving = Salvataggio…
add-users-fix =
    { $count ->
        [one] Correggere { $count } problema prima di salvare.
       *[other] Correggere { $count } problemi prima di salvare.
    }

## Calling data (PH-4, PH-8)
calling-location = Sede
calling-location-none = Nessuna sede
calling-extension = Interno
calling-number = Numero di telefono
calling-hint = I pacchetti di chiamata richiedono una sede e un interno o un numero di telefono. I numeri di telefono in formato nazionale vengono interpretati in base al paese della sede.

## One user
user-title = Utente
user-profile = Profilo
user-created = Data di aggiunta
user-email-language = Lingua delle email
user-email-language-default = Predefinita (inglese)
user-email-language-hint = I codici di attivazione e le altre email a questo utente sono scritti in questa lingua.
user-email-language-saved = Salvato.
user-package = Pacchetto
user-licenses = Licenze
user-change-package = Cambia pacchetto
user-new-package = Nuovo pacchetto
user-calling-required = Questo pacchetto richiede i dati di chiamata: una sede e un interno o un numero di telefono.
user-calling-optional = Questo pacchetto non richiede dati di chiamata.
user-change = Cambia
user-package-changed = Pacchetto cambiato in { $package }.
user-calling = Chiamate
user-devices = Dispositivi
user-devices-empty = Ancora nessun dispositivo.
cancel = Annulla

## Locations and numbers
locations-title = Sedi
locations-add = Aggiungi sede
locations-empty = Ancora nessuna sede.
locations-col-name = Nome
locations-col-address = Indirizzo
locations-col-country = Paese
locations-col-users = Utenti
locations-col-numbers = Numeri
locations-col-free = Numeri liberi
locations-line1 = Via e numero civico
locations-line2 = Indirizzo, riga 2
locations-city = Città
locations-state = Provincia o regione
locations-postal-code = Codice postale
locations-edit = Modifica sede
locations-edit-label = Modifica { $name }
locations-delete-label = Elimina { $name }
locations-delete-title = Eliminare { $name }?
locations-delete-body = La sede e il relativo indirizzo verranno rimossi. L'operazione non può essere annullata.
button-edit = Modifica
button-delete = Elimina
button-save = Salva

numbers-title = Numeri di telefono
numbers-add = Aggiungi numeri
numbers-empty = Nessun numero di telefono.
numbers-pages = Pagine dei numeri di telefono
numbers-col-state = Stato
numbers-col-user = Utente
numbers-assigned = Assegnato
numbers-free = Libero
numbers-text = Numeri di telefono, uno per riga
numbers-hint = In formato internazionale (+1 231 456 9000) o nel formato nazionale del paese della sede. Non viene aggiunto nulla finché tutte le righe non sono valide.
numbers-line-problem = Riga { $line }: { $problem }

## Utenti → Importa CSV (PH-4 … PH-7)

users-import = Importa CSV
users-export = Esporta CSV
import-title = Importa utenti da un file CSV
import-lead = Aggiungere, modificare ed eliminare utenti in blocco. Il file viene controllato qui, in base ai dati di questa organizzazione, prima di inviare qualsiasi cosa; non cambia nulla finché non lo si applica.
import-template = Scarica il modello
import-step-file = 1. Scegli il file
import-choose = File CSV
import-choose-hint = UTF-8 (con o senza BOM), separato da virgole o da punti e virgola, fino a 100.000 righe e 50 MB. Se tutte le colonne dei pacchetti sono FALSE, l'utente viene eliminato.
import-reading = Lettura del file…
import-checking = Controllo del file…
import-checking-rows = Controllo delle righe: { $done } di { $total }…
import-sending = Invio…
import-checked = Righe controllate: { $rows }; errori: { $errors }, avvisi: { $warnings }.
import-findings = 2. Risultati del controllo
import-no-findings = Nessun problema rilevato.
import-error-report = Scarica il report degli errori
import-filter-severity = Gravità
import-filter-code = Problema
import-col-row = Riga
import-col-column = Colonna
import-col-severity = Gravità
import-col-problem = Problema
import-col-email = E-mail
import-col-action = Azione
import-col-outcome = Esito
import-header-row = Intestazione
severity-error = Errore
severity-warning = Avviso
import-more-findings =
    { $count ->
        [one] { $count } altro problema è riportato nel report degli errori.
       *[other] Altri { $count } problemi sono riportati nel report degli errori.
    }
import-row-cells = Riga { $row } così come è scritta nel file
import-preview = 3. Anteprima
import-preview-add = Utenti da aggiungere
import-preview-modify = Utenti da modificare
import-preview-delete = Utenti da eliminare
import-preview-licenses = Licenze occupate e liberate da questa importazione
import-col-license = Licenza
import-col-subscription = Abbonamento
import-col-consumed = Occupate
import-col-freed = Liberate
import-col-left = Rimanenti dopo
import-mode = Servizi
import-mode-default = Assegna anche a ogni utente Basic Messaging, Basic Space Meetings e Call on Webex
import-mode-authoritative = Aggiungi e rimuovi servizi: decidono le colonne Basic Messaging, Basic Space Meetings e Call on Webex del file
import-all-or-nothing = Tutto o niente: se una riga viene rifiutata, non applicarne nessuna
import-blocked-all-or-nothing = Correggere prima gli errori oppure deselezionare «Tutto o niente» per applicare le righe senza errori.
import-rows-skipped =
    { $count ->
        [one] { $count } riga contiene errori e verrà esclusa.
       *[other] { $count } righe contengono errori e verranno escluse.
    }
import-apply =
    { $count ->
        [one] Applica { $count } riga
       *[other] Applica { $count } righe
    }
import-recent = Importazioni recenti
import-recent-empty = Ancora nessuna importazione.
import-job-title = Importazione CSV
import-back-to-users = Torna agli utenti
import-another = Importa un altro file
import-progress = { $done } di { $total } righe elaborate
import-status-draft = Non applicata
import-status-queued = In attesa di avvio
import-status-running = In corso
import-status-done = Completata
import-status-failed = Non applicata
import-status-undo_queued = Annullamento in attesa di avvio
import-status-undoing = Annullamento in corso
import-status-undone = Annullata
import-undo = Annulla questa importazione
import-undo-until = Puoi annullare questa importazione fino al { $time }.
import-undo-confirm = L'annullamento ripristina ogni utente, licenza e numero modificati da questa importazione. Gli utenti modificati dopo l'importazione restano come sono e vengono elencati.
import-undo-yes = Annulla l'importazione
import-undone-rows = Ripristinate
import-undo-conflicts = Lasciate per modifiche successive
import-col-undo = Annullamento
import-undo-outcome-undone = Ripristinata
import-undo-outcome-conflict = Lasciata com'è
import-outcome-applied = Applicata
import-outcome-refused = Rifiutata
import-outcome-skipped = Esclusa
import-kind-add = Aggiunta
import-kind-modify = Modifica
import-kind-delete = Eliminazione
import-results = Risultati per riga
import-more-rows = Mostra altre righe
import-failure-rows_refused = Non è stato applicato nulla: l'importazione era in modalità «Tutto o niente» e una riga è stata rifiutata.
import-failure-internal = L'importazione si è interrotta a causa di un errore del server. Non sono rimaste modifiche applicate a metà; le righe applicate sono elencate di seguito.
import-failure-file_unreadable = Impossibile rileggere il file memorizzato. Non è stato applicato nulla.

## Partner Hub → Catalog
nav-catalog = Catalogo
catalog-title = Catalogo
catalog-intro = I nomi di pacchetti e licenze visualizzati dai clienti. Le chiavi non cambiano mai, quindi script e file CSV continuano a funzionare anche dopo una ridenominazione.
catalog-packages = Pacchetti
catalog-licenses = Licenze
catalog-col-name = Nome
catalog-col-key = Chiave
catalog-col-grants = Licenze concesse
catalog-col-everyone = Assegnata a tutti gli utenti
catalog-everyone-yes = Sì
catalog-everyone-no = No
catalog-rename = Rinomina
catalog-reset = Ripristina
catalog-rename-label = Rinomina { $name }
catalog-reset-label = Ripristina il nome predefinito di { $name }
catalog-rename-title = Rinomina { $name }
catalog-default-name = Nome predefinito: { $name }
catalog-renamed = Nuovo nome: { $name }.
catalog-reset-done = Nome ripristinato: { $name }.

## Emails
email-invitation-subject = { $admin } ti ha invitato a { $org }
email-invitation-body =
    Ciao { $name },

    { $admin } ti ha aggiunto a { $org } in Switchboard. I tuoi servizi di chiamata e riunione sono in fase di configurazione; l'amministratore ti avviserà quando saranno pronti.
email-webex-go-subject = Il tuo codice di attivazione Webex Go
email-webex-go-body =
    Ciao { $name },

    { $org } ti ha assegnato una linea aziendale Webex Go sul tuo telefono cellulare.

    Il tuo codice di attivazione: { $code }
    Funziona una sola volta e scade il { $expires }.

    iPhone: Impostazioni → Cellulare → Aggiungi eSIM → Usa codice QR → Inserisci dettagli manualmente. Indirizzo SM-DP+: { $smdp }, codice di attivazione: { $code }.
    Android: Impostazioni → Rete e Internet → SIM → Aggiungi eSIM → Serve aiuto? → Inserisci manualmente. Codice del provider di rete: { $provider }, poi il codice di attivazione.

    Se il codice scade o cambi telefono, chiedi un nuovo codice al tuo amministratore.

## Dispositivi e Webex Go (issue 5: GO-1 … GO-14)
nav-devices = Dispositivi
line-status-activation_pending = Attivazione in sospeso
line-status-online = Online
line-status-offline = Offline
users-col-webex-go = Webex Go
user-device-actions = Azioni sui dispositivi di { $name }
user-add-webex-go = Aggiungi dispositivo Webex Go
devices-title = Dispositivi
devices-add = Aggiungi dispositivo
devices-search = Cerca per utente, e-mail o modello
devices-count = Dispositivi: { $total } · pagina { $page }
devices-empty = Nessun dispositivo corrisponde alla ricerca.
devices-pages = Pagine dei dispositivi
devices-deleted = Dispositivo eliminato. La sua licenza Webex Go è tornata tra quelle disponibili.
devices-col-device = Dispositivo
devices-col-owner = Utente
devices-col-status = Stato
devices-col-number = Numero di telefono
devices-col-added = Data di aggiunta
add-device-title = Aggiungi dispositivo
add-device-step-user = Passo 1: l'utente
add-device-for = Per chi è il dispositivo
add-device-existing-user = Utente esistente
add-device-user-search = Cerca utenti per nome o e-mail
add-device-choose-user = Scegli l'utente
add-device-no-users = Nessun utente corrisponde alla ricerca.
add-device-user-required = Scegli prima un utente.
add-device-next = Avanti
add-device-back = Indietro
add-device-step-type = Passo 2: un dispositivo per { $name }
add-device-type = Tipo di dispositivo
add-device-webex-go = Dispositivo Webex Go
add-device-webex-go-hint = Una linea aziendale sul cellulare personale dell'utente, tramite eSIM.
add-device-type-required = Scegli un tipo di dispositivo.
webex-go-title = Aggiungi dispositivo Webex Go
webex-go-for = Per { $name } ({ $email })
webex-go-details = Dati della linea
webex-go-license-note = Il dispositivo usa una licenza Webex Go dell'abbonamento.
webex-go-subscription = ID abbonamento
webex-go-subscription-choose = Scegli un abbonamento
webex-go-subscription-option = { $id } (licenze disponibili: { $available } su { $quantity })
webex-go-subscription-required = Scegli l'abbonamento da cui la linea prende la licenza Webex Go.
webex-go-number = Numero di telefono
webex-go-number-hint = L'utente non ha ancora un numero di telefono. Scegli un numero libero della sua sede o digitane uno.
webex-go-uses-number = La linea usa il numero di telefono dell'utente, { $number }.
webex-go-email-sent = Il codice di attivazione e le istruzioni vengono inviati all'utente via e-mail.
webex-go-email-suppressed = In questa organizzazione le e-mail agli utenti sono disattivate: copierai, invierai o stamperai tu il codice di attivazione.
webex-go-add = Aggiungi
webex-go-adding = Aggiunta in corso…
webex-go-added = Dispositivo Webex Go aggiunto per { $name }.
webex-go-ineligible = Non è possibile aggiungere Webex Go per questo utente:
webex-go-has-line = { $name } ha già una linea Webex Go.
webex-go-open-device = Apri il dispositivo
webex-go-back-to-user = Torna all'utente
activation-title = Dati di attivazione
activation-once = Il codice di attivazione viene mostrato solo ora. Quando lasci questa pagina non potrà più essere visualizzato: consegnalo adesso oppure generane uno nuovo in seguito.
activation-qr-label = Codice QR per attivare l'eSIM Webex Go di { $name }
activation-apple = Per dispositivi Apple
activation-android = Per dispositivi Android
activation-smdp = Indirizzo SM-DP+
activation-code = Codice di attivazione
activation-provider = Codice del provider di rete
activation-expires-on = Il codice si può usare una sola volta e scade il { $date }.
activation-emailed = Inviato via e-mail a { $email }, con le istruzioni.
activation-not-emailed = In questa organizzazione le e-mail agli utenti sono disattivate: copia, invia o stampa il codice per l'utente.
activation-copy = Copia codice
activation-copied = Codice copiato.
activation-copy-failed = Il browser non ha consentito la copia: seleziona il codice e copialo a mano.
activation-print = Stampa
activation-send-to = Invia a un indirizzo
activation-send-address = Indirizzo e-mail
activation-send = Invia
activation-sent = Inviato a { $email }.
device-title = Dispositivo
device-details = Dettagli
device-model = Modello
device-subscription = Abbonamento
device-code-expires = Scadenza del codice di attivazione
device-no-code = Nessun codice di attivazione inutilizzato
device-actions = Azioni
device-regenerate = Genera nuovo codice di attivazione
device-regenerate-hint = Tutti i codici precedenti smettono di funzionare.
device-regenerate-unavailable = Disponibile solo quando l'attivazione è in sospeso; ora la linea è attiva su un telefono. Quando l'utente la rimuove dal telefono, la linea torna in Attivazione in sospeso.
device-lost-stolen = Smarrito/rubato
device-lost-hint = Disattiva la linea sul telefono smarrito e genera i dati di attivazione per un telefono sostitutivo.
device-lost-title = Segnalare il telefono come smarrito o rubato?
device-lost-body = La linea aziendale sul telefono smarrito viene disattivata subito: non potrà più effettuare né ricevere chiamate di lavoro. Vengono generati nuovi dati di attivazione per il telefono sostitutivo e tutti i codici precedenti smettono di funzionare.
device-lost-confirm = Disattiva la linea e genera nuovi dati
device-lost-done = La linea sul telefono smarrito è disattivata. Nuovi dati di attivazione per il telefono sostitutivo:
device-new-code = Nuovo codice di attivazione generato. Tutti i codici precedenti hanno smesso di funzionare.
device-delete-hint = Rimuove il dispositivo; la sua licenza torna tra quelle disponibili.
device-delete-title = Eliminare questo dispositivo Webex Go?
device-delete-body = La linea viene disattivata: non è più possibile effettuare o ricevere chiamate di lavoro dal tastierino nativo del telefono e la licenza Webex Go torna tra quelle disponibili. L'utente rimuove a mano dal telefono la linea non più attiva.
overview-email = E-mail agli utenti
overview-suppress-email = Non inviare e-mail agli utenti
overview-suppress-email-hint = Se l'opzione è attiva, Switchboard non invia agli utenti i codici di attivazione via e-mail: gli amministratori li copiano, li inviano o li stampano.
overview-suppress-email-on = Attiva: gli amministratori consegnano i codici di attivazione.
overview-suppress-email-off = Non attiva: gli utenti ricevono i codici di attivazione via e-mail.

## Cronologia dettagliata delle chiamate (GO-16)
code-call_record_invalid = Questo record di chiamata non è un oggetto nel formato dell'API di acquisizione.
code-call_record_id_invalid = Un record di chiamata richiede un ID di 1–128 caratteri stampabili senza spazi.
code-call_start_missing = Un record di chiamata richiede un orario di inizio.
code-call_start_invalid = L'orario di inizio non è una data e ora in formato RFC 3339 (2026-03-04T10:15:30Z).
code-call_start_out_of_range = L'orario di inizio è precedente al 2000 o oltre un giorno nel futuro.
code-call_duration_invalid = La durata deve essere compresa tra 0 secondi e 24 ore.
code-call_direction_invalid = La direzione deve essere ORIGINATING o TERMINATING.
code-call_number_invalid = Un numero chiamante o chiamato ha al massimo 128 caratteri e nessun carattere di controllo.
code-sub_client_type_unknown = Tipo di sottoclient sconosciuto. Usa Mobile_Network, Desktop, Mobile_App, Desk_Phone, Browser o Other.
code-call_user_unknown = L'organizzazione non ha questo utente.
code-call_device_unknown = L'organizzazione non ha questo dispositivo.
code-call_device_user_mismatch = Questo dispositivo appartiene a un utente diverso da quello indicato nel record di chiamata.
code-call_records_too_many = Invia al massimo 1.000 record di chiamata per richiesta.
code-date_range_invalid = Inserisci due date, la seconda non precedente alla prima.
code-date_range_too_long = Scegli un intervallo di al massimo 31 giorni.
code-export_too_large = L'esportazione conterrebbe più di 100.000 chiamate. Scegli un intervallo più breve o più filtri.
code-device_management_not_entitled = Questa organizzazione non ha l'integrazione Device Management, quindi qui non è possibile gestire i dispositivi gestiti dal partner.
code-disclaimer_not_acknowledged = Prima di salvare, conferma di essere responsabile della protezione delle credenziali SIP.
code-device_not_partner_managed = Questa azione è solo per i dispositivi SIP gestiti dal partner.
code-device_needs_user = Un dispositivo personale deve avere almeno un utente. Aggiungi un altro utente prima di rimuovere questo.
code-device_catalog_field_invalid = Inserisci da 1 a 60 caratteri senza tabulazioni né a capo.
code-line_count_invalid = Inserisci un numero di linee da 1 a 16.
code-room_type_unknown = Scegli uno dei tipi di stanza.
code-capacity_invalid = Inserisci una capienza da 1 a 999.
code-workspace_license_unknown = Scegli Workspace Professional o Common Area.
code-devices_too_many = Invia al massimo 500 dispositivi per richiesta.
code-order_subscription_id_invalid = L'ID dell'abbonamento deve contenere da 1 a 64 lettere, cifre, trattini o trattini bassi.
code-order_services_empty = L'ordine deve includere almeno un servizio.
code-order_service_unknown = Servizio sconosciuto. Usa meetings, calling o suite.
code-order_service_duplicate = L'ordine elenca questo servizio due volte. Indica tutta la sua quantità in una sola riga.
code-order_quantity_invalid = Inserisci una quantità da 1 a 100.000.
code-order_conflict = Un ordine con questo ID di abbonamento è già stato ricevuto con un contenuto diverso.
code-org_id_invalid = Questo non è un ID di organizzazione valido.
code-business_vertical_unknown = Scegli un settore di attività dall'elenco.
code-wizard_step_mismatch = Questo passaggio della configurazione è cambiato nel frattempo, ad esempio in un'altra scheda. Ricarica la pagina per continuare dal punto in cui è arrivata la configurazione.
code-wizard_state_invalid = Non è stato possibile leggere l'avanzamento salvato della configurazione. Ricomincia la configurazione.
code-customer_setup_not_applicable = Solo un ordine per un cliente può essere lasciato al cliente da configurare.
code-time_zone_unknown = Scegli un fuso orario dall'elenco.
code-sites_empty = Aggiungi almeno un sito Webex.
code-sites_too_many = Configura al massimo 10 siti.
code-site_name_duplicate = Due siti non possono avere lo stesso nome URL.
code-site_name_taken = Questo nome URL del sito è già in uso. Scegline un altro.
code-site_licenses_invalid = Con più siti, assegna almeno una licenza a ogni sito.
code-license_split_mismatch = La somma delle licenze assegnate ai siti deve essere uguale alla quantità ordinata.
code-address_country_mismatch = L'indirizzo deve trovarsi nel paese o nella regione scelti per la sede principale.
code-setup_link_invalid = Questo link di configurazione non è valido. Apri il link dell'email esattamente come è stato inviato.
code-setup_link_expired = Questo link di configurazione è scaduto. Chiedi a chi ha effettuato l'ordine di inviarne uno nuovo.
code-setup_link_superseded = Questo link di configurazione è stato sostituito da uno più recente, ad esempio perché l'ordine è stato affidato a un'altra persona.
code-customer_has_no_admin = L'organizzazione del cliente non ha un amministratore che possa configurare i servizi. Configurali tu oppure aggiungi prima un amministratore.
code-not_provisioning_admin = Non hai l'etichetta Amministratore di provisioning in questa organizzazione.

## Emails: subscription orders (issue 7)
email-order-welcome-subject = Informazioni di provisioning necessarie per l'ordine { $subscription }
email-order-welcome-body =
    Salve,

    L'ordine { $subscription } è pronto per la configurazione: { $services }.

    La configurazione ha due parti: trovare l'organizzazione, poi configurare i servizi. Inizia qui (Configura servizio):
    { $link }

    Il link funziona fino al { $expires }. Se non ti aspettavi questa email, contatta l'agente di vendita con cui hai effettuato l'ordine.
email-order-handover-subject = { $admin } ti ha chiesto di completare l'ordine { $subscription }
email-order-handover-body =
    Salve,

    { $admin } ti ha chiesto di completare la configurazione dell'ordine { $subscription }: { $services }.

    La configurazione ha due parti: trovare l'organizzazione, poi configurare i servizi. Inizia qui (Configura servizio):
    { $link }

    Il link funziona fino al { $expires }.
email-order-customer-setup-subject = Configura i servizi dell'ordine { $subscription }
email-order-customer-setup-body =
    Salve,

    { $admin } ha associato l'ordine { $subscription } ({ $services }) a { $org } e ha lasciato a te la configurazione dei servizi. Il tuo partner mantiene l'accesso per aiutarti.

    Continua qui (Configura servizio):
    { $link }

    Il link funziona fino al { $expires }.
email-full-admin-request-subject = { $admin } chiede i diritti di amministratore completo in { $org }
email-full-admin-request-body =
    Salve,

    { $admin } ({ $email }) ha effettuato il provisioning di un abbonamento per { $org } e vi ha l'etichetta Amministratore di provisioning. Ti chiede di nominarlo amministratore completo di { $org }.

    Approva o rifiuta la richiesta nella panoramica dell'organizzazione: { $link }

    Se non riconosci questa richiesta, rifiutala o ignora questa email.
nav-call-history = Cronologia chiamate
calls-title = Cronologia dettagliata delle chiamate
calls-intro = Chiamate segnalate dalla piattaforma di telefonia. Le chiamate su una linea Webex Go hanno il tipo di sottoclient Mobile_Network. Gli orari sono in UTC.
calls-export = Esporta CSV
calls-filters = Filtri delle chiamate
calls-from = Dal
calls-to = Al
calls-range-hint = Giorni interi in UTC, entrambi inclusi; al massimo 31 giorni.
calls-user = Utente
calls-sub-client = Tipo di sottoclient
calls-sub-all = Tutti
calls-sub-mobile-network = Rete mobile (Webex Go)
calls-sub-desktop = App desktop
calls-sub-mobile-app = App mobile
calls-sub-desk-phone = Telefono da scrivania
calls-sub-browser = App web
calls-sub-other = Altro
calls-count = Chiamate: { $total } · pagina { $page }
calls-empty = Nessuna chiamata corrisponde a questi filtri.
calls-pages = Pagine di chiamate
calls-col-time = Inizio (UTC)
calls-col-user = Utente
calls-col-direction = Direzione
calls-col-calling = Numero chiamante
calls-col-called = Numero chiamato
calls-col-duration = Durata
calls-col-sub-client = Tipo di sottoclient
calls-direction-originating = In uscita
calls-direction-terminating = In entrata
calls-no-user = Nessun utente

## Devices → Import CSV: Webex Go lines in bulk (GO-7 … GO-9)

device-import-link = Importa CSV
device-import-title = Importa dispositivi Webex Go da un file CSV
device-import-lead = Aggiungi linee Webex Go a molti utenti in una volta. Scarica il modello (le sue ultime colonne indicano gli abbonamenti Webex Go di questa organizzazione), compila una riga per utente e scegli il file. Il file viene controllato qui, con i dati di questa organizzazione, prima di inviare qualsiasi cosa.
device-import-template = Scarica il modello CSV
device-import-back = Torna ai dispositivi
device-import-step-file = 1. Scegli il file
device-import-choose = File CSV
device-import-choose-hint = Le colonne del modello, una riga per utente, TRUE nella colonna Webex Go dell'abbonamento da cui prendere la licenza. UTF-8, separato da virgole o punti e virgola, fino a 100.000 righe.
device-import-checking = Controllo del file…
device-import-sending = Invio…
device-import-checked = Righe: { $rows }. Errori: { $errors }.
device-import-findings = 2. Segnalazioni
device-import-no-findings = Nessun problema: tutte le righe possono essere aggiunte.
device-import-header-row = Intestazione
device-import-col-row = Riga
device-import-col-column = Colonna
device-import-col-severity = Gravità
device-import-col-problem = Problema
device-import-more-findings =
    { $count ->
        [one] Un'altra segnalazione non è mostrata.
       *[other] Altre { $count } segnalazioni non sono mostrate.
    }
device-import-step-submit = 3. Aggiungi le linee
device-import-rows = Righe nel file
device-import-lines = Linee Webex Go da aggiungere
device-import-errors = Errori
device-import-per-subscription = Licenze prese da ciascun abbonamento
device-import-col-subscription = Abbonamento
device-import-col-lines = Linee
device-import-blocked =
    { $count ->
        [one] Il file ha { $count } errore. Correggilo e scegli di nuovo il file: finché il file ha errori non viene aggiunto nulla.
       *[other] Il file ha { $count } errori. Correggili e scegli di nuovo il file: finché il file ha errori non viene aggiunto nulla.
    }
device-import-email = Invia il codice di attivazione via email
device-import-email-on = Ogni utente riceve un'email con il proprio codice di attivazione e le istruzioni, a meno che l'organizzazione non abbia disattivato le email agli utenti.
device-import-email-off = Nessuna email viene inviata: le linee restano in Attivazione in sospeso finché non generi un codice nella pagina di ciascun dispositivo e lo consegni all'utente.
device-import-submit =
    { $count ->
        [one] Invia: aggiungi { $count } linea Webex Go
       *[other] Invia: aggiungi { $count } linee Webex Go
    }
device-import-job-title = Importazione Webex Go
device-import-another = Importa un altro file
device-import-progress = { $done } di { $total } righe elaborate
device-import-applied = Linee aggiunte
device-import-refused = Righe rifiutate
device-import-job-email-on = I codici di attivazione vengono inviati agli utenti via email (a meno che l'organizzazione non abbia disattivato le email agli utenti).
device-import-job-email-off = I codici di attivazione non vengono inviati via email: genera un codice nella pagina di ciascun dispositivo.
device-import-failed = L'importazione si è fermata per un errore del server. Le righe elencate sotto sono state applicate; le altre no.
device-import-results = Esito delle righe
device-import-col-username = Nome utente
device-import-col-outcome = Esito
device-import-col-activation = Attivazione
device-import-col-device = Dispositivo
device-import-outcome-applied = Aggiunta
device-import-outcome-refused = Rifiutata
device-import-activation-emailed = Codice di attivazione inviato all'utente via email
device-import-activation-pending = Attivazione in sospeso: genera un codice nella pagina del dispositivo
device-import-open-device = Apri il dispositivo
device-import-more-rows = Mostra altre righe
device-import-status-queued = In attesa di iniziare
device-import-status-running = In corso
device-import-status-done = Completata
device-import-status-failed = Interrotta
action-webex_go_imported = Linee Webex Go importate da un file CSV
action-partner_device_added = Aggiunto un dispositivo gestito dal partner
action-partner_device_users_changed = Modificati gli utenti di un dispositivo gestito dal partner
action-sip_password_updated = Generata una nuova password SIP
action-device_management_set = Modificata l'integrazione Device Management
action-device_catalog_changed = Modificato il catalogo dei dispositivi approvati
action-workspace_created = Creato uno spazio di lavoro
action-workspace_deleted = Eliminato uno spazio di lavoro
action-order_received = Ha ricevuto un ordine
action-order_link_opened = Ha aperto il link di configurazione di un ordine
action-order_handed_over = Ha affidato a un'altra persona la configurazione di un ordine
action-order_orgs_mapped = Ha associato un ordine alle sue organizzazioni
action-order_provisioned = Ha configurato i servizi di un ordine
action-full_admin_requested = Ha chiesto i diritti di amministratore completo
action-full_admin_granted = Ha concesso i diritti di amministratore completo
action-full_admin_declined = Ha rifiutato una richiesta di diritti di amministratore completo

## Partner-managed devices of users (PMD-1, PMD-4, PMD-9)
partner-device-title = Aggiungi dispositivo gestito dal partner
partner-device-for = Per { $name }
partner-device-not-entitled = Questa organizzazione non ha l'integrazione Device Management, quindi qui non si possono aggiungere né gestire dispositivi gestiti dal partner. Un amministratore del partner può attivarla nella panoramica dell'organizzazione.
partner-device-management = Gestione del dispositivo
partner-device-managed = Dispositivi gestiti dal partner
partner-device-managed-hint = Dispositivi SIP di terze parti che il partner di soluzioni configura e gestisce. Le credenziali SIP sono tue.
partner-device-details = Dettagli del dispositivo
partner-device-mac = Indirizzo MAC
partner-device-mac-reads = Si legge { $mac }.
partner-device-save = Salva
partner-device-saving = Salvataggio…
partner-device-save-hint = Conferma la dichiarazione per salvare.
partner-device-added = Dispositivo aggiunto per { $name }.
partner-device-back-to-devices = Torna ai dispositivi
add-device-partner = Telefono Cisco, ATA o dispositivo di terze parti
add-device-partner-hint = Un telefono fisso o un adattatore che si registra con credenziali SIP, come un dispositivo gestito dal partner.
sip-credentials-title = Credenziali SIP
sip-user-name = Nome utente SIP
sip-realm = Realm
sip-password = Password
sip-copy-user-name = Copia nome utente
sip-copy-password = Copia password
partner-device-vendor = Produttore
partner-device-workspace = Spazio di lavoro
partner-device-password-changed = Ultima modifica della password
partner-device-disclaimer-by = Dichiarazione confermata
partner-device-disclaimer-when = Da { $admin } il { $date }
partner-device-update-password = Aggiorna password
partner-device-update-password-hint = Genera una nuova password SIP. Il dispositivo non può registrarsi finché non la inserisci sul dispositivo.
partner-device-update-password-title = Aggiornare la password SIP?
partner-device-update-password-body = Viene generata una nuova password, mostrata una sola volta. La password attuale smette subito di funzionare, quindi il dispositivo non può registrarsi finché non viene inserita quella nuova.
partner-device-update-password-confirm = Aggiorna password
partner-device-password-updated = Nuova password SIP generata.
partner-device-delete-hint = Rimuove il dispositivo e le sue credenziali SIP. Il dispositivo smette di registrarsi.
partner-device-delete-title = Eliminare questo dispositivo?
partner-device-delete-body = Il dispositivo, le sue credenziali SIP e le assegnazioni agli utenti vengono rimossi. Smette subito di registrarsi.
partner-device-users = Utenti
partner-device-remove = Rimuovi
partner-device-remove-user = Rimuovi { $name } da questo dispositivo
partner-device-last-user = Un dispositivo mantiene almeno un utente.
partner-device-add-user = Aggiungi un utente: cerca per nome o email
partner-device-add = Aggiungi
partner-device-add-this-user = Aggiungi { $name } a questo dispositivo
partner-device-user-added = Ora { $name } può usare questo dispositivo.
partner-device-user-removed = { $name } non usa più questo dispositivo.
devices-workspace = Spazio di lavoro
## Dispositivi gestiti dal partner e spazi di lavoro (PMD-1 … PMD-9)
nav-device-types = Tipi di dispositivo
nav-workspaces = Spazi di lavoro
steps-label = Passaggi
steps-position = Passaggio { $step } di { $total }
sip-credentials-once = È l'ultima volta che puoi vedere la password per intero. Copiala ora e conservala al sicuro: sei responsabile delle frodi causate da credenziali non protette.
sip-copy-realm = Copia realm
sip-copied = { $what }: copiato negli appunti.
sip-copy-failed = Il browser non ha consentito la copia. Seleziona il testo e copialo manualmente.
pmd-device-type = Tipo di dispositivo
pmd-device-type-choose = Scegli un tipo di dispositivo
pmd-device-type-option = { $vendor } { $model } ({ $type }, firmware { $firmware } o successivo)
pmd-type-phone = Telefono da scrivania
pmd-type-ata = Adattatore analogico (ATA)
pmd-mac = Indirizzo MAC
pmd-mac-hint = 12 cifre esadecimali, come sull'etichetta del dispositivo, ad es. 00:1A:2B:3C:4D:5E.
pmd-disclaimer = Le credenziali SIP di questo dispositivo sono mie e sono responsabile delle frodi causate dalla loro mancata protezione.
device-types-title = Tipi di dispositivo
device-types-intro = I dispositivi SIP di terze parti approvati che gli amministratori dei tuoi clienti possono aggiungere, ciascuno con il firmware minimo richiesto. I dispositivi di altri tipi non possono essere aggiunti.
device-types-add = Aggiungi tipo di dispositivo
device-types-read-only = Solo gli amministratori completi del partner possono modificare i tipi di dispositivo.
device-types-empty = Nessun tipo di dispositivo.
device-types-list = Catalogo approvato
device-types-col-model = Modello
device-types-col-vendor = Produttore
device-types-col-type = Tipo
device-types-col-firmware = Firmware minimo
device-types-col-lines = Linee
device-types-col-approved = Approvato
device-types-approved-yes = Approvato
device-types-approved-no = Ritirato
device-types-approved-label = Approvato: gli amministratori possono aggiungere dispositivi di questo tipo
device-types-edit = Modifica
device-types-edit-label = Modifica { $name }
device-types-key = Chiave (per i client API)
device-types-saved = { $name } salvato.
overview-device-management = Integrazione Device Management
overview-device-management-switch = Integrazione Device Management
overview-device-management-hint = Consente agli amministratori dell'organizzazione di aggiungere e gestire dispositivi SIP gestiti dal partner e spazi di lavoro. Solo gli amministratori completi del partner possono modificarla.
overview-device-management-on = Attiva: i dispositivi gestiti dal partner possono essere aggiunti e gestiti.
overview-device-management-off = Disattiva: i dispositivi gestiti dal partner non possono essere aggiunti né gestiti.
room-type-meeting_room = Sala riunioni
room-type-huddle_room = Saletta riunioni
room-type-lobby = Atrio
room-type-open_space = Open space
room-type-office = Ufficio
room-type-other = Altro
workspace-license-professional = Workspace Professional
workspace-license-common_area = Common Area
workspace-device-count = { $count } di { $limit }
workspaces-title = Spazi di lavoro
workspaces-add = Aggiungi spazio di lavoro
workspaces-empty = Nessuno spazio di lavoro.
workspace-deleted = Lo spazio di lavoro è stato eliminato. La licenza e il numero sono di nuovo liberi.
workspace-title = Spazio di lavoro
workspace-details = Dettagli
workspace-name = Nome dello spazio di lavoro
workspace-name-hint = Il nome della stanza: al massimo 30 caratteri, senza % # < > , \ o ".
workspace-room-type = Tipo di stanza
workspace-room-type-choose = Scegli un tipo di stanza
workspace-capacity = Capienza
workspace-license = Tipo di licenza
workspace-subscription = Abbonamento
workspace-location = Sede
workspace-number = Numero di telefono
workspace-extension = Interno (facoltativo)
workspace-devices = Dispositivi
workspace-no-devices = Nessun dispositivo.
workspace-add-device = Aggiungi dispositivo
workspace-limit = Limite di dispositivi di questa licenza: { $limit }.
workspace-device-added = Dispositivo aggiunto.
workspace-credentials-done = Ho copiato le credenziali
workspace-delete = Elimina spazio di lavoro
workspace-delete-title = Eliminare questo spazio di lavoro?
workspace-delete-body = I suoi dispositivi vengono rimossi e la licenza e il numero di telefono tornano all'organizzazione. L'operazione non può essere annullata.
add-device-new-workspace = Nuovo spazio di lavoro
add-workspace-title = Aggiungi spazio di lavoro
add-workspace-step-workspace = Spazio
add-workspace-step-device = Dispositivo
add-workspace-step-calling = Chiamate
add-workspace-no-models = Non ci sono ancora tipi di dispositivo approvati. Un amministratore completo del partner li aggiunge in Partner Hub → Tipi di dispositivo.
add-workspace-license-option = { $license } (dispositivi per spazio: fino a { $limit }; licenze disponibili: { $available })
add-workspace-subscription-required = Scegli l'abbonamento di cui lo spazio di lavoro usa la licenza.
add-workspace-location-choose = Scegli una sede
add-workspace-location-option = { $name } (numeri liberi: { $free })
add-workspace-location-required = Scegli la sede dello spazio di lavoro.
add-workspace-number-choose = Scegli un numero libero
add-workspace-number-required = Scegli uno dei numeri liberi della sede.
add-workspace-saving = Salvataggio…
add-workspace-created = Spazio di lavoro { $name } creato.
add-workspace-open = Apri lo spazio di lavoro
# Ordini di abbonamenti e procedura guidata di configurazione (issue 7, SUB-1 … SUB-10)
nav-orders = Ordini
orders-title = Ordini
orders-lead = Gli abbonamenti arrivati dal sistema degli ordini e lo stato della loro configurazione. Una configurazione non terminata riprende dal passaggio in cui è stata lasciata.
orders-state-all = Tutti gli stati
orders-empty = Ancora nessun ordine.
orders-count =
    { $count ->
        [one] { $count } ordine
       *[other] { $count } ordini
    }
orders-col-subscription = Abbonamento
orders-col-services = Servizi
orders-col-state = Stato
orders-col-assignee = Configurato da
orders-col-customer = Cliente
orders-col-updated = Aggiornato
orders-col-actions = Azioni
orders-resume = Riprendi
orders-resume-label = Riprendi la configurazione di { $id }
orders-open = Apri
orders-open-label = Apri l'ordine { $id }
order-state-new = Nuovo
order-state-in_progress = In corso
order-state-handed_to_customer = Affidato al cliente
order-state-provisioned = Configurato
service-meetings = Webex Meetings
service-calling = Webex Calling
service-suite = Webex Suite
orders-unfinished =
    { $count ->
        [one] Hai { $count } ordine da configurare.
       *[other] Hai { $count } ordini da configurare.
    }
orders-unfinished-resume = Continua la configurazione di { $id }
orders-unfinished-all = Tutti gli ordini
landing-title = Benvenuto
landing-no-org = Non amministri ancora nessuna organizzazione. Verrà creata quando configurerai il tuo ordine.
setup-link-title = Configura servizio
setup-link-lead = Il tuo nuovo abbonamento è pronto. La configurazione ha due parti: trovare l'organizzazione, poi configurare i servizi.
setup-link-sign-in = Accedi per continuare
setup-link-sign-in-hint = Accedi come { $email } per configurare questo ordine.
setup-link-opening = Apertura della configurazione…
setup-link-refused-hint = Se hai già configurato questo ordine, accedi per trovarlo in Ordini.
setup-link-go-sign-in = Vai all'accesso
setup-account-title = Crea il tuo account
setup-account-hint = Non esiste ancora un account per { $email }. Scegli il tuo nome e una password per continuare.
setup-account-name = Il tuo nome
setup-account-password = Password
setup-account-password-hint = Almeno { $min } caratteri. Una frase di alcune parole è facile da ricordare.
setup-account-repeat = Ripeti la password
setup-account-repeat-mismatch = Le due password non coincidono.
setup-account-submit = Crea l'account e continua
setup-account-pending = Creazione dell'account…
setup-title = Configura un abbonamento
setup-heading = Configura l'abbonamento { $id }
setup-saved = Salvato.
setup-saving = Salvataggio…
setup-next = Avanti
setup-back = Indietro
setup-later = Configura più tardi
setup-finish = Termina la configurazione
setup-close = Chiudi
setup-step-order_for = Destinatario
setup-step-partner_org = Organizzazione partner
setup-step-customer_org = Organizzazione cliente
setup-step-review = Riepilogo
setup-step-meetings = Webex Meetings
setup-step-calling = Webex Calling
setup-step-handed_over = Affidato
setup-step-done = Fatto
setup-order-for-legend = Per chi è questo ordine?
setup-order-for-customer = Questo ordine è per un cliente
setup-order-for-customer-hint = Consigliato: configuri i servizi per conto del cliente e potrai assisterlo anche dopo.
setup-order-for-my-company = Questo ordine è per la mia azienda
setup-order-for-my-company-hint = Configuri i servizi per la tua organizzazione.
setup-order-for-someone-else = Voglio che qualcun altro completi questo ordine
setup-order-for-someone-else-hint = Riceverà via email il link Configura servizio.
setup-order-for-required = Scegli per chi è l'ordine.
setup-order-for-contact-hint = Quando selezioni Avanti, il tuo indirizzo email (il contatto per il provisioning) viene confrontato con le organizzazioni esistenti.
setup-someone-else-email = Il suo indirizzo email
setup-org-matched = In base al tuo indirizzo email, abbiamo associato l'ordine a questa organizzazione. Controllala, poi seleziona Avanti.
setup-org-candidates = Abbiamo trovato organizzazioni che corrispondono al dominio del tuo indirizzo email. Esaminale con attenzione: domini verificati, utenti attivi e attività recente indicano quella giusta.
setup-org-none = Nessuna organizzazione corrisponde al tuo indirizzo email. Creane una nuova.
setup-org-customers = Nessuna organizzazione corrisponde al tuo indirizzo email. Scegli uno dei tuoi clienti o crea una nuova organizzazione.
setup-org-pick-partner = Scegli l'organizzazione partner
setup-org-pick-customer = Scegli l'organizzazione cliente
setup-org-create = Crea una nuova organizzazione
setup-org-choose = Scegli un'organizzazione o creane una nuova.
setup-org-domains = Domini verificati: { $domains }
setup-org-no-domains = Nessun dominio verificato
setup-org-active-users =
    { $count ->
        [one] { $count } utente attivo
       *[other] { $count } utenti attivi
    }
setup-org-last-activity = Ultima attività degli utenti: { $date }
setup-org-no-activity = Nessuna attività degli utenti
setup-org-stale = Nessun dominio verificato e nessuna attività degli utenti da un anno: probabilmente non è l'organizzazione giusta.
setup-org-name = Nome dell'azienda
setup-org-vertical = Settore
setup-org-vertical-choose = Scegli un settore
setup-org-country = Paese o area geografica
setup-org-country-choose = Scegli un paese o un'area geografica
vertical-education = Istruzione
vertical-government = Pubblica amministrazione
vertical-healthcare = Sanità
vertical-financial_services = Servizi finanziari
vertical-manufacturing = Industria manifatturiera
vertical-retail = Commercio al dettaglio
vertical-technology = Tecnologia
vertical-professional_services = Servizi professionali
vertical-hospitality = Ospitalità
vertical-non_profit = Non profit
vertical-media = Media e intrattenimento
vertical-transportation = Trasporti
vertical-energy_utilities = Energia e servizi pubblici
vertical-telecommunications = Telecomunicazioni
vertical-other = Altro
setup-review-lead = Controlla le organizzazioni. Quando selezioni Avanti vengono salvate: quelle nuove vengono create e l'ordine viene associato a esse.
setup-review-new-org = Nuova organizzazione · { $vertical } · { $country }
setup-review-provisioning-admin = Avrai l'etichetta Amministratore del provisioning in { $customer }. Se ti servono i diritti completi di amministratore, completa prima la configurazione, poi richiedili all'amministratore del cliente.
setup-review-customer-sets-up = Il mio cliente configurerà i propri servizi
setup-review-customer-sets-up-hint = L'amministratore del cliente riceve un'email per continuare la configurazione. Mantieni l'accesso all'organizzazione del cliente.
setup-review-commit-hint = Dopo questo passaggio non potrai tornare alle organizzazioni.
setup-meetings-lead = Scegli l'URL del sito Webex, il fuso orario e se il sito partecipa al programma early adopter. Licenze Meetings ordinate: { $quantity }.
setup-meetings-site = Sito { $n }
setup-meetings-url-name = Nome URL del sito
setup-meetings-url-preview = Il tuo sito: { $url }
setup-meetings-time-zone = Fuso orario
setup-meetings-time-zone-choose = Scegli un fuso orario
setup-meetings-early-adopter = Programma early adopter
setup-meetings-early-adopter-hint = Un sito nel programma early adopter riceve le funzionalità prima del normale ciclo di distribuzione.
setup-meetings-additional = Mi servono altri URL
setup-meetings-add-site = Aggiungi un altro URL
setup-meetings-remove = Rimuovi
setup-meetings-remove-site = Rimuovi il sito { $n }
setup-meetings-licenses = Licenze per questo sito
setup-meetings-split-ok = { $sum } licenze su { $total } distribuite.
setup-meetings-split-left = { $sum } licenze su { $total } distribuite: ne restano da distribuire { $difference }.
setup-meetings-split-over = { $sum } licenze su { $total } distribuite: { $difference } di troppo.
setup-calling-lead = Inserisci la sede principale. Licenze Calling ordinate: { $quantity }.
setup-calling-name = Nome della sede principale
setup-calling-country = Paese o area geografica in cui si trova la maggior parte degli utenti
setup-calling-address = Indirizzo
setup-calling-more-later = Potrai modificare la sede o aggiungerne altre in seguito in Control Hub.
setup-handed-over-person = Abbiamo inviato il link Configura servizio a { $email }, che proseguirà la configurazione.
setup-handed-over-customer = Abbiamo inviato un'email all'amministratore del cliente per configurare i servizi. Mantieni l'accesso all'organizzazione del cliente.
setup-done-text = L'abbonamento { $id } è configurato.
setup-summary-licenses =
    { $count ->
        [one] { $count } licenza
       *[other] { $count } licenze
    }
setup-download-summary = Scarica il riepilogo dell'ordine (PDF)
setup-full-admin-hint = Hai l'etichetta Amministratore del provisioning in { $customer }. I suoi amministratori possono concederti i diritti completi di amministratore.
setup-request-full-admin = Richiedi i diritti completi di amministratore
setup-full-admin-requested = La tua richiesta è stata inviata via email agli amministratori del cliente.
# The order summary PDF (SUB-10), written by the server.
pdf-order-title = Riepilogo dell'ordine
pdf-order-subscription-id = ID abbonamento
pdf-order-date = Data
pdf-order-organizations = Organizzazioni
pdf-order-partner = Partner
pdf-order-customer = Cliente
pdf-order-services = Servizi
pdf-order-service = Servizio
pdf-order-quantity = Quantità
pdf-order-meetings-sites = Siti Meetings
pdf-order-site-url = URL del sito
pdf-order-time-zone = Fuso orario
pdf-order-early-adopter = Accesso anticipato
pdf-order-licenses = Licenze
pdf-order-yes = Sì
pdf-order-no = No
pdf-order-calling-location = Sede centrale di Calling
pdf-order-location-name = Nome della sede
pdf-order-country = Paese/area geografica
pdf-order-address = Indirizzo
# SUB-5: pending requests for full admin, on the org's overview.
full-admin-requests-title = Richieste di diritti di amministratore completo
full-admin-requests-intro = Questi amministratori partner hanno configurato un abbonamento per la tua organizzazione e hanno l'etichetta Amministratore di provisioning. Approvando, diventano amministratori completi della tua organizzazione.
full-admin-request-line = { $name } ({ $email }), richiesta del { $date }
full-admin-grant = Concedi amministratore completo
full-admin-decline = Rifiuta
full-admin-granted = { $name } è ora amministratore completo.
full-admin-declined = La richiesta di { $name } è stata rifiutata.
