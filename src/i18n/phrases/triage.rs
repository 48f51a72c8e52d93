//! The sentences of the sender requirements and the security triage
//! (src/triage/): each requirement line's why, each finding and why it
//! matters, and the summary items they add. See `super` for the rules.

phrases! {
    Triage;
    // ---- the lines' names and the "cannot tell" status (renderers)
    RuleSpfPass { en: "SPF passes", de: "SPF besteht (pass)", uk: "SPF проходить (pass)" }
    RuleDkimPass { en: "DKIM passes", de: "DKIM besteht (pass)", uk: "DKIM проходить (pass)" }
    RuleSpfAndDkim { en: "Both SPF and DKIM pass", de: "SPF und DKIM bestehen beide", uk: "SPF і DKIM проходять обидва" }
    RuleDmarc {
        en: "DMARC published (p=none is enough) and passing aligned",
        de: "DMARC veröffentlicht (p=none genügt) und mit Alignment bestanden",
        uk: "DMARC опубліковано (досить p=none) і пройдено з вирівнюванням",
    }
    RuleOneClick {
        en: "One-click unsubscribe (RFC 8058), signed with DKIM",
        de: "Abmelden mit einem Klick (RFC 8058), mit DKIM signiert",
        uk: "Відписка одним кліком (RFC 8058), підписана DKIM",
    }
    RuleReverseDns {
        en: "Sending IP has forward-confirmed reverse DNS",
        de: "Die sendende IP hat vorwärts bestätigtes Reverse-DNS",
        uk: "IP відправника має зворотний DNS, підтверджений прямим запитом",
    }
    RuleTls {
        en: "TLS on the hop into the receiver",
        de: "TLS auf dem Hop zum Empfänger",
        uk: "TLS на хопі до одержувача",
    }
    RuleKeySize {
        en: "DKIM key of at least 1024 bits",
        de: "DKIM-Schlüssel mit mindestens 1024 Bit",
        uk: "Ключ DKIM щонайменше 1024 біт",
    }
    RuleFrom { en: "A valid From header", de: "Ein gültiger From-Header", uk: "Дійсний заголовок From" }
    RuleMessageId { en: "A valid Message-ID header", de: "Ein gültiger Message-ID-Header", uk: "Дійсний заголовок Message-ID" }
    RuleDate { en: "A valid Date header", de: "Ein gültiger Date-Header", uk: "Дійсний заголовок Date" }
    StatusCannotTell { en: "cannot tell", de: "nicht feststellbar", uk: "неможливо визначити" }
    BulkOnly { en: "bulk senders", de: "Massenversender", uk: "масові відправники" }
    AllSenders { en: "all senders", de: "alle Absender", uk: "усі відправники" }
    WhoAsks { en: "{providers} ({scope})", de: "{providers} ({scope})", uk: "{providers} ({scope})" }
    BulkYes {
        en: "This looks like bulk mail: {signs}.",
        de: "Das sieht nach Massen-E-Mail aus: {signs}.",
        uk: "Це схоже на масову розсилку: {signs}.",
    }
    BulkUnknown {
        en: "Nothing marks this as bulk mail (no List-Id, List-Unsubscribe, Precedence or bulk service's header): the bulk-sender lines cannot tell.",
        de: "Nichts kennzeichnet dies als Massen-E-Mail (kein List-Id, List-Unsubscribe, Precedence oder Header eines Versanddienstes): die Zeilen für Massenversender sind nicht feststellbar.",
        uk: "Ніщо не позначає цей лист як масову розсилку (немає List-Id, List-Unsubscribe, Precedence чи заголовка сервісу розсилок): рядки для масових відправників визначити неможливо.",
    }
    // ---- why, per line (src/triage/requirements.rs)
    NoDns {
        en: "Cannot tell: this needs DNS, and the inspection ran without it.",
        de: "Nicht feststellbar: dafür ist DNS nötig, und die Prüfung lief ohne DNS.",
        uk: "Неможливо визначити: для цього потрібен DNS, а перевірка працювала без нього.",
    }
    NoClientIp {
        en: "Cannot tell: the sending IP is not known (no Received line of the receiver at the trust boundary).",
        de: "Nicht feststellbar: die sendende IP ist unbekannt (keine Received-Zeile des Empfängers an der Vertrauensgrenze).",
        uk: "Неможливо визначити: IP відправника невідома (немає рядка Received одержувача на межі довіри).",
    }
    SpfPass {
        en: "SPF passes for {domain}.",
        de: "SPF besteht für {domain} (pass).",
        uk: "SPF проходить для {domain} (pass).",
    }
    SpfTempError {
        en: "SPF for {domain} ended in temperror (a DNS failure): whether it passes cannot be told.",
        de: "SPF für {domain} endete mit temperror (ein DNS-Fehler): ob es besteht, ist nicht feststellbar.",
        uk: "SPF для {domain} завершився з temperror (збій DNS): чи проходить він, визначити неможливо.",
    }
    SpfFailed {
        en: "SPF is {result} for {domain}; the providers ask for pass.",
        de: "SPF ist {result} für {domain}; die Anbieter verlangen pass.",
        uk: "SPF для {domain}: {result}; постачальники вимагають pass.",
    }
    DkimNone {
        en: "The message has no DKIM signature; the providers ask that every message be signed.",
        de: "Die Nachricht hat keine DKIM-Signatur; die Anbieter verlangen, dass jede Nachricht signiert ist.",
        uk: "Лист не має підпису DKIM; постачальники вимагають, щоб кожен лист був підписаний.",
    }
    DkimPass {
        en: "The DKIM signature of {domain} passes.",
        de: "Die DKIM-Signatur von {domain} besteht (pass).",
        uk: "Підпис DKIM домену {domain} проходить (pass).",
    }
    DkimTempError {
        en: "No DKIM key could be fetched (a DNS failure): whether a signature passes cannot be told.",
        de: "Kein DKIM-Schlüssel war abrufbar (ein DNS-Fehler): ob eine Signatur besteht, ist nicht feststellbar.",
        uk: "Жоден ключ DKIM не вдалося отримати (збій DNS): чи проходить підпис, визначити неможливо.",
    }
    DkimFailed {
        en: "No DKIM signature passes ({results}).",
        de: "Keine DKIM-Signatur besteht ({results}).",
        uk: "Жоден підпис DKIM не проходить ({results}).",
    }
    BothPass {
        en: "SPF and DKIM both pass, as bulk senders must.",
        de: "SPF und DKIM bestehen beide, wie es für Massenversender vorgeschrieben ist.",
        uk: "SPF і DKIM проходять обидва, як і має бути для масових відправників.",
    }
    BothNotBulk {
        en: "Both are required of bulk senders only, and nothing marks this as bulk mail.",
        de: "Beides wird nur von Massenversendern verlangt, und nichts kennzeichnet dies als Massen-E-Mail.",
        uk: "Обидва потрібні лише масовим відправникам, а ніщо не позначає цей лист як масову розсилку.",
    }
    BothMissingDkim {
        en: "Bulk senders must pass both SPF and DKIM; DKIM does not pass.",
        de: "Massenversender müssen SPF und DKIM beide bestehen; DKIM besteht nicht.",
        uk: "Масові відправники мають пройти і SPF, і DKIM; DKIM не проходить.",
    }
    BothMissingSpf {
        en: "Bulk senders must pass both SPF and DKIM; SPF does not pass.",
        de: "Massenversender müssen SPF und DKIM beide bestehen; SPF besteht nicht.",
        uk: "Масові відправники мають пройти і SPF, і DKIM; SPF не проходить.",
    }
    BothMissingEither {
        en: "Bulk senders must pass both SPF and DKIM; neither passes.",
        de: "Massenversender müssen SPF und DKIM beide bestehen; keines von beiden besteht.",
        uk: "Масові відправники мають пройти і SPF, і DKIM; не проходить жоден.",
    }
    NoFromDomain {
        en: "Cannot tell: the message has no From domain.",
        de: "Nicht feststellbar: die Nachricht hat keine From-Domain.",
        uk: "Неможливо визначити: лист не має домену From.",
    }
    DmarcPass {
        en: "{domain} publishes DMARC (p={policy}) and the message passes it, aligned through {aligned}.",
        de: "{domain} veröffentlicht DMARC (p={policy}), und die Nachricht besteht es, aligned über {aligned}.",
        uk: "{domain} публікує DMARC (p={policy}), і лист його проходить, вирівняний через {aligned}.",
    }
    DmarcTempError {
        en: "The DMARC record of {domain} could not be fetched (a DNS failure).",
        de: "Der DMARC-Record von {domain} war nicht abrufbar (ein DNS-Fehler).",
        uk: "Запис DMARC домену {domain} не вдалося отримати (збій DNS).",
    }
    DmarcNoRecord {
        en: "{domain} publishes no DMARC record; bulk senders need one (p=none is enough).",
        de: "{domain} veröffentlicht keinen DMARC-Record; Massenversender brauchen einen (p=none genügt).",
        uk: "{domain} не публікує запису DMARC; масовим відправникам він потрібен (досить p=none).",
    }
    DmarcNotAligned {
        en: "{domain} publishes DMARC (p={policy}), but neither SPF nor DKIM passes aligned with the From domain.",
        de: "{domain} veröffentlicht DMARC (p={policy}), aber weder SPF noch DKIM besteht mit Alignment zur From-Domain.",
        uk: "{domain} публікує DMARC (p={policy}), але ні SPF, ні DKIM не проходить з вирівнюванням на домен From.",
    }
    UnsubNotBulk {
        en: "Cannot tell whether this is bulk mail (no List-Id, List-Unsubscribe, Precedence or bulk service's header); one-click unsubscribe is required of bulk and marketing mail only.",
        de: "Nicht feststellbar, ob dies Massen-E-Mail ist (kein List-Id, List-Unsubscribe, Precedence oder Header eines Versanddienstes); Abmelden mit einem Klick wird nur für Massen- und Werbe-E-Mails verlangt.",
        uk: "Неможливо визначити, чи це масова розсилка (немає List-Id, List-Unsubscribe, Precedence чи заголовка сервісу розсилок); відписка одним кліком потрібна лише для масових і рекламних листів.",
    }
    UnsubMissing {
        en: "This looks like bulk mail ({signs}) but has no List-Unsubscribe header; Gmail and Yahoo require one-click unsubscribe (RFC 8058) for it.",
        de: "Das sieht nach Massen-E-Mail aus ({signs}), hat aber keinen List-Unsubscribe-Header; Gmail und Yahoo verlangen dafür Abmelden mit einem Klick (RFC 8058).",
        uk: "Це схоже на масову розсилку ({signs}), але заголовка List-Unsubscribe немає; Gmail і Yahoo вимагають для неї відписку одним кліком (RFC 8058).",
    }
    UnsubNoHttps {
        en: "List-Unsubscribe has no https URI (only mailto: or http:); one-click unsubscribe (RFC 8058) needs an https one.",
        de: "List-Unsubscribe hat keine https-URI (nur mailto: oder http:); Abmelden mit einem Klick (RFC 8058) braucht eine https-URI.",
        uk: "List-Unsubscribe не має https-URI (лише mailto: або http:); відписці одним кліком (RFC 8058) потрібна https-URI.",
    }
    UnsubNoPost {
        en: "List-Unsubscribe-Post: List-Unsubscribe=One-Click is missing, so the unsubscribe is not one-click (RFC 8058 §3.1).",
        de: "List-Unsubscribe-Post: List-Unsubscribe=One-Click fehlt, daher ist das Abmelden nicht mit einem Klick möglich (RFC 8058 §3.1).",
        uk: "Бракує List-Unsubscribe-Post: List-Unsubscribe=One-Click, тож відписка не відбувається одним кліком (RFC 8058 §3.1).",
    }
    UnsubBadPost {
        en: "List-Unsubscribe-Post says \"{value}\", not List-Unsubscribe=One-Click (RFC 8058 §3.1).",
        de: "List-Unsubscribe-Post lautet „{value}“, nicht List-Unsubscribe=One-Click (RFC 8058 §3.1).",
        uk: "List-Unsubscribe-Post містить «{value}», а не List-Unsubscribe=One-Click (RFC 8058 §3.1).",
    }
    UnsubNotSigned {
        en: "No DKIM signature lists both List-Unsubscribe and List-Unsubscribe-Post in its h= tag; RFC 8058 §4 requires a valid signature over them.",
        de: "Keine DKIM-Signatur führt List-Unsubscribe und List-Unsubscribe-Post beide in ihrem h=-Tag; RFC 8058 §4 verlangt eine gültige Signatur darüber.",
        uk: "Жоден підпис DKIM не містить у тегу h= обидва List-Unsubscribe і List-Unsubscribe-Post; RFC 8058 §4 вимагає дійсного підпису над ними.",
    }
    UnsubOk {
        en: "List-Unsubscribe has an https URI, List-Unsubscribe-Post says List-Unsubscribe=One-Click, and the passing DKIM signature of {domain} signs both.",
        de: "List-Unsubscribe hat eine https-URI, List-Unsubscribe-Post lautet List-Unsubscribe=One-Click, und die bestandene DKIM-Signatur von {domain} signiert beide.",
        uk: "List-Unsubscribe має https-URI, List-Unsubscribe-Post містить List-Unsubscribe=One-Click, і підпис DKIM домену {domain}, що проходить, підписує обидва.",
    }
    UnsubSignatureUnchecked {
        en: "The DKIM signature of {domain} signs List-Unsubscribe and List-Unsubscribe-Post, but whether it is valid cannot be told without its key.",
        de: "Die DKIM-Signatur von {domain} signiert List-Unsubscribe und List-Unsubscribe-Post, aber ob sie gültig ist, ist ohne ihren Schlüssel nicht feststellbar.",
        uk: "Підпис DKIM домену {domain} підписує List-Unsubscribe і List-Unsubscribe-Post, але чи він дійсний, без його ключа визначити неможливо.",
    }
    UnsubSignatureFailed {
        en: "The DKIM signature of {domain} signs List-Unsubscribe and List-Unsubscribe-Post, but it does not pass.",
        de: "Die DKIM-Signatur von {domain} signiert List-Unsubscribe und List-Unsubscribe-Post, besteht aber nicht.",
        uk: "Підпис DKIM домену {domain} підписує List-Unsubscribe і List-Unsubscribe-Post, але не проходить.",
    }
    RdnsPass {
        en: "The reverse DNS name of {ip}, {name}, resolves back to it.",
        de: "Der Reverse-DNS-Name von {ip}, {name}, löst wieder auf diese IP auf.",
        uk: "Зворотне DNS-ім’я {ip}, {name}, розв’язується назад у цю IP.",
    }
    RdnsTempError {
        en: "The reverse DNS of {ip} could not be fetched (a DNS failure).",
        de: "Das Reverse-DNS von {ip} war nicht abrufbar (ein DNS-Fehler).",
        uk: "Зворотний DNS для {ip} не вдалося отримати (збій DNS).",
    }
    RdnsNoPtr {
        en: "{ip} has no reverse DNS (PTR) name; Gmail and Yahoo ask for valid forward and reverse DNS.",
        de: "{ip} hat keinen Reverse-DNS-Namen (PTR); Gmail und Yahoo verlangen gültiges Vorwärts- und Reverse-DNS.",
        uk: "{ip} не має зворотного DNS-імені (PTR); Gmail і Yahoo вимагають дійсних прямого і зворотного DNS.",
    }
    RdnsMismatch {
        en: "The reverse DNS name of {ip} ({ptr}) does not resolve back to it.",
        de: "Der Reverse-DNS-Name von {ip} ({ptr}) löst nicht wieder auf diese IP auf.",
        uk: "Зворотне DNS-ім’я {ip} ({ptr}) не розв’язується назад у цю IP.",
    }
    TlsNoBoundary {
        en: "Cannot tell: no Received line of the receiver at the trust boundary.",
        de: "Nicht feststellbar: keine Received-Zeile des Empfängers an der Vertrauensgrenze.",
        uk: "Неможливо визначити: немає рядка Received одержувача на межі довіри.",
    }
    TlsPass {
        en: "{by} recorded TLS on the hop into it ({how}).",
        de: "{by} hat TLS auf dem Hop zu sich vermerkt ({how}).",
        uk: "{by} зафіксував TLS на хопі до себе ({how}).",
    }
    TlsFail {
        en: "{by} recorded no TLS on the hop into it (with {with}); Gmail requires TLS.",
        de: "{by} hat auf dem Hop zu sich kein TLS vermerkt (with {with}); Gmail verlangt TLS.",
        uk: "{by} не зафіксував TLS на хопі до себе (with {with}); Gmail вимагає TLS.",
    }
    KeyTooShort {
        en: "The DKIM key of {domain} has only {bits} bits; at least 1024 are required.",
        de: "Der DKIM-Schlüssel von {domain} hat nur {bits} Bit; verlangt sind mindestens 1024.",
        uk: "Ключ DKIM домену {domain} має лише {bits} біт; потрібно щонайменше 1024.",
    }
    KeyLongEnough {
        en: "The DKIM key of {domain} has {bits} bits.",
        de: "Der DKIM-Schlüssel von {domain} hat {bits} Bit.",
        uk: "Ключ DKIM домену {domain} має {bits} біт.",
    }
    KeyEd25519 {
        en: "The DKIM key of {domain} is Ed25519 (a fixed, strong key size).",
        de: "Der DKIM-Schlüssel von {domain} ist Ed25519 (eine feste, starke Schlüssellänge).",
        uk: "Ключ DKIM домену {domain} — Ed25519 (фіксована надійна довжина ключа).",
    }
    KeyNoSignature {
        en: "Cannot tell: the message has no DKIM signature, so no key.",
        de: "Nicht feststellbar: die Nachricht hat keine DKIM-Signatur, also keinen Schlüssel.",
        uk: "Неможливо визначити: лист не має підпису DKIM, отже й ключа.",
    }
    KeyNotFound {
        en: "Cannot tell: no usable DKIM key was found to measure.",
        de: "Nicht feststellbar: es wurde kein verwendbarer DKIM-Schlüssel gefunden.",
        uk: "Неможливо визначити: не знайдено придатного ключа DKIM.",
    }
    FromMissing {
        en: "The message has no From header (RFC 5322 §3.6 requires one).",
        de: "Die Nachricht hat keinen From-Header (RFC 5322 §3.6 verlangt einen).",
        uk: "Лист не має заголовка From (RFC 5322 §3.6 вимагає його).",
    }
    FromNoAddress {
        en: "The From header \"{value}\" holds no address.",
        de: "Der From-Header „{value}“ enthält keine Adresse.",
        uk: "Заголовок From «{value}» не містить адреси.",
    }
    FromValid {
        en: "One From header with one address, {address}.",
        de: "Ein From-Header mit einer Adresse, {address}.",
        uk: "Один заголовок From з однією адресою, {address}.",
    }
    FromInvalid {
        en: "The From address {address} is not an RFC 5322 address (local-part@domain).",
        de: "Die From-Adresse {address} ist keine Adresse nach RFC 5322 (local-part@domain).",
        uk: "Адреса From {address} не є адресою за RFC 5322 (local-part@domain).",
    }
    FromSeveralAddresses {
        en: "The From header \"{value}\" names several addresses; receivers expect one.",
        de: "Der From-Header „{value}“ nennt mehrere Adressen; Empfänger erwarten eine.",
        uk: "Заголовок From «{value}» містить кілька адрес; одержувачі очікують одну.",
    }
    MessageIdMissing {
        en: "The message has no Message-ID header.",
        de: "Die Nachricht hat keinen Message-ID-Header.",
        uk: "Лист не має заголовка Message-ID.",
    }
    MessageIdValid {
        en: "Message-ID {id} has the form <id-left@id-right>.",
        de: "Message-ID {id} hat die Form <id-left@id-right>.",
        uk: "Message-ID {id} має форму <id-left@id-right>.",
    }
    MessageIdInvalid {
        en: "Message-ID \"{id}\" is not of the form <id-left@id-right> (RFC 5322 §3.6.4).",
        de: "Message-ID „{id}“ hat nicht die Form <id-left@id-right> (RFC 5322 §3.6.4).",
        uk: "Message-ID «{id}» не має форми <id-left@id-right> (RFC 5322 §3.6.4).",
    }
    DateMissing {
        en: "The message has no Date header (RFC 5322 §3.6 requires one).",
        de: "Die Nachricht hat keinen Date-Header (RFC 5322 §3.6 verlangt einen).",
        uk: "Лист не має заголовка Date (RFC 5322 §3.6 вимагає його).",
    }
    DateValid {
        en: "Date \"{date}\" is an RFC 5322 date-time.",
        de: "Date „{date}“ ist eine Datumsangabe nach RFC 5322.",
        uk: "Date «{date}» — дата й час за RFC 5322.",
    }
    DateObsolete {
        en: "Date \"{date}\" can be read, but in an obsolete or non-standard form (RFC 5322 §3.3).",
        de: "Date „{date}“ ist lesbar, aber in einer veralteten oder nicht standardgemäßen Form (RFC 5322 §3.3).",
        uk: "Date «{date}» можна прочитати, але у застарілій або нестандартній формі (RFC 5322 §3.3).",
    }
    DateInvalid {
        en: "Date \"{date}\" is not an RFC 5322 date-time.",
        de: "Date „{date}“ ist keine Datumsangabe nach RFC 5322.",
        uk: "Date «{date}» не є датою й часом за RFC 5322.",
    }
    // ---- security findings (src/triage/security.rs)
    HowConfusable {
        en: "it is written with letters that look like Latin ones ({shown})",
        de: "sie ist mit Buchstaben geschrieben, die wie lateinische aussehen ({shown})",
        uk: "його написано літерами, схожими на латинські ({shown})",
    }
    HowLookalikeLetters {
        en: "letters that read alike in many fonts (rn for m, vv for w, cl for d, 0 for o, 1 for l)",
        de: "Buchstaben, die in vielen Schriften gleich aussehen (rn für m, vv für w, cl für d, 0 für o, 1 für l)",
        uk: "літери, що в багатьох шрифтах виглядають однаково (rn замість m, vv замість w, cl замість d, 0 замість o, 1 замість l)",
    }
    HowMissingLetter { en: "one letter left out", de: "ein Buchstabe fehlt", uk: "пропущено одну літеру" }
    HowDoubledLetter { en: "one letter doubled", de: "ein Buchstabe verdoppelt", uk: "одну літеру подвоєно" }
    HowSwappedLetters { en: "two letters swapped", de: "zwei Buchstaben vertauscht", uk: "дві літери переставлено" }
    HowAddedHyphen { en: "a hyphen added", de: "ein Bindestrich eingefügt", uk: "додано дефіс" }
    HowOtherSuffix {
        en: "the same name under another top-level domain",
        de: "derselbe Name unter einer anderen Top-Level-Domain",
        uk: "те саме ім’я в іншому домені верхнього рівня",
    }
    LookalikeBrand {
        en: "The From domain {from} imitates {target}, a brand often spoofed: {how}.",
        de: "Die From-Domain {from} ahmt {target} nach, eine oft gefälschte Marke: {how}.",
        uk: "Домен From {from} імітує {target}, бренд, який часто підробляють: {how}.",
    }
    LookalikeOwn {
        en: "The From domain {from} imitates {target}, named in this message's {header}: {how}.",
        de: "Die From-Domain {from} ahmt {target} nach, das im {header} dieser Nachricht steht: {how}.",
        uk: "Домен From {from} імітує {target}, що є в {header} цього листа: {how}.",
    }
    WhyLookalike {
        en: "A lookalike domain is registered to pass for a trusted sender at a glance; it can pass SPF, DKIM and DMARC for itself, so only its name gives it away.",
        de: "Eine Lookalike-Domain wird registriert, um auf den ersten Blick als vertrauter Absender durchzugehen; sie kann SPF, DKIM und DMARC für sich selbst bestehen, daher verrät sie nur ihr Name.",
        uk: "Схожий домен реєструють, щоб з першого погляду видавати себе за надійного відправника; він може пройти SPF, DKIM і DMARC для себе, тож видає його лише ім’я.",
    }
    DisplayNameOther {
        en: "The display name \"{name}\" shows {shown}, but the message is from {from}.",
        de: "Der Anzeigename „{name}“ zeigt {shown}, aber die Nachricht kommt von {from}.",
        uk: "Ім’я відправника «{name}» показує {shown}, але лист надіслано з {from}.",
    }
    WhyDisplayName {
        en: "Many mail apps show only the display name: the reader believes the address in it, while replies and the checks go to the real From address.",
        de: "Viele Mail-Programme zeigen nur den Anzeigenamen: Leser glauben der Adresse darin, während Antworten und die Prüfungen an die echte From-Adresse gehen.",
        uk: "Багато поштових програм показують лише ім’я відправника: читач вірить адресі в ньому, а відповіді й перевірки стосуються справжньої адреси From.",
    }
    SameOrganization {
        en: "{header} ({other}) and From ({from}) differ but share the organizational domain {org}.",
        de: "{header} ({other}) und From ({from}) unterscheiden sich, haben aber dieselbe Organisationsdomain {org}.",
        uk: "{header} ({other}) і From ({from}) різняться, але мають спільний організаційний домен {org}.",
    }
    WhySameOrganization {
        en: "Within one organization this is common (a bounce, support or list address) and no warning sign by itself.",
        de: "Innerhalb einer Organisation ist das üblich (eine Bounce-, Support- oder Listenadresse) und für sich kein Warnzeichen.",
        uk: "У межах однієї організації це звично (адреса для повернень, підтримки чи розсилки) і саме по собі не є тривожною ознакою.",
    }
    ReplyToOther {
        en: "Reply-To is in {other}, a domain unrelated to From's {from}: replies go there.",
        de: "Reply-To liegt in {other}, einer Domain ohne Bezug zur From-Domain {from}: Antworten gehen dorthin.",
        uk: "Reply-To у домені {other}, не пов’язаному з доменом From {from}: відповіді підуть туди.",
    }
    WhyReplyTo {
        en: "Replies leave the sender's organization: the way business e-mail compromise collects answers while From looks right.",
        de: "Antworten verlassen die Organisation des Absenders: so sammelt Business E-Mail Compromise Antworten ein, während From echt aussieht.",
        uk: "Відповіді виходять за межі організації відправника: так шахрайство з діловим листуванням (BEC) збирає відповіді, поки From виглядає справжнім.",
    }
    ReturnPathOther {
        en: "Return-Path is in {other}, a domain unrelated to From's {from}: bounces go there, and SPF checks that domain, not From's.",
        de: "Return-Path liegt in {other}, einer Domain ohne Bezug zur From-Domain {from}: Bounces gehen dorthin, und SPF prüft diese Domain, nicht die From-Domain.",
        uk: "Return-Path у домені {other}, не пов’язаному з доменом From {from}: повернення йдуть туди, і SPF перевіряє цей домен, а не домен From.",
    }
    WhyReturnPath {
        en: "Bulk services send bounces to their own domain, which is usual; for DMARC it means SPF cannot be aligned, so DKIM must be. In mail that claims to be personal it shows that another system sent it.",
        de: "Versanddienste leiten Bounces an ihre eigene Domain, das ist üblich; für DMARC heißt das, SPF kann nicht aligned sein, also muss DKIM es sein. Bei angeblich persönlicher Post zeigt es, dass ein anderes System sie gesendet hat.",
        uk: "Сервіси розсилок спрямовують повернення на власний домен, і це звично; для DMARC це означає, що SPF не може бути вирівняним, тож вирівняним має бути DKIM. У нібито особистому листі це показує, що його надіслала інша система.",
    }
    DkimReplay {
        en: "The passing DKIM signature of {domain}, a service anyone can send through, does not sign the To header (h={signed}).",
        de: "Die bestandene DKIM-Signatur von {domain}, einem Dienst, über den jeder senden kann, signiert den To-Header nicht (h={signed}).",
        uk: "Підпис DKIM домену {domain}, що проходить, — сервісу, через який може надсилати будь-хто, — не підписує заголовок To (h={signed}).",
    }
    WhyDkimReplay {
        en: "In a DKIM replay a spammer has one message signed by a reputable service and sends it again, unchanged, to many others; the signature stays valid and lends the service's reputation to the spam.",
        de: "Bei einem DKIM-Replay lässt ein Spammer eine Nachricht von einem angesehenen Dienst signieren und sendet sie unverändert an viele andere; die Signatur bleibt gültig und leiht dem Spam den Ruf des Dienstes.",
        uk: "У DKIM-replay спамер отримує один лист, підписаний авторитетним сервісом, і без змін розсилає його багатьом іншим; підпис лишається дійсним і позичає спаму репутацію сервісу.",
    }
    @plurals {
        FromSeveral {
            en: ["The message has {n} From header; RFC 5322 §3.6 allows exactly one.", "The message has {n} From headers; RFC 5322 §3.6 allows exactly one."],
            de: ["Die Nachricht hat {n} From-Header; RFC 5322 §3.6 erlaubt genau einen.", "Die Nachricht hat {n} From-Header; RFC 5322 §3.6 erlaubt genau einen."],
            uk: ["Лист має {n} заголовок From; RFC 5322 §3.6 дозволяє рівно один.", "Лист має {n} заголовки From; RFC 5322 §3.6 дозволяє рівно один.", "Лист має {n} заголовків From; RFC 5322 §3.6 дозволяє рівно один."],
        }
        MessageIdSeveral {
            en: ["The message has {n} Message-ID header; RFC 5322 §3.6 allows one.", "The message has {n} Message-ID headers; RFC 5322 §3.6 allows one."],
            de: ["Die Nachricht hat {n} Message-ID-Header; RFC 5322 §3.6 erlaubt einen.", "Die Nachricht hat {n} Message-ID-Header; RFC 5322 §3.6 erlaubt einen."],
            uk: ["Лист має {n} заголовок Message-ID; RFC 5322 §3.6 дозволяє один.", "Лист має {n} заголовки Message-ID; RFC 5322 §3.6 дозволяє один.", "Лист має {n} заголовків Message-ID; RFC 5322 §3.6 дозволяє один."],
        }
        DateSeveral {
            en: ["The message has {n} Date header; RFC 5322 §3.6 allows exactly one.", "The message has {n} Date headers; RFC 5322 §3.6 allows exactly one."],
            de: ["Die Nachricht hat {n} Date-Header; RFC 5322 §3.6 erlaubt genau einen.", "Die Nachricht hat {n} Date-Header; RFC 5322 §3.6 erlaubt genau einen."],
            uk: ["Лист має {n} заголовок Date; RFC 5322 §3.6 дозволяє рівно один.", "Лист має {n} заголовки Date; RFC 5322 §3.6 дозволяє рівно один.", "Лист має {n} заголовків Date; RFC 5322 §3.6 дозволяє рівно один."],
        }
    }
}
