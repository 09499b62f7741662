## Switchboard — Russian (ru). Keys and order are exactly those of the
## English reference locale (en/main.ftl).

app-name = Switchboard
loading = Загрузка…
skip-to-content = Перейти к основному содержимому
language-label = Язык
signed-in-as = Вы вошли как { $email }
sign-out = Выйти
shortcuts-open = Сочетания клавиш
shortcuts-title = Сочетания клавиш
shortcuts-help = Показать этот список
shortcuts-search = Перейти к полю поиска на странице
shortcuts-close = Закрыть диалоговое окно
dialog-close = Закрыть

## Navigation
nav-main = Основная навигация
nav-partner-hub = Partner Hub
nav-control-hub = Control Hub
nav-customers = Клиенты
nav-overview = Обзор
nav-audit = Журнал аудита
nav-users = Пользователи
nav-locations = Местоположения

## Sign-in
sign-in-title = Вход в Switchboard
sign-in-email = Адрес электронной почты
sign-in-password = Пароль
sign-in-submit = Войти
sign-in-pending = Выполняется вход…

## Partner Hub: customers (PH-1)
customers-title = Клиенты
customers-search = Поиск клиентов
customers-count =
    { $count ->
        [one] { $count } клиент
        [few] { $count } клиента
        [many] { $count } клиентов
       *[other] { $count } клиента
    }
customers-empty = Нет клиентов, соответствующих запросу.
customers-col-name = Клиент
customers-col-country = Страна
customers-col-admins = Администраторы
customers-col-created = Дата создания
customers-col-actions = Действия
customers-launch = Открыть Control Hub
customers-launch-label = Открыть Control Hub для { $name }

## Control Hub: overview
overview-title = Обзор
overview-details = Сведения об организации
overview-partner = Управляется партнером
overview-no-partner = Не управляется партнером
overview-country = Страна
overview-created = Дата создания
overview-subscriptions = Подписки и лицензии
overview-no-subscriptions = У этой организации пока нет подписок.
overview-col-license = Лицензия
overview-col-subscription = Идентификатор подписки
overview-col-used = Используется
overview-col-available = Доступно
overview-col-total = Всего
overview-admins = Администраторы
overview-col-name = Имя
overview-col-email = Электронная почта
overview-col-role = Роль
overview-read-only = У вас есть доступ к этой организации только для чтения.
overview-acting-as = Вы работаете в { $org } в качестве администратора { $partner }. Каждое изменение записывается в журнал с указанием обеих организаций.

## Roles (T-2)
role-partner_full_admin = Полный администратор партнера
role-partner_read_only = Администратор партнера только для чтения
role-customer_full_admin = Полный администратор
role-provisioning_admin = Администратор обеспечения

## Audit log
audit-title = Журнал аудита
audit-col-when = Когда
audit-col-who = Кто
audit-col-action = Действие
audit-col-detail = Подробности
audit-empty = Записей пока нет.
audit-more = Показать более ранние записи
audit-acting-from = из { $org }
action-sign_in = Вход в систему
action-sign_out = Выход из системы
action-language_changed = Изменен язык
action-org_created = Создана организация
action-admin_created = Добавлен администратор
action-api_token_created = Создан токен API
action-users_added = Добавлены пользователи
action-package_changed = Изменен пакет пользователя
action-user_renamed = Переименован пользователь
action-user_deleted = Удален пользователь
action-location_added = Добавлено местоположение
action-location_changed = Изменено местоположение
action-location_deleted = Удалено местоположение
action-numbers_added = Добавлены номера телефонов
action-number_deleted = Удален номер телефона
action-catalog_renamed = Переименована запись каталога
action-users_imported = Импортированы пользователи из CSV-файла
action-users_import_undone = Отменён импорт пользователей из CSV

## Other pages
not-found-title = Страница не найдена
not-found-back = Перейти на начальную страницу

## Stable codes (SPEC 5.3): what each one tells the admin.
code-unauthenticated = Ваш сеанс завершен. Войдите снова.
code-invalid_credentials = Неверный адрес электронной почты или пароль.
code-rate_limited = Слишком много неудачных попыток входа. Подождите минуту и повторите попытку.
code-forbidden = У вас нет доступа к этой организации или действию.
code-not_found = Этот элемент не существует или был удален.
code-csrf_rejected = Запрос поступил не с этого портала и был отклонен.
code-payload_too_large = Запрос слишком большой.
code-bad_request = Не удалось распознать запрос.
code-internal = На сервере произошла ошибка. Повторите попытку; если ошибка повторяется, обратитесь в службу поддержки.
code-org_name_empty = Введите название организации.
code-org_name_too_long = Название организации слишком длинное (не более 128 символов).
code-org_name_invalid = Название организации содержит недопустимые символы.
code-site_name_empty = Введите имя URL-адреса сайта.
code-site_name_too_long = Имя URL-адреса сайта слишком длинное (не более 63 символов).
code-site_name_invalid = Используйте от 3 до 63 букв, цифр или дефисов; имя не может начинаться или заканчиваться дефисом.
code-country_unknown = Выберите страну или регион из списка.
code-language_unknown = Этот язык недоступен.
code-password_too_short = Пароль должен содержать не менее 12 символов.
code-password_too_long = Пароль должен содержать не более 256 символов.
code-file_empty = Файл пуст.
code-header_missing_column = В строке заголовков отсутствует обязательный столбец. Не удаляйте столбцы из шаблона.
code-header_unknown_column = В строке заголовков есть столбец, неизвестный этому шаблону. Проверьте его написание.
code-header_duplicate_column = Столбец встречается в строке заголовков дважды.
code-too_many_rows = В файле слишком много строк (не более 100 000).
code-row_width_mismatch = Количество ячеек в этой строке отличается от количества ячеек в строке заголовков.
code-not_utf8 = Файл не является текстом в кодировке UTF-8. Сохраните его в формате "CSV UTF-8".
code-file_too_large = Файл больше 50 МБ. Разделите его на файлы поменьше.
code-email_missing = Введите адрес электронной почты.
code-email_invalid = Недопустимый адрес электронной почты.
code-email_duplicate_in_file = Этот адрес электронной почты встречается более одного раза (в одной из предыдущих строк).
code-boolean_invalid = Используйте TRUE или FALSE.
code-package_multiple = В одной строке только один пакет может иметь значение TRUE.
code-extension_or_number_missing = Для этого пакета требуется добавочный номер или номер телефона.
code-extension_invalid = Добавочный номер содержит от 2 до 10 цифр.
code-phone_number_invalid = Недопустимый номер телефона для этого местоположения.
code-location_missing = Для этого пакета требуется местоположение.
code-location_unknown = В организации нет местоположения с таким названием.
code-jabber_calling_missing = В поле Jabber Calling должно быть указано значение TRUE или FALSE.
code-jabber_teams_missing = В поле Jabber with Webex Teams должно быть указано значение TRUE или FALSE.
code-preferred_site_missing = Не указан предпочтительный сайт Webex: пока он не задан, встречи у этого пользователя могут не работать.
code-user_unknown_for_delete = Пользователь для удаления не найден.
code-extension_in_use = Этот добавочный номер уже используется в организации.
code-number_in_use = Этот номер телефона уже назначен.
code-license_exhausted = В подписке не осталось лицензий этого типа.
code-username_unknown = Пользователь с таким именем пользователя не найден.
code-type_invalid = Тип должен быть USER.
code-device_type_invalid = Тип устройства должен быть WEBEX_CALLING.
code-model_unknown = Этой модели устройства нет в каталоге одобренных устройств.
code-mac_invalid = Недопустимый MAC-адрес устройства.
code-mac_duplicate = Устройство с таким MAC-адресом уже существует.
code-mac_not_allowed = У устройств Webex Go нет MAC-адреса: оставьте ячейку пустой.
code-webex_go_column_missing = Отсутствует столбец подписки Webex Go.
code-not_calling_professional = Пользователю требуется лицензия Webex Calling Professional.
code-location_not_eligible = Webex Go доступен только для пользователей, находящихся в США или Великобритании.
code-webex_go_license_exhausted = В подписке не осталось лицензий Webex Go.
code-webex_go_subscription_multiple = В одной строке только один столбец подписки Webex Go может иметь значение TRUE.
code-webex_go_subscription_unknown = У организации нет подписки Webex Go с таким идентификатором. Скачайте шаблон заново.
code-webex_go_line_exists = У этого пользователя уже есть линия Webex Go.
code-location_mismatch = Это не местоположение пользователя. Оставьте ячейку пустой или укажите местоположение пользователя.
code-extension_mismatch = Это не добавочный номер пользователя. Оставьте ячейку пустой или укажите добавочный номер пользователя.
code-number_mismatch = Это не номер телефона пользователя. Оставьте ячейку пустой или укажите номер пользователя.
code-phone_number_missing = У пользователя нет номера телефона: укажите свободный номер его местоположения.
code-workspace_name_empty = Введите название рабочего пространства.
code-workspace_name_too_long = Название рабочего пространства может содержать не более 30 символов.
code-workspace_name_forbidden_character = Название рабочего пространства не может содержать символы % # < > , \ или ".
code-workspace_device_limit = В это рабочее пространство нельзя добавить больше устройств.
code-activation_not_pending = Новый код активации можно создать, только пока устройство ожидает активации.
code-activation_code_unknown = Такой код активации не существует.
code-activation_code_expired = Срок действия этого кода активации истек. Создайте новый код.
code-activation_code_used = Этот код активации уже использован.
code-activation_code_superseded = Этот код активации заменен более новым.
code-line_not_active = Эта линия еще не активирована на телефоне.
code-too_many_users = За один раз можно добавить не более 25 пользователей.
code-name_missing = Введите имя.
code-name_too_long = Имя может содержать не более 64 символов.
code-name_invalid = Имя не может содержать переносы строк или другие управляющие символы.
code-catalog_name_empty = Введите название.
code-catalog_name_too_long = Название пакета или лицензии может содержать не более 60 символов.
code-catalog_name_invalid = Название пакета или лицензии не может содержать переносы строк или другие управляющие символы.
code-catalog_name_in_use = У другой записи уже есть такое название. Выберите название, по которому клиенты смогут отличить эту запись от других.
code-undo_expired = Импорт можно отменить в течение 24 часов после завершения; этот импорт старше.
code-undo_not_available = Этот импорт нельзя отменить: отменить можно только завершённый импорт, и только один раз.
code-changed_since_import = Оставлено как есть: пользователь был изменён после импорта.
code-package_missing = Выберите пакет.
code-package_unknown = Такого пакета нет в каталоге.
code-email_in_use = В организации уже есть пользователь с таким адресом электронной почты.
code-number_unknown = Этого номера телефона нет в списке номеров организации.
code-number_other_location = Этот номер телефона относится к другому местоположению.
code-location_name_empty = Введите название местоположения.
code-location_name_too_long = Название местоположения может содержать не более 80 символов.
code-location_name_invalid = Название местоположения не может содержать переносы строк или другие управляющие символы.
code-location_name_in_use = В организации уже есть местоположение с таким названием.
code-location_in_use = Этому местоположению еще назначены пользователи или номера телефонов.
code-address_line_missing = Введите улицу и номер дома.
code-city_missing = Введите город.
code-address_field_too_long = Это поле адреса может содержать не более 100 символов.
code-address_field_invalid = Адрес не может содержать переносы строк или другие управляющие символы.
code-number_exists = Этот номер телефона уже есть в списке номеров.

