//! The sentences about what people bring instead of a raw message
//! (src/message/unwrap/): forwards as attachments, bounces (RFC 3464) and
//! their enhanced status codes (RFC 3463, RFC 7372, vendors' own), abuse
//! reports (ARF, RFC 5965), Outlook .msg files, mbox lines, header-only
//! pastes; and an inspection with no DNS at all (src/lib.rs).
//! See `super` for the rules.

phrases! {
    Unwrap;
    // ---- what was unwrapped (src/message/unwrap/mod.rs)
    MboxLineRemoved {
        en: "The mbox \"From \" line at the start was removed: it separates messages in a mailbox file and is not a header.",
        de: "Die mbox-Zeile „From “ am Anfang wurde entfernt: sie trennt Nachrichten in einer Postfachdatei und ist kein Header.",
        uk: "Рядок mbox «From » на початку вилучено: він розділяє листи у файлі поштової скриньки і не є заголовком.",
    }
    MboxrdUnquoted {
        en: "Body lines quoted as \">From \" were unquoted once (mboxrd), as the mailbox file had quoted them.",
        de: "Als „>From “ maskierte Zeilen im Body wurden einmal entmaskiert (mboxrd), wie die Postfachdatei sie maskiert hatte.",
        uk: "Рядки тіла листа, екрановані як «>From », розекрановано один раз (mboxrd), як їх екранував файл поштової скриньки.",
    }
    MsgRead {
        en: "Outlook .msg file: the transport headers Outlook kept (PR_TRANSPORT_MESSAGE_HEADERS) were read.",
        de: "Outlook-.msg-Datei: die von Outlook aufbewahrten Transport-Header (PR_TRANSPORT_MESSAGE_HEADERS) wurden gelesen.",
        uk: "Файл Outlook .msg: прочитано транспортні заголовки, які зберіг Outlook (PR_TRANSPORT_MESSAGE_HEADERS).",
    }
    MsgBodyConverted {
        en: "The .msg keeps the body only as Outlook converted it (text or HTML), not the raw MIME body as it was received.",
        de: "Die .msg-Datei enthält den Body nur so, wie Outlook ihn umgewandelt hat (Text oder HTML), nicht den rohen MIME-Body wie empfangen.",
        uk: "Файл .msg містить текст листа лише в перетвореному Outlook вигляді (текст або HTML), а не необроблене MIME-тіло, як його отримано.",
    }
    NoRawBody {
        en: "Without the raw body, DKIM body hashes and ARC message signatures' body hashes cannot be checked; the header signatures, the hops and the receivers' verdicts can.",
        de: "Ohne den rohen Nachrichtentext lassen sich die DKIM-Body-Hashes und die Body-Hashes der ARC-Message-Signaturen nicht prüfen; die Header-Signaturen, die Hops und die Urteile der Empfänger schon.",
        uk: "Без необробленого тіла листа не можна перевірити хеші тіла DKIM і хеші тіла підписів ARC-Message-Signature; підписи заголовків, хопи та вердикти одержувачів перевірити можна.",
    }
    HeadersOnly {
        en: "Only a header section was given (no empty line, no body): everything that reads the headers is inspected.",
        de: "Es wurde nur ein Header-Abschnitt angegeben (keine Leerzeile, kein Body): alles, was die Header liest, wird geprüft.",
        uk: "Надано лише розділ заголовків (немає порожнього рядка, немає тіла): перевірено все, що читає заголовки.",
    }
    ForwardUnwrapped {
        en: "A message forwarded as an attachment (message/rfc822) was unwrapped: the attached message is inspected, not the forwarder's.",
        de: "Eine als Anhang weitergeleitete Nachricht (message/rfc822) wurde ausgepackt: geprüft wird die angehängte Nachricht, nicht die des Weiterleitenden.",
        uk: "Розпаковано лист, пересланий як вкладення (message/rfc822): перевіряється вкладений лист, а не лист того, хто переслав.",
    }
    BounceUnwrapped {
        en: "A bounce (delivery status notification, RFC 3464) was unwrapped: the returned message is inspected.",
        de: "Eine Unzustellbarkeitsnachricht (Zustellstatusbenachrichtigung, RFC 3464) wurde ausgepackt: geprüft wird die zurückgesandte Nachricht.",
        uk: "Розпаковано повідомлення про недоставку (сповіщення про стан доставки, RFC 3464): перевіряється повернений лист.",
    }
    BounceHeadersReturned {
        en: "A bounce (delivery status notification, RFC 3464) was unwrapped: it returned only the message's headers (text/rfc822-headers), which are inspected.",
        de: "Eine Unzustellbarkeitsnachricht (Zustellstatusbenachrichtigung, RFC 3464) wurde ausgepackt: sie enthält nur die Header der Nachricht (text/rfc822-headers), und diese werden geprüft.",
        uk: "Розпаковано повідомлення про недоставку (сповіщення про стан доставки, RFC 3464): воно повертає лише заголовки листа (text/rfc822-headers), їх і перевірено.",
    }
    BounceNothingReturned {
        en: "A bounce (delivery status notification, RFC 3464) was read; it returns no copy of the message, so the bounce itself is inspected.",
        de: "Eine Unzustellbarkeitsnachricht (Zustellstatusbenachrichtigung, RFC 3464) wurde gelesen; sie enthält keine Kopie der Nachricht, daher wird sie selbst geprüft.",
        uk: "Прочитано повідомлення про недоставку (сповіщення про стан доставки, RFC 3464); воно не містить копії листа, тому перевіряється саме повідомлення.",
    }
    ReportUnwrapped {
        en: "An abuse/feedback report (ARF, RFC 5965) was unwrapped: the reported message is inspected.",
        de: "Ein Missbrauchs-/Feedback-Report (ARF, RFC 5965) wurde ausgepackt: geprüft wird die gemeldete Nachricht.",
        uk: "Розпаковано звіт про зловживання/відгук (ARF, RFC 5965): перевіряється лист, на який поскаржилися.",
    }
    ReportHeadersReturned {
        en: "An abuse/feedback report (ARF, RFC 5965) was unwrapped: it holds only the reported message's headers (text/rfc822-headers), which are inspected.",
        de: "Ein Missbrauchs-/Feedback-Report (ARF, RFC 5965) wurde ausgepackt: er enthält nur die Header der gemeldeten Nachricht (text/rfc822-headers), und diese werden geprüft.",
        uk: "Розпаковано звіт про зловживання/відгук (ARF, RFC 5965): він містить лише заголовки листа, на який поскаржилися (text/rfc822-headers), їх і перевірено.",
    }
    ReportNothingReturned {
        en: "An abuse/feedback report (ARF, RFC 5965) was read; it holds no copy of the reported message, so the report itself is inspected.",
        de: "Ein Missbrauchs-/Feedback-Report (ARF, RFC 5965) wurde gelesen; er enthält keine Kopie der gemeldeten Nachricht, daher wird er selbst geprüft.",
        uk: "Прочитано звіт про зловживання/відгук (ARF, RFC 5965); він не містить копії листа, тому перевіряється сам звіт.",
    }
    OuterInspected {
        en: "The wrapper itself is inspected, as asked, not the message inside it.",
        de: "Wie gewünscht wird die äußere Nachricht selbst geprüft, nicht die Nachricht darin.",
        uk: "Як і запитано, перевіряється сама зовнішня обгортка, а не лист усередині неї.",
    }
    // ---- input errors (src/message/unwrap/msg.rs)
    MsgUnreadable {
        en: "this looks like an Outlook .msg file (Compound File Binary), but it cannot be read: {error}",
        de: "das sieht wie eine Outlook-.msg-Datei (Compound File Binary) aus, lässt sich aber nicht lesen: {error}",
        uk: "це схоже на файл Outlook .msg (Compound File Binary), але його не вдається прочитати: {error}",
    }
    MsgNoTransportHeaders {
        en: "this Outlook .msg file has no transport headers (PR_TRANSPORT_MESSAGE_HEADERS): it was never received over SMTP (a draft or a sent item), so it has no headers to inspect; save the received message as .eml or use \"View source\"",
        de: "diese Outlook-.msg-Datei hat keine Transport-Header (PR_TRANSPORT_MESSAGE_HEADERS): sie wurde nie per SMTP empfangen (ein Entwurf oder ein gesendetes Element) und hat daher keine Header zum Prüfen; speichern Sie die empfangene Nachricht als .eml oder nutzen Sie „Quelltext anzeigen“",
        uk: "цей файл Outlook .msg не має транспортних заголовків (PR_TRANSPORT_MESSAGE_HEADERS): його ніколи не отримано через SMTP (чернетка або надісланий лист), тож перевіряти нема чого; збережіть отриманий лист як .eml або скористайтеся «Переглянути джерело»",
    }
    // ---- enhanced status codes: the class (RFC 3463 §3.1)
    ClassSuccess {
        en: "success: the message was delivered or relayed",
        de: "Erfolg: die Nachricht wurde zugestellt oder weitergeleitet",
        uk: "успіх: лист доставлено або передано далі",
    }
    ClassPersistent {
        en: "persistent transient failure: not delivered yet, the sending server will try again",
        de: "vorübergehender Fehler: noch nicht zugestellt, der sendende Server versucht es erneut",
        uk: "тимчасова помилка: ще не доставлено, сервер-відправник спробує знову",
    }
    ClassPermanent {
        en: "permanent failure: not delivered, and sending it again unchanged will fail again",
        de: "dauerhafter Fehler: nicht zugestellt, und ein unverändertes erneutes Senden scheitert wieder",
        uk: "постійна помилка: не доставлено, і повторне надсилання без змін знову не вдасться",
    }
    // ---- the subject (RFC 3463 §3.2–§3.9)
    SubjectOther {
        en: "other or undefined status",
        de: "sonstiger oder undefinierter Status",
        uk: "інший або невизначений стан",
    }
    SubjectAddressing {
        en: "addressing: a problem with the sender's or the recipient's address",
        de: "Adressierung: ein Problem mit der Adresse des Absenders oder Empfängers",
        uk: "адресація: проблема з адресою відправника або одержувача",
    }
    SubjectMailbox {
        en: "mailbox: a problem with the recipient's mailbox",
        de: "Postfach: ein Problem mit dem Postfach des Empfängers",
        uk: "поштова скринька: проблема зі скринькою одержувача",
    }
    SubjectSystem {
        en: "mail system: a problem with the receiving mail system",
        de: "Mailsystem: ein Problem mit dem empfangenden Mailsystem",
        uk: "поштова система: проблема з поштовою системою одержувача",
    }
    SubjectNetwork {
        en: "network and routing: the message could not be routed or the connection failed",
        de: "Netz und Routing: die Nachricht ließ sich nicht weiterleiten oder die Verbindung scheiterte",
        uk: "мережа й маршрутизація: лист не вдалося спрямувати або з’єднання не вдалося",
    }
    SubjectProtocol {
        en: "mail delivery protocol: a problem in the SMTP dialogue",
        de: "Zustellprotokoll: ein Problem im SMTP-Dialog",
        uk: "протокол доставки: проблема в діалозі SMTP",
    }
    SubjectContent {
        en: "message content or media: a problem with the message's content or format",
        de: "Inhalt oder Medientyp: ein Problem mit Inhalt oder Format der Nachricht",
        uk: "вміст або тип даних: проблема зі вмістом чи форматом листа",
    }
    SubjectSecurity {
        en: "security or policy: the receiver refused the message by its security or anti-spam policy",
        de: "Sicherheit oder Policy: der Empfänger hat die Nachricht nach seiner Sicherheits- oder Anti-Spam-Policy abgelehnt",
        uk: "безпека або політика: одержувач відхилив лист за своєю політикою безпеки чи захисту від спаму",
    }
    // ---- the detail (RFC 3463, RFC 7372, RFC 7505, RFC 4954, RFC 3886 via the IANA registry)
    D1x0 { en: "other address status", de: "sonstiger Adressstatus", uk: "інший стан адреси" }
    D1x1 {
        en: "bad destination mailbox address: the recipient's mailbox does not exist there",
        de: "ungültige Zielpostfachadresse: das Postfach des Empfängers existiert dort nicht",
        uk: "некоректна адреса скриньки призначення: такої скриньки одержувача там немає",
    }
    D1x2 {
        en: "bad destination system address: the recipient's domain does not accept mail",
        de: "ungültige Zielsystemadresse: die Domain des Empfängers nimmt keine Mail an",
        uk: "некоректна адреса системи призначення: домен одержувача не приймає пошту",
    }
    D1x3 {
        en: "bad destination mailbox address syntax",
        de: "ungültige Syntax der Zielpostfachadresse",
        uk: "некоректний синтаксис адреси скриньки призначення",
    }
    D1x6 {
        en: "destination mailbox has moved, no forwarding address",
        de: "Zielpostfach ist umgezogen, keine Weiterleitungsadresse",
        uk: "скриньку призначення перенесено, адреси для пересилання немає",
    }
    D1x7 {
        en: "bad sender's mailbox address syntax",
        de: "ungültige Syntax der Absenderadresse",
        uk: "некоректний синтаксис адреси відправника",
    }
    D1x8 {
        en: "bad sender's system address: the sender's domain cannot receive replies",
        de: "ungültige Absender-Systemadresse: die Domain des Absenders kann keine Antworten empfangen",
        uk: "некоректна адреса системи відправника: домен відправника не може отримувати відповіді",
    }
    D1x10 {
        en: "the recipient's domain publishes a null MX: it accepts no mail (RFC 7505)",
        de: "die Domain des Empfängers veröffentlicht einen Null-MX: sie nimmt keine Mail an (RFC 7505)",
        uk: "домен одержувача публікує нульовий MX: він не приймає пошту (RFC 7505)",
    }
    D2x0 { en: "other or undefined mailbox status", de: "sonstiger Postfachstatus", uk: "інший стан скриньки" }
    D2x1 {
        en: "mailbox disabled, not accepting messages",
        de: "Postfach deaktiviert, nimmt keine Nachrichten an",
        uk: "скриньку вимкнено, листи не приймаються",
    }
    D2x2 { en: "mailbox full", de: "Postfach voll", uk: "скринька переповнена" }
    D2x3 {
        en: "message length exceeds the administrative limit",
        de: "Nachrichtengröße überschreitet das administrative Limit",
        uk: "розмір листа перевищує адміністративне обмеження",
    }
    D2x4 { en: "mailing list expansion problem", de: "Problem beim Auflösen der Verteilerliste", uk: "проблема з розгортанням списку розсилки" }
    D3x0 { en: "other or undefined mail system status", de: "sonstiger Status des Mailsystems", uk: "інший стан поштової системи" }
    D3x1 { en: "mail system full", de: "Mailsystem voll", uk: "поштова система переповнена" }
    D3x2 {
        en: "system not accepting network messages",
        de: "System nimmt keine Nachrichten aus dem Netz an",
        uk: "система не приймає листи з мережі",
    }
    D3x4 { en: "message too big for the system", de: "Nachricht zu groß für das System", uk: "лист завеликий для системи" }
    D4x0 { en: "other or undefined network or routing status", de: "sonstiger Netz- oder Routingstatus", uk: "інший стан мережі чи маршрутизації" }
    D4x1 { en: "no answer from the host", de: "keine Antwort vom Host", uk: "вузол не відповідає" }
    D4x2 { en: "bad connection", de: "fehlerhafte Verbindung", uk: "погане з’єднання" }
    D4x3 {
        en: "directory server failure (often DNS)",
        de: "Fehler des Verzeichnisservers (oft DNS)",
        uk: "збій сервера каталогів (часто DNS)",
    }
    D4x4 {
        en: "unable to route: no mail server found for the domain",
        de: "Routing nicht möglich: kein Mailserver für die Domain gefunden",
        uk: "неможливо спрямувати: не знайдено поштового сервера для домену",
    }
    D4x5 { en: "mail system congestion", de: "Überlastung des Mailsystems", uk: "перевантаження поштової системи" }
    D4x6 { en: "routing loop detected", de: "Routing-Schleife erkannt", uk: "виявлено петлю маршрутизації" }
    D4x7 {
        en: "delivery time expired: the sending server gave up retrying",
        de: "Zustellzeit abgelaufen: der sendende Server hat die Wiederholungen aufgegeben",
        uk: "час доставки вичерпано: сервер-відправник припинив повторні спроби",
    }
    D5x0 { en: "other or undefined protocol status", de: "sonstiger Protokollstatus", uk: "інший стан протоколу" }
    D5x1 { en: "invalid command", de: "ungültiger Befehl", uk: "неприпустима команда" }
    D5x2 { en: "syntax error", de: "Syntaxfehler", uk: "синтаксична помилка" }
    D5x3 { en: "too many recipients", de: "zu viele Empfänger", uk: "забагато отримувачів" }
    D5x4 { en: "invalid command arguments", de: "ungültige Befehlsargumente", uk: "неприпустимі аргументи команди" }
    D6x0 { en: "other or undefined media error", de: "sonstiger Medienfehler", uk: "інша помилка типу даних" }
    D6x1 { en: "media not supported", de: "Medientyp nicht unterstützt", uk: "тип даних не підтримується" }
    D7x0 { en: "other or undefined security status", de: "sonstiger Sicherheitsstatus", uk: "інший стан безпеки" }
    D7x1 {
        en: "delivery not authorized, message refused (the receiver's policy: often a blocklist, a reputation or an authentication rule)",
        de: "Zustellung nicht erlaubt, Nachricht abgelehnt (Policy des Empfängers: oft eine Blockliste, die Reputation oder eine Authentifizierungsregel)",
        uk: "доставку не дозволено, лист відхилено (політика одержувача: часто список блокування, репутація або правило автентифікації)",
    }
    D7x8 {
        en: "authentication credentials invalid (SMTP AUTH)",
        de: "Anmeldedaten ungültig (SMTP AUTH)",
        uk: "некоректні облікові дані (SMTP AUTH)",
    }
    D7x20 { en: "no passing DKIM signature found", de: "keine gültige DKIM-Signatur gefunden", uk: "не знайдено підпису DKIM, що пройшов перевірку" }
    D7x21 { en: "no acceptable DKIM signature found", de: "keine akzeptable DKIM-Signatur gefunden", uk: "не знайдено прийнятного підпису DKIM" }
    D7x22 {
        en: "no valid DKIM signature of the author's domain found",
        de: "keine gültige DKIM-Signatur der Domain des Autors gefunden",
        uk: "не знайдено дійсного підпису DKIM домену автора",
    }
    D7x23 { en: "SPF validation failed", de: "SPF-Prüfung fehlgeschlagen", uk: "перевірка SPF не пройшла" }
    D7x24 { en: "SPF validation error", de: "Fehler bei der SPF-Prüfung", uk: "помилка перевірки SPF" }
    D7x25 { en: "reverse DNS validation failed", de: "Reverse-DNS-Prüfung fehlgeschlagen", uk: "перевірка зворотного DNS не пройшла" }
    D7x26 {
        en: "multiple authentication checks failed",
        de: "mehrere Authentifizierungsprüfungen fehlgeschlagen",
        uk: "не пройшли кілька перевірок автентифікації",
    }
    D7x27 {
        en: "the sender's domain publishes a null MX (RFC 7505)",
        de: "die Domain des Absenders veröffentlicht einen Null-MX (RFC 7505)",
        uk: "домен відправника публікує нульовий MX (RFC 7505)",
    }
    DetailUnknown {
        en: "a detail code no standard defines: the server's text below says what it means",
        de: "ein Detailcode, den kein Standard festlegt: der Text des Servers unten sagt, was er bedeutet",
        uk: "код деталі, не визначений жодним стандартом: що він означає, пояснює текст сервера нижче",
    }
    // ---- vendors' own codes and texts: what it means, what to fix
    GmailUnauthenticated {
        en: "Gmail refused the message as unauthenticated: neither SPF nor DKIM passed for it.",
        de: "Gmail hat die Nachricht als nicht authentifiziert abgelehnt: weder SPF noch DKIM wurden bestanden.",
        uk: "Gmail відхилив лист як неавтентифікований: не пройшли ні SPF, ні DKIM.",
    }
    GmailUnauthenticatedFix {
        en: "Authorize the sending server in the SPF record of the MAIL FROM domain and have it sign with DKIM for the From domain; bulk senders also need a DMARC record with an aligned pass.",
        de: "Nehmen Sie den sendenden Server in den SPF-Record der MAIL-FROM-Domain auf und lassen Sie ihn mit DKIM für die From-Domain signieren; Massenversender brauchen außerdem einen DMARC-Record mit einem Pass mit Alignment.",
        uk: "Дозвольте сервер-відправник у записі SPF домену MAIL FROM і налаштуйте підпис DKIM для домену From; масовим відправникам також потрібен запис DMARC з pass із вирівнюванням.",
    }
    GmailSpf {
        en: "Gmail refused the message because SPF did not pass for the sending IP.",
        de: "Gmail hat die Nachricht abgelehnt, weil SPF für die sendende IP nicht bestanden wurde.",
        uk: "Gmail відхилив лист, бо SPF для IP-адреси відправника не пройшов.",
    }
    GmailSpfFix {
        en: "Add the sending server (its IP or its provider's include:) to the SPF record of the MAIL FROM domain, and keep the record within 10 DNS lookups.",
        de: "Nehmen Sie den sendenden Server (seine IP oder das include: seines Anbieters) in den SPF-Record der MAIL-FROM-Domain auf und halten Sie den Record unter 10 DNS-Abfragen.",
        uk: "Додайте сервер-відправник (його IP або include: його постачальника) до запису SPF домену MAIL FROM і тримайте запис у межах 10 DNS-запитів.",
    }
    MicrosoftAuthLevel {
        en: "Outlook.com refused the message: the From domain does not meet its authentication requirements for high-volume senders (SPF and DKIM pass, a DMARC record, an aligned pass).",
        de: "Outlook.com hat die Nachricht abgelehnt: die From-Domain erfüllt nicht die Authentifizierungsanforderungen für Großversender (SPF und DKIM bestanden, ein DMARC-Record, ein Pass mit Alignment).",
        uk: "Outlook.com відхилив лист: домен From не відповідає вимогам автентифікації для масових відправників (SPF і DKIM пройдено, запис DMARC, вирівняний pass).",
    }
    MicrosoftAuthLevelFix {
        en: "Make SPF and DKIM both pass for the From domain's mail, publish a DMARC record (p=none is enough) and make SPF or DKIM align with the From domain.",
        de: "Sorgen Sie dafür, dass SPF und DKIM für die Mail der From-Domain beide bestehen, veröffentlichen Sie einen DMARC-Record (p=none genügt) und sorgen Sie für Alignment von SPF oder DKIM mit der From-Domain.",
        uk: "Забезпечте, щоб SPF і DKIM обидва проходили для пошти домену From, опублікуйте запис DMARC (достатньо p=none) і вирівняйте SPF або DKIM з доменом From.",
    }
    MicrosoftDmarcReject {
        en: "Microsoft refused the message: it failed DMARC and the From domain's policy is p=reject.",
        de: "Microsoft hat die Nachricht abgelehnt: sie hat DMARC nicht bestanden, und die Policy der From-Domain ist p=reject.",
        uk: "Microsoft відхилив лист: він не пройшов DMARC, а політика домену From — p=reject.",
    }
    MicrosoftDmarcRejectFix {
        en: "Find which service sent it and make its SPF (MAIL FROM domain) or its DKIM signature (d=) align with the From domain; until then mail from it is rejected.",
        de: "Finden Sie den Dienst, der sie gesendet hat, und sorgen Sie für Alignment seines SPF (MAIL-FROM-Domain) oder seiner DKIM-Signatur (d=) mit der From-Domain; bis dahin wird seine Mail abgelehnt.",
        uk: "Знайдіть сервіс, що його надіслав, і вирівняйте його SPF (домен MAIL FROM) або підпис DKIM (d=) з доменом From; доти його пошту відхилятимуть.",
    }
    SpamhausListed {
        en: "The receiver refused the connection because the sending IP is on a Spamhaus blocklist.",
        de: "Der Empfänger hat die Verbindung abgelehnt, weil die sendende IP auf einer Spamhaus-Blockliste steht.",
        uk: "Одержувач відхилив з’єднання, бо IP-адреса відправника є в списку блокування Spamhaus.",
    }
    SpamhausListedFix {
        en: "Look the IP up at Spamhaus, fix what got it listed (a compromised account, an open relay, a dynamic address sending directly) and request removal; send through the provider's relay meanwhile.",
        de: "Prüfen Sie die IP bei Spamhaus, beheben Sie die Ursache der Listung (ein kompromittiertes Konto, ein offenes Relay, eine dynamische Adresse, die direkt sendet) und beantragen Sie die Entfernung; senden Sie bis dahin über das Relay des Anbieters.",
        uk: "Перевірте IP на сайті Spamhaus, усуньте причину внесення до списку (зламаний обліковий запис, відкритий ретранслятор, динамічна адреса, що надсилає напряму) і подайте запит на вилучення; тим часом надсилайте через ретранслятор постачальника.",
    }
    PostfixNoHostname {
        en: "The receiving Postfix refused the client for now: its IP has no reverse DNS name, or the name does not resolve back to the IP (reject_unknown_client_hostname).",
        de: "Das empfangende Postfix hat den Client vorerst abgelehnt: seine IP hat keinen Reverse-DNS-Namen, oder der Name löst nicht auf die IP zurück auf (reject_unknown_client_hostname).",
        uk: "Postfix одержувача поки що відхилив клієнта: його IP не має імені у зворотному DNS або ім’я не розв’язується назад у цю IP (reject_unknown_client_hostname).",
    }
    PostfixNoHostnameFix {
        en: "Ask whoever holds the sending IP (the hosting or access provider) for a PTR record whose name has an A/AAAA record pointing back to the same IP.",
        de: "Bitten Sie den Inhaber der sendenden IP (Hoster oder Zugangsanbieter) um einen PTR-Record, dessen Name einen A/AAAA-Record hat, der auf dieselbe IP zurückzeigt.",
        uk: "Попросіть власника IP-адреси відправника (хостинг чи провайдера) про запис PTR, ім’я якого має запис A/AAAA, що вказує на ту саму IP.",
    }
    PostfixHeloUnknown {
        en: "The receiving Postfix refused the HELO name: it has no A or MX record (reject_unknown_helo_hostname).",
        de: "Das empfangende Postfix hat den HELO-Namen abgelehnt: er hat keinen A- oder MX-Record (reject_unknown_helo_hostname).",
        uk: "Postfix одержувача відхилив ім’я HELO: воно не має запису A чи MX (reject_unknown_helo_hostname).",
    }
    PostfixHeloUnknownFix {
        en: "Make the sending server say a fully qualified name in HELO that resolves in DNS, ideally its reverse DNS name.",
        de: "Lassen Sie den sendenden Server im HELO einen vollständigen Namen nennen, der im DNS auflöst, am besten seinen Reverse-DNS-Namen.",
        uk: "Налаштуйте сервер-відправник називати в HELO повне ім’я, яке розв’язується в DNS, найкраще його ім’я зі зворотного DNS.",
    }
    Greylisted {
        en: "The receiver greylisted the message: a first delivery from an unknown sender is deferred on purpose.",
        de: "Der Empfänger hat die Nachricht gegreylistet: eine erste Zustellung eines unbekannten Absenders wird absichtlich verzögert.",
        uk: "Одержувач застосував сірий список: першу доставку від невідомого відправника навмисно відкладено.",
    }
    GreylistedFix {
        en: "Nothing to fix: a standards-conforming server retries and the message is accepted after the delay.",
        de: "Nichts zu beheben: ein standardkonformer Server versucht es erneut, und die Nachricht wird nach der Wartezeit angenommen.",
        uk: "Нічого виправляти не треба: сервер, що відповідає стандартам, повторить спробу, і лист приймуть після затримки.",
    }
    // ---- feedback types (RFC 5965 §7.3, RFC 6591)
    FeedbackAbuse {
        en: "abuse: a recipient reported it as spam or other unwanted mail",
        de: "abuse: ein Empfänger hat sie als Spam oder andere unerwünschte Mail gemeldet",
        uk: "abuse: одержувач позначив лист як спам чи іншу небажану пошту",
    }
    FeedbackFraud {
        en: "fraud: reported as fraud or phishing",
        de: "fraud: als Betrug oder Phishing gemeldet",
        uk: "fraud: повідомлено як шахрайство чи фішинг",
    }
    FeedbackVirus {
        en: "virus: reported as carrying malware",
        de: "virus: als Träger von Schadsoftware gemeldet",
        uk: "virus: повідомлено, що лист містить шкідливе ПЗ",
    }
    FeedbackNotSpam {
        en: "not-spam: a recipient said it is not spam after a filter had judged it so",
        de: "not-spam: ein Empfänger sagt, sie sei kein Spam, nachdem ein Filter sie dafür hielt",
        uk: "not-spam: одержувач зазначив, що це не спам, хоча фільтр вважав інакше",
    }
    FeedbackAuthFailure {
        en: "auth-failure: a failed SPF, DKIM or DMARC check reported to the domain (RFC 6591)",
        de: "auth-failure: eine fehlgeschlagene SPF-, DKIM- oder DMARC-Prüfung, an die Domain gemeldet (RFC 6591)",
        uk: "auth-failure: звіт домену про невдалу перевірку SPF, DKIM чи DMARC (RFC 6591)",
    }
    FeedbackOther {
        en: "other: a report of a kind the format does not name",
        de: "other: ein Report einer Art, die das Format nicht benennt",
        uk: "other: звіт виду, який формат не називає",
    }
    // ---- no DNS (src/lib.rs)
    NoDnsNotice {
        en: "No DNS was used: SPF, DKIM keys, ARC seals, DMARC, reverse DNS and blocklists were not checked; the hops, the trust boundary, the receivers' verdicts, the antispam headers and the DKIM body hashes come from the message alone.",
        de: "Es wurde kein DNS verwendet: SPF, DKIM-Schlüssel, Seals von ARC, DMARC, Reverse-DNS und Blocklisten wurden nicht geprüft; die Hops, die Vertrauensgrenze, die Urteile der Empfänger, die Antispam-Header und die DKIM-Body-Hashes stammen allein aus der Nachricht.",
        uk: "DNS не використано: SPF, ключі DKIM, печатки ARC, DMARC, зворотний DNS і списки блокування не перевірено; хопи, межа довіри, вердикти одержувачів, антиспам-заголовки та хеші тіла DKIM узято лише з листа.",
    }
    NotCheckedNoDns {
        en: "not checked: no DNS",
        de: "nicht geprüft: kein DNS",
        uk: "не перевірено: немає DNS",
    }
    NoDnsResolver {
        en: "no DNS (headers only)",
        de: "kein DNS (nur Header)",
        uk: "без DNS (лише заголовки)",
    }
}
