//! The sentences of the domain check's transport and brand parts: the
//! MTA-STS policy file (RFC 8461), DANE for SMTP (RFC 7672, RFC 6698),
//! whether the resolver validated the answers with DNSSEC (the AD bit,
//! RFC 4035 §3.2.3), and BIMI (draft-brand-indicators-for-message-identification,
//! SVG Tiny Portable/Secure). See `super` for the rules.

phrases! {
    Domain;
    // ---- MTA-STS policy file (src/builder/mta_sts.rs)
    PolicyFetched {
        en: "Policy read from {url}",
        de: "Policy gelesen von {url}",
        uk: "Політику прочитано з {url}",
    }
    PolicyPasted {
        en: "Policy as pasted",
        de: "Policy wie eingefügt",
        uk: "Політика, як її вставлено",
    }
    PolicyNotRead {
        en: "The policy file could not be read: {error}",
        de: "Die Policy-Datei konnte nicht gelesen werden: {error}",
        uk: "Файл політики не вдалося прочитати: {error}",
    }
    PolicyTooLarge {
        en: [
            "The policy file is {n} octet long; RFC 8461 §3.2 expects a small text file, and this check reads at most {max}.",
            "The policy file is {n} octets long; RFC 8461 §3.2 expects a small text file, and this check reads at most {max}.",
        ],
        de: [
            "Die Policy-Datei ist {n} Oktett lang; RFC 8461 §3.2 sieht eine kleine Textdatei vor, diese Prüfung liest höchstens {max}.",
            "Die Policy-Datei ist {n} Oktette lang; RFC 8461 §3.2 sieht eine kleine Textdatei vor, diese Prüfung liest höchstens {max}.",
        ],
        uk: [
            "Файл політики має довжину {n} октет; RFC 8461 §3.2 передбачає невеликий текстовий файл, а ця перевірка читає щонайбільше {max}.",
            "Файл політики має довжину {n} октети; RFC 8461 §3.2 передбачає невеликий текстовий файл, а ця перевірка читає щонайбільше {max}.",
            "Файл політики має довжину {n} октетів; RFC 8461 §3.2 передбачає невеликий текстовий файл, а ця перевірка читає щонайбільше {max}.",
        ],
    }
    PolicyLineNotField {
        en: "Line {line} of the policy is not a \"key: value\" field: '{text}'",
        de: "Zeile {line} der Policy ist kein Feld „Schlüssel: Wert“: '{text}'",
        uk: "Рядок {line} політики не є полем «ключ: значення»: '{text}'",
    }
    PolicyNoVersion {
        en: "The policy has no 'version: STSv1' field (RFC 8461 §3.2): senders ignore it.",
        de: "Die Policy hat kein Feld 'version: STSv1' (RFC 8461 §3.2): Versender ignorieren sie.",
        uk: "Політика не має поля 'version: STSv1' (RFC 8461 §3.2): відправники її ігнорують.",
    }
    PolicyBadMode {
        en: "'mode: {mode}' is not one of enforce, testing or none (RFC 8461 §3.2): senders ignore the policy.",
        de: "'mode: {mode}' ist weder enforce noch testing noch none (RFC 8461 §3.2): Versender ignorieren die Policy.",
        uk: "'mode: {mode}' не є ані enforce, ані testing, ані none (RFC 8461 §3.2): відправники ігнорують політику.",
    }
    PolicyNoMode {
        en: "The policy has no 'mode' field (RFC 8461 §3.2): senders ignore it.",
        de: "Die Policy hat kein Feld 'mode' (RFC 8461 §3.2): Versender ignorieren sie.",
        uk: "Політика не має поля 'mode' (RFC 8461 §3.2): відправники її ігнорують.",
    }
    PolicyBadMaxAge {
        en: "'max_age: {value}' must be a number of seconds up to 31557600 (RFC 8461 §3.2).",
        de: "'max_age: {value}' muss eine Zahl von Sekunden bis 31557600 sein (RFC 8461 §3.2).",
        uk: "'max_age: {value}' має бути кількістю секунд до 31557600 (RFC 8461 §3.2).",
    }
    PolicyShortMaxAge {
        en: "'max_age: {value}' is less than a day: senders forget the policy quickly and an attacker who blocks the fetch can downgrade delivery. RFC 8461 §3.2 suggests weeks or more.",
        de: "'max_age: {value}' ist kürzer als ein Tag: Versender vergessen die Policy schnell, und ein Angreifer, der den Abruf blockiert, kann die Zustellung herabstufen. RFC 8461 §3.2 empfiehlt Wochen oder mehr.",
        uk: "'max_age: {value}' менше доби: відправники швидко забувають політику, і зловмисник, який блокує її отримання, може знизити захист доставки. RFC 8461 §3.2 радить тижні або більше.",
    }
    PolicyNoMx {
        en: "The policy names no 'mx' pattern: with mode {mode}, no MX host can match (RFC 8461 §3.2).",
        de: "Die Policy nennt kein 'mx'-Muster: Bei mode {mode} passt kein MX-Host (RFC 8461 §3.2).",
        uk: "Політика не містить жодного шаблону 'mx': за mode {mode} жоден хост MX не відповідає (RFC 8461 §3.2).",
    }
    PolicyMxUnmatchedEnforce {
        en: "The MX host {host} matches no 'mx' pattern of the policy ({patterns}): in enforce mode, senders that honour MTA-STS do not deliver to it.",
        de: "Der MX-Host {host} passt zu keinem 'mx'-Muster der Policy ({patterns}): Im Modus enforce stellen Versender, die MTA-STS beachten, nicht an ihn zu.",
        uk: "Хост MX {host} не відповідає жодному шаблону 'mx' політики ({patterns}): у режимі enforce відправники, що дотримуються MTA-STS, не доставляють на нього.",
    }
    PolicyMxUnmatchedTesting {
        en: "The MX host {host} matches no 'mx' pattern of the policy ({patterns}): in testing mode, delivery goes on and TLS-RPT reports the failure.",
        de: "Der MX-Host {host} passt zu keinem 'mx'-Muster der Policy ({patterns}): Im Modus testing wird weiter zugestellt, und TLS-RPT-Reports melden den Fehler.",
        uk: "Хост MX {host} не відповідає жодному шаблону 'mx' політики ({patterns}): у режимі testing доставка триває, а звіти TLS-RPT повідомляють про збій.",
    }
    PolicyMxMatched {
        en: "The MX host {host} matches the policy's pattern {pattern}.",
        de: "Der MX-Host {host} passt zum Muster {pattern} der Policy.",
        uk: "Хост MX {host} відповідає шаблону {pattern} політики.",
    }
    PolicyModeTesting {
        en: "The policy is in testing mode: failures are only reported (TLS-RPT), never enforced.",
        de: "Die Policy ist im Modus testing: Fehler werden nur gemeldet (TLS-RPT), nie durchgesetzt.",
        uk: "Політика в режимі testing: збої лише повідомляються (TLS-RPT), але не застосовуються.",
    }
    PolicyModeNone {
        en: "The policy's mode is none: MTA-STS is switched off for this domain.",
        de: "Der Modus der Policy ist none: MTA-STS ist für diese Domain ausgeschaltet.",
        uk: "Режим політики — none: MTA-STS для цього домену вимкнено.",
    }
    PolicyFieldTwice {
        en: "The field '{field}' appears more than once; only 'mx' may repeat (RFC 8461 §3.2).",
        de: "Das Feld '{field}' kommt mehrfach vor; nur 'mx' darf sich wiederholen (RFC 8461 §3.2).",
        uk: "Поле '{field}' трапляється кілька разів; повторюватися може лише 'mx' (RFC 8461 §3.2).",
    }
    PolicyNotGiven {
        en: "The policy file was not read: in the page, paste it from {url} (the browser may not fetch it across origins); the command line fetches it unless --offline.",
        de: "Die Policy-Datei wurde nicht gelesen: Fügen Sie sie auf der Seite von {url} ein (der Browser darf sie meist nicht ursprungsübergreifend abrufen); die Kommandozeile ruft sie ab, außer mit --offline.",
        uk: "Файл політики не прочитано: на сторінці вставте його з {url} (браузер зазвичай не може отримати його з іншого джерела); командний рядок отримує його сам, якщо немає --offline.",
    }
    FixPolicyAddMx {
        en: "add 'mx: {host}' (or a wildcard such as 'mx: *.{parent}') to the policy, then change the id= of the _mta-sts record so senders fetch it again",
        de: "Ergänzen Sie 'mx: {host}' (oder einen Platzhalter wie 'mx: *.{parent}') in der Policy und ändern Sie dann id= im Record _mta-sts, damit Versender sie neu abrufen",
        uk: "додайте 'mx: {host}' (або шаблон на зразок 'mx: *.{parent}') до політики, потім змініть id= у записі _mta-sts, щоб відправники отримали її знову",
    }
    // ---- DANE (src/builder/dane.rs)
    DaneNone {
        en: "No TLSA record at {name}: senders that use DANE treat {host} as having no DANE.",
        de: "Kein TLSA-Record unter {name}: Versender mit DANE behandeln {host} als Host ohne DANE.",
        uk: "Немає запису TLSA за {name}: відправники з DANE вважають, що {host} не має DANE.",
    }
    DaneLookupFailed {
        en: "The TLSA lookup of {name} failed ({error}): a sender that uses DANE defers mail to {host} until it can ask again (RFC 7672 §2.2).",
        de: "Die TLSA-Abfrage von {name} ist fehlgeschlagen ({error}): Ein Versender mit DANE stellt Mail an {host} zurück, bis er erneut fragen kann (RFC 7672 §2.2).",
        uk: "Запит TLSA для {name} не вдався ({error}): відправник із DANE відкладає пошту на {host}, доки не зможе запитати знову (RFC 7672 §2.2).",
    }
    DaneRecord {
        en: "{usage} / {selector} / {matching}",
        de: "{usage} / {selector} / {matching}",
        uk: "{usage} / {selector} / {matching}",
    }
    UsagePkixTa {
        en: "usage 0, PKIX-TA: a public CA that must also pass the usual certificate checks",
        de: "Verwendung 0, PKIX-TA: eine öffentliche CA, die zusätzlich die üblichen Zertifikatsprüfungen bestehen muss",
        uk: "використання 0, PKIX-TA: публічний центр сертифікації, що має пройти й звичайні перевірки сертифіката",
    }
    UsagePkixEe {
        en: "usage 1, PKIX-EE: the server's own certificate, also checked against public CAs",
        de: "Verwendung 1, PKIX-EE: das eigene Zertifikat des Servers, zusätzlich gegen öffentliche CAs geprüft",
        uk: "використання 1, PKIX-EE: власний сертифікат сервера, також перевірений за публічними центрами сертифікації",
    }
    UsageDaneTa {
        en: "usage 2, DANE-TA: a CA of the domain's own choosing (its certificate or key)",
        de: "Verwendung 2, DANE-TA: eine CA nach Wahl der Domain (ihr Zertifikat oder Schlüssel)",
        uk: "використання 2, DANE-TA: центр сертифікації на вибір власника домену (його сертифікат або ключ)",
    }
    UsageDaneEe {
        en: "usage 3, DANE-EE: exactly the server's certificate or key, no CA involved",
        de: "Verwendung 3, DANE-EE: genau das Zertifikat oder der Schlüssel des Servers, ohne CA",
        uk: "використання 3, DANE-EE: саме сертифікат або ключ сервера, без центру сертифікації",
    }
    UsageUnknown {
        en: "usage {value}, not defined: the record is unusable",
        de: "Verwendung {value}, nicht definiert: Der Record ist unbrauchbar",
        uk: "використання {value}, не визначене: запис непридатний",
    }
    SelectorCert {
        en: "selector 0: the whole certificate",
        de: "Selector 0: das ganze Zertifikat",
        uk: "селектор 0: увесь сертифікат",
    }
    SelectorSpki {
        en: "selector 1: the public key only (survives renewals with the same key)",
        de: "Selector 1: nur der öffentliche Schlüssel (übersteht Erneuerungen mit demselben Schlüssel)",
        uk: "селектор 1: лише відкритий ключ (переживає оновлення з тим самим ключем)",
    }
    SelectorUnknown {
        en: "selector {value}, not defined",
        de: "Selector {value}, nicht definiert",
        uk: "селектор {value}, не визначений",
    }
    MatchingFull {
        en: "matching type 0: the data itself",
        de: "Abgleichstyp 0: die Daten selbst",
        uk: "тип зіставлення 0: самі дані",
    }
    MatchingSha256 {
        en: "matching type 1: its SHA-256",
        de: "Abgleichstyp 1: ihr SHA-256",
        uk: "тип зіставлення 1: їхній SHA-256",
    }
    MatchingSha512 {
        en: "matching type 2: its SHA-512",
        de: "Abgleichstyp 2: ihr SHA-512",
        uk: "тип зіставлення 2: їхній SHA-512",
    }
    MatchingUnknown {
        en: "matching type {value}, not defined",
        de: "Abgleichstyp {value}, nicht definiert",
        uk: "тип зіставлення {value}, не визначений",
    }
    DanePkixUsage {
        en: "{name} has a TLSA record with usage {usage} (PKIX-TA/PKIX-EE): RFC 7672 §3.1.3 tells SMTP senders to treat these as unusable.",
        de: "{name} hat einen TLSA-Record mit Verwendung {usage} (PKIX-TA/PKIX-EE): Nach RFC 7672 §3.1.3 behandeln SMTP-Versender diese als unbrauchbar.",
        uk: "{name} має запис TLSA з використанням {usage} (PKIX-TA/PKIX-EE): за RFC 7672 §3.1.3 SMTP-відправники вважають такі записи непридатними.",
    }
    FixDaneUsage {
        en: "publish usage 3 (DANE-EE) or 2 (DANE-TA) records, e.g. '3 1 1' with the SHA-256 of the server's public key",
        de: "Veröffentlichen Sie Records mit Verwendung 3 (DANE-EE) oder 2 (DANE-TA), z. B. '3 1 1' mit dem SHA-256 des öffentlichen Schlüssels des Servers",
        uk: "опублікуйте записи з використанням 3 (DANE-EE) або 2 (DANE-TA), наприклад '3 1 1' з SHA-256 відкритого ключа сервера",
    }
    DaneDataLength {
        en: [
            "{name}: matching type {matching} needs {n} octet of data; the record has: {got}. No certificate can match it.",
            "{name}: matching type {matching} needs {n} octets of data; the record has: {got}. No certificate can match it.",
        ],
        de: [
            "{name}: Abgleichstyp {matching} braucht {n} Oktett Daten; der Record hat: {got}. Kein Zertifikat kann passen.",
            "{name}: Abgleichstyp {matching} braucht {n} Oktette Daten; der Record hat: {got}. Kein Zertifikat kann passen.",
        ],
        uk: [
            "{name}: тип зіставлення {matching} потребує {n} октет даних; запис має: {got}. Жоден сертифікат не може відповідати.",
            "{name}: тип зіставлення {matching} потребує {n} октети даних; запис має: {got}. Жоден сертифікат не може відповідати.",
            "{name}: тип зіставлення {matching} потребує {n} октетів даних; запис має: {got}. Жоден сертифікат не може відповідати.",
        ],
    }
    DaneUnusableFields {
        en: "{name}: a TLSA record with undefined values ({record}) is unusable (RFC 7672 §3.1).",
        de: "{name}: Ein TLSA-Record mit nicht definierten Werten ({record}) ist unbrauchbar (RFC 7672 §3.1).",
        uk: "{name}: запис TLSA з невизначеними значеннями ({record}) непридатний (RFC 7672 §3.1).",
    }
    DaneNotValidated {
        en: "The TLSA records of {host} did not come validated by DNSSEC (the resolver did not set the AD bit): senders use DANE only with validated records, of the TLSA and of the MX lookup (RFC 7672 §2.2).",
        de: "Die TLSA-Records von {host} kamen nicht per DNSSEC validiert an (der Resolver hat das AD-Bit nicht gesetzt): Versender verwenden DANE nur mit validierten Records, für TLSA und für die MX-Abfrage (RFC 7672 §2.2).",
        uk: "Записи TLSA для {host} не пройшли перевірку DNSSEC (резолвер не встановив біт AD): відправники застосовують DANE лише з перевіреними записами — і TLSA, і запиту MX (RFC 7672 §2.2).",
    }
    DaneSingleRecord {
        en: "{host} has one TLSA record: the day its certificate or key changes, senders that use DANE cannot deliver until the record is updated. Publishing the next key's record beside it (or a '2 1 1' for the CA) avoids that (RFC 7671 §8).",
        de: "{host} hat einen TLSA-Record: An dem Tag, an dem Zertifikat oder Schlüssel wechseln, können Versender mit DANE nicht zustellen, bis der Record aktualisiert ist. Ein Record für den nächsten Schlüssel daneben (oder ein '2 1 1' für die CA) vermeidet das (RFC 7671 §8).",
        uk: "{host} має один запис TLSA: того дня, коли зміниться сертифікат або ключ, відправники з DANE не зможуть доставляти, доки запис не оновлять. Запис для наступного ключа поруч (або '2 1 1' для центру сертифікації) цього уникає (RFC 7671 §8).",
    }
    // ---- DNSSEC (src/builder/dnssec.rs)
    Validated {
        en: "{check}: every answer was validated by the resolver (DNSSEC, AD bit set)",
        de: "{check}: Jede Antwort wurde vom Resolver validiert (DNSSEC, AD-Bit gesetzt)",
        uk: "{check}: кожну відповідь перевірив резолвер (DNSSEC, біт AD встановлено)",
    }
    NotValidated {
        en: "{check}: the answers were not validated by the resolver (no AD bit): the record could have been altered on the way; DNSSEC would show it was not.",
        de: "{check}: Die Antworten wurden vom Resolver nicht validiert (kein AD-Bit): Der Record hätte unterwegs verändert werden können; DNSSEC würde zeigen, dass er es nicht wurde.",
        uk: "{check}: відповіді резолвер не перевірив (немає біта AD): запис могли змінити дорогою; DNSSEC показав би, що цього не сталося.",
    }
    OfflineNotValidated {
        en: "DNSSEC: offline records are never validated; ask a validating resolver over DoH to know.",
        de: "DNSSEC: Offline-Records sind nie validiert; fragen Sie einen validierenden Resolver über DoH, um es zu erfahren.",
        uk: "DNSSEC: офлайн-записи ніколи не перевіряються; щоб дізнатися, запитайте резолвер із перевіркою через DoH.",
    }
    // ---- BIMI (src/builder/bimi.rs)
    BimiNone {
        en: "No BIMI record at {name}: mailbox providers show no logo for this domain.",
        de: "Kein BIMI-Record unter {name}: Mailbox-Anbieter zeigen für diese Domain kein Logo.",
        uk: "Немає запису BIMI за {name}: поштові сервіси не показують логотип для цього домену.",
    }
    BimiMultiple {
        en: "{name} has several BIMI records: receivers use none of them.",
        de: "{name} hat mehrere BIMI-Records: Empfänger verwenden keinen davon.",
        uk: "{name} має кілька записів BIMI: одержувачі не використовують жодного.",
    }
    BimiBadVersion {
        en: "The BIMI record does not start with v=BIMI1.",
        de: "Der BIMI-Record beginnt nicht mit v=BIMI1.",
        uk: "Запис BIMI не починається з v=BIMI1.",
    }
    BimiDeclined {
        en: "The BIMI record has an empty l= and a=: the domain declines to show a logo.",
        de: "Der BIMI-Record hat leere l= und a=: Die Domain verzichtet auf ein Logo.",
        uk: "Запис BIMI має порожні l= та a=: домен відмовляється показувати логотип.",
    }
    BimiLocationNotHttps {
        en: "The logo location '{url}' is not an https URL: receivers fetch logos over HTTPS only.",
        de: "Der Logo-Ort '{url}' ist keine https-URL: Empfänger laden Logos nur über HTTPS.",
        uk: "Адреса логотипа '{url}' не є URL https: одержувачі завантажують логотипи лише через HTTPS.",
    }
    BimiNoAuthority {
        en: "The BIMI record has no a= certificate (VMC or CMC): Gmail and Apple Mail show no logo without one; Yahoo may.",
        de: "Der BIMI-Record hat kein Zertifikat in a= (VMC oder CMC): Gmail und Apple Mail zeigen ohne eines kein Logo; Yahoo eventuell.",
        uk: "Запис BIMI не має сертифіката a= (VMC або CMC): Gmail і Apple Mail без нього не показують логотип; Yahoo може показати.",
    }
    BimiDmarcNotEnforced {
        en: "BIMI needs a DMARC policy of quarantine or reject (at pct=100, and not sp=none) at the organizational domain; this domain's policy is {policy}.",
        de: "BIMI braucht eine DMARC-Policy quarantine oder reject (mit pct=100 und nicht sp=none) an der Organisationsdomain; die Policy dieser Domain ist {policy}.",
        uk: "BIMI потребує політики DMARC quarantine або reject (з pct=100 і не sp=none) на організаційному домені; політика цього домену — {policy}.",
    }
    BimiNoDmarc {
        en: "BIMI needs a DMARC policy of quarantine or reject at the organizational domain; this domain has no DMARC record.",
        de: "BIMI braucht eine DMARC-Policy quarantine oder reject an der Organisationsdomain; diese Domain hat keinen DMARC-Record.",
        uk: "BIMI потребує політики DMARC quarantine або reject на організаційному домені; цей домен не має запису DMARC.",
    }
    SvgNotGiven {
        en: "The logo was not read: in the page, paste or drop the SVG from {url} (the logo's server may refuse the browser a cross-origin read); the command line fetches it unless --offline.",
        de: "Das Logo wurde nicht gelesen: Fügen Sie auf der Seite das SVG von {url} ein oder ziehen Sie es hinein (der Server des Logos verweigert dem Browser oft den ursprungsübergreifenden Abruf); die Kommandozeile ruft es ab, außer mit --offline.",
        uk: "Логотип не прочитано: на сторінці вставте або перетягніть SVG з {url} (сервер логотипа може не дозволити браузеру читання з іншого джерела); командний рядок отримує його сам, якщо немає --offline.",
    }
    SvgNotXml {
        en: "The logo is not well-formed XML: {error}",
        de: "Das Logo ist kein wohlgeformtes XML: {error}",
        uk: "Логотип не є коректним XML: {error}",
    }
    SvgRootNotSvg {
        en: "The logo's root element is <{name}>, not <svg>.",
        de: "Das Wurzelelement des Logos ist <{name}>, nicht <svg>.",
        uk: "Кореневий елемент логотипа — <{name}>, а не <svg>.",
    }
    SvgNotTinyPs {
        en: "The <svg> element does not declare version=\"1.2\" and baseProfile=\"tiny-ps\": BIMI requires the SVG Tiny Portable/Secure profile.",
        de: "Das Element <svg> deklariert nicht version=\"1.2\" und baseProfile=\"tiny-ps\": BIMI verlangt das Profil SVG Tiny Portable/Secure.",
        uk: "Елемент <svg> не оголошує version=\"1.2\" і baseProfile=\"tiny-ps\": BIMI вимагає профілю SVG Tiny Portable/Secure.",
    }
    SvgNoTitle {
        en: "The logo has no <title> element: SVG Tiny PS requires one (the brand's name).",
        de: "Das Logo hat kein Element <title>: SVG Tiny PS verlangt eines (den Markennamen).",
        uk: "Логотип не має елемента <title>: SVG Tiny PS його вимагає (назву бренду).",
    }
    SvgForbiddenElement {
        en: "The logo contains <{name}>, which SVG Tiny PS forbids (scripts, animation, embedded or external content).",
        de: "Das Logo enthält <{name}>, das SVG Tiny PS verbietet (Skripte, Animation, eingebettete oder externe Inhalte).",
        uk: "Логотип містить <{name}>, що заборонено в SVG Tiny PS (скрипти, анімація, вбудований або зовнішній вміст).",
    }
    SvgForbiddenAttribute {
        en: "The logo has the attribute {name} on <{element}>, which SVG Tiny PS forbids (event handlers, external references, x/y on the root).",
        de: "Das Logo hat das Attribut {name} an <{element}>, das SVG Tiny PS verbietet (Event-Handler, externe Verweise, x/y an der Wurzel).",
        uk: "Логотип має атрибут {name} в <{element}>, що заборонено в SVG Tiny PS (обробники подій, зовнішні посилання, x/y у корені).",
    }
    SvgTooLarge {
        en: [
            "The logo is {n} octet long; BIMI asks for at most 32 KiB.",
            "The logo is {n} octets long; BIMI asks for at most 32 KiB.",
        ],
        de: [
            "Das Logo ist {n} Oktett lang; BIMI verlangt höchstens 32 KiB.",
            "Das Logo ist {n} Oktette lang; BIMI verlangt höchstens 32 KiB.",
        ],
        uk: [
            "Логотип має довжину {n} октет; BIMI вимагає щонайбільше 32 КіБ.",
            "Логотип має довжину {n} октети; BIMI вимагає щонайбільше 32 КіБ.",
            "Логотип має довжину {n} октетів; BIMI вимагає щонайбільше 32 КіБ.",
        ],
    }
    SvgNotSquare {
        en: "The logo's viewBox is {width} × {height}: BIMI logos are shown in a square (or circle) and should be square.",
        de: "Die viewBox des Logos ist {width} × {height}: BIMI-Logos werden quadratisch (oder rund) angezeigt und sollten quadratisch sein.",
        uk: "viewBox логотипа — {width} × {height}: логотипи BIMI показують у квадраті (або колі), тож вони мають бути квадратними.",
    }
    SvgTooDeep {
        en: "The logo nests elements more than {max} deep: it was not read further.",
        de: "Das Logo verschachtelt Elemente tiefer als {max}: Es wurde nicht weiter gelesen.",
        uk: "Логотип вкладає елементи глибше ніж на {max} рівнів: далі його не читали.",
    }
    SvgConforms {
        en: "The logo conforms to the SVG Tiny PS rules this check knows (profile, title, no scripts, animation or external content).",
        de: "Das Logo erfüllt die SVG-Tiny-PS-Regeln, die diese Prüfung kennt (Profil, Titel, keine Skripte, Animation oder externen Inhalte).",
        uk: "Логотип відповідає правилам SVG Tiny PS, які знає ця перевірка (профіль, назва, без скриптів, анімації чи зовнішнього вмісту).",
    }
    // ---- the BIMI mark certificate (src/builder/vmc.rs)
    VmcNotGiven {
        en: "The mark certificate was not read: in the page, paste the PEM from {url}; the command line fetches it unless --offline.",
        de: "Das Markenzertifikat wurde nicht gelesen: Fügen Sie auf der Seite das PEM von {url} ein; die Kommandozeile ruft es ab, außer mit --offline.",
        uk: "Сертифікат знака не прочитано: на сторінці вставте PEM з {url}; командний рядок отримує його сам, якщо немає --offline.",
    }
    VmcNoCertificate {
        en: "No PEM certificate (-----BEGIN CERTIFICATE-----) was found in the mark certificate file.",
        de: "In der Datei des Markenzertifikats wurde kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----) gefunden.",
        uk: "У файлі сертифіката знака не знайдено сертифіката PEM (-----BEGIN CERTIFICATE-----).",
    }
    VmcMalformed {
        en: "Certificate {index} of the file is not a well-formed X.509 certificate; it was not read further.",
        de: "Zertifikat {index} der Datei ist kein wohlgeformtes X.509-Zertifikat; es wurde nicht weiter gelesen.",
        uk: "Сертифікат {index} у файлі не є коректним сертифікатом X.509; далі його не читали.",
    }
    VmcChainEnds {
        en: "The chain ends at a certificate issued by {issuer}, which is not in the file: whether that is a BIMI root the receivers trust is not checked here (no root list is shipped).",
        de: "Die Kette endet bei einem Zertifikat, das {issuer} ausgestellt hat und das nicht in der Datei ist: Ob das eine BIMI-Wurzel ist, der Empfänger vertrauen, wird hier nicht geprüft (keine Wurzelliste enthalten).",
        uk: "Ланцюжок закінчується сертифікатом, який видав {issuer} і якого немає у файлі: чи це корінь BIMI, якому довіряють одержувачі, тут не перевіряється (перелік коренів не входить).",
    }
    VmcChainOrder {
        en: "Certificate {index} was issued by {issuer}, but the next certificate in the file is another one: the chain is out of order or incomplete.",
        de: "Zertifikat {index} wurde von {issuer} ausgestellt, das nächste Zertifikat in der Datei ist aber ein anderes: Die Kette ist falsch sortiert oder unvollständig.",
        uk: "Сертифікат {index} видав {issuer}, але наступний сертифікат у файлі інший: ланцюжок невпорядкований або неповний.",
    }
    VmcSignatureNotChecked {
        en: "The signature on certificate {index} is not RSA with SHA-256; it was not verified here.",
        de: "Die Signatur von Zertifikat {index} ist nicht RSA mit SHA-256; sie wurde hier nicht geprüft.",
        uk: "Підпис сертифіката {index} не є RSA із SHA-256; тут його не перевіряли.",
    }
    VmcSignatureInvalid {
        en: "The signature on certificate {index} is not valid with the key of {issuer}.",
        de: "Die Signatur von Zertifikat {index} ist mit dem Schlüssel von {issuer} nicht gültig.",
        uk: "Підпис сертифіката {index} недійсний із ключем {issuer}.",
    }
    VmcExpired {
        en: "Certificate {index} ({subject}) has expired: receivers show no logo.",
        de: "Zertifikat {index} ({subject}) ist abgelaufen: Empfänger zeigen kein Logo.",
        uk: "Термін дії сертифіката {index} ({subject}) минув: одержувачі не показують логотип.",
    }
    VmcNotYetValid {
        en: "Certificate {index} ({subject}) is not valid yet.",
        de: "Zertifikat {index} ({subject}) ist noch nicht gültig.",
        uk: "Сертифікат {index} ({subject}) ще не дійсний.",
    }
    VmcNoBimiUsage {
        en: "The certificate lacks the BIMI extended key usage (1.3.6.1.5.5.7.3.31): it is no mark certificate.",
        de: "Dem Zertifikat fehlt die erweiterte Schlüsselverwendung für BIMI (1.3.6.1.5.5.7.3.31): Es ist kein Markenzertifikat.",
        uk: "Сертифікат не має розширеного використання ключа BIMI (1.3.6.1.5.5.7.3.31): це не сертифікат знака.",
    }
    VmcDomainNotNamed {
        en: "The certificate does not name {domain} (it names: {names}).",
        de: "Das Zertifikat nennt {domain} nicht (es nennt: {names}).",
        uk: "Сертифікат не називає {domain} (він називає: {names}).",
    }
    VmcNoLogotype {
        en: "The certificate has no logotype extension (RFC 9399): it carries no logo to compare.",
        de: "Das Zertifikat hat keine Logotype-Erweiterung (RFC 9399): Es enthält kein Logo zum Vergleich.",
        uk: "Сертифікат не має розширення logotype (RFC 9399): у ньому немає логотипа для порівняння.",
    }
    VmcLogoHash {
        en: "The logo inside the certificate does not match the certificate's own SHA-256 of it.",
        de: "Das Logo im Zertifikat passt nicht zu dem SHA-256, den das Zertifikat selbst dafür angibt.",
        uk: "Логотип у сертифікаті не збігається з SHA-256, який для нього вказує сам сертифікат.",
    }
    VmcLogoMatches {
        en: "The logo served at l= is byte for byte the logo inside the certificate.",
        de: "Das unter l= ausgelieferte Logo ist Byte für Byte das Logo im Zertifikat.",
        uk: "Логотип за адресою l= побайтово збігається з логотипом у сертифікаті.",
    }
    VmcLogoDiffers {
        en: "The logo served at l= differs from the logo inside the certificate: receivers show no logo. Serve exactly the SVG the certificate carries.",
        de: "Das unter l= ausgelieferte Logo weicht vom Logo im Zertifikat ab: Empfänger zeigen kein Logo. Liefern Sie genau das SVG aus, das das Zertifikat enthält.",
        uk: "Логотип за адресою l= відрізняється від логотипа в сертифікаті: одержувачі не показують логотип. Розміщуйте саме той SVG, що міститься в сертифікаті.",
    }
}