## Users list (Control Hub)
users-title = Пользователи
users-add = Добавить пользователей
users-added =
    { $count ->
        [one] Добавлен { $count } пользователь. Приглашение отправлено по электронной почте.
        [few] Добавлено { $count } пользователя. Приглашения отправлены по электронной почте.
        [many] Добавлено { $count } пользователей. Приглашения отправлены по электронной почте.
       *[other] Добавлено { $count } пользователя. Приглашения отправлены по электронной почте.
    }
users-search = Поиск по имени или адресу электронной почты
users-sort = Сортировка
users-sort-name_asc = Имя (А–Я)
users-sort-name_desc = Имя (Я–А)
users-sort-email_asc = Электронная почта (A–Z)
users-sort-email_desc = Электронная почта (Z–A)
users-filter-all = Все
users-filter-package = Пакет
users-filter-location = Местоположение
users-filter-status = Статус
users-count = Пользователей в организации: { $total } · страница { $page }
users-empty = Нет пользователей, соответствующих запросу.
users-col-name = Имя
users-col-email = Электронная почта
users-col-package = Пакет
users-col-location = Местоположение
users-col-extension = Добавочный номер
users-col-number = Номер телефона
users-col-status = Статус
users-pages = Страницы списка пользователей
pager-previous = Предыдущая страница
pager-next = Следующая страница
user-status-invited = Приглашен
user-status-active = Активен
user-status-inactive = Неактивен

## Add users manually (PH-2)
add-users-title = Добавление пользователей вручную
add-users-intro = За один раз можно добавить до { $max } пользователей. Каждый получит приглашение по электронной почте. Данные сохраняются, только если все строки заполнены правильно.
add-users-row = Пользователь { $row }
add-users-email = Адрес электронной почты
add-users-first-name = Имя
add-users-last-name = Фамилия
add-users-display-name = Отображаемое имя
add-users-package = Пакет
add-users-package-choose = Выберите пакет
add-users-remove = Удалить
add-users-remove-row = Удалить пользователя { $row }
add-users-add-row = Добавить еще одного пользователя
add-users-row-count = Пользователей: { $count } из { $max }
add-users-submit =
    { $count ->
        [one] Добавить { $count } пользователя
        [few] Добавить { $count } пользователя
        [many] Добавить { $count } пользователей
       *[other] Добавить { $count } пользователя
    }
add-users-saving = Сохранение…
add-users-fix =
    { $count ->
        [one] Перед сохранением исправьте { $count } ошибку.
        [few] Перед сохранением исправьте { $count } ошибки.
        [many] Перед сохранением исправьте { $count } ошибок.
       *[other] Перед сохранением исправьте { $count } ошибки.
    }

## Calling data (PH-4, PH-8)
calling-location = Местоположение
calling-location-none = Без местоположения
calling-extension = Добавочный номер
calling-number = Номер телефона
calling-hint = Для пакетов с телефонной связью требуются местоположение и добавочный номер или номер телефона. Номера телефонов в национальном формате интерпретируются для страны местоположения.

## One user
user-title = Пользователь
user-profile = Профиль
user-created = Дата добавления
user-email-language = Язык писем
user-email-language-default = По умолчанию (английский)
user-email-language-hint = На этом языке пользователь получает коды активации и другие письма.
user-email-language-saved = Сохранено.
user-package = Пакет
user-licenses = Лицензии
user-change-package = Изменить пакет
user-new-package = Новый пакет
user-calling-required = Для этого пакета требуются данные телефонной связи: местоположение и добавочный номер или номер телефона.
user-calling-optional = Для этого пакета данные телефонной связи не требуются.
user-change = Изменить
user-package-changed = Пакет изменен на { $package }.
user-calling = Телефонная связь
user-devices = Устройства
user-devices-empty = Устройств пока нет.
cancel = Отмена

