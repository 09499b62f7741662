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
code-email_missing = Введите адрес электронной почты.
code-email_invalid = Недопустимый адрес электронной почты.
code-email_duplicate_in_file = Этот адрес электронной почты встречается в файле несколько раз.
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
code-workspace_name_empty = Введите название рабочего пространства.
code-workspace_name_too_long = Название рабочего пространства может содержать не более 30 символов.
code-workspace_name_forbidden_character = Название рабочего пространства не может содержать символы % # < > , \ или ".
code-workspace_device_limit = В это рабочее пространство нельзя добавить больше устройств.
code-activation_not_pending = Новый код активации можно создать, только пока устройство ожидает активации.
code-activation_code_unknown = Такой код активации не существует.
code-activation_code_expired = Срок действия этого кода активации истек. Создайте новый код.
code-activation_code_used = Этот код активации уже использован.
code-activation_code_superseded = Этот код активации заменен более новым.
code-too_many_users = За один раз можно добавить не более 25 пользователей.
