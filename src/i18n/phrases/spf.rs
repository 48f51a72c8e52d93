//! SPF's sentences: the evaluation trace (src/auth/spf/), Received-SPF, and
//! the SPF builder and linter (src/builder/spf.rs). See `super` for the rules.

phrases! {
    Spf;
    DnsError {
        en: "DNS error for {rtype} {name}: {error}",
        de: "DNS-Fehler bei {rtype} {name}: {error}",
        uk: "Помилка DNS для {rtype} {name}: {error}",
    }

    // check_host(): the identity and the domain (mod.rs, eval.rs).
    // The PTR names of the client (eval.rs, validated_names), as trace details.
    LookupGave {
        en: "{query} → {answer}",
        de: "{query} → {answer}",
        uk: "{query} → {answer}",
    }
    PtrNoNames {
        en: "PTR {rev}: {error} (no names)",
        de: "PTR {rev}: {error} (keine Namen)",
        uk: "PTR {rev}: {error} (імен немає)",
    }
    PtrNamesCapped {
        en: "only the first {max} of {count} names are checked (RFC 7208 §4.6.4)",
        de: "nur die ersten {max} von {count} Namen werden geprüft (RFC 7208 §4.6.4)",
        uk: "перевіряються лише перші {max} з {count} імен (RFC 7208 §4.6.4)",
    }
    PtrNameValidated {
        en: "{query} → {answer}: validated",
        de: "{query} → {answer}: bestätigt",
        uk: "{query} → {answer}: підтверджено",
    }
    PtrNameNotBack {
        en: "{query} → {answer}: does not point back",
        de: "{query} → {answer}: zeigt nicht zurück",
        uk: "{query} → {answer}: не вказує назад",
    }
    PtrNameSkipped {
        en: "{error}: name skipped",
        de: "{error}: Name übersprungen",
        uk: "{error}: ім’я пропущено",
    }

    CheckingMailFrom {
        en: "Checking the MAIL FROM identity {sender}",
        de: "Prüfung der MAIL-FROM-Identität {sender}",
        uk: "Перевірка ідентичності MAIL FROM {sender}",
    }
    CheckingHelo {
        en: "Checking the HELO identity {helo}",
        de: "Prüfung der HELO-Identität {helo}",
        uk: "Перевірка ідентичності HELO {helo}",
    }
    NullSender {
        en: "MAIL FROM is empty (null sender): checking postmaster@{domain} as RFC 7208 §2.4 says",
        de: "MAIL FROM ist leer (leerer Absender): Geprüft wird postmaster@{domain}, wie RFC 7208 §2.4 es vorsieht",
        uk: "MAIL FROM порожній (порожній відправник): перевіряється postmaster@{domain}, як вимагає RFC 7208 §2.4",
    }
    NoDomainStep {
        en: "No domain to check: MAIL FROM is empty and no HELO name is known",
        de: "Keine Domain zu prüfen: MAIL FROM ist leer und kein HELO-Name bekannt",
        uk: "Немає домену для перевірки: MAIL FROM порожній, а ім’я HELO невідоме",
    }
    NoDomainReason {
        en: "no domain to check: MAIL FROM is empty and no HELO name is known",
        de: "keine Domain zu prüfen: MAIL FROM ist leer und kein HELO-Name bekannt",
        uk: "немає домену для перевірки: MAIL FROM порожній, а ім’я HELO невідоме",
    }
    Ipv4Mapped {
        en: "{given} is an IPv4-mapped IPv6 address: checked as the IPv4 client {ip} (RFC 7208 §5)",
        de: "{given} ist eine IPv4-gemappte IPv6-Adresse: geprüft als IPv4-Client {ip} (RFC 7208 §5)",
        uk: "{given} — це IPv6-адреса з відображеною IPv4: перевіряється як IPv4-клієнт {ip} (RFC 7208 §5)",
    }
    DomainIsLiteral {
        en: "`{domain}` is an address literal, not a domain name",
        de: "`{domain}` ist ein Adressliteral, kein Domainname",
        uk: "`{domain}` — це літерал адреси, а не доменне ім’я",
    }
    DomainEmpty {
        en: "the domain is empty",
        de: "die Domain ist leer",
        uk: "домен порожній",
    }
    DomainTooLong {
        en: "`{domain}` is longer than 253 characters",
        de: "`{domain}` ist länger als 253 Zeichen",
        uk: "`{domain}` довший за 253 символи",
    }
    DomainEmptyLabel {
        en: "`{domain}` has an empty label",
        de: "`{domain}` hat ein leeres Label",
        uk: "`{domain}` має порожню мітку",
    }
    DomainLongLabel {
        en: "`{domain}` has a label longer than 63 characters",
        de: "`{domain}` hat ein Label mit mehr als 63 Zeichen",
        uk: "`{domain}` має мітку, довшу за 63 символи",
    }
    DomainSingleLabel {
        en: "`{domain}` is not a fully qualified domain name (it has a single label)",
        de: "`{domain}` ist kein vollständiger Domainname (nur ein Label)",
        uk: "`{domain}` не є повним доменним ім’ям (лише одна мітка)",
    }
    ResultNoneBecause {
        en: "Result: none: {problem} (RFC 7208 §4.3)",
        de: "Ergebnis: none: {problem} (RFC 7208 §4.3)",
        uk: "Результат: none: {problem} (RFC 7208 §4.3)",
    }
    ResultDecidedBy {
        en: "Result: {result} (decided by `{term}`)",
        de: "Ergebnis: {result} (entschieden durch `{term}`)",
        uk: "Результат: {result} (вирішив `{term}`)",
    }
    ResultBecause {
        en: "Result: {result}: {reason}",
        de: "Ergebnis: {result}: {reason}",
        uk: "Результат: {result}: {reason}",
    }
    ResultOnly {
        en: "Result: {result}",
        de: "Ergebnis: {result}",
        uk: "Результат: {result}",
    }

    // The record (eval.rs fetch_record).
    TxtTempError {
        en: "TXT {domain}: {error} → temperror",
        de: "TXT {domain}: {error} → temperror",
        uk: "TXT {domain}: {error} → temperror",
    }
    TxtNxdomain {
        en: "TXT {domain}: NXDOMAIN",
        de: "TXT {domain}: NXDOMAIN",
        uk: "TXT {domain}: NXDOMAIN",
    }
    RecordOf {
        en: "SPF record of {domain}",
        de: "SPF-Record von {domain}",
        uk: "SPF-запис {domain}",
    }
    RecordOfError {
        en: "SPF record of {domain}: {error}",
        de: "SPF-Record von {domain}: {error}",
        uk: "SPF-запис {domain}: {error}",
    }
    NoRecordNone {
        en: "{domain} publishes no SPF record → none (RFC 7208 §4.5)",
        de: "{domain} veröffentlicht keinen SPF-Record → none (RFC 7208 §4.5)",
        uk: "{domain} не публікує SPF-запису → none (RFC 7208 §4.5)",
    }
    NoRecord {
        en: "{domain} publishes no SPF record",
        de: "{domain} veröffentlicht keinen SPF-Record",
        uk: "{domain} не публікує SPF-запису",
    }
    NoRecordsNodata {
        en: "no records (NODATA)",
        de: "keine Records (NODATA)",
        uk: "немає записів (NODATA)",
    }

    // Limits (§4.6.4).
    LookupLimit {
        en: "`{term}` would be DNS lookup number {n} (DNS-querying terms): more than {limit} is a permerror (RFC 7208 §4.6.4)",
        de: "`{term}` wäre DNS-Abfrage Nummer {n} (Terme mit DNS-Abfrage): mehr als {limit} ergibt permerror (RFC 7208 §4.6.4)",
        uk: "`{term}` був би DNS-запитом номер {n} (терми з DNS-запитами): понад {limit} — це permerror (RFC 7208 §4.6.4)",
    }
    VoidLimit {
        en: "{what} is void lookup number {n}: more than {limit} is a permerror (RFC 7208 §4.6.4)",
        de: "{what} ist Void-Lookup Nummer {n}: mehr als {limit} ergibt permerror (RFC 7208 §4.6.4)",
        uk: "{what} — порожній запит (void lookup) номер {n}: понад {limit} — це permerror (RFC 7208 §4.6.4)",
    }
    BadTarget {
        en: "`{spec}` expands to `{name}`, which is not a valid domain name",
        de: "`{spec}` ergibt `{name}`, das ist kein gültiger Domainname",
        uk: "`{spec}` розгортається в `{name}`, а це не коректне доменне ім’я",
    }

    // The terms (eval.rs run_record, eval_mechanism).
    TermMatches {
        en: "`{term}` matches: {why} → {result}",
        de: "`{term}` trifft zu: {why} → {result}",
        uk: "`{term}` збігається: {why} → {result}",
    }
    TermNoMatch {
        en: "`{term}` does not match: {why}",
        de: "`{term}` trifft nicht zu: {why}",
        uk: "`{term}` не збігається: {why}",
    }
    TermMatched {
        en: "`{term}` matched",
        de: "`{term}` hat zugetroffen",
        uk: "`{term}` збігся",
    }
    // One per result, so that the template ends in a literal: an error that
    // itself says "→ permerror" (a redirect inside an include) reads back whole.
    TermPermError {
        en: "`{term}`: {error} → permerror",
        de: "`{term}`: {error} → permerror",
        uk: "`{term}`: {error} → permerror",
    }
    TermTempError {
        en: "`{term}`: {error} → temperror",
        de: "`{term}`: {error} → temperror",
        uk: "`{term}`: {error} → temperror",
    }
    TermProblem {
        en: "`{term}`: {error}",
        de: "`{term}`: {error}",
        uk: "`{term}`: {error}",
    }
    RedirectNoRecord {
        en: "redirect target {target} has no SPF record → permerror (RFC 7208 §6.1)",
        de: "Ziel des redirect {target} hat keinen SPF-Record → permerror (RFC 7208 §6.1)",
        uk: "ціль redirect {target} не має SPF-запису → permerror (RFC 7208 §6.1)",
    }
    RecordGives {
        en: "the record of {target} gives {result}",
        de: "der Record von {target} ergibt {result}",
        uk: "запис {target} дає {result}",
    }
    RecordGivesOnlyPass {
        en: "the record of {target} gives {result} (only pass matches)",
        de: "der Record von {target} ergibt {result} (nur pass trifft zu)",
        uk: "запис {target} дає {result} (збігається лише pass)",
    }
    RecordGivesTempError {
        en: "the record of {target} gives temperror: {reason}",
        de: "der Record von {target} ergibt temperror: {reason}",
        uk: "запис {target} дає temperror: {reason}",
    }
    RecordGivesPermError {
        en: "the record of {target} gives permerror: {reason}",
        de: "der Record von {target} ergibt permerror: {reason}",
        uk: "запис {target} дає permerror: {reason}",
    }
    FollowingRedirect {
        en: "No mechanism matched: following `{term}` to {target}: {reason}",
        de: "Kein Mechanismus hat zugetroffen: `{term}` wird zu {target} gefolgt: {reason}",
        uk: "Жоден механізм не збігся: перехід за `{term}` до {target}: {reason}",
    }
    NoMatchNeutral {
        en: "No mechanism matched and there is no redirect= → neutral (RFC 7208 §4.7)",
        de: "Kein Mechanismus hat zugetroffen und es gibt kein redirect= → neutral (RFC 7208 §4.7)",
        uk: "Жоден механізм не збігся, і redirect= немає → neutral (RFC 7208 §4.7)",
    }
    DefaultResult {
        en: "no mechanism matched (default result)",
        de: "kein Mechanismus hat zugetroffen (Standardergebnis)",
        uk: "жоден механізм не збігся (типовий результат)",
    }
    AllMatches {
        en: "`all` always matches",
        de: "`all` trifft immer zu",
        uk: "`all` збігається завжди",
    }
    IpIn {
        en: "{ip} is in {range}",
        de: "{ip} liegt in {range}",
        uk: "{ip} входить до {range}",
    }
    IpNotIn {
        en: "{ip} is not in {ranges}",
        de: "{ip} liegt nicht in {ranges}",
        uk: "{ip} не входить до {ranges}",
    }
    Ip4OnlyV4 {
        en: "{ip} is an IPv6 address; ip4 only matches IPv4 clients",
        de: "{ip} ist eine IPv6-Adresse; ip4 trifft nur auf IPv4-Clients zu",
        uk: "{ip} — IPv6-адреса; ip4 збігається лише з IPv4-клієнтами",
    }
    Ip6OnlyV6 {
        en: "{ip} is an IPv4 address; ip6 only matches IPv6 clients",
        de: "{ip} ist eine IPv4-Adresse; ip6 trifft nur auf IPv6-Clients zu",
        uk: "{ip} — IPv4-адреса; ip6 збігається лише з IPv6-клієнтами",
    }
    IpInAddressOf {
        en: "{ip} is in {range} (an address of {target})",
        de: "{ip} liegt in {range} (eine Adresse von {target})",
        uk: "{ip} входить до {range} (адреса {target})",
    }
    HasNoRecordsOfType {
        en: "{target} has no {rtype} records",
        de: "{target} hat keine {rtype}-Records",
        uk: "{target} не має записів {rtype}",
    }
    IpInMx {
        en: "{ip} is in {range} (mail exchanger {host})",
        de: "{ip} liegt in {range} (Mail-Exchanger {host})",
        uk: "{ip} входить до {range} (поштовий сервер {host})",
    }
    MxHostsNoRecords {
        en: "the mail exchangers of {target} have no {rtype} records",
        de: "die Mail-Exchanger von {target} haben keine {rtype}-Records",
        uk: "поштові сервери {target} не мають записів {rtype}",
    }
    PtrFailureNoMatch {
        en: "{error} (a PTR failure is no match, RFC 7208 §5.5)",
        de: "{error} (ein PTR-Fehler ist kein Treffer, RFC 7208 §5.5)",
        uk: "{error} (збій PTR — це не збіг, RFC 7208 §5.5)",
    }
    NoPtr {
        en: "{ip} has no PTR records",
        de: "{ip} hat keine PTR-Records",
        uk: "{ip} не має записів PTR",
    }
    ValidatedNameIn {
        en: "{name} is a validated name of {ip} in {target}",
        de: "{name} ist ein validierter Name von {ip} in {target}",
        uk: "{name} — підтверджене ім’я {ip} у {target}",
    }
    NoValidatedName {
        en: "no PTR name of {ip} resolves back to it",
        de: "kein PTR-Name von {ip} löst zurück auf diese Adresse auf",
        uk: "жодне PTR-ім’я {ip} не розв’язується назад у цю адресу",
    }
    ValidatedNotUnder {
        en: "the validated names ({names}) are not {target} or under it",
        de: "die validierten Namen ({names}) sind weder {target} noch liegen sie darunter",
        uk: "підтверджені імена ({names}) не є {target} і не лежать під ним",
    }
    NoARecord {
        en: "{target} has no A record",
        de: "{target} hat keinen A-Record",
        uk: "{target} не має запису A",
    }
    HasARecord {
        en: "{target} has an A record",
        de: "{target} hat einen A-Record",
        uk: "{target} має запис A",
    }
    IncludeTooDeep {
        en: "include nesting too deep at {target}",
        de: "include zu tief verschachtelt bei {target}",
        uk: "занадто глибоке вкладення include на {target}",
    }
    IncludeNoRecord {
        en: "{target} has no SPF record: an include of it is a permerror (RFC 7208 §5.2)",
        de: "{target} hat keinen SPF-Record: ein include davon ergibt permerror (RFC 7208 §5.2)",
        uk: "{target} не має SPF-запису: include на нього — це permerror (RFC 7208 §5.2)",
    }

    // exp= (§6.2).
    ExpNoExplanation {
        en: "`{term}`: {error}; no explanation",
        de: "`{term}`: {error}; keine Erklärung",
        uk: "`{term}`: {error}; без пояснення",
    }
    ExpTxtNoExplanation {
        en: "`{term}`: TXT {name}: {answer}; no explanation",
        de: "`{term}`: TXT {name}: {answer}; keine Erklärung",
        uk: "`{term}`: TXT {name}: {answer}; без пояснення",
    }
    ExpNotAscii {
        en: "`{term}`: the explanation at {name} is not ASCII; ignored (RFC 7208 §6.2)",
        de: "`{term}`: die Erklärung bei {name} ist kein ASCII; ignoriert (RFC 7208 §6.2)",
        uk: "`{term}`: пояснення в {name} не ASCII; проігноровано (RFC 7208 §6.2)",
    }
    ExplanationFrom {
        en: "Explanation from TXT {name}: {text}",
        de: "Erklärung aus TXT {name}: {text}",
        uk: "Пояснення з TXT {name}: {text}",
    }
    ExpSyntaxError {
        en: "`{term}`: the explanation at {name} has a syntax error ({error}); ignored",
        de: "`{term}`: die Erklärung bei {name} hat einen Syntaxfehler ({error}); ignoriert",
        uk: "`{term}`: пояснення в {name} має синтаксичну помилку ({error}); проігноровано",
    }

    // The grammar (parse.rs).
    SyntaxErrorIn {
        en: "syntax error in `{term}`: {reason}",
        de: "Syntaxfehler in `{term}`: {reason}",
        uk: "синтаксична помилка в `{term}`: {reason}",
    }
    EmptyDomainAfterColon {
        en: "the domain after `:` is empty",
        de: "die Domain nach `:` ist leer",
        uk: "домен після `:` порожній",
    }
    NeedsTwoLabels {
        en: "`{spec}` is not a domain name (it needs at least two labels)",
        de: "`{spec}` ist kein Domainname (es braucht mindestens zwei Labels)",
        uk: "`{spec}` не є доменним ім’ям (потрібні щонайменше дві мітки)",
    }
    BadTopLabel {
        en: "`{spec}` does not end in a valid top-level label (`{top}`)",
        de: "`{spec}` endet nicht auf ein gültiges Top-Level-Label (`{top}`)",
        uk: "`{spec}` не закінчується коректною міткою верхнього рівня (`{top}`)",
    }
    NonAscii {
        en: "non-ASCII character {c}: SPF records are 7-bit ASCII (RFC 7208 §3.1)",
        de: "Nicht-ASCII-Zeichen {c}: SPF-Records sind 7-Bit-ASCII (RFC 7208 §3.1)",
        uk: "символ поза ASCII {c}: SPF-записи — це 7-бітний ASCII (RFC 7208 §3.1)",
    }
    NoVersion {
        en: "the record does not start with `v=spf1`",
        de: "der Record beginnt nicht mit `v=spf1`",
        uk: "запис не починається з `v=spf1`",
    }
    ModifierTwice {
        en: "`{modifier}=` appears twice (RFC 7208 §6)",
        de: "`{modifier}=` kommt zweimal vor (RFC 7208 §6)",
        uk: "`{modifier}=` трапляється двічі (RFC 7208 §6)",
    }
    AllNoArgument {
        en: "`all` takes no argument",
        de: "`all` nimmt kein Argument",
        uk: "`all` не приймає аргументу",
    }
    NeedsDomain {
        en: "`{mechanism}` needs `:domain`",
        de: "`{mechanism}` braucht `:domain`",
        uk: "`{mechanism}` потребує `:domain`",
    }
    Unexpected {
        en: "unexpected `{text}`",
        de: "unerwartetes `{text}`",
        uk: "неочікуване `{text}`",
    }
    PtrNoCidr {
        en: "`ptr` takes no CIDR length",
        de: "`ptr` nimmt keine CIDR-Länge",
        uk: "`ptr` не приймає довжини CIDR",
    }
    NeedsAddress {
        en: "`{mechanism}` needs `:address`",
        de: "`{mechanism}` braucht `:address`",
        uk: "`{mechanism}` потребує `:address`",
    }
    NotIpv4 {
        en: "`{addr}` is not an IPv4 address",
        de: "`{addr}` ist keine IPv4-Adresse",
        uk: "`{addr}` не є IPv4-адресою",
    }
    NotIpv6 {
        en: "`{addr}` is not an IPv6 address",
        de: "`{addr}` ist keine IPv6-Adresse",
        uk: "`{addr}` не є IPv6-адресою",
    }
    QualifierAlone {
        en: "a qualifier without a mechanism",
        de: "ein Qualifier ohne Mechanismus",
        uk: "кваліфікатор без механізму",
    }
    NotAMechanism {
        en: "`{name}` is not a mechanism (all, include, a, mx, ptr, ip4, ip6, exists)",
        de: "`{name}` ist kein Mechanismus (all, include, a, mx, ptr, ip4, ip6, exists)",
        uk: "`{name}` не є механізмом (all, include, a, mx, ptr, ip4, ip6, exists)",
    }
    BadPrefixLength {
        en: "`/{len}` is not a valid prefix length (0 to {max}, no leading zeros)",
        de: "`/{len}` ist keine gültige Präfixlänge (0 bis {max}, ohne führende Nullen)",
        uk: "`/{len}` не є коректною довжиною префікса (від 0 до {max}, без ведучих нулів)",
    }
    UnterminatedMacro {
        en: "unterminated macro `{text}`",
        de: "nicht abgeschlossenes Makro `{text}`",
        uk: "незакрите макро `{text}`",
    }
    NotAMacro {
        en: "`{text}` is not a macro (a literal percent sign is written `%%`)",
        de: "`{text}` ist kein Makro (ein Prozentzeichen selbst wird `%%` geschrieben)",
        uk: "`{text}` не є макро (сам знак відсотка пишеться `%%`)",
    }
    LonePercent {
        en: "a lone `%` at the end (write `%%`)",
        de: "ein einzelnes `%` am Ende (schreiben Sie `%%`)",
        uk: "одиночний `%` у кінці (пишіть `%%`)",
    }
    CharNotAllowed {
        en: "character {c} is not allowed here",
        de: "das Zeichen {c} ist hier nicht erlaubt",
        uk: "символ {c} тут не дозволено",
    }
    EmptyMacro {
        en: "empty macro `%{}`",
        de: "leeres Makro `%{}`",
        uk: "порожнє макро `%{}`",
    }
    MacroOnlyInExp {
        en: "the `{text}` macro is allowed only in an explanation (exp=) text",
        de: "das Makro `{text}` ist nur in einem Erklärungstext (exp=) erlaubt",
        uk: "макро `{text}` дозволене лише в тексті пояснення (exp=)",
    }
    NotAMacroLetter {
        en: "`{text}`: `{letter}` is not a macro letter",
        de: "`{text}`: `{letter}` ist kein Makrobuchstabe",
        uk: "`{text}`: `{letter}` не є літерою макро",
    }
    ZeroParts {
        en: "`{text}`: keeping zero parts is not allowed",
        de: "`{text}`: null Teile zu behalten ist nicht erlaubt",
        uk: "`{text}`: залишати нуль частин не дозволено",
    }
    NotADelimiter {
        en: "`{text}`: `{c}` is not a delimiter",
        de: "`{text}`: `{c}` ist kein Trennzeichen",
        uk: "`{text}`: `{c}` не є роздільником",
    }

    // Received-SPF of other receivers (received.rs).
    IdentityNotChecked {
        en: "identity `{identity}` is not one we check; compared with our MAIL FROM result",
        de: "die Identität `{identity}` prüfen wir nicht; verglichen mit unserem MAIL-FROM-Ergebnis",
        uk: "ідентичність `{identity}` ми не перевіряємо; порівняно з нашим результатом MAIL FROM",
    }
    IdentityNotCheckedAnd {
        en: "identity `{identity}` is not one we check; compared with our MAIL FROM result; {more}",
        de: "die Identität `{identity}` prüfen wir nicht; verglichen mit unserem MAIL-FROM-Ergebnis; {more}",
        uk: "ідентичність `{identity}` ми не перевіряємо; порівняно з нашим результатом MAIL FROM; {more}",
    }
    IdentityUnnamed {
        en: "the header does not name the identity; compared with our MAIL FROM result",
        de: "der Header nennt die Identität nicht; verglichen mit unserem MAIL-FROM-Ergebnis",
        uk: "заголовок не називає ідентичність; порівняно з нашим результатом MAIL FROM",
    }
    IdentityUnnamedAnd {
        en: "the header does not name the identity; compared with our MAIL FROM result; {more}",
        de: "der Header nennt die Identität nicht; verglichen mit unserem MAIL-FROM-Ergebnis; {more}",
        uk: "заголовок не називає ідентичність; порівняно з нашим результатом MAIL FROM; {more}",
    }
    DisagreeOtherIp {
        en: "disagreement: the receiver said {theirs}, we get {ours} (it saw client-ip {their_ip}, we checked {our_ip})",
        de: "Abweichung: der Empfänger sagte {theirs}, wir erhalten {ours} (er sah client-ip {their_ip}, wir prüften {our_ip})",
        uk: "розбіжність: одержувач повідомив {theirs}, у нас {ours} (він бачив client-ip {their_ip}, ми перевіряли {our_ip})",
    }
    DisagreeDnsChanged {
        en: "disagreement: the receiver said {theirs}, we get {ours}: the DNS records may have changed since delivery, or the receiver checked a different hop",
        de: "Abweichung: der Empfänger sagte {theirs}, wir erhalten {ours}: Die DNS-Records haben sich seit der Zustellung vielleicht geändert, oder der Empfänger hat einen anderen Hop geprüft",
        uk: "розбіжність: одержувач повідомив {theirs}, у нас {ours}: DNS-записи могли змінитися після доставки, або одержувач перевіряв інший хоп",
    }
    NoHeloResult {
        en: "we have no HELO result to compare with",
        de: "wir haben kein HELO-Ergebnis zum Vergleich",
        uk: "у нас немає результату HELO для порівняння",
    }

    // The builder (src/builder/spf.rs build).
    FormIpLeftOut {
        en: "{mechanism} entry \"{entry}\" was left out: {error}",
        de: "{mechanism}-Eintrag „{entry}“ wurde weggelassen: {error}",
        uk: "запис {mechanism} «{entry}» пропущено: {error}",
    }
    FormIncludeLeftOut {
        en: "include \"{entry}\" was left out: {error}",
        de: "include „{entry}“ wurde weggelassen: {error}",
        uk: "include «{entry}» пропущено: {error}",
    }
    FormRedirectLeftOut {
        en: "redirect \"{entry}\" was left out: {error}",
        de: "redirect „{entry}“ wurde weggelassen: {error}",
        uk: "redirect «{entry}» пропущено: {error}",
    }
    FormRedirectDropped {
        en: "redirect={domain} was left out: with an `all` term a redirect is never used (RFC 7208 §6.1)",
        de: "redirect={domain} wurde weggelassen: Mit einem `all`-Term wird ein redirect nie verwendet (RFC 7208 §6.1)",
        uk: "redirect={domain} пропущено: за наявності терму `all` redirect ніколи не використовується (RFC 7208 §6.1)",
    }
    FixAllOrRedirect {
        en: "choose either an `all` qualifier or a redirect, not both",
        de: "wählen Sie entweder einen `all`-Qualifier oder ein redirect, nicht beides",
        uk: "оберіть або кваліфікатор `all`, або redirect, але не обидва",
    }
    QuotedBadDomain {
        en: "\"{domain}\" is not a valid domain name",
        de: "„{domain}“ ist kein gültiger Domainname",
        uk: "«{domain}» не є коректним доменним ім’ям",
    }

    // The linter (lint_text, lint_strings, lint_rrset).
    LintNoVersion {
        en: "the record must start with \"v=spf1\" followed by a space; it starts with \"{first}\"",
        de: "der Record muss mit „v=spf1“ und einem Leerzeichen beginnen; er beginnt mit „{first}“",
        uk: "запис має починатися з «v=spf1» і пробілу; він починається з «{first}»",
    }
    FixBeginWithVersion {
        en: "begin the record with: v=spf1",
        de: "beginnen Sie den Record mit: v=spf1",
        uk: "почніть запис із: v=spf1",
    }
    FixMoveToSubRecord {
        en: "move addresses into an included sub-record (include:_spf.example.com)",
        de: "verschieben Sie Adressen in einen eingebundenen Unter-Record (include:_spf.example.com)",
        uk: "перенесіть адреси до підключеного підзапису (include:_spf.example.com)",
    }
    AfterAll {
        en: "\"{term}\" comes after `all` and is never evaluated",
        de: "„{term}“ steht nach `all` und wird nie ausgewertet",
        uk: "«{term}» стоїть після `all` і ніколи не перевіряється",
    }
    FixAllLast {
        en: "put `all` last",
        de: "setzen Sie `all` ans Ende",
        uk: "поставте `all` останнім",
    }
    LintParserRejects {
        en: "receivers cannot parse this record and return permerror for every message: {error} (RFC 7208 §4.6)",
        de: "Empfänger können diesen Record nicht lesen und liefern für jede Nachricht permerror: {error} (RFC 7208 §4.6)",
        uk: "одержувачі не можуть розібрати цей запис і повертають permerror для кожного листа: {error} (RFC 7208 §4.6)",
    }
    LintOtherWhitespace {
        en: "a tab or other whitespace separates terms: only a space does (RFC 7208 §4.6.1), so receivers read the neighbours as one invalid term and return permerror",
        de: "Ein Tabulator oder anderer Leerraum trennt Terme: Das darf nur ein Leerzeichen (RFC 7208 §4.6.1), daher lesen Empfänger die Nachbarn als einen ungültigen Term und liefern permerror",
        uk: "терми розділено табуляцією чи іншим пробільним символом: розділяти їх може лише пробіл (RFC 7208 §4.6.1), тож одержувачі читають сусідні терми як один недійсний і повертають permerror",
    }
    LintLeadingWhitespace {
        en: "the record starts with whitespace: receivers look for a TXT record beginning with \"v=spf1\" and will not see this one as SPF at all (RFC 7208 §4.5)",
        de: "Der Record beginnt mit Leerraum: Empfänger suchen einen TXT-Record, der mit „v=spf1“ beginnt, und sehen diesen gar nicht als SPF (RFC 7208 §4.5)",
        uk: "запис починається з пробільного символу: одержувачі шукають TXT-запис, що починається з «v=spf1», і взагалі не вважатимуть цей записом SPF (RFC 7208 §4.5)",
    }
    FixSingleSpaces {
        en: "write \"v=spf1\" first and separate the terms by single spaces",
        de: "schreiben Sie „v=spf1“ an den Anfang und trennen Sie die Terme durch einzelne Leerzeichen",
        uk: "напишіть «v=spf1» на початку й розділяйте терми одинарними пробілами",
    }
    IpTypo {
        en: "\"{term}\" is not an SPF mechanism: it is a permerror for every message (RFC 7208 §5.6 names them ip4 and ip6)",
        de: "„{term}“ ist kein SPF-Mechanismus: Das ergibt permerror für jede Nachricht (RFC 7208 §5.6 nennt sie ip4 und ip6)",
        uk: "«{term}» не є SPF-механізмом: це permerror для кожного листа (RFC 7208 §5.6 називає їх ip4 та ip6)",
    }
    FixWrite {
        en: "write \"{text}\"",
        de: "schreiben Sie „{text}“",
        uk: "напишіть «{text}»",
    }
    PassAll {
        en: "\"+all\" (or a bare \"all\") authorizes every host on the Internet to send as this domain",
        de: "„+all“ (oder ein bloßes „all“) erlaubt jedem Host im Internet, im Namen dieser Domain zu senden",
        uk: "«+all» (або просто «all») дозволяє будь-якому хосту в інтернеті надсилати від імені цього домену",
    }
    FixEndWithFail {
        en: "end with \"-all\" (or \"~all\" while testing)",
        de: "beenden Sie den Record mit „-all“ (oder „~all“ während des Testens)",
        uk: "завершіть запис на «-all» (або «~all» під час тестування)",
    }
    NeutralAll {
        en: "\"?all\" says nothing about unlisted hosts: SPF then protects nothing",
        de: "„?all“ sagt nichts über nicht aufgeführte Hosts: SPF schützt dann nichts",
        uk: "«?all» нічого не каже про хости поза списком: тоді SPF нічого не захищає",
    }
    QuotedAllNoArgument {
        en: "\"{term}\": `all` takes no argument",
        de: "„{term}“: `all` nimmt kein Argument",
        uk: "«{term}»: `all` не приймає аргументу",
    }
    PtrDiscouraged {
        en: "the `ptr` mechanism is slow, unreliable and must not be used (RFC 7208 §5.5); many receivers ignore it",
        de: "der Mechanismus `ptr` ist langsam, unzuverlässig und darf nicht verwendet werden (RFC 7208 §5.5); viele Empfänger ignorieren ihn",
        uk: "механізм `ptr` повільний, ненадійний і не повинен використовуватися (RFC 7208 §5.5); багато одержувачів його ігнорують",
    }
    FixReplacePtr {
        en: "replace it with ip4:/ip6: ranges or an include: of the sending service",
        de: "ersetzen Sie ihn durch ip4:/ip6:-Bereiche oder ein include: des sendenden Dienstes",
        uk: "замініть його діапазонами ip4:/ip6: або include: сервісу, що надсилає пошту",
    }
    QuotedNeedsAddress {
        en: "\"{term}\": {mechanism} needs an address (\"{example}\")",
        de: "„{term}“: {mechanism} braucht eine Adresse („{example}“)",
        uk: "«{term}»: {mechanism} потребує адреси («{example}»)",
    }
    FixValidAddress {
        en: "write a valid address or CIDR range",
        de: "schreiben Sie eine gültige Adresse oder einen CIDR-Bereich",
        uk: "напишіть коректну адресу або діапазон CIDR",
    }
    BadIpPermerror {
        en: "\"{term}\": {error}; this is a permerror for every message",
        de: "„{term}“: {error}; das ergibt permerror für jede Nachricht",
        uk: "«{term}»: {error}; це permerror для кожного листа",
    }
    QuotedNeedsDomain {
        en: "\"{term}\": {mechanism} needs a domain (\"{example}\")",
        de: "„{term}“: {mechanism} braucht eine Domain („{example}“)",
        uk: "«{term}»: {mechanism} потребує домену («{example}»)",
    }
    QuotedTermError {
        en: "\"{term}\": {error}",
        de: "„{term}“: {error}",
        uk: "«{term}»: {error}",
    }
    UnknownMechanism {
        en: "\"{term}\" is not an SPF mechanism ({mechanisms}): the record is a permerror",
        de: "„{term}“ ist kein SPF-Mechanismus ({mechanisms}): Der Record ergibt permerror",
        uk: "«{term}» не є SPF-механізмом ({mechanisms}): запис дає permerror",
    }
    FixRemoveTerm {
        en: "remove or correct the term",
        de: "entfernen oder korrigieren Sie den Term",
        uk: "видаліть або виправте терм",
    }
    RunTogether {
        en: "\"{term}\" in the middle of the record: two records were probably run together",
        de: "„{term}“ mitten im Record: Vermutlich wurden zwei Records zusammengefügt",
        uk: "«{term}» посеред запису: імовірно, два записи злилися в один",
    }
    UnknownModifier {
        en: "unknown modifier \"{term}\" is ignored (RFC 7208 §6)",
        de: "der unbekannte Modifier „{term}“ wird ignoriert (RFC 7208 §6)",
        uk: "невідомий модифікатор «{term}» ігнорується (RFC 7208 §6)",
    }
    DuplicateModifier {
        en: "`redirect` and `exp` may each appear only once (RFC 7208 §6): the record is a permerror",
        de: "`redirect` und `exp` dürfen je nur einmal vorkommen (RFC 7208 §6): Der Record ergibt permerror",
        uk: "`redirect` і `exp` можуть траплятися лише один раз кожен (RFC 7208 §6): запис дає permerror",
    }
    RedirectWithAll {
        en: "the record has both `all` and `redirect=`: `all` always matches first, so the redirect is never followed (RFC 7208 §6.1)",
        de: "der Record hat sowohl `all` als auch `redirect=`: `all` trifft immer zuerst zu, daher wird dem redirect nie gefolgt (RFC 7208 §6.1)",
        uk: "запис має і `all`, і `redirect=`: `all` завжди збігається першим, тож redirect ніколи не виконується (RFC 7208 §6.1)",
    }
    FixAllOrRedirectRemove {
        en: "remove the `all` term to use the redirected policy, or remove the redirect",
        de: "entfernen Sie den `all`-Term, um die Policy des redirect zu nutzen, oder entfernen Sie das redirect",
        uk: "видаліть терм `all`, щоб діяла політика redirect, або видаліть redirect",
    }
    NoAll {
        en: "the record has neither `all` nor `redirect=`: unlisted hosts get \"neutral\", which protects nothing",
        de: "der Record hat weder `all` noch `redirect=`: Nicht aufgeführte Hosts erhalten „neutral“, das schützt nichts",
        uk: "запис не має ні `all`, ні `redirect=`: хости поза списком отримують «neutral», що нічого не захищає",
    }
    FixEndRecord {
        en: "end the record with \"-all\" or \"~all\"",
        de: "beenden Sie den Record mit „-all“ oder „~all“",
        uk: "завершіть запис на «-all» або «~all»",
    }
    FixSplitStrings {
        en: "publish it split into strings: {strings}",
        de: "veröffentlichen Sie ihn in Strings aufgeteilt: {strings}",
        uk: "опублікуйте його, розбивши на рядки: {strings}",
    }
    MixedRr {
        en: "the SPF record shares one TXT record with other text (string {i} is \"{text}\"): the strings of one TXT record are concatenated without spaces, so the SPF record breaks",
        de: "der SPF-Record teilt sich einen TXT-Record mit anderem Text (String {i} ist „{text}“): Die Strings eines TXT-Records werden ohne Leerzeichen verbunden, daher wird der SPF-Record ungültig",
        uk: "SPF-запис ділить один TXT-запис з іншим текстом (рядок {i} — «{text}»): рядки одного TXT-запису з’єднуються без пробілів, тож SPF-запис ламається",
    }
    FixSeparateRecords {
        en: "publish them as separate TXT records at the same name: the SPF one as {strings}",
        de: "veröffentlichen Sie sie als getrennte TXT-Records unter demselben Namen: den SPF-Record als {strings}",
        uk: "опублікуйте їх як окремі TXT-записи з тим самим іменем: SPF-запис як {strings}",
    }
    FixMerge {
        en: "merge them into one record (combine the mechanisms, keep one `all`)",
        de: "führen Sie sie zu einem Record zusammen (Mechanismen kombinieren, ein `all` behalten)",
        uk: "об’єднайте їх в один запис (поєднайте механізми, залиште один `all`)",
    }
    SpfRrType {
        en: "a record of the obsolete SPF RR type (99) is published; RFC 7208 §3.1 removed it and no receiver reads it",
        de: "ein Record des veralteten RR-Typs SPF (99) ist veröffentlicht; RFC 7208 §3.1 hat ihn abgeschafft und kein Empfänger liest ihn",
        uk: "опубліковано запис застарілого типу RR SPF (99); RFC 7208 §3.1 його скасував, і жоден одержувач його не читає",
    }
    FixDeleteSpfType {
        en: "delete the SPF-type record; keep the TXT record",
        de: "löschen Sie den Record vom Typ SPF; behalten Sie den TXT-Record",
        uk: "видаліть запис типу SPF; залиште TXT-запис",
    }
    OnlySpfRrType {
        en: "the SPF record is published only as the obsolete SPF RR type: receivers look only at TXT, so the domain has no SPF",
        de: "der SPF-Record ist nur als veralteter RR-Typ SPF veröffentlicht: Empfänger lesen nur TXT, die Domain hat also kein SPF",
        uk: "SPF-запис опубліковано лише як застарілий тип RR SPF: одержувачі дивляться лише на TXT, тож домен не має SPF",
    }
    FixPublishAsTxt {
        en: "publish the same text as a TXT record: {text}",
        de: "veröffentlichen Sie denselben Text als TXT-Record: {text}",
        uk: "опублікуйте той самий текст як TXT-запис: {text}",
    }

    // The live linter (lint_domain, the include/redirect walker).
    LintNoRecord {
        en: "{domain} publishes no SPF record: receivers get \"none\" and anyone can use the domain in MAIL FROM",
        de: "{domain} veröffentlicht keinen SPF-Record: Empfänger erhalten „none“ und jeder kann die Domain in MAIL FROM verwenden",
        uk: "{domain} не публікує SPF-запису: одержувачі отримують «none», і будь-хто може використовувати домен у MAIL FROM",
    }
    FixPublishRecord {
        en: "publish a TXT record at {domain}, e.g. \"v=spf1 mx -all\"",
        de: "veröffentlichen Sie einen TXT-Record bei {domain}, z. B. „v=spf1 mx -all“",
        uk: "опублікуйте TXT-запис для {domain}, наприклад «v=spf1 mx -all»",
    }
    NoSpfRecord {
        en: "no SPF record",
        de: "kein SPF-Record",
        uk: "немає SPF-запису",
    }
    FixTooManyLookups {
        en: "replace includes of big providers you no longer use, or list their ip4:/ip6: ranges directly, or move senders to a subdomain with its own record",
        de: "ersetzen Sie includes großer Anbieter, die Sie nicht mehr nutzen, oder führen Sie deren ip4:/ip6:-Bereiche direkt auf, oder verlegen Sie Absender auf eine Subdomain mit eigenem Record",
        uk: "замініть include великих провайдерів, якими ви більше не користуєтеся, або вкажіть їхні діапазони ip4:/ip6: напряму, або перенесіть відправників на піддомен із власним записом",
    }
    NearLookupLimit {
        en: "the record needs {n} of the {limit} allowed DNS lookups: one more include by a provider will break it",
        de: "der Record braucht {n} der {limit} erlaubten DNS-Abfragen: Ein weiteres include eines Anbieters lässt ihn scheitern",
        uk: "запису потрібно {n} з {limit} дозволених DNS-запитів: ще один include від провайдера його зламає",
    }
    FixRemoveVoid {
        en: "remove the terms that point at names with no records",
        de: "entfernen Sie die Terme, die auf Namen ohne Records zeigen",
        uk: "видаліть терми, що вказують на імена без записів",
    }
    InNode {
        en: "in {domain} ({via}): {message}",
        de: "in {domain} ({via}): {message}",
        uk: "у {domain} ({via}): {message}",
    }
    NoteMacros {
        en: "\"{term}\" uses macros and is expanded per message; not followed here",
        de: "„{term}“ verwendet Makros und wird je Nachricht erweitert; hier nicht verfolgt",
        uk: "«{term}» використовує макроси й розгортається для кожного листа окремо; тут його не розгорнуто",
    }
    NotePtr {
        en: "\"ptr\" depends on the sending IP address; its lookups are counted but not made here",
        de: "„ptr“ hängt von der sendenden IP-Adresse ab; seine Abfragen werden gezählt, aber hier nicht ausgeführt",
        uk: "«ptr» залежить від IP-адреси відправника; його запити враховуються, але тут не виконуються",
    }
    NoteRedirectWithAll {
        en: "redirect={domain} is not followed: the record has `all`",
        de: "redirect={domain} wird nicht verfolgt: Der Record hat `all`",
        uk: "redirect={domain} не враховується: запис має `all`",
    }
    NodeUnparsable {
        en: "receivers stop here with permerror, so nothing in this record is followed: {error}",
        de: "Empfänger brechen hier mit permerror ab, daher wird nichts in diesem Record verfolgt: {error}",
        uk: "одержувачі зупиняються тут із permerror, тому нічого в цьому записі не розгорнуто: {error}",
    }
    NoteRedirectMacros {
        en: "redirect={domain} uses macros; not followed here",
        de: "redirect={domain} verwendet Makros; hier nicht verfolgt",
        uk: "redirect={domain} використовує макроси; тут його не розгорнуто",
    }
    LoopError {
        en: "loop: {target} is already on the path {path}",
        de: "Schleife: {target} ist bereits auf dem Pfad {path}",
        uk: "цикл: {target} уже є на шляху {path}",
    }
    IncludeLoop {
        en: "include:{spec} leads back to {target}: an include/redirect loop always ends in permerror",
        de: "include:{spec} führt zurück zu {target}: Eine include/redirect-Schleife endet immer mit permerror",
        uk: "include:{spec} веде назад до {target}: цикл include/redirect завжди закінчується permerror",
    }
    RedirectLoop {
        en: "redirect={spec} leads back to {target}: an include/redirect loop always ends in permerror",
        de: "redirect={spec} führt zurück zu {target}: Eine include/redirect-Schleife endet immer mit permerror",
        uk: "redirect={spec} веде назад до {target}: цикл include/redirect завжди закінчується permerror",
    }
    TooDeep {
        en: "too deep; not followed",
        de: "zu tief; nicht verfolgt",
        uk: "занадто глибоко; далі не розгорнуто",
    }
    NodeDnsError {
        en: "DNS error: {error}",
        de: "DNS-Fehler: {error}",
        uk: "помилка DNS: {error}",
    }
    IncludeLookupFailed {
        en: "include:{spec}: the lookup failed ({error}); receivers get temperror while it fails",
        de: "include:{spec}: die Abfrage ist fehlgeschlagen ({error}); solange das so ist, erhalten Empfänger temperror",
        uk: "include:{spec}: запит не вдався ({error}); поки так, одержувачі отримують temperror",
    }
    RedirectLookupFailed {
        en: "redirect={spec}: the lookup failed ({error}); receivers get temperror while it fails",
        de: "redirect={spec}: die Abfrage ist fehlgeschlagen ({error}); solange das so ist, erhalten Empfänger temperror",
        uk: "redirect={spec}: запит не вдався ({error}); поки так, одержувачі отримують temperror",
    }
    TargetNoRecord {
        en: "{target} has no SPF record",
        de: "{target} hat keinen SPF-Record",
        uk: "{target} не має SPF-запису",
    }
    IncludeMissing {
        en: "include:{spec}: {why}; an include without a record is a permerror for every message (RFC 7208 §5.2)",
        de: "include:{spec}: {why}; ein include ohne Record ergibt permerror für jede Nachricht (RFC 7208 §5.2)",
        uk: "include:{spec}: {why}; include без запису — це permerror для кожного листа (RFC 7208 §5.2)",
    }
    RedirectMissing {
        en: "redirect={spec}: {why}; a redirect to a domain without a record is a permerror (RFC 7208 §6.1)",
        de: "redirect={spec}: {why}; ein redirect auf eine Domain ohne Record ergibt permerror (RFC 7208 §6.1)",
        uk: "redirect={spec}: {why}; redirect на домен без запису — це permerror (RFC 7208 §6.1)",
    }
    FixRemoveVia {
        en: "remove \"{via}\" or fix the name (a typo? a provider that changed its include?)",
        de: "entfernen Sie „{via}“ oder korrigieren Sie den Namen (ein Tippfehler? ein Anbieter, der sein include geändert hat?)",
        uk: "видаліть «{via}» або виправте ім’я (помилка в написанні? провайдер змінив свій include?)",
    }
    NoteNoAddresses {
        en: "\"{term}\": {target} has no A or AAAA records (a void lookup)",
        de: "„{term}“: {target} hat keine A- oder AAAA-Records (ein Void-Lookup)",
        uk: "«{term}»: {target} не має записів A чи AAAA (порожній запит)",
    }
    NoteLookupFailed {
        en: "\"{term}\": lookup failed: {error}",
        de: "„{term}“: Abfrage fehlgeschlagen: {error}",
        uk: "«{term}»: запит не вдався: {error}",
    }
    NoteMxLookupFailed {
        en: "\"{term}\": MX lookup failed: {error}",
        de: "„{term}“: MX-Abfrage fehlgeschlagen: {error}",
        uk: "«{term}»: запит MX не вдався: {error}",
    }
    NoteNoMx {
        en: "\"{term}\": {target} has no MX records (a void lookup)",
        de: "„{term}“: {target} hat keine MX-Records (ein Void-Lookup)",
        uk: "«{term}»: {target} не має записів MX (порожній запит)",
    }
    NoteExistsVoid {
        en: "\"{term}\": {target} has no A record: the term never matches (a void lookup)",
        de: "„{term}“: {target} hat keinen A-Record: Der Term trifft nie zu (ein Void-Lookup)",
        uk: "«{term}»: {target} не має запису A: терм ніколи не збігається (порожній запит)",
    }
    NoteExistsMatchesAll {
        en: "\"{term}\": {target} exists, so the term matches every sender",
        de: "„{term}“: {target} existiert, der Term trifft also auf jeden Absender zu",
        uk: "«{term}»: {target} існує, тож терм збігається з кожним відправником",
    }

    // Plural sentences, by their {n}.
    TooLong {
        en: [
            "the record is {n} octet; above 512 octets the answer may not fit in a UDP DNS response (RFC 7208 §3.4)",
            "the record is {n} octets; above 512 octets the answer may not fit in a UDP DNS response (RFC 7208 §3.4)",
        ],
        de: [
            "der Record ist {n} Oktett lang; über 512 Oktetten passt die Antwort womöglich nicht in eine UDP-DNS-Antwort (RFC 7208 §3.4)",
            "der Record ist {n} Oktette lang; über 512 Oktetten passt die Antwort womöglich nicht in eine UDP-DNS-Antwort (RFC 7208 §3.4)",
        ],
        uk: [
            "запис має {n} октет; понад 512 октетів відповідь може не вміститися у відповідь DNS через UDP (RFC 7208 §3.4)",
            "запис має {n} октети; понад 512 октетів відповідь може не вміститися у відповідь DNS через UDP (RFC 7208 §3.4)",
            "запис має {n} октетів; понад 512 октетів відповідь може не вміститися у відповідь DNS через UDP (RFC 7208 §3.4)",
        ],
    }
    StringTooLong {
        en: [
            "one string is {n} octet; a DNS character-string holds at most 255 (RFC 1035 §3.3), so most DNS servers reject the record or cut it",
            "one string is {n} octets; a DNS character-string holds at most 255 (RFC 1035 §3.3), so most DNS servers reject the record or cut it",
        ],
        de: [
            "ein String ist {n} Oktett lang; eine DNS-character-string fasst höchstens 255 (RFC 1035 §3.3), daher lehnen die meisten DNS-Server den Record ab oder kürzen ihn",
            "ein String ist {n} Oktette lang; eine DNS-character-string fasst höchstens 255 (RFC 1035 §3.3), daher lehnen die meisten DNS-Server den Record ab oder kürzen ihn",
        ],
        uk: [
            "один рядок має {n} октет; DNS character-string вміщує щонайбільше 255 (RFC 1035 §3.3), тож більшість DNS-серверів відхилить запис або обріже його",
            "один рядок має {n} октети; DNS character-string вміщує щонайбільше 255 (RFC 1035 §3.3), тож більшість DNS-серверів відхилить запис або обріже його",
            "один рядок має {n} октетів; DNS character-string вміщує щонайбільше 255 (RFC 1035 §3.3), тож більшість DNS-серверів відхилить запис або обріже його",
        ],
    }
    MultipleRecords {
        en: [
            "{n} SPF record is published at this name; with more than one, every check is a permerror (RFC 7208 §4.5)",
            "{n} SPF records are published at this name; with more than one, every check is a permerror (RFC 7208 §4.5)",
        ],
        de: [
            "{n} SPF-Record ist unter diesem Namen veröffentlicht; bei mehr als einem ergibt jede Prüfung permerror (RFC 7208 §4.5)",
            "{n} SPF-Records sind unter diesem Namen veröffentlicht; bei mehr als einem ergibt jede Prüfung permerror (RFC 7208 §4.5)",
        ],
        uk: [
            "для цього імені опубліковано {n} SPF-запис; якщо їх більше одного, кожна перевірка дає permerror (RFC 7208 §4.5)",
            "для цього імені опубліковано {n} SPF-записи; якщо їх більше одного, кожна перевірка дає permerror (RFC 7208 §4.5)",
            "для цього імені опубліковано {n} SPF-записів; якщо їх більше одного, кожна перевірка дає permerror (RFC 7208 §4.5)",
        ],
    }
    TooManyLookups {
        en: [
            "the record needs {n} DNS lookup when fully expanded; above {limit} the result is permerror (RFC 7208 §4.6.4). Per branch (the term itself included): {branches}",
            "the record needs {n} DNS lookups when fully expanded; above {limit} the result is permerror (RFC 7208 §4.6.4). Per branch (the term itself included): {branches}",
        ],
        de: [
            "der Record braucht vollständig aufgelöst {n} DNS-Abfrage; über {limit} ist das Ergebnis permerror (RFC 7208 §4.6.4). Je Zweig (der Term selbst eingeschlossen): {branches}",
            "der Record braucht vollständig aufgelöst {n} DNS-Abfragen; über {limit} ist das Ergebnis permerror (RFC 7208 §4.6.4). Je Zweig (der Term selbst eingeschlossen): {branches}",
        ],
        uk: [
            "повністю розгорнутому запису потрібен {n} DNS-запит; понад {limit} результат — permerror (RFC 7208 §4.6.4). За гілками (включно з самим термом): {branches}",
            "повністю розгорнутому запису потрібні {n} DNS-запити; понад {limit} результат — permerror (RFC 7208 §4.6.4). За гілками (включно з самим термом): {branches}",
            "повністю розгорнутому запису потрібно {n} DNS-запитів; понад {limit} результат — permerror (RFC 7208 §4.6.4). За гілками (включно з самим термом): {branches}",
        ],
    }
    TooManyVoids {
        en: [
            "{n} lookup returns no records (void lookups); above {limit} many receivers return permerror (RFC 7208 §4.6.4)",
            "{n} lookups return no records (void lookups); above {limit} many receivers return permerror (RFC 7208 §4.6.4)",
        ],
        de: ["{n} Abfrage liefert keine Records (Void-Lookup); über {limit} geben viele Empfänger permerror zurück (RFC 7208 §4.6.4)", "{n} Abfragen liefern keine Records (Void-Lookups); über {limit} geben viele Empfänger permerror zurück (RFC 7208 §4.6.4)"],
        uk: ["{n} запит не повертає записів (порожній запит, void lookup); понад {limit} багато одержувачів повертають permerror (RFC 7208 §4.6.4)", "{n} запити не повертають записів (порожні запити, void lookups); понад {limit} багато одержувачів повертають permerror (RFC 7208 §4.6.4)", "{n} запитів не повертають записів (порожні запити, void lookups); понад {limit} багато одержувачів повертають permerror (RFC 7208 §4.6.4)"],
    }
    NodeManyRecords {
        en: ["{n} SPF record at {target}", "{n} SPF records at {target}"],
        de: ["{n} SPF-Record bei {target}", "{n} SPF-Records bei {target}"],
        uk: ["{n} SPF-запис у {target}", "{n} SPF-записи у {target}", "{n} SPF-записів у {target}"],
    }
    IncludeManyRecords {
        en: [
            "include:{spec}: {target} publishes {n} SPF record: permerror (RFC 7208 §4.5)",
            "include:{spec}: {target} publishes {n} SPF records: permerror (RFC 7208 §4.5)",
        ],
        de: [
            "include:{spec}: {target} veröffentlicht {n} SPF-Record: permerror (RFC 7208 §4.5)",
            "include:{spec}: {target} veröffentlicht {n} SPF-Records: permerror (RFC 7208 §4.5)",
        ],
        uk: [
            "include:{spec}: {target} публікує {n} SPF-запис: permerror (RFC 7208 §4.5)",
            "include:{spec}: {target} публікує {n} SPF-записи: permerror (RFC 7208 §4.5)",
            "include:{spec}: {target} публікує {n} SPF-записів: permerror (RFC 7208 §4.5)",
        ],
    }
    RedirectManyRecords {
        en: [
            "redirect={spec}: {target} publishes {n} SPF record: permerror (RFC 7208 §4.5)",
            "redirect={spec}: {target} publishes {n} SPF records: permerror (RFC 7208 §4.5)",
        ],
        de: [
            "redirect={spec}: {target} veröffentlicht {n} SPF-Record: permerror (RFC 7208 §4.5)",
            "redirect={spec}: {target} veröffentlicht {n} SPF-Records: permerror (RFC 7208 §4.5)",
        ],
        uk: [
            "redirect={spec}: {target} публікує {n} SPF-запис: permerror (RFC 7208 §4.5)",
            "redirect={spec}: {target} публікує {n} SPF-записи: permerror (RFC 7208 §4.5)",
            "redirect={spec}: {target} публікує {n} SPF-записів: permerror (RFC 7208 §4.5)",
        ],
    }
    TooManyMxHosts {
        en: [
            "\"{term}\": {target} has {n} MX host; a receiver looking at more than {limit} returns permerror (RFC 7208 §4.6.4)",
            "\"{term}\": {target} has {n} MX hosts; a receiver looking at more than {limit} returns permerror (RFC 7208 §4.6.4)",
        ],
        de: [
            "„{term}“: {target} hat {n} MX-Host; ein Empfänger, der mehr als {limit} betrachtet, gibt permerror zurück (RFC 7208 §4.6.4)",
            "„{term}“: {target} hat {n} MX-Hosts; ein Empfänger, der mehr als {limit} betrachtet, gibt permerror zurück (RFC 7208 §4.6.4)",
        ],
        uk: [
            "«{term}»: {target} має {n} MX-хост; одержувач, що перевіряє понад {limit}, повертає permerror (RFC 7208 §4.6.4)",
            "«{term}»: {target} має {n} MX-хости; одержувач, що перевіряє понад {limit}, повертає permerror (RFC 7208 §4.6.4)",
            "«{term}»: {target} має {n} MX-хостів; одержувач, що перевіряє понад {limit}, повертає permerror (RFC 7208 §4.6.4)",
        ],
    }
    TxtRecords {
        en: ["TXT {domain}: {n} TXT record", "TXT {domain}: {n} TXT records"],
        de: ["TXT {domain}: {n} TXT-Record", "TXT {domain}: {n} TXT-Records"],
        uk: ["TXT {domain}: {n} запис TXT", "TXT {domain}: {n} записи TXT", "TXT {domain}: {n} записів TXT"],
    }
    PublishesManyRecords {
        en: [
            "{domain} publishes {n} SPF record; exactly one is allowed (RFC 7208 §4.5)",
            "{domain} publishes {n} SPF records; exactly one is allowed (RFC 7208 §4.5)",
        ],
        de: [
            "{domain} veröffentlicht {n} SPF-Record; erlaubt ist genau einer (RFC 7208 §4.5)",
            "{domain} veröffentlicht {n} SPF-Records; erlaubt ist genau einer (RFC 7208 §4.5)",
        ],
        uk: [
            "{domain} публікує {n} SPF-запис; дозволено рівно один (RFC 7208 §4.5)",
            "{domain} публікує {n} SPF-записи; дозволено рівно один (RFC 7208 §4.5)",
            "{domain} публікує {n} SPF-записів; дозволено рівно один (RFC 7208 §4.5)",
        ],
    }
    HasManyRecords {
        en: ["{domain} has {n} SPF record", "{domain} has {n} SPF records"],
        de: ["{domain} hat {n} SPF-Record", "{domain} hat {n} SPF-Records"],
        uk: ["{domain} має {n} SPF-запис", "{domain} має {n} SPF-записи", "{domain} має {n} SPF-записів"],
    }
    TooManyMx {
        en: [
            "{target} has {n} MX record, more than {limit} (RFC 7208 §4.6.4)",
            "{target} has {n} MX records, more than {limit} (RFC 7208 §4.6.4)",
        ],
        de: [
            "{target} hat {n} MX-Record, mehr als {limit} (RFC 7208 §4.6.4)",
            "{target} hat {n} MX-Records, mehr als {limit} (RFC 7208 §4.6.4)",
        ],
        uk: [
            "{target} має {n} запис MX, більше ніж {limit} (RFC 7208 §4.6.4)",
            "{target} має {n} записи MX, більше ніж {limit} (RFC 7208 §4.6.4)",
            "{target} має {n} записів MX, більше ніж {limit} (RFC 7208 §4.6.4)",
        ],
    }
    ExpManyRecords {
        en: [
            "`{term}`: TXT {name} has {n} record, exactly one is needed; no explanation (RFC 7208 §6.2)",
            "`{term}`: TXT {name} has {n} records, exactly one is needed; no explanation (RFC 7208 §6.2)",
        ],
        de: [
            "`{term}`: TXT {name} hat {n} Record, nötig ist genau einer; keine Erklärung (RFC 7208 §6.2)",
            "`{term}`: TXT {name} hat {n} Records, nötig ist genau einer; keine Erklärung (RFC 7208 §6.2)",
        ],
        uk: [
            "`{term}`: TXT {name} має {n} запис, потрібен рівно один; без пояснення (RFC 7208 §6.2)",
            "`{term}`: TXT {name} має {n} записи, потрібен рівно один; без пояснення (RFC 7208 §6.2)",
            "`{term}`: TXT {name} має {n} записів, потрібен рівно один; без пояснення (RFC 7208 §6.2)",
        ],
    }
}