## Locations and numbers
locations-title = Местоположения
locations-add = Добавить местоположение
locations-empty = Местоположений пока нет.
locations-col-name = Название
locations-col-address = Адрес
locations-col-country = Страна
locations-col-users = Пользователи
locations-col-numbers = Номера
locations-col-free = Свободные номера
locations-line1 = Улица и номер дома
locations-line2 = Адрес, строка 2
locations-city = Город
locations-state = Область или регион
locations-postal-code = Почтовый индекс
locations-edit = Изменить местоположение
locations-edit-label = Изменить { $name }
locations-delete-label = Удалить { $name }
locations-delete-title = Удалить { $name }?
locations-delete-body = Местоположение и его адрес будут удалены. Это действие нельзя отменить.
button-edit = Изменить
button-delete = Удалить
button-save = Сохранить

numbers-title = Номера телефонов
numbers-add = Добавить номера
numbers-empty = Номеров телефонов нет.
numbers-pages = Страницы номеров телефонов
numbers-col-state = Статус
numbers-col-user = Пользователь
numbers-assigned = Назначен
numbers-free = Свободен
numbers-text = Номера телефонов, по одному в строке
numbers-hint = В международном формате (+1 231 456 9000) или в национальном формате страны местоположения. Номера добавляются, только если все строки заполнены правильно.
numbers-line-problem = Строка { $line }: { $problem }

## Пользователи → Импорт CSV (PH-4 … PH-7)

users-import = Импорт CSV
users-export = Экспорт в CSV
import-title = Импорт пользователей из CSV-файла
import-lead = Массовое добавление, изменение и удаление пользователей. Файл проверяется здесь по данным этой организации еще до отправки; ничего не изменится, пока вы не примените импорт.
import-template = Скачать шаблон
import-step-file = 1. Выберите файл
import-choose = CSV-файл
import-choose-hint = UTF-8 (с BOM или без), разделитель — запятая или точка с запятой, не более 100 000 строк и 50 МБ. Если во всех столбцах пакетов указано FALSE, пользователь удаляется.
import-reading = Чтение файла…
import-checking = Проверка файла…
import-checking-rows = Проверка строк: { $done } из { $total }…
import-sending = Отправка…
import-checked = Проверено строк: { $rows }; ошибок: { $errors }, предупреждений: { $warnings }.
import-findings = 2. Замечания
import-no-findings = Проблем не обнаружено.
import-error-report = Скачать отчет об ошибках
import-filter-severity = Серьезность
import-filter-code = Проблема
import-col-row = Строка
import-col-column = Столбец
import-col-severity = Серьезность
import-col-problem = Проблема
import-col-email = Электронная почта
import-col-action = Действие
import-col-outcome = Результат
import-header-row = Заголовки
severity-error = Ошибка
severity-warning = Предупреждение
import-more-findings =
    { $count ->
        [one] Еще { $count } замечание — в отчете об ошибках.
        [few] Еще { $count } замечания — в отчете об ошибках.
        [many] Еще { $count } замечаний — в отчете об ошибках.
       *[other] Еще { $count } замечания — в отчете об ошибках.
    }
import-row-cells = Строка { $row } в том виде, в каком она записана в файле
import-preview = 3. Предварительный просмотр
import-preview-add = Добавляемые пользователи
import-preview-modify = Изменяемые пользователи
import-preview-delete = Удаляемые пользователи
import-preview-licenses = Лицензии, которые этот импорт займет и освободит
import-col-license = Лицензия
import-col-subscription = Подписка
import-col-consumed = Будет занято
import-col-freed = Будет освобождено
import-col-left = Останется
import-mode = Службы
import-mode-default = Также предоставить каждому пользователю Basic Messaging, Basic Space Meetings и Call on Webex
import-mode-authoritative = Добавлять и удалять службы: решают столбцы Basic Messaging, Basic Space Meetings и Call on Webex в файле
import-all-or-nothing = Все или ничего: если хотя бы одна строка отклонена, не применять ни одной
import-blocked-all-or-nothing = Сначала исправьте ошибки или снимите флажок «Все или ничего», чтобы применить строки без ошибок.
import-rows-skipped =
    { $count ->
        [one] { $count } строка содержит ошибки и будет пропущена.
        [few] { $count } строки содержат ошибки и будут пропущены.
        [many] { $count } строк содержат ошибки и будут пропущены.
       *[other] { $count } строки содержат ошибки и будут пропущены.
    }
import-apply =
    { $count ->
        [one] Применить { $count } строку
        [few] Применить { $count } строки
        [many] Применить { $count } строк
       *[other] Применить { $count } строки
    }
import-recent = Недавние импорты
import-recent-empty = Импортов пока нет.
import-job-title = Импорт CSV
import-back-to-users = Вернуться к пользователям
import-another = Импортировать другой файл
import-progress = Обработано строк: { $done } из { $total }
import-status-draft = Не применен
import-status-queued = Ожидает запуска
import-status-running = Выполняется
import-status-done = Завершен
import-status-failed = Не применен
import-status-undo_queued = Отмена ожидает запуска
import-status-undoing = Отменяется
import-status-undone = Отменён
import-undo = Отменить этот импорт
import-undo-until = Этот импорт можно отменить до { $time }.
import-undo-confirm = Отмена вернёт всех пользователей, лицензии и номера, которые изменил этот импорт. Пользователи, изменённые после импорта, останутся как есть и будут перечислены.
import-undo-yes = Отменить импорт
import-undone-rows = Восстановлено
import-undo-conflicts = Оставлено из-за последующих изменений
import-col-undo = Отмена
import-undo-outcome-undone = Восстановлено
import-undo-outcome-conflict = Оставлено как есть
import-outcome-applied = Применено
import-outcome-refused = Отклонено
import-outcome-skipped = Пропущено
import-kind-add = Добавление
import-kind-modify = Изменение
import-kind-delete = Удаление
import-results = Результаты по строкам
import-more-rows = Показать еще строки
import-failure-rows_refused = Ничего не применено: импорт выполнялся в режиме «Все или ничего», и одна из строк была отклонена.
import-failure-internal = Импорт остановлен из-за ошибки сервера. Частично примененных изменений не осталось; примененные строки перечислены ниже.
import-failure-file_unreadable = Не удалось повторно прочитать сохраненный файл. Ничего не применено.

## Partner Hub → Catalog
nav-catalog = Каталог
catalog-title = Каталог
catalog-intro = Названия пакетов и лицензий, которые видят ваши клиенты. Ключи никогда не меняются, поэтому скрипты и CSV-файлы продолжают работать после переименования.
catalog-packages = Пакеты
catalog-licenses = Лицензии
catalog-col-name = Название
catalog-col-key = Ключ
catalog-col-grants = Предоставляемые лицензии
catalog-col-everyone = Выдается всем пользователям
catalog-everyone-yes = Да
catalog-everyone-no = Нет
catalog-rename = Переименовать
catalog-reset = Сбросить
catalog-rename-label = Переименовать { $name }
catalog-reset-label = Восстановить название по умолчанию для { $name }
catalog-rename-title = Переименовать { $name }
catalog-default-name = Название по умолчанию: { $name }
catalog-renamed = Новое название: { $name }.
catalog-reset-done = Восстановлено название { $name }.

## Emails
email-invitation-subject = { $admin } приглашает вас в { $org }
email-invitation-body =
    Здравствуйте, { $name }!

    Администратор { $admin } добавил вас в организацию { $org } в Switchboard. Ваши службы телефонной связи и встреч сейчас настраиваются; администратор сообщит вам, когда они будут готовы.
