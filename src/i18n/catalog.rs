//! The strings. To add one: a key with `en`, `de` and `uk` (and the same
//! `{placeholders}` in each); the compiler then finds every `match` to extend.
//! German uses the "Sie" form, „…“ quotes; Ukrainian «…» quotes and the
//! apostrophe ’. Trade terms follow docs/glossary.md (tests/glossary.rs).

use super::Lang;

catalog! {
    // ---- page frame (app/mod.rs, app/lang.rs, app/tabs.rs)
    Fatal {
        en: "Something went wrong inside headerscope and the page stopped. Your message and settings are saved in this browser: reload the page to continue. (Details are in the browser console.)",
        de: "In headerscope ist ein Fehler aufgetreten, und die Seite wurde angehalten. Ihre Nachricht und Ihre Einstellungen sind in diesem Browser gespeichert: Laden Sie die Seite neu, um fortzufahren. (Details stehen in der Browser-Konsole.)",
        uk: "У headerscope сталася помилка, і сторінка зупинилася. Ваш лист і налаштування збережено в цьому браузері: перезавантажте сторінку, щоб продовжити. (Подробиці — у консолі браузера.)",
    }
    Tagline {
        en: "SPF, DKIM, DMARC and ARC for one e-mail, with every step and every DNS query shown.",
        de: "SPF, DKIM, DMARC und ARC für eine E-Mail – mit jedem Schritt und jeder DNS-Abfrage.",
        uk: "SPF, DKIM, DMARC і ARC для одного листа — з кожним кроком і кожним DNS-запитом.",
    }
    Privacy {
        en: "Your message never leaves this browser. Only DNS queries (names such as selector._domainkey.example.org) go to the DNS-over-HTTPS resolver chosen below.",
        de: "Ihre Nachricht verlässt diesen Browser nie. Nur DNS-Abfragen (Namen wie selector._domainkey.example.org) gehen an den unten gewählten DNS-over-HTTPS-Resolver.",
        uk: "Ваш лист ніколи не залишає цей браузер. Лише DNS-запити (імена на кшталт selector._domainkey.example.org) надходять до DNS-over-HTTPS-резолвера, вибраного нижче.",
    }
    Dismiss { en: "Dismiss", de: "Schließen", uk: "Закрити" }
    DismissLabel {
        en: "Dismiss this message",
        de: "Diese Meldung schließen",
        uk: "Закрити це повідомлення",
    }
    Footer {
        en: "headerscope evaluates SPF (RFC 7208), DKIM (RFC 6376), DMARC (RFC 9989 and RFC 7489) and ARC (RFC 8617) in your browser.",
        de: "headerscope prüft SPF (RFC 7208), DKIM (RFC 6376), DMARC (RFC 9989 und RFC 7489) und ARC (RFC 8617) in Ihrem Browser.",
        uk: "headerscope перевіряє SPF (RFC 7208), DKIM (RFC 6376), DMARC (RFC 9989 і RFC 7489) і ARC (RFC 8617) у вашому браузері.",
    }
    Language { en: "Language", de: "Sprache", uk: "Мова" }
    PageTitle {
        en: "headerscope: mail authentication inspector",
        de: "headerscope: Prüfung der E-Mail-Authentifizierung",
        uk: "headerscope: перевірка автентифікації пошти",
    }
    TabsLabel { en: "What to do", de: "Was möchten Sie tun?", uk: "Що зробити" }
    TabInspect { en: "Inspect a message", de: "Nachricht prüfen", uk: "Перевірити лист" }
    TabTools { en: "Domain tools", de: "Domain-Werkzeuge", uk: "Інструменти домену" }
    ToolsLoading {
        en: "Loading the Domain tools…",
        de: "Die Domain-Werkzeuge werden geladen …",
        uk: "Завантаження інструментів домену…",
    }
    ToolsLoadFailed {
        en: "The Domain tools could not be loaded ({error}). The inspector keeps working; try again when the connection is back.",
        de: "Die Domain-Werkzeuge konnten nicht geladen werden ({error}). Die Prüfung von Nachrichten funktioniert weiter; versuchen Sie es erneut, wenn die Verbindung wieder steht.",
        uk: "Не вдалося завантажити інструменти домену ({error}). Перевірка листів і далі працює; спробуйте ще раз, коли з’єднання відновиться.",
    }
    ToolsRetry { en: "Try again", de: "Erneut versuchen", uk: "Спробувати ще раз" }
    LangPackFailed {
        en: "The texts in {language} could not be loaded ({error}), so the page is shown in English. Everything else works; reload the page to try again.",
        de: "Die Texte auf {language} konnten nicht geladen werden ({error}), daher wird die Seite auf Englisch angezeigt. Alles andere funktioniert; laden Sie die Seite neu, um es erneut zu versuchen.",
        uk: "Не вдалося завантажити тексти мовою {language} ({error}), тому сторінку показано англійською. Усе інше працює; перезавантажте сторінку, щоб спробувати ще раз.",
    }

    // ---- progress and the screen-reader status (app/mod.rs)
    StatusFinished {
        en: "Inspection finished: SPF {spf}, DKIM {dkim}, DMARC {dmarc}.",
        de: "Prüfung abgeschlossen: SPF {spf}, DKIM {dkim}, DMARC {dmarc}.",
        uk: "Перевірку завершено: SPF {spf}, DKIM {dkim}, DMARC {dmarc}.",
    }
    Parsing { en: "Parsing the message…", de: "Nachricht wird gelesen …", uk: "Розбір листа…" }
    DnsProgress {
        en: "DNS lookups: {answered} answered, {in_flight} in flight…",
        de: "DNS-Abfragen: {answered} beantwortet, {in_flight} unterwegs …",
        uk: "DNS-запити: {answered} з відповіддю, {in_flight} в очікуванні…",
    }

    // ---- settings and errors kept in the state (app/state.rs, app/storage.rs)
    ProviderCustom { en: "Custom URL", de: "Eigene URL", uk: "Власна URL-адреса" }
    ProviderOffline {
        en: "Offline records (no network)",
        de: "Offline-Records (kein Netzwerk)",
        uk: "Офлайн-записи (без мережі)",
    }
    ProviderQuad9 {
        en: "Quad9 (RFC 8484 wire format)",
        de: "Quad9 (RFC-8484-Wire-Format)",
        uk: "Quad9 (формат RFC 8484 wire)",
    }
    EndpointOffline {
        en: "Offline records are answered in the browser, not by a DNS-over-HTTPS service.",
        de: "Offline-Records werden im Browser beantwortet, nicht von einem DNS-over-HTTPS-Dienst.",
        uk: "На запити до офлайн-записів відповідає браузер, а не сервіс DNS-over-HTTPS.",
    }
    EndpointCustomEmpty {
        en: "Enter the custom DNS-over-HTTPS URL (for example https://dns.example.net/dns-query), or pick a listed resolver.",
        de: "Geben Sie die eigene DNS-over-HTTPS-URL ein (zum Beispiel https://dns.example.net/dns-query) oder wählen Sie einen der aufgeführten Resolver.",
        uk: "Введіть власну URL-адресу DNS-over-HTTPS (наприклад, https://dns.example.net/dns-query) або виберіть резолвер зі списку.",
    }
    EndpointCustomBad {
        en: "The custom resolver URL '{url}' is not an http:// or https:// address with a host name.",
        de: "Die eigene Resolver-URL „{url}“ ist keine http://- oder https://-Adresse mit Hostnamen.",
        uk: "Власна URL-адреса резолвера «{url}» не є адресою http:// або https:// з іменем хоста.",
    }
    BadIp {
        en: "The connecting IP '{ip}' is not an IPv4 or IPv6 address.",
        de: "Die einliefernde IP „{ip}“ ist keine IPv4- oder IPv6-Adresse.",
        uk: "IP-адреса підключення «{ip}» не є адресою IPv4 чи IPv6.",
    }
    SaveRawFailed {
        en: "The message could not be saved in this browser ({error}); it is still here, but a reload would lose it.",
        de: "Die Nachricht konnte in diesem Browser nicht gespeichert werden ({error}); sie ist noch da, aber ein Neuladen würde sie verlieren.",
        uk: "Не вдалося зберегти лист у цьому браузері ({error}); він ще тут, але після перезавантаження зникне.",
    }
    StorageNone {
        en: "this browser allows no local storage",
        de: "dieser Browser erlaubt keinen lokalen Speicher",
        uk: "цей браузер не дозволяє локального сховища",
    }
    StorageQuota {
        en: "the browser's storage quota is full",
        de: "das Speicherkontingent des Browsers ist voll",
        uk: "квоту сховища браузера вичерпано",
    }
    CannotInspect {
        en: "This message cannot be inspected: {error}.",
        de: "Diese Nachricht kann nicht geprüft werden: {error}.",
        uk: "Цей лист неможливо перевірити: {error}.",
    }

    TooLargeToSave {
        en: "This message ({size} MB) is too large to keep in the browser's storage (about 5 MB): it stays on this page and can be inspected, but a reload would lose it.",
        de: "Diese Nachricht ({size} MB) ist zu groß für den Speicher des Browsers (etwa 5 MB): Die Nachricht bleibt auf dieser Seite und kann geprüft werden, aber ein Neuladen würde sie verlieren.",
        uk: "Цей лист ({size} МБ) завеликий для сховища браузера (близько 5 МБ): він залишається на цій сторінці й може бути перевірений, але після перезавантаження зникне.",
    }

    // ---- running an inspection (app/run.rs, app/mod.rs)
    OfflineRecordsBad {
        en: "The offline records cannot be read: {error}.",
        de: "Die Offline-Records können nicht gelesen werden: {error}.",
        uk: "Не вдається прочитати офлайн-записи: {error}.",
    }
    InternalError {
        en: "The inspection stopped on an internal error ({error}). This is a bug in headerscope; the page keeps working and your message is kept. Details are in the browser console.",
        de: "Die Prüfung wurde durch einen internen Fehler abgebrochen ({error}). Das ist ein Fehler in headerscope; die Seite funktioniert weiter und Ihre Nachricht bleibt erhalten. Details stehen in der Browser-Konsole.",
        uk: "Перевірку зупинила внутрішня помилка ({error}). Це вада headerscope; сторінка працює далі, а ваш лист збережено. Подробиці — у консолі браузера.",
    }
    Cancel { en: "Cancel", de: "Abbrechen", uk: "Скасувати" }
    Cancelling {
        en: "Cancelling: the pending lookups are being stopped…",
        de: "Wird abgebrochen: Die offenen Abfragen werden beendet …",
        uk: "Скасування: незавершені запити зупиняються…",
    }

    // ---- input (app/inspect.rs, app/settings.rs)
    LargeNote {
        en: "This message is {size} MB: the box shows its header section only, so the page stays responsive. The whole message is inspected.",
        de: "Diese Nachricht ist {size} MB groß: Das Feld zeigt nur den Header-Bereich, damit die Seite flüssig bleibt. Geprüft wird die ganze Nachricht.",
        uk: "Цей лист має {size} МБ: у полі показано лише заголовки, щоб сторінка не гальмувала. Перевіряється весь лист.",
    }
    ShowWhole {
        en: "Show and edit the whole text (slow)",
        de: "Ganzen Text anzeigen und bearbeiten (langsam)",
        uk: "Показати й редагувати весь текст (повільно)",
    }
    ClearMessage { en: "Clear", de: "Leeren", uk: "Очистити" }
    LargePreview {
        en: "[… the body, {size} MB, is not shown here, but it is inspected …]",
        de: "[… der Body ({size} MB) wird hier nicht angezeigt, aber geprüft …]",
        uk: "[… тіло листа ({size} МБ) тут не показано, але воно перевіряється …]",
    }
    FileTooLarge {
        en: "'{name}' is {size} MB: too large for a message (the limit is 25 MB).",
        de: "„{name}“ ist {size} MB groß: zu groß für eine Nachricht (die Grenze liegt bei 25 MB).",
        uk: "«{name}» має {size} МБ: це завеликий розмір для листа (межа — 25 МБ).",
    }
    FileUnreadable {
        en: "'{name}' could not be read by the browser.",
        de: "„{name}“ konnte vom Browser nicht gelesen werden.",
        uk: "Браузер не зміг прочитати «{name}».",
    }
    MessageForm { en: "Message to inspect", de: "Zu prüfende Nachricht", uk: "Лист для перевірки" }
    RawMessage { en: "Raw message", de: "Rohe Nachricht", uk: "Вихідний текст листа" }
    MessageHint {
        en: "Paste the whole message, headers first (in most mail programs: \"Show original\" or \"View source\"), or drop an .eml file here. Ctrl+Enter inspects.",
        de: "Fügen Sie die ganze Nachricht ein, Header zuerst (in den meisten Mailprogrammen: „Original anzeigen“ oder „Quelltext anzeigen“), oder ziehen Sie eine .eml-Datei hierher. Strg+Enter startet die Prüfung.",
        uk: "Вставте весь лист, починаючи із заголовків (у більшості поштових програм: «Показати оригінал» або «Переглянути джерело»), або перетягніть сюди файл .eml. Ctrl+Enter запускає перевірку.",
    }
    FileNote {
        en: "{name}: not UTF-8 text, so its exact bytes are inspected; editing the text replaces them.",
        de: "{name}: kein UTF-8-Text, daher werden die Bytes genau so geprüft; wenn Sie den Text bearbeiten, ersetzt er sie.",
        uk: "{name}: це не текст UTF-8, тому перевіряються саме його байти; редагування тексту замінить їх.",
    }
    // ---- what was unwrapped (app/unwrap.rs, cli/text.rs; issue 17)
    ProviderNoDns {
        en: "No DNS (headers only)",
        de: "Kein DNS (nur Header)",
        uk: "Без DNS (лише заголовки)",
    }
    NoDnsHint {
        en: "Nothing is looked up: the hops, the trust boundary, the receivers' verdicts and the antispam headers are read from the message; SPF, DKIM keys, DMARC, reverse DNS and blocklists say \"not checked: no DNS\".",
        de: "Es wird nichts abgefragt: die Hops, die Vertrauensgrenze, die Urteile der Empfänger und die Antispam-Header werden aus der Nachricht gelesen; SPF, DKIM-Schlüssel, DMARC, Reverse-DNS und Blocklisten zeigen „nicht geprüft: kein DNS“.",
        uk: "Нічого не запитується: хопи, межа довіри, вердикти одержувачів і антиспам-заголовки читаються з листа; SPF, ключі DKIM, DMARC, зворотний DNS і списки блокування показують «не перевірено: немає DNS».",
    }
    OpenMessageFile {
        en: "Open an .eml or .msg file…",
        de: "Eine .eml- oder .msg-Datei öffnen …",
        uk: "Відкрити файл .eml або .msg…",
    }
    MsgFileNote {
        en: "{name}: an Outlook .msg file; its transport headers are inspected.",
        de: "{name}: eine Outlook-.msg-Datei; ihre Transport-Header werden geprüft.",
        uk: "{name}: файл Outlook .msg; перевіряються його транспортні заголовки.",
    }
    UnwrapTitle { en: "What was unwrapped", de: "Was ausgepackt wurde", uk: "Що розпаковано" }
    WrapperOutlookMsg { en: "Outlook .msg file", de: "Outlook-.msg-Datei", uk: "Файл Outlook .msg" }
    WrapperMboxFromLine { en: "mbox \"From \" line", de: "mbox-Zeile „From “", uk: "Рядок mbox «From »" }
    WrapperForward {
        en: "message forwarded as an attachment",
        de: "als Anhang weitergeleitete Nachricht",
        uk: "лист, пересланий як вкладення",
    }
    WrapperBounce {
        en: "bounce (delivery status notification)",
        de: "Unzustellbarkeitsnachricht (Zustellstatusbenachrichtigung)",
        uk: "повідомлення про недоставку (сповіщення про стан доставки)",
    }
    WrapperFeedbackReport {
        en: "abuse/feedback report (ARF)",
        de: "Missbrauchs-/Feedback-Report (ARF)",
        uk: "звіт про зловживання/відгук (ARF)",
    }
    WrapperHeadersOnly { en: "headers only, no body", de: "nur Header, kein Body", uk: "лише заголовки, без тіла" }
    UnwrapFound { en: "Found: {kinds}", de: "Gefunden: {kinds}", uk: "Знайдено: {kinds}" }
    UnwrapInnerInspected {
        en: "The message inside is inspected below.",
        de: "Unten wird die Nachricht darin geprüft.",
        uk: "Нижче перевірено лист усередині.",
    }
    UnwrapOuterInspected {
        en: "The outer message itself is inspected below.",
        de: "Unten wird die äußere Nachricht selbst geprüft.",
        uk: "Нижче перевірено сам зовнішній лист.",
    }
    InspectOuter {
        en: "Inspect the outer message instead",
        de: "Stattdessen die äußere Nachricht prüfen",
        uk: "Натомість перевірити зовнішній лист",
    }
    InspectInner {
        en: "Inspect the message inside",
        de: "Die Nachricht darin prüfen",
        uk: "Перевірити лист усередині",
    }
    OuterMessage {
        en: "Outer message: {from} — {subject}",
        de: "Äußere Nachricht: {from} — {subject}",
        uk: "Зовнішній лист: {from} — {subject}",
    }
    BounceTitle {
        en: "Bounce: what happened to each recipient",
        de: "Unzustellbarkeit: was mit jedem Empfänger geschah",
        uk: "Недоставка: що сталося з кожним одержувачем",
    }
    BounceReportedBy { en: "Reported by {mta}", de: "Gemeldet von {mta}", uk: "Повідомив {mta}" }
    ColRecipient { en: "Recipient", de: "Empfänger", uk: "Отримувач" }
    ColAction { en: "Action", de: "Aktion", uk: "Дія" }
    ColExplanation { en: "What it means", de: "Was es bedeutet", uk: "Що це означає" }
    RemoteMta { en: "Remote MTA", de: "Entfernter MTA", uk: "Віддалений MTA" }
    ServerSaid { en: "The server said", de: "Der Server sagte", uk: "Сервер відповів" }
    WhatToFix { en: "What to fix", de: "Was zu beheben ist", uk: "Що виправити" }
    RecipientsLeftOut {
        en: "{n} more recipients not read",
        de: "{n} weitere Empfänger nicht gelesen",
        uk: "Ще {n} одержувачів не прочитано",
    }
    FeedbackTitle { en: "Abuse/feedback report", de: "Missbrauchs-/Feedback-Report", uk: "Звіт про зловживання/відгук" }
    FeedbackType { en: "Feedback type", de: "Feedback-Typ", uk: "Тип відгуку" }
    MsgSubject { en: "Subject in the .msg", de: "Betreff in der .msg-Datei", uk: "Тема у файлі .msg" }
    MsgBodyChars {
        en: "Body as Outlook kept it: {n} characters",
        de: "Body, wie Outlook ihn aufbewahrt: {n} Zeichen",
        uk: "Тіло, як його зберіг Outlook: символів — {n}",
    }
    CliUnwrapped { en: "Unwrapped: {kinds}", de: "Ausgepackt: {kinds}", uk: "Розпаковано: {kinds}" }
    CliOuterHint {
        en: "(--outer inspects the wrapper itself)",
        de: "(--outer prüft die äußere Nachricht selbst)",
        uk: "(--outer перевіряє саму обгортку)",
    }
    SmtpIdentities { en: "SMTP identities", de: "SMTP-Identitäten", uk: "SMTP-ідентичності" }
    IdentitiesHint {
        en: "Inferred from the Received chain and Return-Path. Change one and inspect again to see what the verdicts would be.",
        de: "Aus der Received-Kette und dem Return-Path abgeleitet. Ändern Sie einen Wert und prüfen Sie erneut, um zu sehen, wie die Ergebnisse dann ausfielen.",
        uk: "Визначено з ланцюжка Received і Return-Path. Змініть значення й перевірте ще раз, щоб побачити, якими були б вердикти.",
    }
    ConnectingIp { en: "Connecting IP", de: "Einliefernde IP", uk: "IP-адреса підключення" }
    HeloName { en: "HELO / EHLO name", de: "HELO-/EHLO-Name", uk: "Ім’я HELO / EHLO" }
    SrcEmpty {
        en: "empty: the headers decide",
        de: "leer: die Header entscheiden",
        uk: "порожньо: вирішують заголовки",
    }
    SrcFrom { en: "from {source}", de: "aus: {source}", uk: "джерело: {source}" }
    SrcOverride {
        en: "your value: overrides the headers",
        de: "Ihr Wert: ersetzt die Angaben der Header",
        uk: "ваше значення: замінює дані заголовків",
    }
    UseHeaderValues {
        en: "Use the headers' values",
        de: "Werte aus den Headern übernehmen",
        uk: "Узяти значення із заголовків",
    }
    Inspect { en: "Inspect", de: "Prüfen", uk: "Перевірити" }
    Inspecting { en: "Inspecting…", de: "Wird geprüft …", uk: "Перевірка…" }
    DnsResolver { en: "DNS resolver", de: "DNS-Resolver", uk: "DNS-резолвер" }
    DohService { en: "DNS-over-HTTPS service", de: "DNS-over-HTTPS-Dienst", uk: "Сервіс DNS-over-HTTPS" }
    CustomUrlHint {
        en: "The page's Content-Security-Policy lets it reach only the listed services: for another resolver, whoever hosts headerscope adds its origin to connect-src (see docs/hosting.md). Otherwise every query fails.",
        de: "Die Content-Security-Policy der Seite erlaubt nur die aufgeführten Dienste: Für einen anderen Resolver muss, wer headerscope betreibt, dessen Origin zu connect-src hinzufügen (siehe docs/hosting.md). Sonst schlägt jede Abfrage fehl.",
        uk: "Content-Security-Policy сторінки дозволяє звертатися лише до сервісів зі списку: для іншого резолвера той, хто розміщує headerscope, має додати його origin до connect-src (див. docs/hosting.md). Інакше кожен запит завершиться помилкою.",
    }
    Format { en: "Format", de: "Format", uk: "Формат" }
    OfflineRecordsLabel {
        en: "DNS records (zone-file syntax)",
        de: "DNS-Records (Syntax einer Zonendatei)",
        uk: "DNS-записи (синтаксис файлу зони)",
    }
    OfflineRecordsHint {
        en: "BIND master-file lines ($ORIGIN, $TTL, TXT, A, AAAA, MX, PTR, CNAME...), as dig or a zone file shows them. Every lookup is answered from these records only: names not in them do not exist. Nothing is sent over the network; the results are marked \"offline records\".",
        de: "Zeilen im BIND-Master-File-Format ($ORIGIN, $TTL, TXT, A, AAAA, MX, PTR, CNAME …), wie dig oder eine Zonendatei sie zeigt. Jede Abfrage wird nur aus diesen Records beantwortet: Namen, die darin fehlen, existieren nicht. Nichts wird über das Netzwerk gesendet; die Ergebnisse sind als „Offline-Records“ gekennzeichnet.",
        uk: "Рядки у форматі BIND master file ($ORIGIN, $TTL, TXT, A, AAAA, MX, PTR, CNAME…), як їх показує dig або файл зони. На кожен запит відповідають лише ці записи: імен, яких у них немає, не існує. Нічого не надсилається мережею; результати позначено як «офлайн-записи».",
    }

    // ---- samples (app/samples.rs)
    TrySample { en: "Try a sample", de: "Beispiel ausprobieren", uk: "Спробуйте приклад" }
    SampleAria {
        en: "Try the {label} sample: {about}",
        de: "Beispiel „{label}“ ausprobieren: {about}",
        uk: "Спробувати приклад «{label}»: {about}",
    }
    SampleNote {
        en: "Sample \u{201c}{label}\u{201d} loaded. Its DNS answers are simulated: they come from records shipped with headerscope, and nothing is sent over the network. ",
        de: "Beispiel „{label}“ geladen. Seine DNS-Antworten sind simuliert: Die Antworten stammen aus Records, die headerscope mitbringt, und nichts wird über das Netzwerk gesendet. ",
        uk: "Приклад «{label}» завантажено. Його DNS-відповіді змодельовано: вони беруться із записів, що постачаються з headerscope, і нічого не надсилається мережею. ",
    }
    SamplePassLabel { en: "Pass", de: "pass", uk: "pass" }
    SamplePassAbout {
        en: "A message from example.com's own server, signed: SPF, DKIM and DMARC pass.",
        de: "Eine signierte Nachricht vom eigenen Server von example.com: SPF, DKIM und DMARC ergeben pass.",
        uk: "Підписаний лист із власного сервера example.com: SPF, DKIM і DMARC дають pass.",
    }
    SampleSoftfailLabel { en: "Softfail", de: "softfail", uk: "softfail" }
    SampleSoftfailAbout {
        en: "A newsletter sent through a mailing service that is not in the shop's SPF record (~all) and signs with its own domain: DMARC fails.",
        de: "Ein Newsletter, verschickt über einen Versanddienst, der nicht im SPF-Record des Shops steht (~all) und mit seiner eigenen Domain signiert: DMARC ergibt fail.",
        uk: "Розсилка, надіслана через поштовий сервіс, якого немає в SPF-записі магазину (~all) і який підписує листи власним доменом: DMARC дає fail.",
    }
    SampleForwardedLabel { en: "Forwarded", de: "Weitergeleitet", uk: "Пересланий" }
    SampleForwardedAbout {
        en: "A signed message forwarded by another domain: SPF no longer matches, the DKIM signature survives, ARC records the forwarder's view.",
        de: "Eine signierte Nachricht, von einer anderen Domain weitergeleitet: SPF passt nicht mehr, die DKIM-Signatur bleibt gültig, ARC hält die Sicht des Weiterleitenden fest.",
        uk: "Підписаний лист, пересланий іншим доменом: SPF більше не збігається, DKIM-підпис зберігається, ARC фіксує погляд того, хто переслав.",
    }
    SampleSpoofedLabel { en: "Spoofed", de: "Gefälscht", uk: "Підроблений" }
    SampleSpoofedAbout {
        en: "Someone else's server claiming to be bank.example, unsigned: SPF fails, DMARC p=reject.",
        de: "Ein fremder Server gibt sich als bank.example aus, ohne Signatur: SPF ergibt fail, DMARC p=reject.",
        uk: "Чужий сервер видає себе за bank.example, без підпису: SPF дає fail, DMARC p=reject.",
    }

    // ---- summary (app/summary.rs)
    SevCritical { en: "critical", de: "kritisch", uk: "критично" }
    SevWarning { en: "warning", de: "Warnung", uk: "попередження" }
    SevInfo { en: "info", de: "Info", uk: "інфо" }
    SevOk { en: "ok", de: "ok", uk: "гаразд" }
    SevError { en: "error", de: "Fehler", uk: "помилка" }
    ShowStep { en: "show the step", de: "Schritt zeigen", uk: "показати крок" }
    Summary { en: "Summary", de: "Zusammenfassung", uk: "Підсумок" }
    // ---- the summary's fold and "what to do" (app/summary.rs, cli/text.rs, export.rs; issue 17)
    SummaryWhatToDo { en: "What to do", de: "Was zu tun ist", uk: "Що зробити" }
    SummaryMore { en: "{n} more", de: "{n} weitere", uk: "Ще {n}" }
    NothingStandsOut {
        en: "Nothing stands out: no check failed and no header points at a problem.",
        de: "Nichts Auffälliges: Keine Prüfung ist fehlgeschlagen, und kein Header deutet auf ein Problem hin.",
        uk: "Нічого особливого: жодна перевірка не провалилася, і жоден заголовок не вказує на проблему.",
    }
    SummaryExportHint {
        en: "For a helpdesk ticket: \"{button}\" below copies this summary with the verdicts and the hop table.",
        de: "Für ein Helpdesk-Ticket: „{button}“ unten kopiert diese Zusammenfassung mit den Ergebnissen und der Hop-Tabelle.",
        uk: "Для заявки в службу підтримки: кнопка «{button}» нижче копіює цей підсумок разом із вердиктами й таблицею хопів.",
    }

    // ---- verdict cards (app/cards.rs)
    Verdicts { en: "Verdicts", de: "Ergebnisse", uk: "Вердикти" }
    OpenCardHint {
        en: "Open a card to see every step of its evaluation.",
        de: "Öffnen Sie eine Karte, um jeden Schritt ihrer Auswertung zu sehen.",
        uk: "Відкрийте картку, щоб побачити кожен крок оцінювання.",
    }
    Yes { en: "yes", de: "ja", uk: "так" }
    No { en: "no", de: "nein", uk: "ні" }
    Unknown { en: "unknown", de: "unbekannt", uk: "невідомо" }
    // An external report destination whose authorization lookup failed.
    CannotTellDnsFailed {
        en: "cannot tell: the DNS lookup failed",
        de: "unklar: die DNS-Abfrage ist fehlgeschlagen",
        uk: "невідомо: DNS-запит не вдався",
    }
    ForDomain { en: "for {domain}", de: "für {domain}", uk: "для {domain}" }
    DomainChecked { en: "Domain checked", de: "Geprüfte Domain", uk: "Перевірений домен" }
    DnsLookups { en: "DNS lookups", de: "DNS-Abfragen", uk: "DNS-запити" }
    LookupsValue {
        en: "{lookups} (limit 10), void {void} (limit 2)",
        de: "{lookups} (Grenze 10), Void-Lookups {void} (Grenze 2)",
        uk: "{lookups} (межа 10), порожніх {void} (межа 2)",
    }
    HeloResult { en: "HELO result", de: "HELO-Ergebnis", uk: "Результат HELO" }
    MailFromTrace { en: "MAIL FROM trace", de: "MAIL-FROM-Ablauf", uk: "Хід перевірки MAIL FROM" }
    HeloTrace { en: "HELO trace", de: "HELO-Ablauf", uk: "Хід перевірки HELO" }
    SigningDomain { en: "Signing domain (d=)", de: "Signierende Domain (d=)", uk: "Домен підпису (d=)" }
    SelectorS { en: "Selector (s=)", de: "Selector (s=)", uk: "Селектор (s=)" }
    Algorithm { en: "Algorithm", de: "Algorithmus", uk: "Алгоритм" }
    HeaderSigValid {
        en: "Header signature valid",
        de: "Header-Signatur gültig",
        uk: "Підпис заголовків дійсний",
    }
    BodyHashMatches { en: "Body hash matches", de: "Body-Hash stimmt", uk: "Хеш тіла збігається" }
    NoDkimText {
        en: "The message has no DKIM-Signature header, so there is nothing to verify. DMARC can then pass only through an aligned SPF pass.",
        de: "Die Nachricht hat keinen DKIM-Signature-Header, es gibt also nichts zu verifizieren. DMARC kann dann nur über ein SPF-pass mit Alignment bestehen.",
        uk: "Лист не має заголовка DKIM-Signature, тож перевіряти нічого. Тоді DMARC може дати pass лише через вирівняний SPF pass.",
    }
    NoSignature { en: "no signature", de: "keine Signatur", uk: "немає підпису" }
    Valid { en: "valid", de: "gültig", uk: "дійсний" }
    Invalid { en: "invalid", de: "ungültig", uk: "недійсний" }
    NotChecked { en: "not checked", de: "nicht geprüft", uk: "не перевірено" }
    NoArc { en: "The message has no ARC headers.", de: "Die Nachricht hat keine ARC-Header.", uk: "Лист не має заголовків ARC." }
    FailingInstance { en: "Failing instance", de: "Fehlgeschlagene Instanz", uk: "Екземпляр, що не пройшов перевірку" }
    OldestValidAms {
        en: "Oldest valid message signature",
        de: "Älteste gültige Nachrichtensignatur",
        uk: "Найстаріший дійсний підпис листа",
    }
    ArcSets { en: "ARC sets", de: "ARC-Sets", uk: "Набори ARC" }
    Sealer { en: "Sealer (d=, s=)", de: "Sealer (d=, s=)", uk: "Автор печатки (d=, s=)" }
    BodyHash { en: "Body hash", de: "Body-Hash", uk: "Хеш тіла" }
    Matches { en: "matches", de: "stimmt", uk: "збігається" }
    Changed { en: "changed", de: "geändert", uk: "змінено" }
    ArcAar {
        en: "What each intermediary said (ARC-Authentication-Results)",
        de: "Was jeder Zwischenserver meldete (ARC-Authentication-Results)",
        uk: "Що повідомив кожен проміжний сервер (ARC-Authentication-Results)",
    }
    Steps { en: "Steps", de: "Schritte", uk: "Кроки" }
    RulesSteps { en: "{rules} steps", de: "Schritte nach {rules}", uk: "Кроки за {rules}" }
    Policy { en: "Policy", de: "Policy", uk: "Політика" }
    NonePublished { en: "none published", de: "keine veröffentlicht", uk: "не опубліковано" }
    Disposition { en: "Disposition", de: "Behandlung", uk: "Дія" }
    FromDomain { en: "From domain", de: "From-Domain", uk: "Домен From" }
    RecordDomain { en: "Record domain", de: "Domain des Records", uk: "Домен запису" }
    OrgDomain { en: "Organizational domain", de: "Organisationsdomain", uk: "Організаційний домен" }
    SpfAligned { en: "SPF aligned", de: "SPF aligned", uk: "SPF вирівняний" }
    DkimAligned { en: "DKIM aligned", de: "DKIM aligned", uk: "DKIM вирівняний" }
    RecordAt { en: "record at _dmarc.{domain}", de: "Record unter _dmarc.{domain}", uk: "запис у _dmarc.{domain}" }
    RulesDisagree {
        en: "The two rule sets disagree:",
        de: "Die beiden Regelwerke kommen zu verschiedenen Ergebnissen:",
        uk: "Два набори правил не збігаються:",
    }
    ExternalDestinations {
        en: "External report destinations",
        de: "Externe Report-Empfänger",
        uk: "Зовнішні адресати звітів",
    }
    DmarcDestinationsAria {
        en: "DMARC report destinations",
        de: "Empfänger der DMARC-Reports",
        uk: "Адресати звітів DMARC",
    }
    Destination { en: "Destination", de: "Report-Empfänger", uk: "Адресат" }
    AuthorizationRecord { en: "Authorization record", de: "Autorisierungs-Record", uk: "Запис авторизації" }
    Authorized { en: "Authorized", de: "Autorisiert", uk: "Авторизовано" }
    NoIprev {
        en: "No connecting IP is known, so reverse DNS was not checked.",
        de: "Keine einliefernde IP bekannt, daher wurde Reverse DNS nicht geprüft.",
        uk: "IP-адреса підключення невідома, тому зворотний DNS не перевірявся.",
    }
    IpIsName { en: "{ip} is {name}", de: "{ip} ist {name}", uk: "{ip} — це {name}" }
    IpNoName {
        en: "{ip} has no confirmed name",
        de: "{ip} hat keinen bestätigten Namen",
        uk: "{ip} не має підтвердженого імені",
    }
    HeloResolves { en: "resolves", de: "wird aufgelöst", uk: "розв’язується" }
    HeloNotResolves {
        en: "does not resolve (no A, AAAA or MX)",
        de: "wird nicht aufgelöst (kein A, AAAA oder MX)",
        uk: "не розв’язується (немає A, AAAA чи MX)",
    }
    HeloMatchesClient { en: ", matches the client", de: ", passt zum Client", uk: ", збігається з клієнтом" }
    HeloNotMatchesClient {
        en: ", does not match the client",
        de: ", passt nicht zum Client",
        uk: ", не збігається з клієнтом",
    }
    ClientIp { en: "Client IP", de: "Client-IP", uk: "IP клієнта" }
    ConfirmedName { en: "Confirmed name", de: "Bestätigter Name", uk: "Підтверджене ім’я" }
    HeloCheck { en: "HELO check", de: "HELO-Prüfung", uk: "Перевірка HELO" }
    Confirmed { en: "confirmed", de: "bestätigt", uk: "підтверджено" }
    NotConfirmed { en: "not confirmed", de: "nicht bestätigt", uk: "не підтверджено" }
    ReverseDns { en: "Reverse DNS (iprev)", de: "Reverse DNS (iprev)", uk: "Зворотний DNS (iprev)" }
    NullSender { en: "<> (null sender)", de: "<> (leerer Absender)", uk: "<> (порожній відправник)" }

    // ---- hop table (app/hops.rs)
    Private { en: "private", de: "privat", uk: "приватна" }
    PrivateTitle {
        en: "loopback, private, link-local or shared (CGNAT) address",
        de: "Loopback-, private, Link-Local- oder geteilte (CGNAT-)Adresse",
        uk: "адреса loopback, приватна, link-local або спільна (CGNAT)",
    }
    SkewTitle {
        en: "negative delay: one of the two clocks is wrong",
        de: "negative Verzögerung: Eine der beiden Uhren geht falsch",
        uk: "від’ємна затримка: один із двох годинників показує неправильно",
    }
    ClockSkew { en: "{delay} (clock skew)", de: "{delay} (Uhrzeitabweichung)", uk: "{delay} (розбіжність годинників)" }
    Authenticated { en: "authenticated", de: "authentifiziert", uk: "автентифіковано" }
    TrustBoundary { en: "trust boundary", de: "Vertrauensgrenze", uk: "межа довіри" }
    // Begins with MoveBoundary, the button's visible text, so that speech
    // input ("click Move the boundary here") finds the button by what it shows.
    MoveBoundaryAria {
        en: "Move the boundary here: hop {hop}",
        de: "Grenze hierher verschieben: Hop {hop}",
        uk: "Перемістити межу сюди: хоп {hop}",
    }
    MoveBoundary { en: "Move the boundary here", de: "Grenze hierher verschieben", uk: "Перемістити межу сюди" }
    NoReceived {
        en: "The message has no Received headers.",
        de: "Die Nachricht hat keine Received-Header.",
        uk: "Лист не має заголовків Received.",
    }
    HopsHint {
        en: "Oldest hop first. Hops below the trust boundary were written by servers outside the receiving organization and can be forged by the sender. ",
        de: "Ältester Hop zuerst. Hops unterhalb der Vertrauensgrenze stammen von Servern außerhalb der empfangenden Organisation und können vom Absender gefälscht sein. ",
        uk: "Найстаріший хоп першим. Хопи нижче межі довіри записали сервери поза організацією-одержувачем, і відправник може їх підробити. ",
    }
    BoundarySource { en: "Boundary: {source}.", de: "Grenze: {source}.", uk: "Межа: {source}." }
    TotalDelay { en: " Total delay: {delay}.", de: " Gesamtverzögerung: {delay}.", uk: " Загальна затримка: {delay}." }
    BackToAutoBoundary {
        en: "Back to the automatic boundary",
        de: "Zurück zur automatischen Grenze",
        uk: "Повернути автоматичну межу",
    }
    ReceivedChain { en: "Received chain", de: "Received-Kette", uk: "Ланцюжок Received" }
    ColHop { en: "Hop", de: "Hop", uk: "Хоп" }
    ColFrom { en: "From", de: "Von", uk: "Від" }
    ColBy { en: "By", de: "Durch", uk: "Ким" }
    ColWith { en: "With", de: "Mit", uk: "Протокол" }
    ColDelay { en: "Delay", de: "Verzögerung", uk: "Затримка" }
    ColDate { en: "Date", de: "Datum", uk: "Дата" }
    ColBoundary { en: "Boundary", de: "Grenze", uk: "Межа" }
    DurS { en: "{s} s", de: "{s} s", uk: "{s} с" }
    DurMinS { en: "{m} min {s} s", de: "{m} min {s} s", uk: "{m} хв {s} с" }
    DurHMin { en: "{h} h {m} min", de: "{h} h {m} min", uk: "{h} год {m} хв" }
    DurDH { en: "{d} d {h} h", de: "{d} T {h} h", uk: "{d} д {h} год" }

    // ---- what the receiver said (app/receiver.rs)
    Agrees { en: "agrees", de: "stimmt überein", uk: "збігається" }
    Differs { en: "differs", de: "weicht ab", uk: "відрізняється" }
    NotCompared { en: "not compared", de: "nicht verglichen", uk: "не порівнювалося" }
    NoneParen { en: "(none)", de: "(keine)", uk: "(немає)" }
    // One such table per Authentication-Results header: the header's title
    // tells the regions apart.
    TheirVerdictsAria {
        en: "{header}: their verdicts beside ours",
        de: "{header}: deren Ergebnisse neben unseren",
        uk: "{header}: їхні вердикти поряд із нашими",
    }
    ColMatch { en: "Match", de: "Übereinstimmung", uk: "Збіг" }
    ColMethod { en: "Method", de: "Methode", uk: "Метод" }
    TheySaid { en: "They said", de: "Deren Ergebnis", uk: "Їхній вердикт" }
    WeSay { en: "We say", de: "Unser Ergebnis", uk: "Наш вердикт" }
    WhyDiffer { en: "Why they may differ", de: "Warum sie abweichen können", uk: "Чому вони можуть відрізнятися" }
    AsWritten { en: "As written", de: "Im Wortlaut", uk: "Як записано" }
    ReceiverSaid { en: "What the receiver said", de: "Was der Empfänger meldete", uk: "Що повідомив одержувач" }
    NoReceiverHeaders {
        en: "The message has no Authentication-Results, ARC-Authentication-Results or Received-SPF header.",
        de: "Die Nachricht hat keinen Authentication-Results-, ARC-Authentication-Results- oder Received-SPF-Header.",
        uk: "Лист не має заголовка Authentication-Results, ARC-Authentication-Results чи Received-SPF.",
    }
    ReceivedSpfBeside {
        en: "Received-SPF beside our SPF result",
        de: "Received-SPF neben unserem SPF-Ergebnis",
        uk: "Received-SPF поряд із нашим результатом SPF",
    }
    ReceivedSpfAria { en: "Received-SPF headers", de: "Received-SPF-Header", uk: "Заголовки Received-SPF" }
    ColIdentity { en: "Identity", de: "Identität", uk: "Ідентичність" }
    ColReceiver { en: "Receiver", de: "Empfänger", uk: "Одержувач" }
    ColNote { en: "Note", de: "Hinweis", uk: "Примітка" }

    // ---- antispam headers (app/antispam.rs)
    Spam { en: "spam", de: "Spam", uk: "спам" }
    NotSpam { en: "not spam", de: "kein Spam", uk: "не спам" }
    ScoreThreshold {
        en: "score {score} (threshold {required})",
        de: "Score {score} (Schwelle {required})",
        uk: "оцінка {score} (поріг {required})",
    }
    Score { en: "score {score}", de: "Score {score}", uk: "оцінка {score}" }
    HeaderFields { en: "{header} fields", de: "Felder von {header}", uk: "Поля {header}" }
    HeaderTests { en: "{header} tests", de: "Tests von {header}", uk: "Тести {header}" }
    ColField { en: "Field", de: "Feld", uk: "Поле" }
    ColValue { en: "Value", de: "Wert", uk: "Значення" }
    ColMeaning { en: "Meaning", de: "Bedeutung", uk: "Пояснення" }
    ColTest { en: "Test / symbol", de: "Test / Symbol", uk: "Тест / символ" }
    ColScore { en: "Score", de: "Score", uk: "Оцінка" }
    ColOptions { en: "Options", de: "Optionen", uk: "Параметри" }
    UnknownField {
        en: "(not a field headerscope knows; shown as written)",
        de: "(ein Feld, das headerscope nicht kennt; im Wortlaut gezeigt)",
        uk: "(поле, якого headerscope не знає; показано як записано)",
    }
    AntispamHeaders { en: "Antispam headers", de: "Antispam-Header", uk: "Антиспам-заголовки" }

    // ---- the sending host (app/host.rs)
    Listed { en: "listed", de: "gelistet", uk: "у списку" }
    NotListed { en: "not listed", de: "nicht gelistet", uk: "немає в списку" }
    SendingHost { en: "The sending host", de: "Der sendende Host", uk: "Хост-відправник" }
    DnsBlocklists { en: "DNS blocklists", de: "DNS-Blocklisten", uk: "Списки блокування DNS" }
    NoBlocklist {
        en: "No blocklist was queried (no public client address).",
        de: "Keine Blockliste abgefragt (keine öffentliche Client-Adresse).",
        uk: "Жоден список блокування не запитувався (немає публічної адреси клієнта).",
    }
    ColZone { en: "Zone", de: "Zone", uk: "Зона" }
    ColStatus { en: "Status", de: "Status", uk: "Статус" }
    ColQuery { en: "Query", de: "Abfrage", uk: "Запит" }

    // ---- DNS log (app/dnslog.rs)
    DnsQueriesCount { en: "DNS queries ({n})", de: "DNS-Abfragen ({n})", uk: "DNS-запити ({n})" }
    NoRecords { en: "(no records)", de: "(keine Records)", uk: "(немає записів)" }
    NoDnsNeeded { en: "No DNS query was needed.", de: "Es war keine DNS-Abfrage nötig.", uk: "DNS-запити не знадобилися." }
    ResolverShared {
        en: "Resolver: {resolver}. \"Shared\" counts repeats answered by the same query.",
        de: "Resolver: {resolver}. „Geteilt“ zählt Wiederholungen, die dieselbe Abfrage beantwortet hat.",
        uk: "Резолвер: {resolver}. «Спільні» — повтори, на які відповів той самий запит.",
    }
    DnsQueryLog { en: "DNS query log", de: "Protokoll der DNS-Abfragen", uk: "Журнал DNS-запитів" }
    ColName { en: "Name", de: "Name", uk: "Ім’я" }
    ColType { en: "Type", de: "Typ", uk: "Тип" }
    ColAnswer { en: "Answer", de: "Antwort", uk: "Відповідь" }
    ColTime { en: "Time", de: "Zeit", uk: "Час" }
    ColShared { en: "Shared", de: "Geteilt", uk: "Спільні" }
    Ms { en: "{ms} ms", de: "{ms} ms", uk: "{ms} мс" }

    // ---- trace steps (app/trace.rs)
    KindParse { en: "parse", de: "Lesen", uk: "розбір" }
    KindMatch { en: "match", de: "Treffer", uk: "збіг" }
    KindNoMatch { en: "no match", de: "kein Treffer", uk: "немає збігу" }
    KindCompute { en: "compute", de: "Berechnung", uk: "обчислення" }
    KindResult { en: "result", de: "Ergebnis", uk: "результат" }
    NoSteps { en: "No steps recorded.", de: "Keine Schritte aufgezeichnet.", uk: "Кроків не записано." }

    // ---- clipboard, evidence and exports (app/clipboard.rs, app/evidence.rs)
    ClipboardUnavailable {
        en: "the clipboard is not available in this page (it needs https or localhost); select the text and copy it by hand",
        de: "die Zwischenablage ist auf dieser Seite nicht verfügbar (sie braucht https oder localhost); markieren Sie den Text und kopieren Sie ihn von Hand",
        uk: "буфер обміну недоступний на цій сторінці (потрібен https або localhost); виділіть текст і скопіюйте його вручну",
    }
    ClipboardRefused {
        en: "the browser refused to write to the clipboard; select the text and copy it by hand",
        de: "der Browser hat das Schreiben in die Zwischenablage verweigert; markieren Sie den Text und kopieren Sie ihn von Hand",
        uk: "браузер не дозволив запис у буфер обміну; виділіть текст і скопіюйте його вручну",
    }
    Copied { en: "Copied to the clipboard.", de: "In die Zwischenablage kopiert.", uk: "Скопійовано в буфер обміну." }
    Copy { en: "Copy", de: "Kopieren", uk: "Копіювати" }
    ImportBundle {
        en: "Import evidence bundle…",
        de: "Beweispaket importieren …",
        uk: "Імпортувати пакет доказів…",
    }
    BundleTooLarge {
        en: "'{name}' is too large to be an evidence bundle.",
        de: "„{name}“ ist zu groß für ein Beweispaket.",
        uk: "«{name}» завеликий для пакета доказів.",
    }
    BundleError { en: "'{name}': {error}.", de: "„{name}“: {error}.", uk: "«{name}»: {error}." }
    BundleDigestOnly {
        en: "the bundle holds only the message's digest (sha256 {digest}); paste that message first, then import the bundle again",
        de: "das Paket enthält nur den Hash der Nachricht (sha256 {digest}); fügen Sie zuerst diese Nachricht ein und importieren Sie das Paket dann erneut",
        uk: "пакет містить лише хеш листа (sha256 {digest}); спершу вставте цей лист, а потім знову імпортуйте пакет",
    }
    BadgeReplayed { en: "replayed from bundle", de: "aus Paket wiederholt", uk: "відтворено з пакета" }
    ReplayNote {
        en: "'{file}', made by headerscope {version} on {date}; DNS answered only from the recorded answers. ",
        de: "„{file}“, erstellt von headerscope {version} am {date}; DNS nur aus den aufgezeichneten Antworten beantwortet. ",
        uk: "«{file}», створено headerscope {version} {date}; DNS відповідав лише записаними відповідями. ",
    }
    ReplayEqual {
        en: "The verdicts, traces and DNS answers are identical to the recorded ones.",
        de: "Ergebnisse, Abläufe und DNS-Antworten sind mit den aufgezeichneten identisch.",
        uk: "Вердикти, хід перевірки й DNS-відповіді ідентичні записаним.",
    }
    ReplayDiffers {
        en: "The verdicts differ from the recorded ones (a different headerscope version?).",
        de: "Die Ergebnisse weichen von den aufgezeichneten ab (eine andere headerscope-Version?).",
        uk: "Вердикти відрізняються від записаних (інша версія headerscope?).",
    }
    BadgeOffline { en: "offline records", de: "Offline-Records", uk: "офлайн-записи" }
    OfflineNote {
        en: "DNS answered by {resolver}; nothing was sent over the network.",
        de: "DNS beantwortet von {resolver}; nichts wurde über das Netzwerk gesendet.",
        uk: "DNS-відповіді надав {resolver}; нічого не надсилалося мережею.",
    }
    BadgeSample { en: "sample: simulated DNS", de: "Beispiel: simuliertes DNS", uk: "приклад: змодельований DNS" }
    SavedWithMessage {
        en: "Saved {name} (with the message).",
        de: "{name} gespeichert (mit der Nachricht).",
        uk: "Збережено {name} (разом із листом).",
    }
    SavedDigestOnly {
        en: "Saved {name} (the message's digest only, not its text).",
        de: "{name} gespeichert (nur der Hash der Nachricht, nicht ihr Text).",
        uk: "Збережено {name} (лише хеш листа, без тексту).",
    }
    DownloadRefused {
        en: "The browser refused the download.",
        de: "Der Browser hat den Download verweigert.",
        uk: "Браузер відхилив завантаження.",
    }
    CopiedAuthres {
        en: "Authentication-Results header copied to the clipboard.",
        de: "Authentication-Results-Header in die Zwischenablage kopiert.",
        uk: "Заголовок Authentication-Results скопійовано в буфер обміну.",
    }
    CopiedMarkdown {
        en: "Markdown summary copied to the clipboard.",
        de: "Markdown-Zusammenfassung in die Zwischenablage kopiert.",
        uk: "Підсумок у Markdown скопійовано в буфер обміну.",
    }
    ManualAuthres {
        en: "The browser did not allow copying: select the Authentication-Results header below and copy it.",
        de: "Der Browser hat das Kopieren nicht erlaubt: Markieren Sie den Authentication-Results-Header unten und kopieren Sie ihn.",
        uk: "Браузер не дозволив копіювання: виділіть заголовок Authentication-Results нижче й скопіюйте його.",
    }
    ManualMarkdown {
        en: "The browser did not allow copying: select the Markdown summary below and copy it.",
        de: "Der Browser hat das Kopieren nicht erlaubt: Markieren Sie die Markdown-Zusammenfassung unten und kopieren Sie sie.",
        uk: "Браузер не дозволив копіювання: виділіть підсумок у Markdown нижче й скопіюйте його.",
    }
    EvidenceExports { en: "Evidence and exports", de: "Beweise und Exporte", uk: "Докази й експорт" }
    IncludeMessage { en: "include message", de: "Nachricht einschließen", uk: "додати лист" }
    ExportEvidence { en: "Export evidence (JSON)", de: "Beweise exportieren (JSON)", uk: "Експортувати докази (JSON)" }
    CopyAuthres {
        en: "Copy Authentication-Results",
        de: "Authentication-Results kopieren",
        uk: "Копіювати Authentication-Results",
    }
    CopyMarkdown { en: "Copy Markdown", de: "Markdown kopieren", uk: "Копіювати Markdown" }
    Print { en: "Print", de: "Drucken", uk: "Друкувати" }
    TextToCopy { en: "Text to copy", de: "Zu kopierender Text", uk: "Текст для копіювання" }
    AuthresWeWouldWrite {
        en: "Authentication-Results we would write",
        de: "Authentication-Results, wie wir ihn schreiben würden",
        uk: "Authentication-Results, який записали б ми",
    }

    // ---- domain tools (app/tools/)
    NoFindings { en: "No findings.", de: "Keine Befunde.", uk: "Зауважень немає." }
    Fix { en: "Fix: ", de: "Korrektur: ", uk: "Виправлення: " }
    ToolsHint {
        en: "Live checks query the DNS-over-HTTPS resolver chosen on the \"{tab}\" tab: {resolver}. Nothing else leaves this browser.",
        de: "Live-Prüfungen fragen den DNS-over-HTTPS-Resolver ab, der im Tab „{tab}“ gewählt ist: {resolver}. Nichts anderes verlässt diesen Browser.",
        uk: "Перевірки наживо звертаються до DNS-over-HTTPS-резолвера, вибраного на вкладці «{tab}»: {resolver}. Більше ніщо не залишає цей браузер.",
    }
    LookingUp { en: "Looking up…", de: "Wird abgefragt …", uk: "Запит…" }
    Domain { en: "Domain", de: "Domain", uk: "Домен" }
    Build { en: "Build", de: "Erstellen", uk: "Створити" }
    Lint { en: "Lint", de: "Prüfen", uk: "Перевірка" }
    Record { en: "Record", de: "Record", uk: "Запис" }
    NoRecord { en: "no record", de: "kein Record", uk: "немає запису" }
    RecordToLint {
        en: "Record to lint (leave empty to fetch the published one)",
        de: "Zu prüfender Record (leer lassen, um den veröffentlichten abzurufen)",
        uk: "Запис для перевірки (залиште порожнім, щоб отримати опублікований)",
    }
    LintThis { en: "Lint this record", de: "Diesen Record prüfen", uk: "Перевірити цей запис" }
    LintPublished {
        en: "Lint the published record",
        de: "Veröffentlichten Record prüfen",
        uk: "Перевірити опублікований запис",
    }
    SpfNodeCounts {
        en: " — lookups here {here}, below and here {total}; void {void}",
        de: " — Abfragen hier {here}, hier und darunter {total}; Void-Lookups {void}",
        uk: " — запитів тут {here}, тут і нижче {total}; порожніх {void}",
    }
    Authorizes { en: "Authorizes: ", de: "Autorisiert: ", uk: "Авторизує: " }
    Subtree {
        en: "Whole subtree: {ip4} IPv4 ranges ({addresses} addresses), {ip6} IPv6 ranges",
        de: "Ganzer Teilbaum: {ip4} IPv4-Bereiche ({addresses} Adressen), {ip6} IPv6-Bereiche",
        uk: "Усе піддерево: діапазонів IPv4 — {ip4} (адрес — {addresses}), діапазонів IPv6 — {ip6}",
    }
    LookupsOf {
        en: "DNS lookups: {n} of {limit}",
        de: "DNS-Abfragen: {n} von {limit}",
        uk: "DNS-запити: {n} з {limit}",
    }
    VoidLookupsOf {
        en: "void lookups: {n} of {limit}",
        de: "Void-Lookups: {n} von {limit}",
        uk: "порожні запити: {n} з {limit}",
    }
    RecordOf { en: "Record of {domain}: ", de: "Record von {domain}: ", uk: "Запис {domain}: " }
    IncludeTree { en: "Include tree", de: "Include-Baum", uk: "Дерево include" }
    SpfEnterDomain {
        en: "Enter the domain whose SPF record to lint.",
        de: "Geben Sie die Domain ein, deren SPF-Record geprüft werden soll.",
        uk: "Введіть домен, SPF-запис якого треба перевірити.",
    }
    SpfRecordTitle { en: "SPF record", de: "SPF-Record", uk: "SPF-запис" }
    SpfMx {
        en: "mx: the domain's mail exchangers send",
        de: "mx: die Mailserver (MX) der Domain senden",
        uk: "mx: надсилають поштові сервери (MX) домену",
    }
    SpfA {
        en: "a: the domain's own address sends",
        de: "a: die eigene Adresse der Domain sendet",
        uk: "a: надсилає власна адреса домену",
    }
    SpfIp4 { en: "ip4 addresses or ranges", de: "ip4-Adressen oder -Bereiche", uk: "Адреси чи діапазони ip4" }
    SpfIp6 { en: "ip6 addresses or ranges", de: "ip6-Adressen oder -Bereiche", uk: "Адреси чи діапазони ip6" }
    SpfIncludes {
        en: "include (services that send for you)",
        de: "include (Dienste, die für Sie senden)",
        uk: "include (сервіси, що надсилають від вашого імені)",
    }
    SpfEveryoneElse { en: "Everyone else", de: "Alle anderen", uk: "Усі інші" }
    SpfAllFail { en: "-all: fail (reject)", de: "-all: fail (abweisen)", uk: "-all: fail (відхилити)" }
    SpfAllSoftfail { en: "~all: softfail (mark)", de: "~all: softfail (markieren)", uk: "~all: softfail (позначити)" }
    SpfAllNeutral { en: "?all: neutral", de: "?all: neutral", uk: "?all: neutral" }
    SpfAllPass {
        en: "+all: pass (allows anyone, never use)",
        de: "+all: pass (erlaubt jeden, niemals verwenden)",
        uk: "+all: pass (дозволяє будь-кому, ніколи не використовуйте)",
    }
    SpfNoAll { en: "no all: use redirect", de: "kein all: redirect verwenden", uk: "без all: використати redirect" }
    SpfRedirect {
        en: "redirect= (use another domain's record)",
        de: "redirect= (Record einer anderen Domain verwenden)",
        uk: "redirect= (використати запис іншого домену)",
    }
    RecordOneLine { en: "Record (one line)", de: "Record (eine Zeile)", uk: "Запис (один рядок)" }
    ForZoneFile {
        en: "For a zone file (strings of at most 255 octets)",
        de: "Für eine Zonendatei (Strings von höchstens 255 Oktetten)",
        uk: "Для файлу зони (рядки не довші за 255 октетів)",
    }
    LintBelow { en: "Lint this record below", de: "Diesen Record unten prüfen", uk: "Перевірити цей запис нижче" }
    KeyBits {
        en: "{type} key, {bits} bits. Publish the TXT record at ",
        de: "{type}-Schlüssel, {bits} Bit. Veröffentlichen Sie den TXT-Record unter ",
        uk: "Ключ {type}, {bits} біт. Опублікуйте TXT-запис у ",
    }
    TxtOneLine { en: "TXT record (one line)", de: "TXT-Record (eine Zeile)", uk: "TXT-запис (один рядок)" }
    BindZoneFile { en: "BIND zone file", de: "BIND-Zonendatei", uk: "Файл зони BIND" }
    PrivPkcs8 {
        en: "Private key, PKCS#8 PEM (OpenDKIM, rspamd, amavis)",
        de: "Privater Schlüssel, PKCS#8 PEM (OpenDKIM, rspamd, amavis)",
        uk: "Приватний ключ, PKCS#8 PEM (OpenDKIM, rspamd, amavis)",
    }
    PrivPkcs1 {
        en: "Private key, PKCS#1 PEM (older tools)",
        de: "Privater Schlüssel, PKCS#1 PEM (ältere Werkzeuge)",
        uk: "Приватний ключ, PKCS#1 PEM (старіші інструменти)",
    }
    PrivateKey { en: "Private key", de: "Privater Schlüssel", uk: "Приватний ключ" }
    Published { en: "Published", de: "Veröffentlicht", uk: "Опубліковано" }
    KeyGenFailed {
        en: "The key could not be generated: {error}",
        de: "Der Schlüssel konnte nicht erzeugt werden: {error}",
        uk: "Не вдалося згенерувати ключ: {error}",
    }
    DkimKeyTitle { en: "DKIM key", de: "DKIM-Schlüssel", uk: "DKIM-ключ" }
    GenerateKeyPair { en: "Generate a key pair", de: "Schlüsselpaar erzeugen", uk: "Згенерувати пару ключів" }
    DkimPrivacy {
        en: "The key pair is generated in this browser with its cryptographic random number generator. The private key is never sent anywhere: copy it to your mail server yourself.",
        de: "Das Schlüsselpaar wird in diesem Browser mit dessen kryptografischem Zufallszahlengenerator erzeugt. Der private Schlüssel wird nirgendwohin gesendet: Kopieren Sie ihn selbst auf Ihren Mailserver.",
        uk: "Пару ключів згенеровано в цьому браузері його криптографічним генератором випадкових чисел. Приватний ключ нікуди не надсилається: скопіюйте його на свій поштовий сервер самостійно.",
    }
    KeyType { en: "Key type", de: "Schlüsseltyp", uk: "Тип ключа" }
    Selector { en: "Selector", de: "Selector", uk: "Селектор" }
    Generating { en: "Generating…", de: "Wird erzeugt …", uk: "Генерування…" }
    Generate { en: "Generate", de: "Erzeugen", uk: "Згенерувати" }
    GeneratingKey {
        en: "Generating the key (RSA 4096 can take several seconds)…",
        de: "Schlüssel wird erzeugt (RSA 4096 kann einige Sekunden dauern) …",
        uk: "Генерування ключа (RSA 4096 може тривати кілька секунд)…",
    }
    KeyMatchTitle {
        en: "Does my private key match the published record?",
        de: "Passt mein privater Schlüssel zum veröffentlichten Record?",
        uk: "Чи відповідає мій приватний ключ опублікованому запису?",
    }
    PrivateKeyPem {
        en: "Private key (PEM; it stays in this browser)",
        de: "Privater Schlüssel (PEM; er bleibt in diesem Browser)",
        uk: "Приватний ключ (PEM; він залишається в цьому браузері)",
    }
    Check { en: "Check", de: "Prüfen", uk: "Перевірити" }
    TagValues { en: " Values: {values}.", de: " Werte: {values}.", uk: " Значення: {values}." }
    TagDefault { en: " Default: {default}.", de: " Standard: {default}.", uk: " Типово: {default}." }
    InheritedFrom {
        en: "No record of its own: the organizational domain {domain}'s record applies.",
        de: "Kein eigener Record: Es gilt der Record der Organisationsdomain {domain}.",
        uk: "Власного запису немає: діє запис організаційного домену {domain}.",
    }
    ColFound { en: "Found", de: "Gefunden", uk: "Знайдено" }
    PctInvalid {
        en: "pct \"{value}\" is not a number from 0 to 100 and was left out.",
        de: "pct „{value}“ ist keine Zahl von 0 bis 100 und wurde weggelassen.",
        uk: "pct «{value}» не є числом від 0 до 100, тому його пропущено.",
    }
    RiInvalid {
        en: "ri \"{value}\" is not a number of seconds and was left out.",
        de: "ri „{value}“ ist keine Sekundenzahl und wurde weggelassen.",
        uk: "ri «{value}» не є кількістю секунд, тому його пропущено.",
    }
    DmarcEnterDomain {
        en: "Enter the domain whose DMARC record to lint.",
        de: "Geben Sie die Domain ein, deren DMARC-Record geprüft werden soll.",
        uk: "Введіть домен, DMARC-запис якого треба перевірити.",
    }
    PolNone { en: "none: monitor only", de: "none: nur beobachten", uk: "none: лише моніторинг" }
    PolQuarantine { en: "quarantine: junk", de: "quarantine: Spam-Ordner", uk: "quarantine: у спам" }
    LeaveOut { en: "(leave out)", de: "(weglassen)", uk: "(не вказувати)" }
    LeaveOutRelaxed { en: "(leave out: relaxed)", de: "(weglassen: relaxed)", uk: "(не вказувати: relaxed)" }
    TTesting { en: "y: testing", de: "y: Testbetrieb", uk: "y: тестування" }
    DmarcRecordTitle { en: "DMARC record", de: "DMARC-Record", uk: "DMARC-запис" }
    DomainForName {
        en: "Domain (for the record name)",
        de: "Domain (für den Namen des Records)",
        uk: "Домен (для імені запису)",
    }
    PublishAsTxt { en: "Publish as TXT at ", de: "Als TXT veröffentlichen unter ", uk: "Опублікуйте як TXT у " }
    ResultsFor { en: "Results for {domain}", de: "Ergebnisse für {domain}", uk: "Результати для {domain}" }
    NoSpfRecord { en: "no SPF record", de: "kein SPF-Record", uk: "немає SPF-запису" }
    DomainSpfCounts {
        en: " — DNS lookups {lookups} of 10, void {void} of 2",
        de: " — DNS-Abfragen {lookups} von 10, Void-Lookups {void} von 2",
        uk: " — DNS-запитів {lookups} з 10, порожніх {void} з 2",
    }
    NullMx {
        en: "Null MX (RFC 7505): the domain accepts no mail.",
        de: "Null MX (RFC 7505): Die Domain nimmt keine Mail an.",
        uk: "Null MX (RFC 7505): домен не приймає пошти.",
    }
    Found { en: "found", de: "gefunden", uk: "знайдено" }
    Bits { en: "{bits} bits", de: "{bits} Bit", uk: "{bits} біт" }
    TlsRpt { en: "TLS reporting (TLS-RPT)", de: "TLS-Reporting (TLS-RPT)", uk: "Звіти TLS (TLS-RPT)" }
    EnterDomainToCheck {
        en: "Enter the domain to check.",
        de: "Geben Sie die zu prüfende Domain ein.",
        uk: "Введіть домен для перевірки.",
    }
    DomainCheckTitle { en: "Domain check", de: "Domain-Prüfung", uk: "Перевірка домену" }
    Dkim2Chain { en: "DKIM2 chain, hop by hop", de: "DKIM2-Kette, Hop für Hop", uk: "Ланцюжок DKIM2, хоп за хопом" }
    DomainDocumentsTitle { en: "Documents on web servers", de: "Dokumente auf Webservern", uk: "Документи на вебсерверах" }
    DomainDocumentsHint {
        en: "The MTA-STS policy, the BIMI logo and its mark certificate live on web servers, which usually refuse this page a cross-origin read. Paste them (or drop the files) here; nothing leaves your machine.",
        de: "Die MTA-STS-Policy, das BIMI-Logo und sein Markenzertifikat liegen auf Webservern, die dieser Seite den ursprungsübergreifenden Abruf meist verweigern. Fügen Sie sie hier ein (oder ziehen Sie die Dateien hierher); nichts verlässt Ihren Rechner.",
        uk: "Політика MTA-STS, логотип BIMI та його сертифікат знака лежать на вебсерверах, які зазвичай не дозволяють цій сторінці читання з іншого джерела. Вставте їх сюди (або перетягніть файли); ніщо не залишає ваш комп’ютер.",
    }
    MtaStsPolicyLabel { en: "MTA-STS policy (mta-sts.txt)", de: "MTA-STS-Policy (mta-sts.txt)", uk: "Політика MTA-STS (mta-sts.txt)" }
    BimiSvgLabel { en: "BIMI logo (SVG)", de: "BIMI-Logo (SVG)", uk: "Логотип BIMI (SVG)" }
    BimiCertLabel { en: "Mark certificate (VMC or CMC, PEM)", de: "Markenzertifikat (VMC oder CMC, PEM)", uk: "Сертифікат знака (VMC або CMC, PEM)" }
    OpenFile { en: "Open a file…", de: "Datei öffnen …", uk: "Відкрити файл…" }
    DaneTitle { en: "DANE (TLSA)", de: "DANE (TLSA)", uk: "DANE (TLSA)" }
    DnssecTitle { en: "DNSSEC", de: "DNSSEC", uk: "DNSSEC" }
    BimiTitle { en: "BIMI", de: "BIMI", uk: "BIMI" }
    MtaStsPolicyTitle { en: "MTA-STS policy", de: "MTA-STS-Policy", uk: "Політика MTA-STS" }
    CertificateChain { en: "Certificate chain", de: "Zertifikatskette", uk: "Ланцюжок сертифікатів" }
    IssuedBy { en: "{subject}, issued by {issuer}", de: "{subject}, ausgestellt von {issuer}", uk: "{subject}, видав {issuer}" }
    NoMatchingPattern { en: "no pattern", de: "kein Muster", uk: "немає шаблону" }
    MoreSelectors { en: "More DKIM selectors", de: "Weitere DKIM-Selectors", uk: "Інші DKIM-селектори" }
    SelectorsToTry { en: "DKIM selectors to try", de: "Zu prüfende DKIM-Selectors", uk: "DKIM-селектори для перевірки" }
    CheckDomain { en: "Check the domain", de: "Domain prüfen", uk: "Перевірити домен" }
    // ---- DMARC "what if" (app/tools/whatif.rs)
    WhatIfTitle {
        en: "DMARC: what if…",
        de: "DMARC: Was wäre, wenn …",
        uk: "DMARC: а що, якби…",
    }
    WhatIfHint {
        en: "Suppose a From address and the SPF and DKIM results, and see what DMARC says under RFC 9989 (DNS tree walk) and RFC 7489 (Public Suffix List), with every step and every DNS query.",
        de: "Nehmen Sie eine From-Adresse und die Ergebnisse von SPF und DKIM an und sehen Sie, was DMARC nach RFC 9989 (DNS-Tree-Walk) und RFC 7489 (Public Suffix List) ergibt – mit jedem Schritt und jeder DNS-Abfrage.",
        uk: "Задайте адресу From і результати SPF та DKIM і подивіться, що скаже DMARC за RFC 9989 (обхід дерева DNS) і RFC 7489 (Public Suffix List), з кожним кроком і кожним DNS-запитом.",
    }
    WhatIfFrom { en: "From address", de: "From-Adresse", uk: "Адреса From" }
    WhatIfSpfDomain {
        en: "SPF domain (MAIL FROM)",
        de: "SPF-Domain (MAIL FROM)",
        uk: "Домен SPF (MAIL FROM)",
    }
    WhatIfSpfResult { en: "SPF result", de: "SPF-Ergebnis", uk: "Результат SPF" }
    WhatIfDkim {
        en: "DKIM signatures: one d= domain and result per line",
        de: "DKIM-Signaturen: je Zeile eine d=-Domain und ihr Ergebnis",
        uk: "DKIM-підписи: по одному домену d= і результату в рядку",
    }
    WhatIfRun { en: "Evaluate DMARC", de: "DMARC auswerten", uk: "Оцінити DMARC" }
    WhatIfEnterFrom {
        en: "Enter the From address.",
        de: "Geben Sie die From-Adresse ein.",
        uk: "Введіть адресу From.",
    }
    WhatIfBadDkim {
        en: "“{line}” is not a d= domain followed by pass, fail, softfail, neutral, none, temperror or permerror.",
        de: "„{line}“ ist keine d=-Domain, gefolgt von pass, fail, softfail, neutral, none, temperror oder permerror.",
        uk: "«{line}» не є доменом d=, за яким іде pass, fail, softfail, neutral, none, temperror або permerror.",
    }
    WhatIfNoDomain {
        en: "“{addr}” has no domain.",
        de: "„{addr}“ enthält keine Domain.",
        uk: "«{addr}» не містить домену.",
    }
    WhatIfPolicy { en: "Policy", de: "Policy", uk: "Політика" }
    WhatIfDisposition { en: "Disposition", de: "Behandlung", uk: "Дія" }
    WhatIfRecord { en: "Record used", de: "Verwendeter Record", uk: "Використаний запис" }
    WhatIfOrgDomain {
        en: "Organizational domain",
        de: "Organisationsdomain",
        uk: "Організаційний домен",
    }
    ColSourceIp { en: "Source IP", de: "Quell-IP", uk: "IP джерела" }
    ColPtr { en: "Name (PTR)", de: "Name (PTR)", uk: "Ім’я (PTR)" }
    ColMessages { en: "Messages", de: "Nachrichten", uk: "Листи" }
    ColHeaderFrom { en: "Header From", de: "Header From", uk: "Header From" }
    ColEnvelopeFrom { en: "Envelope From", de: "Envelope From", uk: "Envelope From" }
    ReportTooLarge {
        en: "'{name}' is {size} MB: too large for a DMARC aggregate report (the limit is 20 MB).",
        de: "„{name}“ ist {size} MB groß: zu groß für einen DMARC-Aggregate-Report (die Grenze liegt bei 20 MB).",
        uk: "«{name}» має {size} МБ: завеликий розмір для зведеного звіту DMARC (межа — 20 МБ).",
    }
    ReportUnreadable {
        en: "'{name}' cannot be read as a report: {error}",
        de: "„{name}“ lässt sich nicht als Report lesen: {error}",
        uk: "«{name}» не вдається прочитати як звіт: {error}",
    }
    Reporter { en: "Reporter", de: "Absender des Reports", uk: "Хто надіслав звіт" }
    ReportId { en: "Report ID", de: "Report-ID", uk: "ID звіту" }
    Period { en: "Period", de: "Zeitraum", uk: "Період" }
    PolicyPublished { en: "Policy published", de: "Veröffentlichte Policy", uk: "Опублікована політика" }
    ReportTotals {
        en: "{messages} messages from {sources} sources. DMARC pass {dmarc}%, SPF aligned {spf}%, DKIM aligned {dkim}%. Disposition: none {none}, quarantine {quarantine}, reject {reject}.",
        de: "Nachrichten: {messages}, Quellen: {sources}. DMARC pass {dmarc} %, SPF aligned {spf} %, DKIM aligned {dkim} %. Behandlung: none {none}, quarantine {quarantine}, reject {reject}.",
        uk: "Листів: {messages}, джерел: {sources}. DMARC pass {dmarc} %, SPF вирівняний {spf} %, DKIM вирівняний {dkim} %. Дія: none {none}, quarantine {quarantine}, reject {reject}.",
    }
    ReportSources { en: "Report sources", de: "Quellen im Report", uk: "Джерела у звіті" }
    AggregateReport { en: "DMARC aggregate report", de: "DMARC-Aggregate-Report", uk: "Зведений звіт DMARC" }
    ReportDropHint {
        en: "Drop reports here, several at once (DMARC aggregate reports .xml, .xml.gz or .zip; SMTP TLS reports .json or .json.gz; failure reports .eml), or pick them. They are read in this browser; only the PTR look-ups of the source addresses go to the resolver.",
        de: "Ziehen Sie Reports hierher, auch mehrere auf einmal (DMARC-Aggregate-Reports .xml, .xml.gz oder .zip; SMTP-TLS-Reports .json oder .json.gz; Failure-Reports .eml), oder wählen Sie sie aus. Sie werden in diesem Browser gelesen; nur die PTR-Abfragen der Quelladressen gehen an den Resolver.",
        uk: "Перетягніть сюди звіти, можна кілька одразу (зведені звіти DMARC .xml, .xml.gz або .zip; звіти SMTP TLS .json або .json.gz; звіти про збої .eml), або виберіть їх. Вони читаються в цьому браузері; до резолвера надходять лише PTR-запити адрес джерел.",
    }
    OpenReport { en: "Open reports…", de: "Reports öffnen …", uk: "Відкрити звіти…" }
    DropReportFile {
        en: "Drop a report file (.xml, .xml.gz or .zip).",
        de: "Ziehen Sie eine Report-Datei hierher (.xml, .xml.gz oder .zip).",
        uk: "Перетягніть файл звіту (.xml, .xml.gz або .zip).",
    }

    ReportsPanel {
        en: "Reports: DMARC aggregate, SMTP TLS and failure reports",
        de: "Reports: DMARC-Aggregate-Reports, SMTP-TLS-Reports und Failure-Reports",
        uk: "Звіти: зведені звіти DMARC, звіти SMTP TLS і звіти про збої",
    }
    ReportsCombined { en: "All reports combined", de: "Alle Reports zusammengefasst", uk: "Усі звіти разом" }
    ReportFiles { en: "Files read", de: "Gelesene Dateien", uk: "Прочитані файли" }
    ClearReports { en: "Clear the reports", de: "Reports entfernen", uk: "Прибрати звіти" }
    TlsReportKind { en: "SMTP TLS report", de: "SMTP-TLS-Report", uk: "Звіт SMTP TLS" }
    FailureReportKind { en: "Failure report", de: "Failure-Report", uk: "Звіт про збій" }
    TlsReports { en: "SMTP TLS reports", de: "SMTP-TLS-Reports", uk: "Звіти SMTP TLS" }
    FailureReports { en: "Failure reports", de: "Failure-Reports", uk: "Звіти про збої" }
    PerDay { en: "Per day", de: "Pro Tag", uk: "За днями" }
    PerSourceIp { en: "Per source IP", de: "Pro Quell-IP", uk: "За IP джерела" }
    PerReporter { en: "Per reporting organization", de: "Pro Absender des Reports", uk: "За автором звіту" }
    PerHeaderFrom { en: "Per Header From domain", de: "Pro Header-From-Domain", uk: "За доменом у заголовку Header From" }
    ColDay { en: "Day (UTC)", de: "Tag (UTC)", uk: "День (UTC)" }
    ColDmarcPassRate { en: "DMARC pass", de: "DMARC pass", uk: "DMARC pass" }
    ColSpfRate { en: "SPF aligned", de: "SPF aligned", uk: "SPF вирівняний" }
    ColDkimRate { en: "DKIM aligned", de: "DKIM aligned", uk: "DKIM вирівняний" }
    ColPolicyDomain { en: "Policy domain", de: "Policy-Domain", uk: "Домен політики" }
    ColPolicyType { en: "Policy type", de: "Policy-Typ", uk: "Тип політики" }
    ColMxHost { en: "MX host", de: "MX-Host", uk: "Хост MX" }
    ColSuccessful { en: "Successful sessions", de: "Erfolgreiche Sitzungen", uk: "Успішні сеанси" }
    ColFailed { en: "Failed sessions", de: "Fehlgeschlagene Sitzungen", uk: "Невдалі сеанси" }
    ColResultType { en: "Result type", de: "Ergebnistyp", uk: "Тип результату" }
    TlsTotals {
        en: "Successful sessions: {ok}; failed sessions: {failed}.",
        de: "Erfolgreiche Sitzungen: {ok}; fehlgeschlagene Sitzungen: {failed}.",
        uk: "Успішних сеансів: {ok}; невдалих сеансів: {failed}.",
    }
    ReportFormatVersion { en: "Report format version", de: "Version des Report-Formats", uk: "Версія формату звіту" }
    ReportGenerator { en: "Generated by", de: "Erzeugt von", uk: "Створено програмою" }
    DiscoveryMethod { en: "Policy discovery", de: "Policy-Suche", uk: "Пошук політики" }
    ReportExtensions { en: "Extensions", de: "Erweiterungen", uk: "Розширення" }
    ReportedMessage { en: "Reported message", de: "Gemeldete Nachricht", uk: "Лист, про який повідомлено" }
    InspectReported {
        en: "Inspect the reported message",
        de: "Gemeldete Nachricht prüfen",
        uk: "Перевірити лист, про який повідомлено",
    }
    NoReportedMessage {
        en: "The report carries neither the message nor its headers.",
        de: "Der Report enthält weder die Nachricht noch ihre Header.",
        uk: "Звіт не містить ні листа, ні його заголовків.",
    }
    ChartTable { en: "The chart's numbers", de: "Die Zahlen des Diagramms", uk: "Числа діаграми" }

    // ---- the ranked summary's sentences (summary.rs builds them; app/summary.rs
    // shows them). English must give exactly `SummaryItem::text`:
    // tests/summary_i18n.rs renders every item of the samples and fixtures.
    SumSpfFail {
        en: "SPF {result}: {ip} is not in {domain}'s record{reached}",
        de: "SPF {result}: Die Adresse {ip} steht nicht im SPF-Record von {domain}{reached}",
        uk: "SPF {result}: адреси {ip} немає в SPF-записі {domain}{reached}",
    }
    SumTheClient { en: "the client", de: "des Clients", uk: "клієнта" }
    SumTheSenderDomain { en: "the sender domain", de: "der Absenderdomain", uk: "домену відправника" }
    SumSpfReached {
        en: ", reached `{all}`",
        de: ", ausgewertet bis `{all}`",
        uk: ", перевірку завершено на `{all}`",
    }
    SumSpfPermError {
        en: "SPF permerror: {domain}'s SPF record is broken ({explanation})",
        de: "SPF permerror: Der SPF-Record von {domain} ist fehlerhaft ({explanation})",
        uk: "SPF permerror: SPF-запис {domain} некоректний ({explanation})",
    }
    SumSpfTempError {
        en: "SPF could not be checked: {explanation}",
        de: "SPF konnte nicht geprüft werden: {explanation}",
        uk: "SPF не вдалося перевірити: {explanation}",
    }
    SumDnsFailure { en: "a DNS failure", de: "ein DNS-Fehler", uk: "збій DNS" }
    SumDkimBodyHash {
        en: "DKIM body hash mismatch (d={domain}): the message was changed after signing",
        de: "DKIM-Body-Hash stimmt nicht überein (d={domain}): Die Nachricht wurde nach dem Signieren verändert",
        uk: "Хеш тіла DKIM не збігається (d={domain}): лист змінили після підписання",
    }
    SumDkimResult {
        en: "DKIM {result} (d={domain}, s={selector}): {reason}",
        de: "DKIM-Ergebnis {result} (d={domain}, s={selector}): {reason}",
        uk: "Результат DKIM {result} (d={domain}, s={selector}): {reason}",
    }
    SumArcPass {
        en: "ARC pass: {sealers} {vouch} for the message",
        de: "ARC pass: {sealers} {vouch} für die Nachricht",
        uk: "ARC pass: {sealers} {vouch} за лист",
    }
    SumArcPassModified {
        en: "ARC pass: {sealers} {vouch} for the message. {authserv} saw {results} on arrival, so an intermediary (a mailing list or forwarder) modified the message after the author signed it; a receiver that trusts the sealer may accept it despite the DMARC failure (RFC 8617 §7.2)",
        de: "ARC pass: {sealers} {vouch} für die Nachricht. {authserv} sah beim Eingang {results}, also hat ein Zwischenserver (eine Mailingliste oder ein Weiterleiter) die Nachricht verändert, nachdem der Autor sie signiert hatte; ein Empfänger, der dem Sealer vertraut, kann sie trotz des DMARC-Fehlschlags annehmen (RFC 8617 §7.2)",
        uk: "ARC pass: {sealers} {vouch} за лист. {authserv} під час отримання бачив {results}, отже, проміжний сервер (список розсилки або сервіс пересилання) змінив лист після того, як автор його підписав; одержувач, який довіряє авторові печатки ARC, може прийняти лист попри збій DMARC (RFC 8617 §7.2)",
    }
    SumVouchOne { en: "vouches", de: "bürgt", uk: "ручається" }
    SumVouchMany { en: "vouch", de: "bürgen", uk: "ручаються" }
    SumArcBroken {
        en: "ARC chain broken: {reason}",
        de: "ARC-Kette unterbrochen: {reason}",
        uk: "Ланцюжок ARC порушено: {reason}",
    }
    SumDmarcFail {
        en: "DMARC p={policy} and {why} (From: {from}) → {disposition}",
        de: "DMARC p={policy} und {why} (From: {from}) → {disposition}",
        uk: "DMARC p={policy} і {why} (From: {from}) → {disposition}",
    }
    SumNeitherAligned {
        en: "neither SPF nor DKIM aligned",
        de: "weder SPF noch DKIM aligned",
        uk: "ні SPF, ні DKIM не вирівняні",
    }
    SumPassedNotAligned {
        en: "a check passed, but not for a domain aligned with the From domain",
        de: "eine Prüfung hat bestanden, aber nicht für eine Domain mit Alignment zur From-Domain",
        uk: "перевірка пройшла, але не для домену, вирівняного з доменом From",
    }
    SumDmarcPass {
        en: "DMARC pass for {from} ({aligned})",
        de: "DMARC pass für {from} ({aligned})",
        uk: "DMARC pass для {from} ({aligned})",
    }
    SumBothAligned { en: "SPF and DKIM aligned", de: "SPF und DKIM aligned", uk: "SPF і DKIM вирівняні" }
    SumSpfAligned { en: "SPF aligned", de: "nur SPF aligned", uk: "SPF вирівняний" }
    SumDkimAligned { en: "DKIM aligned", de: "nur DKIM aligned", uk: "DKIM вирівняний" }
    SumRfcsDisagree {
        en: "RFC 9989 and RFC 7489 disagree: {differences}",
        de: "RFC 9989 und RFC 7489 kommen zu verschiedenen Ergebnissen: {differences}",
        uk: "RFC 9989 і RFC 7489 розходяться: {differences}",
    }
    SumReportsUnauthorized {
        en: "DMARC reports for {domain} may not go to {uri}: {query} has no authorization record",
        de: "DMARC-Reports für {domain} dürfen nicht an {uri} gehen: {query} hat keinen Autorisierungs-Record",
        uk: "DMARC-звіти для {domain} не можна надсилати на {uri}: {query} не має запису авторизації",
    }
    SumSpamHeader {
        en: "{header}: {verdict}{tests}",
        de: "{header}: {verdict}{tests}",
        uk: "{header}: {verdict}{tests}",
    }
    SumMarkedSpam {
        en: "{engine} marked the message as spam",
        de: "{engine} hat die Nachricht als Spam markiert",
        uk: "{engine} позначив лист як спам",
    }
    SumSpamTests { en: "; tests: {tests}", de: "; Tests: {tests}", uk: "; тести: {tests}" }
    SumDnsblListed {
        en: "{ip} is listed in {zone} ({meaning})",
        de: "Die Adresse {ip} ist in {zone} gelistet ({meaning})",
        uk: "Адреса {ip} є в списку {zone} ({meaning})",
    }
    SumDnsblRefused {
        en: "{zone} refused the query ({codes}): the blocklist status is unknown, not listed",
        de: "{zone} hat die Abfrage verweigert ({codes}): Der Blocklisten-Status ist unbekannt, nicht „gelistet“",
        uk: "{zone} відхилив запит ({codes}): статус у списку блокування невідомий, а не «у списку»",
    }
    SumNoPtr {
        en: "{ip} has no reverse DNS (PTR): many receivers score or refuse such senders",
        de: "{ip} hat kein Reverse-DNS (PTR): Viele Empfänger werten solche Absender ab oder lehnen sie ab",
        uk: "{ip} не має зворотного DNS (PTR): багато одержувачів знижують оцінку таким відправникам або відмовляють їм",
    }
    SumPtrMismatch {
        en: "The reverse DNS of {ip} ({ptr}) does not resolve back to it",
        de: "Das Reverse-DNS von {ip} ({ptr}) löst nicht zurück auf diese Adresse auf",
        uk: "Зворотний DNS {ip} ({ptr}) не розв’язується назад у цю адресу",
    }
    SumHeloUnknown {
        en: "HELO name {helo} does not exist in DNS: Postfix's reject_unknown_helo_hostname answers \"450 4.7.1 Helo command rejected: Host not found\"",
        de: "Der HELO-Name {helo} existiert nicht im DNS: reject_unknown_helo_hostname in Postfix antwortet „450 4.7.1 Helo command rejected: Host not found“",
        uk: "HELO-ім’я {helo} не існує в DNS: reject_unknown_helo_hostname у Postfix відповідає «450 4.7.1 Helo command rejected: Host not found»",
    }
    SumReceiverDisagrees {
        en: "{header} ({authserv}) says {method}={theirs}, we get {ours}: {explanation}",
        de: "{header} ({authserv}) meldet {method}={theirs}, wir ermitteln {ours}: {explanation}",
        uk: "{header} ({authserv}) повідомляє {method}={theirs}, у нас {ours}: {explanation}",
    }
    SumNoAuthservId { en: "no authserv-id", de: "keine authserv-id", uk: "без authserv-id" }
    SumClockSkew {
        en: "Clock skew at hop {hop} ({by}): {secs} s before the previous hop",
        de: "Uhrzeitabweichung bei Hop {hop} ({by}): {secs} s vor dem vorherigen Hop",
        uk: "Розбіжність годинників на хопі {hop} ({by}): {secs} с до попереднього хопу",
    }
    SumNoTls {
        en: "The message reached {by} without TLS",
        de: "Die Nachricht erreichte {by} ohne TLS",
        uk: "Лист дійшов до {by} без TLS",
    }
    SumTheReceiver { en: "the receiver", de: "den Empfänger", uk: "одержувача" }
    // ---- the helpdesk Markdown (export.rs to_markdown_in and helpdesk_markdown_in);
    // the English is exactly what the CLI's --format markdown writes
    MdWhy {
        en: "Why this message may have been junked or rejected",
        de: "Warum diese Nachricht im Spam gelandet sein oder abgelehnt worden sein kann",
        uk: "Чому цей лист міг потрапити в спам або бути відхиленим",
    }
    MdNoProblems { en: "No problems found.", de: "Keine Probleme gefunden.", uk: "Проблем не знайдено." }
    MdSee { en: "see", de: "siehe", uk: "див." }
    MdIdentities { en: "Identities", de: "Identitäten", uk: "Ідентичності" }
    MdValue { en: "value", de: "Wert", uk: "значення" }
    MdSource { en: "source", de: "Quelle", uk: "джерело" }
    MdClientIp { en: "client IP", de: "Client-IP", uk: "IP клієнта" }
    MdFromDomain { en: "From domain", de: "From-Domain", uk: "Домен From" }
    MdVerdicts { en: "Verdicts", de: "Ergebnisse", uk: "Вердикти" }
    MdReceivedChain { en: "Received chain", de: "Received-Kette", uk: "Ланцюжок Received" }
    MdHop { en: "hop", de: "Hop", uk: "хоп" }
    MdFrom { en: "from", de: "von", uk: "від" }
    MdBy { en: "by", de: "durch", uk: "через" }
    MdWith { en: "with", de: "mit", uk: "протокол" }
    MdDelay { en: "delay", de: "Verzögerung", uk: "затримка" }
    MdBoundary { en: "boundary", de: "Vertrauensgrenze", uk: "межа довіри" }
    MdYes { en: "yes", de: "ja", uk: "так" }
    MdNo { en: "no", de: "nein", uk: "ні" }
    MdClockSkew { en: "clock skew", de: "Uhrzeitabweichung", uk: "розбіжність годинників" }
    MdDetails { en: "Details", de: "Details", uk: "Подробиці" }
    MdCheck { en: "check", de: "Prüfung", uk: "перевірка" }
    MdResult { en: "result", de: "Ergebnis", uk: "результат" }
    MdWhyCol { en: "why", de: "Grund", uk: "чому" }
    MdNotices { en: "Notices", de: "Hinweise", uk: "Зауваження" }
    MdQueriesBy {
        en: "{n} queries, answered by: {resolver}.",
        de: "Abfragen: {n}, beantwortet von: {resolver}.",
        uk: "Запитів: {n}, відповідав: {resolver}.",
    }
    MdQueries { en: "{n} queries.", de: "Abfragen: {n}.", uk: "Запитів: {n}." }
    MdOffline {
        en: "Offline: no query reached the network.",
        de: "Offline: Keine Abfrage hat das Netzwerk erreicht.",
        uk: "Офлайн: жоден запит не виходив у мережу.",
    }
    MdJudgedAt {
        en: "Signatures were judged at unix time {now}.",
        de: "Signaturen wurden zur Unix-Zeit {now} bewertet.",
        uk: "Підписи оцінено на момент Unix-часу {now}.",
    }
    MdArWeWouldWrite {
        en: "Authentication-Results we would write",
        de: "Authentication-Results, die wir schreiben würden",
        uk: "Authentication-Results, який ми б записали",
    }
    // ---- the CLI's text format (cli/text.rs, `--lang`); the English is the
    // CLI contract's, unchanged
    CliDnsQueries { en: "DNS queries ({n})", de: "DNS-Abfragen ({n})", uk: "DNS-запити ({n})" }
    CliNoRecords { en: "(no records)", de: "(keine Records)", uk: "(немає записів)" }
    CliShared { en: " (+{n} shared)", de: " (+{n} geteilt)", uk: " (+{n} спільних)" }
    CliSpfLookups {
        en: "DNS lookups {lookups} of 10, void lookups {void} of 2",
        de: "DNS-Abfragen {lookups} von 10, Void-Lookups {void} von 2",
        uk: "DNS-запитів {lookups} з 10, порожніх {void} з 2",
    }
    CliHeloIdentity { en: "HELO identity: {result}", de: "HELO-Identität: {result}", uk: "Ідентичність HELO: {result}" }
    CliHeloTrace { en: "HELO identity trace:", de: "Ablauf für die HELO-Identität:", uk: "Перевірка ідентичності HELO:" }
    CliReceivedChain {
        en: "Received chain ({n} hops, oldest first; {source})",
        de: "Received-Kette (Hops: {n}, älteste zuerst; {source})",
        uk: "Ланцюжок Received (хопів: {n}, найстаріший першим; {source})",
    }
    CliClockSkew { en: "CLOCK SKEW", de: "UHRZEITABWEICHUNG", uk: "РОЗБІЖНІСТЬ ГОДИННИКІВ" }
    CliNoTls { en: "no TLS", de: "kein TLS", uk: "без TLS" }
    CliPrivate { en: "private", de: "privat", uk: "приватна" }
    CliTrustBoundary { en: "trust boundary", de: "Vertrauensgrenze", uk: "межа довіри" }
    CliTotalDelay { en: "total delay {secs}s", de: "Verzögerung insgesamt {secs}s", uk: "загальна затримка {secs}s" }
    CliWarning { en: "warning: {text}", de: "Warnung: {text}", uk: "попередження: {text}" }
    CliNote { en: "note: {text}", de: "Hinweis: {text}", uk: "примітка: {text}" }
    CliReceiversWrote {
        en: "What the receiving servers wrote",
        de: "Was die empfangenden Server geschrieben haben",
        uk: "Що записали сервери-одержувачі",
    }
    CliHeaderBy { en: "{header} (by {server})", de: "{header} (von {server})", uk: "{header} (від {server})" }
    CliUnnamedServer { en: "unnamed server", de: "unbenannter Server", uk: "сервер без імені" }
    CliTheySaid { en: "they said", de: "Empfänger sagte", uk: "одержувач сказав" }
    CliWeSay { en: "we say", de: "wir sagen", uk: "ми кажемо" }
    CliSame { en: "same", de: "gleich", uk: "збігається" }
    CliDiffers { en: "DIFFERS", de: "ABWEICHEND", uk: "ВІДРІЗНЯЄТЬСЯ" }
    CliNoConfirmedName { en: "no confirmed name", de: "kein bestätigter Name", uk: "немає підтвердженого імені" }
    CliBlocklists { en: "Blocklists", de: "Blocklisten", uk: "Списки блокування" }
    CliListed { en: "LISTED", de: "GELISTET", uk: "У СПИСКУ" }
    CliNotListed { en: "not listed", de: "nicht gelistet", uk: "не в списку" }
    CliUnknown { en: "unknown", de: "unbekannt", uk: "невідомо" }
    CliNoNetwork { en: "no network", de: "kein Netzwerk", uk: "без мережі" }
    CliNoDkim {
        en: "the message has no DKIM-Signature header",
        de: "die Nachricht hat keinen DKIM-Signature-Header",
        uk: "у листі немає заголовка DKIM-Signature",
    }
    CliRulesDiffer {
        en: "RFC 7489 and RFC 9989 differ: {text}",
        de: "RFC 7489 und RFC 9989 unterscheiden sich: {text}",
        uk: "RFC 7489 і RFC 9989 розходяться: {text}",
    }
    CliUnder7489 {
        en: "under RFC 7489 (Public Suffix List)",
        de: "nach RFC 7489 (Public Suffix List)",
        uk: "за RFC 7489 (Public Suffix List)",
    }
    CliError { en: "error: {text}", de: "Fehler: {text}", uk: "помилка: {text}" }
    // ---- sender requirements and security findings (app/requirements.rs,
    // cli/text.rs, export.rs; issue 17)
    ReqTitle {
        en: "Sender requirements (Gmail, Yahoo, Outlook.com)",
        de: "Absenderanforderungen (Gmail, Yahoo, Outlook.com)",
        uk: "Вимоги до відправників (Gmail, Yahoo, Outlook.com)",
    }
    ReqIntro {
        en: "What the big mailbox providers ask of senders, checked on this message. Lines marked \"bulk senders\" apply to about 5,000 or more messages a day.",
        de: "Was die großen Postfachanbieter von Absendern verlangen, an dieser Nachricht geprüft. Zeilen mit „Massenversender“ gelten ab etwa 5.000 Nachrichten am Tag.",
        uk: "Що великі поштові сервіси вимагають від відправників, перевірено на цьому листі. Рядки з позначкою «масові відправники» стосуються приблизно 5000 і більше листів на день.",
    }
    ReqTable {
        en: "Requirements, one row each: who asks, the result, why",
        de: "Anforderungen, je eine Zeile: wer sie stellt, das Ergebnis, warum",
        uk: "Вимоги, по рядку на кожну: хто вимагає, результат, чому",
    }
    ReqColRule { en: "Requirement", de: "Anforderung", uk: "Вимога" }
    ReqColWho { en: "Who asks", de: "Wer verlangt es", uk: "Хто вимагає" }
    ReqColStatus { en: "Result", de: "Ergebnis", uk: "Результат" }
    ReqColWhy { en: "Why", de: "Warum", uk: "Чому" }
    ReqEvidence { en: "evidence", de: "Beleg", uk: "доказ" }
    SecTitle { en: "Security findings", de: "Sicherheitsbefunde", uk: "Знахідки безпеки" }
    SecIntro {
        en: "Facts worth a second look, each with why it matters; not a verdict on the message.",
        de: "Auffälligkeiten, die einen zweiten Blick wert sind, jeweils mit Begründung; kein Urteil über die Nachricht.",
        uk: "Факти, варті другого погляду, кожен із поясненням, чому це важливо; це не вердикт щодо листа.",
    }
    SecNone { en: "No security findings.", de: "Keine Sicherheitsbefunde.", uk: "Знахідок безпеки немає." }
    SecWhyMatters { en: "Why it matters", de: "Warum das wichtig ist", uk: "Чому це важливо" }
    SecEvidence { en: "Evidence", de: "Belege", uk: "Докази" }
    SecLookalike { en: "Lookalike domain", de: "Lookalike-Domain", uk: "Схожий домен" }
    SecDisplayName { en: "Display name with another domain", de: "Anzeigename mit fremder Domain", uk: "Ім’я відправника з іншим доменом" }
    SecDomainsDiffer { en: "Different domains", de: "Unterschiedliche Domains", uk: "Різні домени" }
    SecDkimReplay { en: "Possible DKIM replay", de: "Mögliches DKIM-Replay", uk: "Можливий DKIM-replay" }
    // ---- the summary's items from the triage (triage/mod.rs `summary_items`)
    SumDnssecUnvalidated {
        en: "Not validated by DNSSEC (the resolver set no AD bit): {names}. The verdicts that rest on these keys and policies trust answers that could have been altered on the way.",
        de: "Nicht per DNSSEC validiert (der Resolver hat kein AD-Bit gesetzt): {names}. Die Ergebnisse, die auf diesen Schlüsseln und der DMARC-Policy beruhen, vertrauen Antworten, die unterwegs verändert worden sein könnten.",
        uk: "Не перевірено DNSSEC (резолвер не встановив біт AD): {names}. Результати, що спираються на ці ключі й політики, довіряють відповідям, які могли змінити дорогою.",
    }
    SumTriageUnsubscribe {
        en: "Bulk mail without working one-click unsubscribe: {why}",
        de: "Massen-E-Mail ohne funktionierendes Abmelden mit einem Klick: {why}",
        uk: "Масова розсилка без робочої відписки одним кліком: {why}",
    }
    SumTriageRequirement {
        en: "A sender requirement of Gmail, Yahoo or Outlook.com is not met: {why}",
        de: "Eine Absenderanforderung von Gmail, Yahoo oder Outlook.com ist nicht erfüllt: {why}",
        uk: "Вимогу до відправників Gmail, Yahoo чи Outlook.com не виконано: {why}",
    }
    SumTriageLookalike {
        en: "{finding}",
        de: "{finding}",
        uk: "{finding}",
    }
    // ---- intake (issue 14): which evidence placed the trust boundary
    BoundaryChosenBy {
        en: "Trust boundary chosen by",
        de: "Vertrauensgrenze gewählt nach",
        uk: "Межу довіри обрано за",
    }
}

plurals! {
    Signatures {
        en: ["{n} signature", "{n} signatures"],
        de: ["{n} Signatur", "{n} Signaturen"],
        uk: ["{n} підпис", "{n} підписи", "{n} підписів"],
    }
    ReceivedChainHops {
        en: ["Received chain ({n} hop)", "Received chain ({n} hops)"],
        de: ["Received-Kette ({n} Hop)", "Received-Kette ({n} Hops)"],
        uk: ["Ланцюжок Received ({n} хоп)", "Ланцюжок Received ({n} хопи)", "Ланцюжок Received ({n} хопів)"],
    }
}