email-webex-go-subject = Ваш код активации Webex Go
email-webex-go-body =
    Здравствуйте, { $name }!

    { $org } подключает вам рабочую линию Webex Go на вашем мобильном телефоне.

    Ваш код активации: { $code }
    Код одноразовый и действует до { $expires }.

    iPhone: Настройки → Сотовая связь → Добавить eSIM → Использовать QR-код → Ввести данные вручную. Адрес SM-DP+: { $smdp }, код активации: { $code }.
    Android: Настройки → Сеть и интернет → SIM-карты → Добавить eSIM → Нужна помощь? → Ввести вручную. Код оператора связи: { $provider }, затем код активации.

    Если срок действия кода истек или вы сменили телефон, попросите у администратора новый код.

## Устройства и Webex Go (задача 5: GO-1 … GO-14)
nav-devices = Устройства
line-status-activation_pending = Ожидает активации
line-status-online = В сети
line-status-offline = Не в сети
users-col-webex-go = Webex Go
user-device-actions = Действия с устройствами пользователя { $name }
user-add-webex-go = Добавить устройство Webex Go
devices-title = Устройства
devices-add = Добавить устройство
devices-search = Поиск по пользователю, адресу электронной почты или модели
devices-count = Устройств: { $total } · страница { $page }
devices-empty = Нет устройств, соответствующих запросу.
devices-pages = Страницы списка устройств
devices-deleted = Устройство удалено. Его лицензия Webex Go вернулась в пул доступных лицензий.
devices-col-device = Устройство
devices-col-owner = Пользователь
devices-col-status = Статус
devices-col-number = Номер телефона
devices-col-added = Дата добавления
add-device-title = Добавление устройства
add-device-step-user = Шаг 1: пользователь
add-device-for = Для кого устройство
add-device-existing-user = Существующий пользователь
add-device-user-search = Поиск пользователей по имени или адресу электронной почты
add-device-choose-user = Выберите пользователя
add-device-no-users = Нет пользователей, соответствующих запросу.
add-device-user-required = Сначала выберите пользователя.
add-device-next = Далее
add-device-back = Назад
add-device-step-type = Шаг 2: устройство для пользователя { $name }
add-device-type = Тип устройства
add-device-webex-go = Устройство Webex Go
add-device-webex-go-hint = Служебная линия на личном мобильном телефоне пользователя через eSIM.
add-device-type-required = Выберите тип устройства.
webex-go-title = Добавление устройства Webex Go
webex-go-for = Для пользователя { $name } ({ $email })
webex-go-details = Параметры линии
webex-go-license-note = Для устройства используется одна лицензия Webex Go из подписки.
webex-go-subscription = Идентификатор подписки
webex-go-subscription-choose = Выберите подписку
webex-go-subscription-option = { $id } (доступно лицензий: { $available } из { $quantity })
webex-go-subscription-required = Выберите подписку, из которой линия получит лицензию Webex Go.
webex-go-number = Номер телефона
webex-go-number-hint = У пользователя еще нет номера телефона. Выберите свободный номер его местоположения или введите номер.
webex-go-uses-number = Линия использует номер телефона пользователя { $number }.
webex-go-email-sent = Код активации и инструкции будут отправлены пользователю по электронной почте.
webex-go-email-suppressed = В этой организации письма пользователям отключены: вы сами скопируете, отправите или распечатаете код активации.
webex-go-add = Добавить
webex-go-adding = Добавление…
webex-go-added = Устройство Webex Go добавлено для пользователя { $name }.
webex-go-ineligible = Для этого пользователя нельзя добавить Webex Go:
webex-go-has-line = У пользователя { $name } уже есть линия Webex Go.
webex-go-open-device = Открыть устройство
webex-go-back-to-user = Вернуться к пользователю
activation-title = Данные для активации
activation-once = Код активации показан только сейчас. Когда вы уйдете с этой страницы, его нельзя будет показать снова: передайте его сейчас или позже создайте новый.
activation-qr-label = QR-код для активации eSIM Webex Go пользователя { $name }
activation-apple = Для устройств Apple
activation-android = Для устройств Android
activation-smdp = Адрес SM-DP+
activation-code = Код активации
activation-provider = Код оператора связи
activation-expires-on = Код можно использовать один раз, срок его действия истекает { $date }.
activation-emailed = Отправлено по адресу { $email } вместе с инструкциями.
activation-not-emailed = В этой организации письма пользователям отключены: скопируйте, отправьте или распечатайте код для пользователя.
activation-copy = Скопировать код
activation-copied = Код скопирован.
activation-copy-failed = Браузер не разрешил копирование: выделите код и скопируйте его вручную.
activation-print = Печать
activation-send-to = Отправить на адрес
activation-send-address = Адрес электронной почты
activation-send = Отправить
activation-sent = Отправлено по адресу { $email }.
device-title = Устройство
device-details = Сведения
device-model = Модель
device-subscription = Подписка
device-code-expires = Срок действия кода активации
device-no-code = Нет неиспользованного кода активации
device-actions = Действия
device-regenerate = Создать новый код активации
device-regenerate-hint = Все прежние коды перестанут действовать.
device-regenerate-unavailable = Доступно, только пока устройство ожидает активации; сейчас линия активирована на телефоне. Когда пользователь удалит ее с телефона, линия снова перейдет в состояние «Ожидает активации».
device-lost-stolen = Утерян или украден
device-lost-hint = Отключает линию на утерянном телефоне и создает данные для активации на новом телефоне.
device-lost-title = Сообщить об утере или краже телефона?
device-lost-body = Служебная линия на утерянном телефоне будет сразу отключена: с него больше нельзя будет совершать и принимать служебные вызовы. Для нового телефона будут созданы новые данные для активации, а все прежние коды перестанут действовать.
device-lost-confirm = Отключить линию и создать новые данные
device-lost-done = Линия на утерянном телефоне отключена. Новые данные для активации на новом телефоне:
device-new-code = Создан новый код активации. Все прежние коды перестали действовать.
device-delete-hint = Удаляет устройство; его лицензия возвращается в пул доступных лицензий.
device-delete-title = Удалить это устройство Webex Go?
device-delete-body = Линия будет деактивирована: из стандартного приложения для звонков на телефоне больше нельзя будет совершать и принимать служебные вызовы, а лицензия Webex Go вернется в пул доступных лицензий. Неработающую линию пользователь удаляет с телефона сам.
overview-email = Письма пользователям
overview-suppress-email = Не отправлять письма пользователям
overview-suppress-email-hint = Если параметр включен, Switchboard не отправляет пользователям коды активации по электронной почте: администраторы копируют, пересылают или распечатывают их сами.
overview-suppress-email-on = Включено: коды активации передают администраторы.
overview-suppress-email-off = Выключено: пользователи получают коды активации по электронной почте.

## Подробная история вызовов (GO-16)
code-call_record_invalid = Эта запись о вызове не является объектом в формате API приема.
code-call_record_id_invalid = У записи о вызове должен быть идентификатор из 1–128 печатных символов без пробелов.
code-call_start_missing = У записи о вызове должно быть время начала.
code-call_start_invalid = Время начала не является датой и временем в формате RFC 3339 (2026-03-04T10:15:30Z).
code-call_start_out_of_range = Время начала раньше 2000 года или более чем на сутки в будущем.
code-call_duration_invalid = Длительность должна быть от 0 секунд до 24 часов.
code-call_direction_invalid = Направление должно быть ORIGINATING или TERMINATING.
code-call_number_invalid = Вызывающий или вызываемый номер — не длиннее 128 символов и без управляющих символов.
code-sub_client_type_unknown = Неизвестный тип субклиента. Используйте Mobile_Network, Desktop, Mobile_App, Desk_Phone, Browser или Other.
code-call_user_unknown = В организации нет такого пользователя.
code-call_device_unknown = В организации нет такого устройства.
code-call_device_user_mismatch = Это устройство принадлежит другому пользователю, а не указанному в записи о вызове.
code-call_records_too_many = Отправляйте не более 1000 записей о вызовах за один запрос.
code-date_range_invalid = Укажите две даты; вторая не может быть раньше первой.
code-date_range_too_long = Выберите период не длиннее 31 дня.
code-export_too_large = В экспорте оказалось бы более 100 000 вызовов. Выберите более короткий период или добавьте фильтры.
code-device_management_not_entitled = У этой организации нет интеграции Device Management, поэтому управлять устройствами партнера здесь нельзя.
code-disclaimer_not_acknowledged = Перед сохранением подтвердите, что вы отвечаете за защиту учетных данных SIP.
code-device_not_partner_managed = Это действие доступно только для SIP-устройств, управляемых партнером.
code-device_needs_user = У личного устройства должен быть хотя бы один пользователь. Сначала добавьте другого пользователя.
code-device_catalog_field_invalid = Введите от 1 до 60 символов без табуляций и переносов строк.
code-line_count_invalid = Введите число линий от 1 до 16.
code-room_type_unknown = Выберите один из типов помещений.
code-capacity_invalid = Введите вместимость от 1 до 999.
code-workspace_license_unknown = Выберите Workspace Professional или Common Area.
code-devices_too_many = Отправляйте не более 500 устройств за один запрос.
code-order_subscription_id_invalid = Идентификатор подписки должен содержать от 1 до 64 латинских букв, цифр, дефисов или подчеркиваний.
code-order_services_empty = Заказ должен включать хотя бы одну услугу.
code-order_service_unknown = Неизвестная услуга. Используйте meetings, calling или suite.
code-order_service_duplicate = Эта услуга указана в заказе дважды. Укажите все ее количество в одной строке.
code-order_quantity_invalid = Введите количество от 1 до 100 000.
code-order_conflict = Заказ с этим идентификатором подписки уже был получен, но с другим содержимым.
code-org_id_invalid = Это недопустимый идентификатор организации.
code-business_vertical_unknown = Выберите отрасль из списка.
code-wizard_step_mismatch = Этот шаг настройки тем временем изменился, например в другой вкладке. Обновите страницу, чтобы продолжить с текущего шага.
code-wizard_state_invalid = Не удалось прочитать сохраненный ход настройки. Начните настройку заново.
code-customer_setup_not_applicable = Поручить настройку клиенту можно только для заказа, оформленного для клиента.
code-time_zone_unknown = Выберите часовой пояс из списка.
code-sites_empty = Добавьте хотя бы один сайт Webex.
code-sites_too_many = Можно настроить не более 10 сайтов.
code-site_name_duplicate = У двух сайтов не может быть одинакового имени URL-адреса.
code-site_name_taken = Это имя URL-адреса сайта уже занято. Выберите другое.
code-site_licenses_invalid = Если сайтов несколько, выделите каждому хотя бы одну лицензию.
code-license_split_mismatch = Сумма лицензий, распределенных по сайтам, должна равняться заказанному количеству.
code-address_country_mismatch = Адрес должен находиться в стране или регионе, выбранных для головного офиса.
code-setup_link_invalid = Эта ссылка для настройки недействительна. Откройте ссылку из письма точно в том виде, в каком она была отправлена.
code-setup_link_expired = Срок действия этой ссылки для настройки истек. Попросите того, кто оформил заказ, отправить новую.
code-setup_link_superseded = Эта ссылка для настройки заменена более новой, например потому, что заказ передан другому человеку.
code-customer_has_no_admin = В организации клиента нет администратора, который мог бы настроить услуги. Настройте их сами или сначала добавьте администратора.
code-not_provisioning_admin = У вас нет метки «Администратор подготовки» в этой организации.

## Emails: subscription orders (issue 7)
email-order-welcome-subject = Для заказа { $subscription } нужны данные для подготовки
email-order-welcome-body =
    Здравствуйте!

    Заказ { $subscription } готов к настройке: { $services }.

    Настройка состоит из двух частей: найти организацию, затем настроить услуги. Начните здесь («Настроить услугу»):
    { $link }

    Ссылка действует до { $expires }. Если вы не ждали этого письма, свяжитесь с менеджером по продажам, у которого оформили заказ.
email-order-handover-subject = { $admin } просит вас завершить заказ { $subscription }
email-order-handover-body =
    Здравствуйте!

    { $admin } просит вас завершить настройку заказа { $subscription }: { $services }.

    Настройка состоит из двух частей: найти организацию, затем настроить услуги. Начните здесь («Настроить услугу»):
    { $link }

    Ссылка действует до { $expires }.
email-order-customer-setup-subject = Настройте услуги заказа { $subscription }
email-order-customer-setup-body =
    Здравствуйте!

    { $admin } сопоставил(а) заказ { $subscription } ({ $services }) с организацией { $org } и оставил(а) настройку услуг вам. Ваш партнер сохраняет доступ, чтобы помочь вам.

    Продолжите здесь («Настроить услугу»):
    { $link }

    Ссылка действует до { $expires }.
email-full-admin-request-subject = { $admin } запрашивает права полного администратора в { $org }
email-full-admin-request-body =
    Здравствуйте!

    { $admin } ({ $email }) подготовил(а) подписку для { $org } и имеет там метку «Администратор подготовки». Он(а) просит назначить его (ее) полным администратором { $org }.

    Одобрите или отклоните запрос на странице обзора организации: { $link }

    Если вы не знаете об этом запросе, отклоните его или проигнорируйте письмо.
nav-call-history = История вызовов
calls-title = Подробная история вызовов
calls-intro = Вызовы, о которых сообщила платформа телефонии. У вызовов по линии Webex Go тип субклиента — Mobile_Network. Время указано в UTC.
calls-export = Экспорт в CSV
calls-filters = Фильтры вызовов
calls-from = С
calls-to = По
calls-range-hint = Целые дни по UTC, оба включительно; не более 31 дня.
calls-user = Пользователь
calls-sub-client = Тип субклиента
calls-sub-all = Все
calls-sub-mobile-network = Мобильная сеть (Webex Go)
calls-sub-desktop = Приложение для компьютера
calls-sub-mobile-app = Мобильное приложение
calls-sub-desk-phone = Настольный телефон
calls-sub-browser = Веб-приложение
calls-sub-other = Другое
calls-count = Вызовов: { $total } · страница { $page }
calls-empty = Нет вызовов, подходящих под эти фильтры.
calls-pages = Страницы списка вызовов
calls-col-time = Начало (UTC)
calls-col-user = Пользователь
calls-col-direction = Направление
calls-col-calling = Вызывающий номер
calls-col-called = Вызываемый номер
calls-col-duration = Длительность
calls-col-sub-client = Тип субклиента
calls-direction-originating = Исходящий
calls-direction-terminating = Входящий
calls-no-user = Без пользователя

## Devices → Import CSV: Webex Go lines in bulk (GO-7 … GO-9)

device-import-link = Импорт CSV
device-import-title = Импорт устройств Webex Go из CSV-файла
device-import-lead = Добавьте линии Webex Go сразу многим пользователям. Скачайте шаблон (его последние столбцы называют подписки Webex Go этой организации), заполните по строке на пользователя и выберите файл. Файл проверяется здесь, по данным этой организации, до того как что-либо будет отправлено.
device-import-template = Скачать шаблон CSV
device-import-back = К устройствам
device-import-step-file = 1. Выберите файл
device-import-choose = CSV-файл
device-import-choose-hint = Столбцы шаблона, по строке на пользователя, TRUE в столбце Webex Go той подписки, из которой берется лицензия. UTF-8, разделитель — запятая или точка с запятой, до 100 000 строк.
device-import-checking = Проверка файла…
device-import-sending = Отправка…
device-import-checked = Строк: { $rows }. Ошибок: { $errors }.
device-import-findings = 2. Замечания
device-import-no-findings = Проблем не найдено: можно добавить все строки.
device-import-header-row = Заголовок
device-import-col-row = Строка
device-import-col-column = Столбец
device-import-col-severity = Важность
device-import-col-problem = Проблема
device-import-more-findings =
    { $count ->
        [one] Еще { $count } замечание не показано.
        [few] Еще { $count } замечания не показаны.
        [many] Еще { $count } замечаний не показано.
       *[other] Еще { $count } замечания не показано.
    }
device-import-step-submit = 3. Добавьте линии
device-import-rows = Строк в файле
device-import-lines = Линий Webex Go к добавлению
device-import-errors = Ошибки
device-import-per-subscription = Лицензии по подпискам
device-import-col-subscription = Подписка
device-import-col-lines = Линии
device-import-blocked =
    { $count ->
        [one] В файле { $count } ошибка. Исправьте ее и выберите файл снова: пока в файле есть ошибки, ничего не добавляется.
        [few] В файле { $count } ошибки. Исправьте их и выберите файл снова: пока в файле есть ошибки, ничего не добавляется.
        [many] В файле { $count } ошибок. Исправьте их и выберите файл снова: пока в файле есть ошибки, ничего не добавляется.
       *[other] В файле { $count } ошибки. Исправьте их и выберите файл снова: пока в файле есть ошибки, ничего не добавляется.
    }
device-import-email = Отправить код активации по электронной почте
device-import-email-on = Каждый пользователь получит письмо с кодом активации и инструкциями, если в этой организации не отключены письма пользователям.
device-import-email-off = Письма не отправляются: линии остаются в состоянии «Ожидает активации», пока вы не создадите код на странице каждого устройства и не передадите его пользователю.
device-import-submit =
    { $count ->
        [one] Отправить: добавить { $count } линию Webex Go
        [few] Отправить: добавить { $count } линии Webex Go
        [many] Отправить: добавить { $count } линий Webex Go
       *[other] Отправить: добавить { $count } линии Webex Go
    }
device-import-job-title = Импорт Webex Go
device-import-another = Импортировать другой файл
device-import-progress = Обработано строк: { $done } из { $total }
device-import-applied = Добавлено линий
device-import-refused = Отклонено строк
device-import-job-email-on = Коды активации отправляются пользователям по электронной почте (если в этой организации не отключены письма пользователям).
device-import-job-email-off = Коды активации не отправляются по почте: создайте код на странице каждого устройства.
device-import-failed = Импорт остановлен из-за ошибки сервера. Строки, перечисленные ниже, применены; остальные — нет.
device-import-results = Результаты по строкам
device-import-col-username = Имя пользователя
device-import-col-outcome = Результат
device-import-col-activation = Активация
device-import-col-device = Устройство
device-import-outcome-applied = Добавлено
device-import-outcome-refused = Отклонено
device-import-activation-emailed = Код активации отправлен пользователю по почте
device-import-activation-pending = Ожидает активации: создайте код на странице устройства
device-import-open-device = Открыть устройство
device-import-more-rows = Показать еще строки
device-import-status-queued = Ожидает запуска
device-import-status-running = Выполняется
device-import-status-done = Завершен
device-import-status-failed = Остановлен
action-webex_go_imported = Импортированы линии Webex Go из CSV-файла
action-partner_device_added = Добавлено устройство, управляемое партнером
action-partner_device_users_changed = Изменены пользователи устройства, управляемого партнером
action-sip_password_updated = Создан новый пароль SIP
action-device_management_set = Изменена интеграция Device Management
action-device_catalog_changed = Изменен каталог одобренных устройств
action-workspace_created = Создано рабочее пространство
action-workspace_deleted = Удалено рабочее пространство
action-order_received = Получил заказ
action-order_link_opened = Открыл ссылку для настройки заказа
action-order_handed_over = Передал настройку заказа другому человеку
action-order_orgs_mapped = Сопоставил заказ с организациями
action-order_provisioned = Настроил услуги заказа
action-full_admin_requested = Запросил права полного администратора
action-full_admin_granted = Предоставил права полного администратора
action-full_admin_declined = Отклонил запрос прав полного администратора

## Partner-managed devices of users (PMD-1, PMD-4, PMD-9)
partner-device-title = Добавить устройство под управлением партнёра
partner-device-for = Для пользователя { $name }
partner-device-not-entitled = У этой организации нет интеграции управления устройствами, поэтому здесь нельзя добавлять устройства под управлением партнёра и управлять ими. Администратор партнёра может включить её в обзоре организации.
partner-device-management = Управление устройством
partner-device-managed = Устройства под управлением партнёра
partner-device-managed-hint = Сторонние SIP-устройства, которые настраивает и обслуживает ваш партнёр по решениям. Учётные данные SIP принадлежат вам.
partner-device-details = Сведения об устройстве
partner-device-mac = MAC-адрес
partner-device-mac-reads = Читается как { $mac }.
partner-device-save = Сохранить
partner-device-saving = Сохранение…
partner-device-save-hint = Чтобы сохранить, подтвердите заявление об ответственности.
partner-device-added = Устройство добавлено для пользователя { $name }.
partner-device-back-to-devices = Назад к устройствам
add-device-partner = Телефон Cisco, ATA или стороннее устройство
add-device-partner-hint = Настольный телефон или адаптер, регистрирующийся с учётными данными SIP, например устройство под управлением партнёра.
sip-credentials-title = Учётные данные SIP
sip-user-name = Имя пользователя SIP
sip-realm = Область (realm)
sip-password = Пароль
sip-copy-user-name = Копировать имя пользователя
sip-copy-password = Копировать пароль
partner-device-vendor = Производитель
partner-device-workspace = Рабочее пространство
partner-device-password-changed = Пароль изменён
partner-device-disclaimer-by = Заявление об ответственности подтверждено
partner-device-disclaimer-when = { $admin }, { $date }
partner-device-update-password = Обновить пароль
partner-device-update-password-hint = Создаёт новый пароль SIP. Устройство не сможет зарегистрироваться, пока вы не введёте его на нём.
partner-device-update-password-title = Обновить пароль SIP?
partner-device-update-password-body = Будет создан новый пароль, он будет показан один раз. Текущий пароль сразу перестанет действовать, и устройство не зарегистрируется, пока на нём не введут новый.
partner-device-update-password-confirm = Обновить пароль
partner-device-password-updated = Создан новый пароль SIP.
partner-device-delete-hint = Удаляет устройство и его учётные данные SIP. Устройство перестанет регистрироваться.
partner-device-delete-title = Удалить это устройство?
partner-device-delete-body = Устройство, его учётные данные SIP и назначения пользователям будут удалены. Оно сразу перестанет регистрироваться.
partner-device-users = Пользователи
partner-device-remove = Удалить
partner-device-remove-user = Удалить пользователя { $name } с этого устройства
partner-device-last-user = У устройства должен остаться хотя бы один пользователь.
partner-device-add-user = Добавить пользователя: поиск по имени или адресу
partner-device-add = Добавить
partner-device-add-this-user = Добавить пользователя { $name } на это устройство
partner-device-user-added = Теперь { $name } может пользоваться этим устройством.
partner-device-user-removed = { $name } больше не пользуется этим устройством.
devices-workspace = Рабочее пространство
## Устройства под управлением партнёра и рабочие пространства (PMD-1 … PMD-9)
nav-device-types = Типы устройств
nav-workspaces = Рабочие пространства
steps-label = Шаги
steps-position = Шаг { $step } из { $total }
sip-credentials-once = Вы видите пароль целиком в последний раз. Скопируйте его сейчас и храните надёжно: вы отвечаете за мошенничество, вызванное ненадёжным хранением учётных данных.
sip-copy-realm = Копировать realm
sip-copied = { $what }: скопировано в буфер обмена.
sip-copy-failed = Браузер не разрешил копирование. Выделите текст и скопируйте его сами.
pmd-device-type = Тип устройства
pmd-device-type-choose = Выберите тип устройства
pmd-device-type-option = { $vendor } { $model } ({ $type }, прошивка { $firmware } или новее)
pmd-type-phone = Настольный телефон
pmd-type-ata = Аналоговый адаптер (ATA)
pmd-mac = MAC-адрес
pmd-mac-hint = 12 шестнадцатеричных цифр, как на наклейке устройства, например 00:1A:2B:3C:4D:5E.
pmd-disclaimer = Учётные данные SIP этого устройства принадлежат мне, и я отвечаю за мошенничество, вызванное их ненадёжным хранением.
device-types-title = Типы устройств
device-types-intro = Одобренные SIP-устройства сторонних производителей, которые могут добавлять администраторы ваших клиентов, с минимальной версией прошивки. Устройства других типов добавить нельзя.
device-types-add = Добавить тип устройства
device-types-read-only = Изменять типы устройств могут только полные администраторы партнёра.
device-types-empty = Типов устройств пока нет.
device-types-list = Одобренный каталог
device-types-col-model = Модель
device-types-col-vendor = Производитель
device-types-col-type = Тип
device-types-col-firmware = Минимальная прошивка
device-types-col-lines = Линии
device-types-col-approved = Одобрено
device-types-approved-yes = Одобрено
device-types-approved-no = Отозвано
device-types-approved-label = Одобрено: администраторы могут добавлять устройства этого типа
device-types-edit = Изменить
device-types-edit-label = Изменить { $name }
device-types-key = Ключ (для API-клиентов)
device-types-saved = { $name }: сохранено.
overview-device-management = Интеграция Device Management
overview-device-management-switch = Интеграция Device Management
overview-device-management-hint = Позволяет администраторам организации добавлять SIP-устройства под управлением партнёра и рабочие пространства и управлять ими. Изменить её могут только полные администраторы партнёра.
overview-device-management-on = Включено: устройства под управлением партнёра можно добавлять и настраивать.
overview-device-management-off = Выключено: устройства под управлением партнёра нельзя добавлять и настраивать.
room-type-meeting_room = Переговорная
room-type-huddle_room = Малая переговорная
room-type-lobby = Холл
room-type-open_space = Открытое пространство
room-type-office = Кабинет
room-type-other = Другое
workspace-license-professional = Workspace Professional
workspace-license-common_area = Common Area
workspace-device-count = { $count } из { $limit }
workspaces-title = Рабочие пространства
workspaces-add = Добавить рабочее пространство
workspaces-empty = Рабочих пространств пока нет.
workspace-deleted = Рабочее пространство удалено. Его лицензия и номер снова свободны.
workspace-title = Рабочее пространство
workspace-details = Сведения
workspace-name = Название рабочего пространства
workspace-name-hint = Название помещения: не более 30 символов, без % # < > , \ и ".
workspace-room-type = Тип помещения
workspace-room-type-choose = Выберите тип помещения
workspace-capacity = Вместимость
workspace-license = Тип лицензии
workspace-subscription = Подписка
workspace-location = Расположение
workspace-number = Номер телефона
workspace-extension = Добавочный номер (необязательно)
workspace-devices = Устройства
workspace-no-devices = Устройств пока нет.
workspace-add-device = Добавить устройство
workspace-limit = Предел устройств для этой лицензии: { $limit }.
workspace-device-added = Устройство добавлено.
workspace-credentials-done = Я скопировал учётные данные
workspace-delete = Удалить рабочее пространство
workspace-delete-title = Удалить это рабочее пространство?
workspace-delete-body = Его устройства будут удалены, а лицензия и номер телефона вернутся организации. Это действие нельзя отменить.
add-device-new-workspace = Новое рабочее пространство
add-workspace-title = Добавить рабочее пространство
add-workspace-step-workspace = Пространство
add-workspace-step-device = Устройство
add-workspace-step-calling = Телефония
add-workspace-no-models = Одобренных типов устройств пока нет. Их добавляет полный администратор партнёра в разделе Partner Hub → Типы устройств.
add-workspace-license-option = { $license } (устройств в пространстве: до { $limit }; свободных лицензий: { $available })
add-workspace-subscription-required = Выберите подписку, лицензию которой использует рабочее пространство.
add-workspace-location-choose = Выберите расположение
add-workspace-location-option = { $name } (свободных номеров: { $free })
add-workspace-location-required = Выберите расположение рабочего пространства.
add-workspace-number-choose = Выберите свободный номер
add-workspace-number-required = Выберите один из свободных номеров расположения.
add-workspace-saving = Сохранение…
add-workspace-created = Рабочее пространство { $name } создано.
add-workspace-open = Открыть рабочее пространство
# Заказы подписок и мастер настройки (issue 7, SUB-1 … SUB-10)
nav-orders = Заказы
orders-title = Заказы
orders-lead = Подписки из системы заказов и состояние их настройки. Незавершённая настройка продолжается с того шага, на котором её оставили.
orders-state-all = Все состояния
orders-empty = Заказов пока нет.
orders-count =
    { $count ->
        [one] { $count } заказ
        [few] { $count } заказа
        [many] { $count } заказов
       *[other] { $count } заказа
    }
orders-col-subscription = Подписка
orders-col-services = Службы
orders-col-state = Состояние
orders-col-assignee = Настраивает
orders-col-customer = Клиент
orders-col-updated = Изменён
orders-col-actions = Действия
orders-resume = Продолжить
orders-resume-label = Продолжить настройку { $id }
orders-open = Открыть
orders-open-label = Открыть заказ { $id }
order-state-new = Новый
order-state-in_progress = Настраивается
order-state-handed_to_customer = Передан клиенту
order-state-provisioned = Настроен
service-meetings = Webex Meetings
service-calling = Webex Calling
service-suite = Webex Suite
orders-unfinished =
    { $count ->
        [one] У вас { $count } заказ, ожидающий настройки.
        [few] У вас { $count } заказа, ожидающих настройки.
        [many] У вас { $count } заказов, ожидающих настройки.
       *[other] У вас { $count } заказа, ожидающих настройки.
    }
orders-unfinished-resume = Продолжить настройку { $id }
orders-unfinished-all = Все заказы
landing-title = Добро пожаловать
landing-no-org = Вы пока не администрируете ни одну организацию. Она будет создана при настройке вашего заказа.
setup-link-title = Настройка службы
setup-link-lead = Ваша новая подписка готова. Настройка состоит из двух частей: поиск организации и настройка служб.
setup-link-sign-in = Войдите, чтобы продолжить
setup-link-sign-in-hint = Войдите как { $email }, чтобы настроить этот заказ.
setup-link-opening = Открываем настройку…
setup-link-refused-hint = Если вы уже настроили этот заказ, войдите и найдите его в разделе «Заказы».
setup-link-go-sign-in = Перейти ко входу
setup-account-title = Создайте учётную запись
setup-account-hint = Учётной записи для { $email } пока нет. Укажите своё имя и пароль, чтобы продолжить.
setup-account-name = Ваше имя
setup-account-password = Пароль
setup-account-password-hint = Не менее { $min } символов. Фразу из нескольких слов легко запомнить.
setup-account-repeat = Повторите пароль
setup-account-repeat-mismatch = Пароли не совпадают.
setup-account-submit = Создать учётную запись и продолжить
setup-account-pending = Создаём учётную запись…
setup-title = Настройка подписки
setup-heading = Настройка подписки { $id }
setup-saved = Сохранено.
setup-saving = Сохранение…
setup-next = Далее
setup-back = Назад
setup-later = Настроить позже
setup-finish = Завершить настройку
setup-close = Закрыть
setup-step-order_for = Для кого заказ
setup-step-partner_org = Организация партнёра
setup-step-customer_org = Организация клиента
setup-step-review = Проверка
setup-step-meetings = Webex Meetings
setup-step-calling = Webex Calling
setup-step-handed_over = Передано
setup-step-done = Готово
setup-order-for-legend = Для кого этот заказ?
setup-order-for-customer = Этот заказ для клиента
setup-order-for-customer-hint = Рекомендуется: вы настраиваете службы от имени клиента и сможете поддерживать его и после настройки.
setup-order-for-my-company = Этот заказ для моей компании
setup-order-for-my-company-hint = Вы настраиваете службы для своей организации.
setup-order-for-someone-else = Я хочу, чтобы этот заказ выполнил кто-то другой
setup-order-for-someone-else-hint = Этот человек получит ссылку «Настройка службы» по электронной почте.
setup-order-for-required = Выберите, для кого этот заказ.
setup-order-for-contact-hint = Когда вы нажмёте «Далее», ваш адрес электронной почты (контакт для обеспечения) будет сопоставлен с существующими организациями.
setup-someone-else-email = Адрес электронной почты этого человека
setup-org-matched = По вашему адресу электронной почты мы сопоставили заказ с этой организацией. Проверьте её и нажмите «Далее».
setup-org-candidates = Мы нашли организации, совпадающие с доменом вашего адреса электронной почты. Изучите их внимательно: подтверждённые домены, активные пользователи и недавняя активность помогут выбрать нужную.
setup-org-none = Подходящая организация не найдена. Создайте новую.
setup-org-customers = Ни одна организация не совпадает с вашим адресом электронной почты. Выберите одного из своих клиентов или создайте новую организацию.
setup-org-pick-partner = Выберите организацию партнёра
setup-org-pick-customer = Выберите организацию клиента
setup-org-create = Создать новую организацию
setup-org-choose = Выберите организацию или создайте новую.
setup-org-domains = Подтверждённые домены: { $domains }
setup-org-no-domains = Нет подтверждённых доменов
setup-org-active-users =
    { $count ->
        [one] { $count } активный пользователь
        [few] { $count } активных пользователя
        [many] { $count } активных пользователей
       *[other] { $count } активного пользователя
    }
setup-org-last-activity = Последняя активность пользователей: { $date }
setup-org-no-activity = Нет активности пользователей
setup-org-stale = Нет подтверждённых доменов и активности пользователей за год: вероятно, это не та организация.
setup-org-name = Название компании
setup-org-vertical = Отрасль
setup-org-vertical-choose = Выберите отрасль
setup-org-country = Страна или регион
setup-org-country-choose = Выберите страну или регион
vertical-education = Образование
vertical-government = Государственный сектор
vertical-healthcare = Здравоохранение
vertical-financial_services = Финансовые услуги
vertical-manufacturing = Производство
vertical-retail = Розничная торговля
vertical-technology = Технологии
vertical-professional_services = Профессиональные услуги
vertical-hospitality = Гостиничный бизнес
vertical-non_profit = Некоммерческие организации
vertical-media = Медиа и развлечения
vertical-transportation = Транспорт
vertical-energy_utilities = Энергетика и коммунальные услуги
vertical-telecommunications = Телекоммуникации
vertical-other = Другое
setup-review-lead = Проверьте организации. Когда вы нажмёте «Далее», они будут сохранены: новые будут созданы, и заказ будет связан с ними.
setup-review-new-org = Новая организация · { $vertical } · { $country }
setup-review-provisioning-admin = В организации { $customer } вы получите метку «Администратор обеспечения». Если вам нужны полные права администратора, сначала завершите настройку, а затем запросите их у администратора клиента.
setup-review-customer-sets-up = Мой клиент настроит свои службы сам
setup-review-customer-sets-up-hint = Администратор клиента получит письмо, чтобы продолжить настройку. Вы сохраните доступ к организации клиента.
setup-review-commit-hint = После этого шага вернуться к выбору организаций нельзя.
setup-meetings-lead = Выберите URL-адрес сайта Webex, часовой пояс и участие в программе раннего доступа. Заказано лицензий Meetings: { $quantity }.
setup-meetings-site = Сайт { $n }
setup-meetings-url-name = Имя URL-адреса сайта
setup-meetings-url-preview = Ваш сайт: { $url }
setup-meetings-time-zone = Часовой пояс
setup-meetings-time-zone-choose = Выберите часовой пояс
setup-meetings-early-adopter = Программа раннего доступа
setup-meetings-early-adopter-hint = Сайт в программе раннего доступа получает функции раньше обычного цикла развёртывания.
setup-meetings-additional = Мне нужны дополнительные URL-адреса
setup-meetings-add-site = Добавить ещё URL-адрес
setup-meetings-remove = Удалить
setup-meetings-remove-site = Удалить сайт { $n }
setup-meetings-licenses = Лицензии для этого сайта
setup-meetings-split-ok = Распределено лицензий: { $sum } из { $total }.
setup-meetings-split-left = Распределено лицензий: { $sum } из { $total }, осталось распределить: { $difference }.
setup-meetings-split-over = Распределено лицензий: { $sum } из { $total }, лишних: { $difference }.
setup-calling-lead = Укажите расположение головного офиса. Заказано лицензий Calling: { $quantity }.
setup-calling-name = Название расположения головного офиса
setup-calling-country = Страна или регион, где находится большинство пользователей
setup-calling-address = Адрес
setup-calling-more-later = Изменить расположение или добавить другие можно позже в Control Hub.
setup-handed-over-person = Мы отправили ссылку «Настройка службы» на адрес { $email }. Дальнейшую настройку выполнит этот человек.
setup-handed-over-customer = Мы отправили администратору клиента письмо с просьбой настроить службы. Вы сохраняете доступ к организации клиента.
setup-done-text = Подписка { $id } настроена.
setup-summary-licenses =
    { $count ->
        [one] { $count } лицензия
        [few] { $count } лицензии
        [many] { $count } лицензий
       *[other] { $count } лицензии
    }
setup-download-summary = Скачать сводку заказа (PDF)
setup-full-admin-hint = У вас есть метка «Администратор обеспечения» в организации { $customer }. Её администраторы могут предоставить вам полные права администратора.
setup-request-full-admin = Запросить полные права администратора
setup-full-admin-requested = Ваш запрос отправлен администраторам клиента по электронной почте.
# The order summary PDF (SUB-10), written by the server.
pdf-order-title = Сводка заказа
pdf-order-subscription-id = Идентификатор подписки
pdf-order-date = Дата
pdf-order-organizations = Организации
pdf-order-partner = Партнер
pdf-order-customer = Клиент
pdf-order-services = Службы
pdf-order-service = Служба
pdf-order-quantity = Количество
pdf-order-meetings-sites = Сайты Meetings
pdf-order-site-url = URL-адрес сайта
pdf-order-time-zone = Часовой пояс
pdf-order-early-adopter = Ранний доступ
pdf-order-licenses = Лицензии
pdf-order-yes = Да
pdf-order-no = Нет
pdf-order-calling-location = Местоположение головного офиса Calling
pdf-order-location-name = Название местоположения
pdf-order-country = Страна/регион
pdf-order-address = Адрес
# SUB-5: pending requests for full admin, on the org's overview.
full-admin-requests-title = Запросы прав полного администратора
full-admin-requests-intro = Эти администраторы партнера подготовили подписку для вашей организации и имеют метку «Администратор подготовки». Если вы одобрите запрос, они станут полными администраторами организации.
full-admin-request-line = { $name } ({ $email }), запрос от { $date }
full-admin-grant = Назначить полным администратором
full-admin-decline = Отклонить
full-admin-granted = { $name } теперь полный администратор.
full-admin-declined = Запрос { $name } отклонен.
