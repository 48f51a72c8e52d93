//! DMARC's sentences: discovery and evaluation (src/auth/dmarc.rs), the
//! DMARC builder, linter and tag help (src/builder/dmarc.rs), the domain check
//! (src/builder/domain.rs) and aggregate reports (src/reports/). See `super`
//! for the rules.

phrases! {
    Dmarc;
    // Discovery and evaluation (src/auth/dmarc.rs).
    ServerAnswered {
        en: "the DNS server answered {rcode}",
        de: "der DNS-Server antwortete {rcode}",
        uk: "DNS-сервер відповів {rcode}",
    }
    ReportAuthFound {
        en: "{name} TXT \"v=DMARC1\" found: {dest} accepts reports for {domain}",
        de: "{name} TXT „v=DMARC1“ gefunden: {dest} nimmt Reports für {domain} an",
        uk: "{name} TXT «v=DMARC1» знайдено: {dest} приймає звіти для {domain}",
    }
    ReportAuthMissing {
        en: "{name} has no v=DMARC1 TXT record: a receiver must not send {domain}'s reports to {dest} (RFC 7489 §7.1)",
        de: "{name} hat keinen TXT-Record v=DMARC1: Ein Empfänger darf die Reports von {domain} nicht an {dest} senden (RFC 7489 §7.1)",
        uk: "{name} не має TXT-запису v=DMARC1: одержувач не має права надсилати звіти {domain} на {dest} (RFC 7489 §7.1)",
    }
    ReportAuthRcode {
        en: "{name}: {rcode}: a receiver must not send {domain}'s reports to {dest} (RFC 7489 §7.1)",
        de: "{name}: {rcode}: Ein Empfänger darf die Reports von {domain} nicht an {dest} senden (RFC 7489 §7.1)",
        uk: "{name}: {rcode}: одержувач не має права надсилати звіти {domain} на {dest} (RFC 7489 §7.1)",
    }
    ReportAuthError {
        en: "{domain}._report._dmarc.{dest}: {error}",
        de: "{domain}._report._dmarc.{dest}: {error}",
        uk: "{domain}._report._dmarc.{dest}: {error}",
    }
    ReportDestination {
        en: "Report destination {uri}: {text}",
        de: "Report-Empfänger {uri}: {text}",
        uk: "Адресат звітів {uri}: {text}",
    }
    WarnNotTagValue {
        en: "'{part}' is not a tag=value pair; ignored",
        de: "„{part}“ ist kein Paar Tag=Wert; ignoriert",
        uk: "«{part}» не є парою тег=значення; проігноровано",
    }
    WarnBadPolicy {
        en: "{tag}={value} is not none, quarantine or reject",
        de: "{tag}={value} ist weder none noch quarantine noch reject",
        uk: "{tag}={value} не є none, quarantine або reject",
    }
    WarnBadAlignment {
        en: "{tag}={value} is neither r nor s; relaxed is used",
        de: "{tag}={value} ist weder r noch s; relaxed wird verwendet",
        uk: "{tag}={value} не є ні r, ні s; використано relaxed",
    }
    WarnBadPct {
        en: "pct={value} is not a number 0-100; 100 is used",
        de: "pct={value} ist keine Zahl von 0 bis 100; 100 wird verwendet",
        uk: "pct={value} не є числом від 0 до 100; використано 100",
    }
    WarnBadTesting {
        en: "t={value} is neither y nor n; n is used",
        de: "t={value} ist weder y noch n; n wird verwendet",
        uk: "t={value} не є ні y, ні n; використано n",
    }
    WarnBadPsd {
        en: "psd={value} is not y, n or u; u is used",
        de: "psd={value} ist weder y noch n noch u; u wird verwendet",
        uk: "psd={value} не є y, n або u; використано u",
    }
    WarnUnknownTag {
        en: "unknown tag '{tag}' ignored (RFC 7489 §6.3)",
        de: "unbekanntes Tag „{tag}“ ignoriert (RFC 7489 §6.3)",
        uk: "невідомий тег «{tag}» проігноровано (RFC 7489 §6.3)",
    }
    WarnNoPolicy {
        en: "p= is missing or invalid: the record counts as p=none only if rua= has a valid URI, otherwise DMARC is not applied (RFC 9989 §4.10.1, RFC 7489 §6.6.3)",
        de: "p= fehlt oder ist ungültig: Der Record gilt nur dann als p=none, wenn rua= eine gültige URI enthält, sonst wird DMARC nicht angewendet (RFC 9989 §4.10.1, RFC 7489 §6.6.3)",
        uk: "p= відсутній або недійсний: запис вважається p=none, лише якщо rua= містить дійсний URI, інакше DMARC не застосовується (RFC 9989 §4.10.1, RFC 7489 §6.6.3)",
    }
    LookupNoRecords {
        en: "_dmarc.{name} TXT: no records",
        de: "_dmarc.{name} TXT: keine Records",
        uk: "_dmarc.{name} TXT: записів немає",
    }
    LookupOne {
        en: "_dmarc.{name} TXT: one DMARC record",
        de: "_dmarc.{name} TXT: ein DMARC-Record",
        uk: "_dmarc.{name} TXT: один DMARC-запис",
    }
    LookupNxDomain {
        en: "_dmarc.{name} TXT: NXDOMAIN",
        de: "_dmarc.{name} TXT: NXDOMAIN (existiert nicht)",
        uk: "_dmarc.{name} TXT: NXDOMAIN (не існує)",
    }
    LookupError {
        en: "_dmarc.{name} TXT: {error}",
        de: "_dmarc.{name} TXT: {error}",
        uk: "_dmarc.{name} TXT: {error}",
    }
    LookupNotQueried {
        en: "_dmarc.{name} TXT: not queried",
        de: "_dmarc.{name} TXT: nicht abgefragt",
        uk: "_dmarc.{name} TXT: не запитувався",
    }
    Discovery7489 {
        en: "Policy discovery: {from}, then its Public Suffix List organizational domain (RFC 7489 §6.6.3)",
        de: "Suche nach der Policy: {from}, dann seine Organisationsdomain laut Public Suffix List (RFC 7489 §6.6.3)",
        uk: "Пошук політики: {from}, потім його організаційний домен за Public Suffix List (RFC 7489 §6.6.3)",
    }
    OrgDomainBis {
        en: "Organizational domain of {from}: {org} (from the DNS tree walk, RFC 9989 §4.10.2)",
        de: "Organisationsdomain von {from}: {org} (aus dem DNS-Tree-Walk, RFC 9989 §4.10.2)",
        uk: "Організаційний домен {from}: {org} (з обходу дерева DNS, RFC 9989 §4.10.2)",
    }
    OrgDomain7489 {
        en: "Organizational domain of {from}: {org} (Public Suffix List, RFC 7489 §3.2)",
        de: "Organisationsdomain von {from}: {org} (Public Suffix List, RFC 7489 §3.2)",
        uk: "Організаційний домен {from}: {org} (Public Suffix List, RFC 7489 §3.2)",
    }
    RecordAt {
        en: "DMARC record at _dmarc.{domain}",
        de: "DMARC-Record unter _dmarc.{domain}",
        uk: "DMARC-запис у _dmarc.{domain}",
    }
    ResultNoRecord {
        en: "dmarc=none: {from} publishes no DMARC record ({rules})",
        de: "dmarc=none: {from} veröffentlicht keinen DMARC-Record ({rules})",
        uk: "dmarc=none: {from} не публікує DMARC-запису ({rules})",
    }
    SeveralRecords {
        en: "_dmarc.{name} has more than one DMARC record: policy discovery stops and DMARC is not applied (RFC 7489 §6.6.3 step 5)",
        de: "_dmarc.{name} hat mehr als einen DMARC-Record: Die Suche nach der Policy endet, DMARC wird nicht angewendet (RFC 7489 §6.6.3 Schritt 5)",
        uk: "_dmarc.{name} має більше одного DMARC-запису: пошук політики зупиняється, DMARC не застосовується (RFC 7489 §6.6.3, крок 5)",
    }
    ResultTempError {
        en: "dmarc=temperror: the lookup of _dmarc.{name} failed ({error})",
        de: "dmarc=temperror: Die Abfrage von _dmarc.{name} ist fehlgeschlagen ({error})",
        uk: "dmarc=temperror: запит _dmarc.{name} не вдався ({error})",
    }
    AlignSameStrict {
        en: "{other} is the From domain: aligned (strict)",
        de: "{other} ist die From-Domain: aligned (strict)",
        uk: "{other} — це домен From: вирівняний (strict)",
    }
    AlignSameRelaxed {
        en: "{other} is the From domain: aligned (relaxed)",
        de: "{other} ist die From-Domain: aligned (relaxed)",
        uk: "{other} — це домен From: вирівняний (relaxed)",
    }
    AlignStrictOther {
        en: "{other} ≠ {from}: not aligned (strict alignment needs the exact domain)",
        de: "{other} ≠ {from}: nicht aligned (strict verlangt genau dieselbe Domain)",
        uk: "{other} ≠ {from}: не вирівняний (strict вимагає точно той самий домен)",
    }
    AlignSameOrg {
        en: "{other} and {from} share the organizational domain {org}: aligned (relaxed)",
        de: "{other} und {from} haben dieselbe Organisationsdomain {org}: aligned (relaxed)",
        uk: "{other} і {from} мають спільний організаційний домен {org}: вирівняний (relaxed)",
    }
    AlignOtherOrg {
        en: "{other}'s organizational domain {org} ≠ {from_org}: not aligned (relaxed)",
        de: "die Organisationsdomain {org} von {other} ≠ {from_org}: nicht aligned (relaxed)",
        uk: "організаційний домен {org} для {other} ≠ {from_org}: не вирівняний (relaxed)",
    }
    SpfPass {
        en: "SPF pass for {domain}; {why}",
        de: "SPF pass für {domain}; {why}",
        uk: "SPF pass для {domain}; {why}",
    }
    SpfNoCountSameStrict {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment ({other} is the From domain: aligned (strict))",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist ({other} ist die From-Domain: aligned (strict))",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання ({other} — це домен From: вирівняний (strict))",
    }
    SpfNoCountSameRelaxed {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment ({other} is the From domain: aligned (relaxed))",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist ({other} ist die From-Domain: aligned (relaxed))",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання ({other} — це домен From: вирівняний (relaxed))",
    }
    SpfNoCountStrictOther {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment ({other} ≠ {from}: not aligned (strict alignment needs the exact domain))",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist ({other} ≠ {from}: nicht aligned (strict verlangt genau dieselbe Domain))",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання ({other} ≠ {from}: не вирівняний (strict вимагає точно той самий домен))",
    }
    SpfNoCountSameOrg {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment ({other} and {from} share the organizational domain {org}: aligned (relaxed))",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist ({other} und {from} haben dieselbe Organisationsdomain {org}: aligned (relaxed))",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання ({other} і {from} мають спільний організаційний домен {org}: вирівняний (relaxed))",
    }
    SpfNoCountOtherOrg {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment ({other}'s organizational domain {org} ≠ {from_org}: not aligned (relaxed))",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist (die Organisationsdomain {org} von {other} ≠ {from_org}: nicht aligned (relaxed))",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання (організаційний домен {org} для {other} ≠ {from_org}: не вирівняний (relaxed))",
    }
    SpfNothing {
        en: "SPF: no MAIL FROM domain was checked, nothing to align",
        de: "SPF: Es wurde keine MAIL-FROM-Domain geprüft, nichts zum Alignment",
        uk: "SPF: жоден домен MAIL FROM не перевірявся, вирівнювати нічого",
    }
    DkimPass {
        en: "DKIM pass for d={domain} (s={selector}); {why}",
        de: "DKIM pass für d={domain} (s={selector}); {why}",
        uk: "DKIM pass для d={domain} (s={selector}); {why}",
    }
    DkimNoCountSameStrict {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC ({other} is the From domain: aligned (strict))",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht ({other} ist die From-Domain: aligned (strict))",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC ({other} — це домен From: вирівняний (strict))",
    }
    DkimNoCountSameRelaxed {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC ({other} is the From domain: aligned (relaxed))",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht ({other} ist die From-Domain: aligned (relaxed))",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC ({other} — це домен From: вирівняний (relaxed))",
    }
    DkimNoCountStrictOther {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC ({other} ≠ {from}: not aligned (strict alignment needs the exact domain))",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht ({other} ≠ {from}: nicht aligned (strict verlangt genau dieselbe Domain))",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC ({other} ≠ {from}: не вирівняний (strict вимагає точно той самий домен))",
    }
    DkimNoCountSameOrg {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC ({other} and {from} share the organizational domain {org}: aligned (relaxed))",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht ({other} und {from} haben dieselbe Organisationsdomain {org}: aligned (relaxed))",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC ({other} і {from} мають спільний організаційний домен {org}: вирівняний (relaxed))",
    }
    DkimNoCountOtherOrg {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC ({other}'s organizational domain {org} ≠ {from_org}: not aligned (relaxed))",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht (die Organisationsdomain {org} von {other} ≠ {from_org}: nicht aligned (relaxed))",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC (організаційний домен {org} для {other} ≠ {from_org}: не вирівняний (relaxed))",
    }
    DkimNothing {
        en: "DKIM: the message has no DKIM signature to align",
        de: "DKIM: Die Nachricht hat keine DKIM-Signatur für das Alignment",
        uk: "DKIM: лист не має DKIM-підпису для вирівнювання",
    }
    PolicyOwn {
        en: "p={p} applies: the record is the From domain's own",
        de: "p={p} gilt: Der Record gehört der From-Domain selbst",
        uk: "p={p} застосовується: це власний запис домену From",
    }
    PolicyNp {
        en: "np={np} applies: {from} does not exist in DNS (NXDOMAIN) and the policy comes from {domain}",
        de: "np={np} gilt: {from} existiert im DNS nicht (NXDOMAIN), und die Policy stammt von {domain}",
        uk: "np={np} застосовується: {from} не існує в DNS (NXDOMAIN), а політика походить від {domain}",
    }
    PolicySp {
        en: "sp={sp} applies: {from} is a subdomain of {domain}",
        de: "sp={sp} gilt: {from} ist eine Subdomain von {domain}",
        uk: "sp={sp} застосовується: {from} — піддомен {domain}",
    }
    PolicySubdomain {
        en: "p={p} applies to the subdomain {from} (no sp=)",
        de: "p={p} gilt für die Subdomain {from} (kein sp=)",
        uk: "p={p} застосовується до піддомену {from} (sp= немає)",
    }
    NpIgnored7489 {
        en: "np= is not part of RFC 7489 (it comes from RFC 9091/9989) and is ignored under these rules",
        de: "np= gehört nicht zu RFC 7489 (es stammt aus RFC 9091/9989) und wird nach diesen Regeln ignoriert",
        uk: "np= не входить до RFC 7489 (його введено в RFC 9091/9989) і за цими правилами ігнорується",
    }
    Testing {
        en: "t=y (testing): the receiver should apply {applied} instead of {policy} (RFC 9989 §4.7)",
        de: "t=y (Testmodus): Der Empfänger soll {applied} statt {policy} anwenden (RFC 9989 §4.7)",
        uk: "t=y (тестування): одержувач має застосувати {applied} замість {policy} (RFC 9989 §4.7)",
    }
    Pct {
        en: "pct={pct}: {percent}% of failing messages get {policy}, the others get {lower} (RFC 7489 §6.6.4)",
        de: "pct={pct}: {percent} % der durchgefallenen Nachrichten bekommen {policy}, die übrigen {lower} (RFC 7489 §6.6.4)",
        uk: "pct={pct}: до {percent}% листів, що не пройшли перевірку, застосовується {policy}, до решти — {lower} (RFC 7489 §6.6.4)",
    }
    PctIgnoredBis {
        en: "pct={pct} is ignored: RFC 9989 removed pct (use t=y)",
        de: "pct={pct} wird ignoriert: RFC 9989 hat pct gestrichen (verwenden Sie t=y)",
        uk: "pct={pct} ігнорується: RFC 9989 вилучив pct (використовуйте t=y)",
    }
    BecauseBoth {
        en: "SPF and DKIM both pass aligned",
        de: "SPF und DKIM bestehen beide mit Alignment",
        uk: "і SPF, і DKIM проходять вирівняними",
    }
    BecauseSpf {
        en: "SPF passes aligned",
        de: "SPF besteht mit Alignment",
        uk: "SPF проходить вирівняним",
    }
    BecauseDkim {
        en: "DKIM passes aligned",
        de: "DKIM besteht mit Alignment",
        uk: "DKIM проходить вирівняним",
    }
    BecauseNeither {
        en: "neither SPF nor DKIM passed aligned with the From domain",
        de: "weder SPF noch DKIM hat mit Alignment zur From-Domain bestanden",
        uk: "ні SPF, ні DKIM не пройшли з вирівнюванням на домен From",
    }
    ResultLine {
        en: "dmarc={result} ({rules}): {because}; p={policy} → {disposition}",
        de: "dmarc={result} ({rules}): {because}; p={policy} → {disposition}",
        uk: "dmarc={result} ({rules}): {because}; p={policy} → {disposition}",
    }
    DispositionPass {
        en: "deliver: DMARC passed",
        de: "zustellen: DMARC bestanden",
        uk: "доставити: DMARC пройдено",
    }
    DispositionNone {
        en: "deliver normally (p=none only asks for reports)",
        de: "normal zustellen (p=none fordert nur Reports an)",
        uk: "доставити як звичайно (p=none лише просить звіти)",
    }
    DispositionQuarantine {
        en: "quarantine: deliver to the spam/junk folder or hold",
        de: "quarantine: in den Spam-Ordner zustellen oder zurückhalten",
        uk: "quarantine: доставити до теки спаму або затримати",
    }
    DispositionReject {
        en: "reject: refuse the message during the SMTP session (550 5.7.1)",
        de: "reject: die Nachricht während der SMTP-Sitzung abweisen (550 5.7.1)",
        uk: "reject: відхилити лист під час SMTP-сесії (550 5.7.1)",
    }
    DispositionPct {
        en: "{disposition} for {pct}% of such messages, else {other}",
        de: "{disposition} bei {pct} % solcher Nachrichten, sonst {other}",
        uk: "{disposition} для {pct}% таких листів, інакше {other}",
    }
    DispositionNoPolicy {
        en: "no DMARC policy: the receiver decides on SPF, DKIM and its own filters",
        de: "keine DMARC-Policy: Der Empfänger entscheidet nach SPF, DKIM und seinen eigenen Filtern",
        uk: "політики DMARC немає: одержувач вирішує за SPF, DKIM і власними фільтрами",
    }
    DispositionSeveralRecords {
        en: "no DMARC policy applies (several records)",
        de: "keine DMARC-Policy gilt (mehrere Records)",
        uk: "жодна політика DMARC не застосовується (кілька записів)",
    }
    DispositionTempError {
        en: "undecided: a DNS failure; receivers usually defer (4xx) and retry",
        de: "offen: ein DNS-Fehler; Empfänger stellen meist zurück (4xx) und versuchen es erneut",
        uk: "не визначено: збій DNS; одержувачі зазвичай відкладають (4xx) і пробують знову",
    }
    DispositionNoFrom {
        en: "DMARC cannot be applied: no From domain",
        de: "DMARC ist nicht anwendbar: keine From-Domain",
        uk: "DMARC неможливо застосувати: немає домену From",
    }
    NoFromDomain {
        en: "The message has no From address with a domain: DMARC has no Author Domain to check",
        de: "Die Nachricht hat keine From-Adresse mit Domain: DMARC hat keine Author Domain zu prüfen",
        uk: "Лист не має адреси From із доменом: DMARC не має Author Domain для перевірки",
    }
    DispositionSeveralFrom {
        en: "not evaluated: the From header names several domains",
        de: "nicht ausgewertet: Der From-Header nennt mehrere Domains",
        uk: "не оцінено: заголовок From називає кілька доменів",
    }
    SeveralFromBis {
        en: "The From header has addresses in {count} domains ({list}): RFC 9989 (Extract Author Domain) exempts a multi-valued From with different domains from DMARC checking; DMARC proceeds only when all addresses share one domain (the receiver may still reject the message on other grounds)",
        de: "Der From-Header hat Adressen in {count} Domains ({list}): RFC 9989 (Extract Author Domain) nimmt ein From mit mehreren Adressen in verschiedenen Domains von der DMARC-Prüfung aus; DMARC prüft nur, wenn alle Adressen dieselbe Domain haben (der Empfänger kann die Nachricht trotzdem aus anderen Gründen ablehnen)",
        uk: "Заголовок From містить адреси в {count} доменах ({list}): RFC 9989 (Extract Author Domain) звільняє від перевірки DMARC From із кількома адресами в різних доменах; DMARC перевіряє, лише коли всі адреси мають один домен (одержувач усе одно може відхилити лист з інших причин)",
    }
    SeveralFrom7489 {
        en: "The From header has addresses in {count} domains ({list}): RFC 7489 §6.6.1 checks each and applies the strictest policy among those that fail",
        de: "Der From-Header hat Adressen in {count} Domains ({list}): RFC 7489 §6.6.1 prüft jede und wendet die strengste Policy unter den durchgefallenen an",
        uk: "Заголовок From містить адреси в {count} доменах ({list}): RFC 7489 §6.6.1 перевіряє кожен і застосовує найсуворішу політику серед тих, що не пройшли",
    }
    PerDomain {
        en: "{domain}: dmarc={result}",
        de: "{domain}: dmarc={result}",
        uk: "{domain}: dmarc={result}",
    }
    DiffResult {
        en: "Result: RFC 9989 says dmarc={bis}, RFC 7489 says dmarc={old}",
        de: "Ergebnis: RFC 9989 sagt dmarc={bis}, RFC 7489 sagt dmarc={old}",
        uk: "Результат: за RFC 9989 dmarc={bis}, за RFC 7489 dmarc={old}",
    }
    DiffRecord {
        en: "Policy record: RFC 9989 uses {bis}, RFC 7489 uses {old}",
        de: "Policy-Record: RFC 9989 verwendet {bis}, RFC 7489 verwendet {old}",
        uk: "Запис політики: RFC 9989 використовує {bis}, RFC 7489 — {old}",
    }
    DiffOrg {
        en: "Organizational domain: the DNS tree walk gives {bis}, the Public Suffix List gives {old}",
        de: "Organisationsdomain: Der DNS-Tree-Walk ergibt {bis}, die Public Suffix List ergibt {old}",
        uk: "Організаційний домен: обхід дерева DNS дає {bis}, Public Suffix List дає {old}",
    }
    DiffPolicy {
        en: "Policy: RFC 9989 selects {bis}, RFC 7489 selects {old}",
        de: "Policy: RFC 9989 wählt {bis}, RFC 7489 wählt {old}",
        uk: "Політика: RFC 9989 обирає {bis}, RFC 7489 — {old}",
    }
    DiffAlignment {
        en: "Alignment: RFC 9989 has SPF {bis_spf} / DKIM {bis_dkim}, RFC 7489 has SPF {old_spf} / DKIM {old_dkim}",
        de: "Alignment: Nach RFC 9989 ist SPF {bis_spf} / DKIM {bis_dkim}, nach RFC 7489 SPF {old_spf} / DKIM {old_dkim}",
        uk: "Вирівнювання: за RFC 9989 SPF {bis_spf} / DKIM {bis_dkim}, за RFC 7489 SPF {old_spf} / DKIM {old_dkim}",
    }
    DiffDisposition {
        en: "Disposition: RFC 9989 → {bis}; RFC 7489 → {old}",
        de: "Behandlung: RFC 9989 → {bis}; RFC 7489 → {old}",
        uk: "Дія: RFC 9989 → {bis}; RFC 7489 → {old}",
    }
    Disagree {
        en: "RFC 9989 and RFC 7489 disagree",
        de: "RFC 9989 und RFC 7489 kommen zu verschiedenen Ergebnissen",
        uk: "RFC 9989 і RFC 7489 дають різні результати",
    }
    Aligned {
        en: "aligned",
        de: "aligned",
        uk: "вирівняний",
    }
    NotAligned {
        en: "not aligned",
        de: "nicht aligned",
        uk: "не вирівняний",
    }
    // The DMARC builder, linter and tag help (src/builder/dmarc.rs).
    TagV { en: "Version", de: "Version", uk: "Версія" }
    TagP { en: "Policy", de: "Policy", uk: "Політика" }
    TagSp { en: "Subdomain policy", de: "Policy für Subdomains", uk: "Політика для піддоменів" }
    TagNp {
        en: "Non-existent subdomain policy",
        de: "Policy für nicht existierende Subdomains",
        uk: "Політика для неіснуючих піддоменів",
    }
    TagAdkim { en: "DKIM alignment", de: "DKIM-Alignment", uk: "Вирівнювання DKIM" }
    TagAspf { en: "SPF alignment", de: "SPF-Alignment", uk: "Вирівнювання SPF" }
    TagPct { en: "Percentage", de: "Prozentsatz", uk: "Відсоток" }
    TagRua {
        en: "Aggregate report addresses",
        de: "Adressen für Aggregate-Reports",
        uk: "Адреси для зведених звітів",
    }
    TagRuf {
        en: "Failure report addresses",
        de: "Adressen für Failure-Reports",
        uk: "Адреси для звітів про збої",
    }
    TagFo {
        en: "Failure reporting options",
        de: "Optionen für Failure-Reports",
        uk: "Параметри звітів про збої",
    }
    TagRf { en: "Failure report format", de: "Format der Failure-Reports", uk: "Формат звітів про збої" }
    TagRi { en: "Report interval", de: "Report-Intervall", uk: "Інтервал звітів" }
    TagT { en: "Testing", de: "Testmodus", uk: "Тестування" }
    TagPsd { en: "Public suffix domain", de: "Public-Suffix-Domain", uk: "Домен публічного суфікса" }
    TagRequired { en: "required", de: "Pflicht", uk: "обов’язковий" }
    TagDefaultP { en: "the p value", de: "der Wert von p", uk: "значення p" }
    TagDefaultSp { en: "the sp value", de: "der Wert von sp", uk: "значення sp" }
    ValuesRua {
        en: "mailto: URIs, comma-separated (optional !size)",
        de: "mailto:-URIs, durch Kommas getrennt (optional !Größe)",
        uk: "URI mailto:, через кому (необов’язково !розмір)",
    }
    ValuesRuf {
        en: "mailto: URIs, comma-separated",
        de: "mailto:-URIs, durch Kommas getrennt",
        uk: "URI mailto:, через кому",
    }
    ValuesFo {
        en: "0 | 1 | d | s, colon-separated",
        de: "0 | 1 | d | s, durch Doppelpunkte getrennt",
        uk: "0 | 1 | d | s, через двокрапку",
    }
    ValuesRi { en: "seconds", de: "Sekunden", uk: "секунди" }
    HelpV {
        en: "Must be the first tag, exactly \"v=DMARC1\".",
        de: "Muss das erste Tag sein, genau „v=DMARC1“.",
        uk: "Має бути першим тегом, точно «v=DMARC1».",
    }
    HelpP {
        en: "What receivers should do with mail that fails DMARC. Start with none and read the aggregate reports, then move to quarantine and reject.",
        de: "Was Empfänger mit Mails tun sollen, die bei DMARC durchfallen. Beginnen Sie mit none und lesen Sie die Aggregate-Reports, gehen Sie dann zu quarantine und reject über.",
        uk: "Що одержувачам робити з листами, які не пройшли DMARC. Почніть із none і читайте зведені звіти, потім переходьте до quarantine і reject.",
    }
    HelpSp {
        en: "Policy for subdomains that have no DMARC record of their own.",
        de: "Policy für Subdomains ohne eigenen DMARC-Record.",
        uk: "Політика для піддоменів, які не мають власного DMARC-запису.",
    }
    HelpNp {
        en: "DMARCbis: policy for mail from subdomains that do not exist in DNS. reject is a safe choice.",
        de: "DMARCbis: Policy für Mails von Subdomains, die im DNS nicht existieren. reject ist eine sichere Wahl.",
        uk: "DMARCbis: політика для листів від піддоменів, яких немає в DNS. reject — безпечний вибір.",
    }
    HelpAdkim {
        en: "Strict requires the DKIM d= domain to equal the From domain; relaxed allows the same organizational domain.",
        de: "Strict verlangt, dass die DKIM-Domain d= gleich der From-Domain ist; relaxed erlaubt dieselbe Organisationsdomain.",
        uk: "Strict вимагає, щоб домен DKIM d= збігався з доменом From; relaxed допускає той самий організаційний домен.",
    }
    HelpAspf {
        en: "Strict requires the MAIL FROM domain to equal the From domain; relaxed allows the same organizational domain.",
        de: "Strict verlangt, dass die MAIL-FROM-Domain gleich der From-Domain ist; relaxed erlaubt dieselbe Organisationsdomain.",
        uk: "Strict вимагає, щоб домен MAIL FROM збігався з доменом From; relaxed допускає той самий організаційний домен.",
    }
    HelpPct {
        en: "Share of failing mail the policy applies to. Removed in DMARCbis in favour of t=.",
        de: "Anteil der durchgefallenen Mails, für den die Policy gilt. In DMARCbis zugunsten von t= entfernt.",
        uk: "Частка листів, що не пройшли перевірку, до якої застосовується політика. У DMARCbis вилучено на користь t=.",
    }
    HelpRua {
        en: "Where receivers send daily XML aggregate reports. Addresses outside your domain must authorize you with a _report._dmarc record.",
        de: "Wohin Empfänger tägliche XML-Aggregate-Reports schicken. Adressen außerhalb Ihrer Domain müssen Sie mit einem Record unter _report._dmarc autorisieren.",
        uk: "Куди одержувачі надсилають щоденні зведені XML-звіти. Адреси поза вашим доменом мають дозволити це записом _report._dmarc.",
    }
    HelpRuf {
        en: "Where receivers send per-message failure reports. Few receivers send them; they may contain personal data.",
        de: "Wohin Empfänger Failure-Reports zu einzelnen Nachrichten schicken. Nur wenige Empfänger senden sie; sie können personenbezogene Daten enthalten.",
        uk: "Куди одержувачі надсилають звіти про збої окремих листів. Їх надсилають небагато одержувачів; вони можуть містити персональні дані.",
    }
    HelpFo {
        en: "0: report when all mechanisms fail; 1: when any fails; d: DKIM failures; s: SPF failures. Only used with ruf.",
        de: "0: Report, wenn alle Mechanismen durchfallen; 1: wenn einer durchfällt; d: DKIM-Fehlschläge; s: SPF-Fehlschläge. Nur zusammen mit ruf wirksam.",
        uk: "0: звіт, коли не пройшли всі механізми; 1: коли не пройшов будь-який; d: збої DKIM; s: збої SPF. Діє лише разом із ruf.",
    }
    HelpRf {
        en: "The only defined format is afrf.",
        de: "Das einzige definierte Format ist afrf.",
        uk: "Єдиний визначений формат — afrf.",
    }
    HelpRi {
        en: "Requested aggregate report interval; most receivers send daily regardless.",
        de: "Gewünschtes Intervall der Aggregate-Reports; die meisten Empfänger senden trotzdem täglich.",
        uk: "Бажаний інтервал зведених звітів; більшість одержувачів однаково надсилає їх щодня.",
    }
    HelpT {
        en: "DMARCbis: t=y asks receivers to apply one step less strict policy while you test (replaces pct).",
        de: "DMARCbis: t=y bittet Empfänger, während Ihrer Tests eine Stufe mildere Policy anzuwenden (ersetzt pct).",
        uk: "DMARCbis: t=y просить одержувачів застосовувати на крок м’якшу політику, поки ви тестуєте (замінює pct).",
    }
    HelpPsd {
        en: "DMARCbis: only for public suffix operators (y), or to mark an organizational domain (n).",
        de: "DMARCbis: nur für Betreiber von Public Suffixes (y) oder um eine Organisationsdomain zu kennzeichnen (n).",
        uk: "DMARCbis: лише для операторів публічних суфіксів (y) або щоб позначити організаційний домен (n).",
    }
    UriBadSize {
        en: "\"{uri}\": the size limit after '!' must be a number with an optional k/m/g/t unit",
        de: "„{uri}“: Die Größenangabe nach „!“ muss eine Zahl sein, optional mit der Einheit k/m/g/t",
        uk: "«{uri}»: обмеження розміру після «!» має бути числом з необов’язковою одиницею k/m/g/t",
    }
    UriBadMailto {
        en: "\"{uri}\" is not a valid mailto: address",
        de: "„{uri}“ ist keine gültige mailto:-Adresse",
        uk: "«{uri}» не є дійсною адресою mailto:",
    }
    UriHttp {
        en: "\"{uri}\": receivers send reports only by mail; use a mailto: address",
        de: "„{uri}“: Empfänger senden Reports nur per Mail; verwenden Sie eine mailto:-Adresse",
        uk: "«{uri}»: одержувачі надсилають звіти лише поштою; використовуйте адресу mailto:",
    }
    UriNoPrefix {
        en: "\"{uri}\" lacks the \"mailto:\" prefix: receivers ignore it",
        de: "„{uri}“ fehlt das Präfix „mailto:“: Empfänger ignorieren es",
        uk: "«{uri}» не має префікса «mailto:»: одержувачі його ігнорують",
    }
    UriNotMailto {
        en: "\"{uri}\" is not a mailto: URI",
        de: "„{uri}“ ist keine mailto:-URI",
        uk: "«{uri}» не є URI mailto:",
    }
    LintNoVersion {
        en: "the record must start with \"v=DMARC1;\" (exactly, uppercase): receivers ignore it otherwise (RFC 7489 §6.3)",
        de: "Der Record muss mit „v=DMARC1;“ beginnen (genau so, in Großbuchstaben): Sonst ignorieren Empfänger ihn (RFC 7489 §6.3)",
        uk: "Запис має починатися з «v=DMARC1;» (точно так, великими літерами): інакше одержувачі його ігнорують (RFC 7489 §6.3)",
    }
    LintSyntax {
        en: "\"{value}\" is not a tag=value pair",
        de: "„{value}“ ist kein Paar Tag=Wert",
        uk: "«{value}» не є парою тег=значення",
    }
    LintDuplicate {
        en: "the tag {tag} appears twice; receivers may reject the record",
        de: "Das Tag {tag} kommt zweimal vor; Empfänger können den Record verwerfen",
        uk: "Тег {tag} трапляється двічі; одержувачі можуть відкинути запис",
    }
    FixKeepOne { en: "keep one {tag}=", de: "behalten Sie ein {tag}=", uk: "залиште один {tag}=" }
    LintBadValue {
        en: "{tag}={value}: {what}; receivers ignore the tag or the record",
        de: "{tag}={value}: {what}; Empfänger ignorieren das Tag oder den Record",
        uk: "{tag}={value}: {what}; одержувачі ігнорують тег або запис",
    }
    MustPolicy {
        en: "must be none, quarantine or reject",
        de: "muss none, quarantine oder reject sein",
        uk: "має бути none, quarantine або reject",
    }
    MustMode { en: "must be r or s", de: "muss r oder s sein", uk: "має бути r або s" }
    MustPct {
        en: "must be a whole number from 0 to 100",
        de: "muss eine ganze Zahl von 0 bis 100 sein",
        uk: "має бути цілим числом від 0 до 100",
    }
    MustSeconds {
        en: "must be a number of seconds",
        de: "muss eine Anzahl Sekunden sein",
        uk: "має бути кількістю секунд",
    }
    MustFo {
        en: "must be 0, 1, d or s, separated by ':'",
        de: "muss 0, 1, d oder s sein, getrennt durch „:“",
        uk: "має бути 0, 1, d або s, розділені «:»",
    }
    MustAfrf {
        en: "the only format is afrf",
        de: "das einzige Format ist afrf",
        uk: "єдиний формат — afrf",
    }
    MustYn { en: "must be y or n", de: "muss y oder n sein", uk: "має бути y або n" }
    MustYnu { en: "must be y, n or u", de: "muss y, n oder u sein", uk: "має бути y, n або u" }
    LintPctPartial {
        en: "pct={pct}: the policy applies to {percent}% of failing mail; pct is dropped in DMARCbis (use t=y while testing)",
        de: "pct={pct}: Die Policy gilt für {percent} % der durchgefallenen Mails; DMARCbis streicht pct (verwenden Sie beim Testen t=y)",
        uk: "pct={pct}: політика застосовується до {percent}% листів, що не пройшли перевірку; у DMARCbis pct вилучено (під час тестування використовуйте t=y)",
    }
    FixWriteMailto {
        en: "write mailto:dmarc-reports@example.com",
        de: "schreiben Sie mailto:dmarc-reports@example.com",
        uk: "напишіть mailto:dmarc-reports@example.com",
    }
    LintUnknownTag {
        en: "unknown tag {tag}= is ignored",
        de: "unbekanntes Tag {tag}= wird ignoriert",
        uk: "невідомий тег {tag}= ігнорується",
    }
    FixSpelling {
        en: "check the spelling against the tag list",
        de: "prüfen Sie die Schreibweise anhand der Tag-Liste",
        uk: "перевірте написання за списком тегів",
    }
    LintNoPSub {
        en: "the p= tag is missing: a subdomain record without p= is treated as p=none only if rua is valid (RFC 7489 §6.6.3); write it out",
        de: "Das Tag p= fehlt: Ein Subdomain-Record ohne p= gilt nur dann als p=none, wenn rua gültig ist (RFC 7489 §6.6.3); schreiben Sie es aus",
        uk: "Тег p= відсутній: запис піддомену без p= вважається p=none, лише якщо rua дійсний (RFC 7489 §6.6.3); пропишіть його явно",
    }
    LintNoP {
        en: "the p= tag is missing: the record is invalid (RFC 7489 §6.3)",
        de: "Das Tag p= fehlt: Der Record ist ungültig (RFC 7489 §6.3)",
        uk: "Тег p= відсутній: запис недійсний (RFC 7489 §6.3)",
    }
    FixAddP {
        en: "add p=none (monitoring) right after v=DMARC1",
        de: "fügen Sie p=none (Beobachtung) direkt nach v=DMARC1 ein",
        uk: "додайте p=none (моніторинг) одразу після v=DMARC1",
    }
    LintPNone {
        en: "p=none only monitors: failing mail is delivered as usual",
        de: "p=none beobachtet nur: Durchgefallene Mails werden wie gewohnt zugestellt",
        uk: "p=none лише спостерігає: листи, що не пройшли перевірку, доставляються як звичайно",
    }
    FixRaiseP {
        en: "after reading the aggregate reports for a few weeks, move to p=quarantine, then p=reject",
        de: "lesen Sie einige Wochen lang die Aggregate-Reports, gehen Sie dann zu p=quarantine und danach zu p=reject über",
        uk: "почитавши зведені звіти кілька тижнів, перейдіть на p=quarantine, потім на p=reject",
    }
    LintSpWeaker {
        en: "sp={sp} is weaker than p={p}: subdomains without their own record are less protected",
        de: "sp={sp} ist schwächer als p={p}: Subdomains ohne eigenen Record sind schlechter geschützt",
        uk: "sp={sp} слабша за p={p}: піддомени без власного запису захищені гірше",
    }
    LintNoRua {
        en: "no rua=: you receive no aggregate reports, so you cannot see who sends as your domain",
        de: "kein rua=: Sie erhalten keine Aggregate-Reports und sehen daher nicht, wer im Namen Ihrer Domain sendet",
        uk: "немає rua=: ви не отримуєте зведених звітів, тож не бачите, хто надсилає пошту від імені вашого домену",
    }
    FixAddRua {
        en: "add rua=mailto:dmarc-reports@<your domain>",
        de: "fügen Sie rua=mailto:dmarc-reports@<Ihre Domain> hinzu",
        uk: "додайте rua=mailto:dmarc-reports@<ваш домен>",
    }
    LintFoWithoutRuf {
        en: "fo= only matters for failure reports, and there is no ruf=",
        de: "fo= wirkt nur auf Failure-Reports, und es gibt kein ruf=",
        uk: "fo= стосується лише звітів про збої, а ruf= немає",
    }
    LintRuf {
        en: "few receivers send failure reports (ruf), and those that do may include message content: mind privacy rules",
        de: "nur wenige Empfänger senden Failure-Reports (ruf), und diese können Nachrichteninhalte enthalten: Beachten Sie den Datenschutz",
        uk: "звіти про збої (ruf) надсилають небагато одержувачів, і вони можуть містити вміст листів: зважайте на правила захисту персональних даних",
    }
    LintExternalUnknown {
        en: "{uri}: whether {dest} accepts the reports is not known yet ({detail}); receivers retry later (RFC 7489 §7.1)",
        de: "{uri}: Ob {dest} die Reports annimmt, ist noch nicht bekannt ({detail}); Empfänger fragen später erneut (RFC 7489 §7.1)",
        uk: "{uri}: чи приймає {dest} звіти, поки невідомо ({detail}); одержувачі спробують пізніше (RFC 7489 §7.1)",
    }
    LintExternal {
        en: "{uri} is outside {domain} and {dest} does not authorize it ({detail}): receivers will not send reports there (RFC 7489 §7.1)",
        de: "{uri} liegt außerhalb von {domain}, und {dest} autorisiert das nicht ({detail}): Empfänger senden dorthin keine Reports (RFC 7489 §7.1)",
        uk: "{uri} розташовано поза {domain}, і {dest} цього не дозволяє ({detail}): одержувачі не надсилатимуть туди звіти (RFC 7489 §7.1)",
    }
    FixAuthorize {
        en: "ask the operator of {dest} to publish TXT \"v=DMARC1\" at {name}, or use an address in your own domain",
        de: "bitten Sie den Betreiber von {dest}, TXT „v=DMARC1“ unter {name} zu veröffentlichen, oder verwenden Sie eine Adresse in Ihrer eigenen Domain",
        uk: "попросіть оператора {dest} опублікувати TXT «v=DMARC1» у {name} або використовуйте адресу у власному домені",
    }
    TxtLookupFailed {
        en: "the TXT lookup for {name} failed: {error}",
        de: "die TXT-Abfrage für {name} ist fehlgeschlagen: {error}",
        uk: "TXT-запит для {name} не вдався: {error}",
    }
    LintInherited {
        en: "{domain} has no record of its own; the organizational domain {org}'s record applies (its sp= if set)",
        de: "{domain} hat keinen eigenen Record; es gilt der Record der Organisationsdomain {org} (deren sp=, falls gesetzt)",
        uk: "{domain} не має власного запису; застосовується запис організаційного домену {org} (його sp=, якщо задано)",
    }
    LintInheritedPsd {
        en: "{domain} and its organizational domain {org} have no record of their own; the public suffix domain {psd}'s record applies (its np= or sp= if set, RFC 9989 §4.10.1)",
        de: "{domain} und seine Organisationsdomain {org} haben keinen eigenen Record; es gilt der Record der Public-Suffix-Domain {psd} (deren np= oder sp=, falls gesetzt, RFC 9989 §4.10.1)",
        uk: "{domain} і його організаційний домен {org} не мають власного запису; застосовується запис домену публічного суфікса {psd} (його np= або sp=, якщо задано, RFC 9989 §4.10.1)",
    }
    LintNone {
        en: "{domain} publishes no DMARC record: receivers apply no policy and send no reports",
        de: "{domain} veröffentlicht keinen DMARC-Record: Empfänger wenden keine Policy an und senden keine Reports",
        uk: "{domain} не публікує DMARC-запису: одержувачі не застосовують політики й не надсилають звітів",
    }
    FixPublish {
        en: "publish TXT at {name}: \"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}\"",
        de: "veröffentlichen Sie TXT unter {name}: „v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}“",
        uk: "опублікуйте TXT у {name}: «v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}»",
    }
    FixKeepExactlyOne { en: "keep exactly one", de: "behalten Sie genau einen", uk: "залиште рівно один" }
    ExtLookupFailed {
        en: "lookup failed: {error}",
        de: "Abfrage fehlgeschlagen: {error}",
        uk: "запит не вдався: {error}",
    }
    ExtSays {
        en: "{name} says \"{txt}\"",
        de: "{name} sagt „{txt}“",
        uk: "{name} містить «{txt}»",
    }
    ExtNoTxt {
        en: "{name} has no TXT record",
        de: "{name} hat keinen TXT-Record",
        uk: "{name} не має TXT-запису",
    }
    ExtOtherTxt {
        en: "{name} has TXT \"{txt}\" but not v=DMARC1",
        de: "{name} hat TXT „{txt}“, aber nicht v=DMARC1",
        uk: "{name} має TXT «{txt}», але не v=DMARC1",
    }
    // The domain check (src/builder/domain.rs).
    NullMxSpf {
        en: "the domain has a null MX (it receives no mail); if it sends no mail either, its SPF record should be \"v=spf1 -all\"",
        de: "Die Domain hat ein Null-MX (sie empfängt keine Mails); wenn sie auch keine Mails sendet, sollte ihr SPF-Record „v=spf1 -all“ lauten",
        uk: "Домен має null MX (він не приймає пошти); якщо він і не надсилає пошти, його SPF-запис має бути «v=spf1 -all»",
    }
    MxLookupFailed {
        en: "the MX lookup for {domain} failed: {error}",
        de: "die MX-Abfrage für {domain} ist fehlgeschlagen: {error}",
        uk: "MX-запит для {domain} не вдався: {error}",
    }
    MxNxDomain {
        en: "{domain} does not exist (NXDOMAIN)",
        de: "{domain} existiert nicht (NXDOMAIN)",
        uk: "{domain} не існує (NXDOMAIN)",
    }
    MxNone {
        en: "{domain} has no MX record: senders fall back to its A/AAAA record (RFC 5321 §5.1)",
        de: "{domain} hat keinen MX-Record: Absender weichen auf den A/AAAA-Record aus (RFC 5321 §5.1)",
        uk: "{domain} не має MX-запису: відправники використовують його запис A/AAAA (RFC 5321 §5.1)",
    }
    FixMxNone {
        en: "publish MX records, or a null MX (\"{domain}. MX 0 .\") if the domain receives no mail",
        de: "veröffentlichen Sie MX-Records oder ein Null-MX („{domain}. MX 0 .“), wenn die Domain keine Mails empfängt",
        uk: "опублікуйте MX-записи або null MX («{domain}. MX 0 .»), якщо домен не приймає пошти",
    }
    MxNullMixed {
        en: "a null MX (\"0 .\") must be the only MX record (RFC 7505 §3)",
        de: "Ein Null-MX („0 .“) muss der einzige MX-Record sein (RFC 7505 §3)",
        uk: "null MX («0 .») має бути єдиним MX-записом (RFC 7505 §3)",
    }
    FixMxNullMixed {
        en: "remove either the null MX or the other MX records",
        de: "entfernen Sie entweder das Null-MX oder die anderen MX-Records",
        uk: "видаліть або null MX, або інші MX-записи",
    }
    MxNull {
        en: "null MX: the domain declares it accepts no mail (RFC 7505)",
        de: "Null-MX: Die Domain erklärt, dass sie keine Mails annimmt (RFC 7505)",
        uk: "null MX: домен заявляє, що не приймає пошти (RFC 7505)",
    }
    MxIpLiteral {
        en: "MX {host} is an IP address; an MX must name a host (RFC 5321 §5.1)",
        de: "MX {host} ist eine IP-Adresse; ein MX muss einen Hostnamen nennen (RFC 5321 §5.1)",
        uk: "MX {host} — це IP-адреса; MX має називати ім’я хоста (RFC 5321 §5.1)",
    }
    FixMxIpLiteral {
        en: "create an A record for a host name and point the MX at it",
        de: "legen Sie einen A-Record für einen Hostnamen an und lassen Sie den MX darauf zeigen",
        uk: "створіть запис A для імені хоста й спрямуйте MX на нього",
    }
    MxNoAddress {
        en: "MX host {host} has no A or AAAA record: mail to it cannot be delivered",
        de: "Der MX-Host {host} hat keinen A- oder AAAA-Record: Mails an ihn sind nicht zustellbar",
        uk: "MX-хост {host} не має запису A або AAAA: пошту на нього доставити неможливо",
    }
    FixMxNoAddress {
        en: "add an A/AAAA record for {host} or remove the MX",
        de: "fügen Sie einen A/AAAA-Record für {host} hinzu oder entfernen Sie den MX",
        uk: "додайте запис A/AAAA для {host} або видаліть MX",
    }
    MtaStsNone {
        en: "no MTA-STS record: sending servers may deliver to you without TLS or to a forged MX (RFC 8461)",
        de: "kein MTA-STS-Record: Sendende Server können ohne TLS oder an einen gefälschten MX zustellen (RFC 8461)",
        uk: "немає запису MTA-STS: сервери-відправники можуть доставляти вам пошту без TLS або на підроблений MX (RFC 8461)",
    }
    FixMtaStsNone {
        en: "publish TXT at _mta-sts.{domain} \"v=STSv1; id=20240101T000000;\" and the policy file at {url}",
        de: "veröffentlichen Sie TXT unter _mta-sts.{domain} „v=STSv1; id=20240101T000000;“ und die Policy-Datei unter {url}",
        uk: "опублікуйте TXT у _mta-sts.{domain} «v=STSv1; id=20240101T000000;» і файл політики за адресою {url}",
    }
    MtaStsBadVersion {
        en: "the record must start with \"v=STSv1;\"",
        de: "Der Record muss mit „v=STSv1;“ beginnen",
        uk: "Запис має починатися з «v=STSv1;»",
    }
    MtaStsNoId {
        en: "the record has no id= tag; senders ignore it (RFC 8461 §3.1)",
        de: "Der Record hat kein Tag id=; Absender ignorieren ihn (RFC 8461 §3.1)",
        uk: "Запис не має тегу id=; відправники його ігнорують (RFC 8461 §3.1)",
    }
    FixMtaStsNoId {
        en: "add id= with a value that changes whenever the policy changes, e.g. id=20240101T000000",
        de: "fügen Sie id= mit einem Wert hinzu, der sich bei jeder Änderung der Policy ändert, z. B. id=20240101T000000",
        uk: "додайте id= зі значенням, яке змінюється з кожною зміною політики, напр. id=20240101T000000",
    }
    MtaStsBadId {
        en: "id={id} must be 1 to 32 letters and digits (RFC 8461 §3.1)",
        de: "id={id} muss aus 1 bis 32 Buchstaben und Ziffern bestehen (RFC 8461 §3.1)",
        uk: "id={id} має складатися з 1–32 літер і цифр (RFC 8461 §3.1)",
    }
    MtaStsNotFetched {
        en: "the policy file {url} is not fetched by this tool (a browser cannot fetch it across origins); check it separately",
        de: "Die Policy-Datei {url} ruft dieses Werkzeug nicht ab (ein Browser kann sie nicht über Origin-Grenzen hinweg laden); prüfen Sie sie separat",
        uk: "Файл політики {url} цей інструмент не завантажує (браузер не може отримати його з іншого origin); перевірте його окремо",
    }
    TlsRptNone {
        en: "no TLS-RPT record: you get no reports about TLS failures delivering to you",
        de: "kein TLS-RPT-Record: Sie erhalten keine Reports über TLS-Fehler bei der Zustellung an Sie",
        uk: "немає запису TLS-RPT: ви не отримуєте звітів про збої TLS під час доставки вам пошти",
    }
    FixTlsRptNone {
        en: "publish TXT at _smtp._tls.{domain} \"v=TLSRPTv1; rua=mailto:tls-reports@{rua_domain}\"",
        de: "veröffentlichen Sie TXT unter _smtp._tls.{domain} „v=TLSRPTv1; rua=mailto:tls-reports@{rua_domain}“",
        uk: "опублікуйте TXT у _smtp._tls.{domain} «v=TLSRPTv1; rua=mailto:tls-reports@{rua_domain}»",
    }
    TlsRptBadVersion {
        en: "the record must start with \"v=TLSRPTv1;\"",
        de: "Der Record muss mit „v=TLSRPTv1;“ beginnen",
        uk: "Запис має починатися з «v=TLSRPTv1;»",
    }
    TlsRptNoRua {
        en: "the record has no rua= tag",
        de: "Der Record hat kein Tag rua=",
        uk: "Запис не має тегу rua=",
    }
    TlsRptBadUri {
        en: "\"{uri}\" is not a mailto: or https: URI (RFC 8460 §3)",
        de: "„{uri}“ ist keine mailto:- oder https:-URI (RFC 8460 §3)",
        uk: "«{uri}» не є URI mailto: або https: (RFC 8460 §3)",
    }
    // Aggregate reports (src/reports/).
    ReportFileError {
        en: "{file}: {error}",
        de: "{file}: {error}",
        uk: "{file}: {error}",
    }
    GzipFile { en: "gzip file", de: "gzip-Datei", uk: "файл gzip" }
    ZipFile { en: "zip file", de: "zip-Datei", uk: "файл zip" }
    ZipEntry { en: "zip entry {entry}", de: "zip-Eintrag {entry}", uk: "елемент zip {entry}" }
    GzipFileNamed { en: "{file}: gzip file", de: "{file}: gzip-Datei", uk: "{file}: файл gzip" }
    ZipFileNamed { en: "{file}: zip file", de: "{file}: zip-Datei", uk: "{file}: файл zip" }
    ZipEntryNamed {
        en: "{file}: zip entry {entry}",
        de: "{file}: zip-Eintrag {entry}",
        uk: "{file}: елемент zip {entry}",
    }
    ReportDamaged {
        en: "{what}: the compressed data is damaged ({error})",
        de: "{what}: Die komprimierten Daten sind beschädigt ({error})",
        uk: "{what}: стиснені дані пошкоджено ({error})",
    }
    ReportOverMib {
        en: "it unpacks to more than {mib} MiB",
        de: "entpackt ergibt das mehr als {mib} MiB",
        uk: "після розпакування це понад {mib} МіБ",
    }
    ReportOverRatio {
        en: ["it unpacks to more than {ratio} times its compressed size of {n} byte", "it unpacks to more than {ratio} times its compressed size of {n} bytes"],
        de: ["entpackt ergibt das mehr als das {ratio}-Fache der komprimierten Größe von {n} Byte", "entpackt ergibt das mehr als das {ratio}-Fache der komprimierten Größe von {n} Bytes"],
        uk: ["після розпакування це більше ніж у {ratio} разів перевищує стиснений розмір {n} байт", "після розпакування це більше ніж у {ratio} разів перевищує стиснений розмір {n} байти", "після розпакування це більше ніж у {ratio} разів перевищує стиснений розмір {n} байтів"],
    }
    ReportRefused {
        en: "{what}: refused, {why}; real DMARC reports are far smaller (a decompression bomb?)",
        de: "{what}: abgelehnt, {why}; echte DMARC-Reports sind viel kleiner (eine Dekompressionsbombe?)",
        uk: "{what}: відхилено, {why}; справжні звіти DMARC значно менші (бомба-архів?)",
    }
    ReportUnreadable {
        en: "{what}: cannot be read ({error})",
        de: "{what}: nicht lesbar ({error})",
        uk: "{what}: неможливо прочитати ({error})",
    }
    ReportZipEntries {
        en: "{what}: {count} entries; a DMARC report has one",
        de: "{what}: Anzahl der Einträge: {count}; ein DMARC-Report hat einen",
        uk: "{what}: елементів: {count}; звіт DMARC має один",
    }
    ReportEntryUnreadable {
        en: "{what}: entry {i} cannot be read ({error})",
        de: "{what}: Eintrag {i} ist nicht lesbar ({error})",
        uk: "{what}: елемент {i} неможливо прочитати ({error})",
    }
    ReportEntryTooLarge {
        en: ["{what}: declares {n} byte, over the {mib} MiB limit", "{what}: declares {n} bytes, over the {mib} MiB limit"],
        de: ["{what}: gibt {n} Byte an, über der Grenze von {mib} MiB", "{what}: gibt {n} Bytes an, über der Grenze von {mib} MiB"],
        uk: ["{what}: заявляє {n} байт, понад межу {mib} МіБ", "{what}: заявляє {n} байти, понад межу {mib} МіБ", "{what}: заявляє {n} байтів, понад межу {mib} МіБ"],
    }
    ReportNoXml {
        en: "{what}: no .xml file inside (found: {found})",
        de: "{what}: keine .xml-Datei enthalten (gefunden: {found})",
        uk: "{what}: усередині немає файлу .xml (знайдено: {found})",
    }
    Nothing { en: "nothing", de: "nichts", uk: "нічого" }
    ReportFileTooLarge {
        en: "the file is larger than {mib} MiB",
        de: "die Datei ist größer als {mib} MiB",
        uk: "файл більший за {mib} МіБ",
    }
    ReportFileTooLargeNamed {
        en: "{file}: the file is larger than {mib} MiB",
        de: "{file}: Die Datei ist größer als {mib} MiB",
        uk: "{file}: файл більший за {mib} МіБ",
    }
    ReportRootNotFeedback {
        en: "the document is <{root}>, not <feedback>",
        de: "das Dokument ist <{root}>, nicht <feedback>",
        uk: "документ — це <{root}>, а не <feedback>",
    }
    ReportMissingElement {
        en: "<feedback> has no <{name}>",
        de: "<feedback> hat kein <{name}>",
        uk: "<feedback> не має <{name}>",
    }
    ReportNoElement {
        en: "the file holds no XML element",
        de: "die Datei enthält kein XML-Element",
        uk: "файл не містить жодного елемента XML",
    }
    ReportXmlError {
        en: "the XML cannot be read ({error})",
        de: "das XML ist nicht lesbar ({error})",
        uk: "XML неможливо прочитати ({error})",
    }
    ReportNotAggregate {
        en: "{file}: not a DMARC aggregate report: {error}",
        de: "{file}: kein DMARC-Aggregate-Report: {error}",
        uk: "{file}: це не зведений звіт DMARC: {error}",
    }
    NoPtr { en: "(no PTR)", de: "(kein PTR)", uk: "(PTR немає)" }
    PtrLookupFailed {
        en: "(lookup failed: {error})",
        de: "(Abfrage fehlgeschlagen: {error})",
        uk: "(запит не вдався: {error})",
    }
    // Several reports combined; SMTP TLS reports and failure reports (src/feedback/).
    ReportRowsNotRead {
        en: ["{n} row not read: the totals cover the rows read (limit per report: {max})", "{n} rows not read: the totals cover the rows read (limit per report: {max})"],
        de: ["{n} Zeile nicht gelesen: Die Summen umfassen die gelesenen Zeilen (Grenze pro Report: {max})", "{n} Zeilen nicht gelesen: Die Summen umfassen die gelesenen Zeilen (Grenze pro Report: {max})"],
        uk: ["{n} рядок не прочитано: підсумки охоплюють прочитані рядки (межа для звіту: {max})", "{n} рядки не прочитано: підсумки охоплюють прочитані рядки (межа для звіту: {max})", "{n} рядків не прочитано: підсумки охоплюють прочитані рядки (межа для звіту: {max})"],
    }
    ReportRowsNotCombined {
        en: ["{n} row not combined: the limit over all files is {max}", "{n} rows not combined: the limit over all files is {max}"],
        de: ["{n} Zeile nicht zusammengefasst: Die Grenze über alle Dateien ist {max}", "{n} Zeilen nicht zusammengefasst: Die Grenze über alle Dateien ist {max}"],
        uk: ["{n} рядок не об’єднано: межа для всіх файлів — {max}", "{n} рядки не об’єднано: межа для всіх файлів — {max}", "{n} рядків не об’єднано: межа для всіх файлів — {max}"],
    }
    ReportFilesNotRead {
        en: ["{n} file not read: at most {max} files are combined", "{n} files not read: at most {max} files are combined"],
        de: ["{n} Datei nicht gelesen: Höchstens {max} Dateien werden zusammengefasst", "{n} Dateien nicht gelesen: Höchstens {max} Dateien werden zusammengefasst"],
        uk: ["{n} файл не прочитано: об’єднується щонайбільше {max} файлів", "{n} файли не прочитано: об’єднується щонайбільше {max} файлів", "{n} файлів не прочитано: об’єднується щонайбільше {max} файлів"],
    }
    ReportNotAnyKind {
        en: "{file}: not a report: neither a DMARC aggregate report (XML), an SMTP TLS report (JSON) nor a failure report (ARF)",
        de: "{file}: kein Report: weder ein DMARC-Aggregate-Report (XML) noch ein SMTP-TLS-Report (JSON) noch ein Failure-Report (ARF)",
        uk: "{file}: це не звіт: ні зведений звіт DMARC (XML), ні звіт SMTP TLS (JSON), ні звіт про збій (ARF)",
    }
    TlsReportUnreadable {
        en: "{file}: not an SMTP TLS report: the JSON cannot be read ({error})",
        de: "{file}: kein SMTP-TLS-Report: Das JSON ist nicht lesbar ({error})",
        uk: "{file}: це не звіт SMTP TLS: JSON неможливо прочитати ({error})",
    }
    TlsReportMissing {
        en: "{file}: not an SMTP TLS report: \"organization-name\" or \"policies\" is missing (RFC 8460 §4.4)",
        de: "{file}: kein SMTP-TLS-Report: „organization-name“ oder die Policy-Liste „policies“ fehlt (RFC 8460 §4.4)",
        uk: "{file}: це не звіт SMTP TLS: бракує «organization-name» або списку політик «policies» (RFC 8460 §4.4)",
    }
    TlsReportNotRead {
        en: ["{n} policy or failure detail not read: lists are read up to their bound", "{n} policies or failure details not read: lists are read up to their bound"],
        de: ["{n} Policy oder Fehlerangabe nicht gelesen: Listen werden bis zu ihrer Grenze gelesen", "{n} Policys oder Fehlerangaben nicht gelesen: Listen werden bis zu ihrer Grenze gelesen"],
        uk: ["{n} політику або опис збою не прочитано: списки читаються до їхньої межі", "{n} політики або описи збоїв не прочитано: списки читаються до їхньої межі", "{n} політик або описів збоїв не прочитано: списки читаються до їхньої межі"],
    }
    TlsStarttlsNotSupported {
        en: "the MX did not offer STARTTLS, so the sender could not encrypt the session",
        de: "der MX bot kein STARTTLS an, also konnte der Absender die Sitzung nicht verschlüsseln",
        uk: "MX не запропонував STARTTLS, тож відправник не зміг зашифрувати сеанс",
    }
    TlsCertificateHostMismatch {
        en: "the MX's certificate does not name the host the sender connected to",
        de: "das Zertifikat des MX nennt nicht den Host, mit dem sich der Absender verbunden hat",
        uk: "сертифікат MX не називає хост, до якого під’єднався відправник",
    }
    TlsCertificateExpired {
        en: "the MX's certificate has expired: renew it",
        de: "das Zertifikat des MX ist abgelaufen: Erneuern Sie es",
        uk: "сертифікат MX прострочений: поновіть його",
    }
    TlsCertificateNotTrusted {
        en: "the MX's certificate does not chain to a root the sender trusts (self-signed, or an intermediate is missing)",
        de: "das Zertifikat des MX führt zu keiner Wurzel, der der Absender vertraut (selbstsigniert oder ein Zwischenzertifikat fehlt)",
        uk: "сертифікат MX не веде до кореневого, якому довіряє відправник (самопідписаний або бракує проміжного)",
    }
    TlsValidationFailure {
        en: "the sender could not validate the MX's certificate for another reason (see the failure reason code)",
        de: "der Absender konnte das Zertifikat des MX aus einem anderen Grund nicht validieren (siehe den Fehlercode)",
        uk: "відправник не зміг перевірити сертифікат MX з іншої причини (див. код причини збою)",
    }
    TlsTlsaInvalid {
        en: "the MX's TLSA records (DANE) are wrong: no certificate of the MX matches them",
        de: "die TLSA-Records (DANE) des MX sind falsch: Kein Zertifikat des MX passt zu ihnen",
        uk: "записи TLSA (DANE) для MX неправильні: жоден сертифікат MX їм не відповідає",
    }
    TlsDnssecInvalid {
        en: "the DNSSEC answers for the MX's TLSA records did not validate",
        de: "die DNSSEC-Antworten zu den TLSA-Records des MX ließen sich nicht validieren",
        uk: "відповіді DNSSEC для записів TLSA MX не пройшли перевірку",
    }
    TlsDaneRequired {
        en: "the sender requires DANE for this domain, but found no usable TLSA records",
        de: "der Absender verlangt DANE für diese Domain, fand aber keine brauchbaren TLSA-Records",
        uk: "відправник вимагає DANE для цього домену, але не знайшов придатних записів TLSA",
    }
    TlsStsPolicyFetchError {
        en: "the sender could not fetch the MTA-STS policy from https://mta-sts.DOMAIN/.well-known/mta-sts.txt",
        de: "der Absender konnte die MTA-STS-Policy nicht von https://mta-sts.DOMAIN/.well-known/mta-sts.txt abrufen",
        uk: "відправник не зміг завантажити політику MTA-STS з https://mta-sts.DOMAIN/.well-known/mta-sts.txt",
    }
    TlsStsPolicyInvalid {
        en: "the MTA-STS policy was fetched but does not parse",
        de: "die MTA-STS-Policy wurde abgerufen, lässt sich aber nicht lesen",
        uk: "політику MTA-STS завантажено, але її неможливо розібрати",
    }
    TlsStsWebpkiInvalid {
        en: "the HTTPS certificate of the MTA-STS policy host did not validate",
        de: "das HTTPS-Zertifikat des Hosts der MTA-STS-Policy ließ sich nicht validieren",
        uk: "HTTPS-сертифікат хоста політики MTA-STS не пройшов перевірку",
    }
    TlsResultOther {
        en: "a result type RFC 8460 does not define; see the reporter's additional information",
        de: "ein Ergebnistyp, den RFC 8460 nicht definiert; siehe die Zusatzinformationen des Reporters",
        uk: "тип результату, якого RFC 8460 не визначає; див. додаткову інформацію від автора звіту",
    }
    ChartTitle {
        en: "Messages per day, DMARC pass and fail",
        de: "Nachrichten pro Tag, DMARC pass und fail",
        uk: "Листи за день, DMARC pass і fail",
    }
    ChartDesc {
        en: "Days: {days}; messages: {messages}; DMARC pass: {pass}; DMARC fail: {fail}. The table below lists the same numbers per day.",
        de: "Tage: {days}; Nachrichten: {messages}; DMARC pass: {pass}; DMARC fail: {fail}. Die Tabelle darunter nennt dieselben Zahlen pro Tag.",
        uk: "Днів: {days}; листів: {messages}; DMARC pass: {pass}; DMARC fail: {fail}. Таблиця нижче містить ті самі числа за днями.",
    }
    ChartBar {
        en: "{day}: {pass} pass, {fail} fail",
        de: "{day}: {pass} pass, {fail} fail",
        uk: "{day}: {pass} pass, {fail} fail",
    }
    ChartPass { en: "DMARC pass", de: "DMARC pass", uk: "DMARC pass" }
    ChartFail { en: "DMARC fail", de: "DMARC fail", uk: "DMARC fail" }
    // RFC 9989 rules of issue 16: the walk, the policy record, DNS failures, invalid policies.
    LookupNotSent {
        en: "_dmarc.{name} TXT: not queried, no DNS name can have a label over 63 octets or more than 253 in all (RFC 1035 §2.3.4)",
        de: "_dmarc.{name} TXT: nicht abgefragt, kein DNS-Name kann ein Label über 63 Oktette oder insgesamt mehr als 253 haben (RFC 1035 §2.3.4)",
        uk: "_dmarc.{name} TXT: не запитувався, жодне DNS-ім’я не може мати мітку понад 63 октети або понад 253 загалом (RFC 1035 §2.3.4)",
    }
    WalkStopPsd {
        en: "psd={psd} at _dmarc.{name}: the tree walk stops here (RFC 9989 §4.10, steps 2 and 6)",
        de: "psd={psd} unter _dmarc.{name}: Der Tree-Walk endet hier (RFC 9989 §4.10, Schritte 2 und 6)",
        uk: "psd={psd} у _dmarc.{name}: обхід дерева зупиняється тут (RFC 9989 §4.10, кроки 2 і 6)",
    }
    WalkStopFailed {
        en: "the tree walk stops at _dmarc.{name}: without this answer the organizational domain cannot be known (RFC 9989 §4.10.2, §5.3.6)",
        de: "der Tree-Walk endet bei _dmarc.{name}: Ohne diese Antwort lässt sich die Organisationsdomain nicht bestimmen (RFC 9989 §4.10.2, §5.3.6)",
        uk: "обхід дерева зупиняється на _dmarc.{name}: без цієї відповіді організаційний домен визначити не можна (RFC 9989 §4.10.2, §5.3.6)",
    }
    OrgDomainUnknown {
        en: "Organizational domain of {from}: unknown, the lookup of _dmarc.{name} failed ({error})",
        de: "Organisationsdomain von {from}: unbekannt, die Abfrage von _dmarc.{name} ist fehlgeschlagen ({error})",
        uk: "Організаційний домен {from}: невідомий, запит _dmarc.{name} не вдався ({error})",
    }
    OrgDomainNotNeeded {
        en: "Organizational domain of {from}: {org}, without a tree walk: the record is the From domain's own and every identifier is this same domain (RFC 9989 §4.10.2)",
        de: "Organisationsdomain von {from}: {org}, ohne Tree-Walk: Der Record gehört der From-Domain selbst und jeder Identifier ist genau diese Domain (RFC 9989 §4.10.2)",
        uk: "Організаційний домен {from}: {org}, без обходу дерева: це власний запис домену From і кожен ідентифікатор — той самий домен (RFC 9989 §4.10.2)",
    }
    PolicyFromAuthor {
        en: "The policy comes from the Author Domain's own record _dmarc.{domain} (RFC 9989 §4.10.1)",
        de: "Die Policy stammt aus dem eigenen Record der Author-Domain, _dmarc.{domain} (RFC 9989 §4.10.1)",
        uk: "Політика береться з власного запису домену автора _dmarc.{domain} (RFC 9989 §4.10.1)",
    }
    PolicyFromOrg {
        en: "The From domain has no record: the policy comes from the organizational domain's record _dmarc.{domain} (RFC 9989 §4.10.1)",
        de: "Die From-Domain hat keinen Record: Die Policy stammt aus dem Record der Organisationsdomain, _dmarc.{domain} (RFC 9989 §4.10.1)",
        uk: "Домен From не має запису: політика береться із запису організаційного домену _dmarc.{domain} (RFC 9989 §4.10.1)",
    }
    PolicyFromPsd {
        en: "Neither the From domain nor its organizational domain {org} has a record: the policy comes from the public suffix domain's record _dmarc.{domain} (RFC 9989 §4.10.1)",
        de: "Weder die From-Domain noch ihre Organisationsdomain {org} hat einen Record: Die Policy stammt aus dem Record der Public-Suffix-Domain, _dmarc.{domain} (RFC 9989 §4.10.1)",
        uk: "Ні домен From, ні його організаційний домен {org} не мають запису: політика береться із запису домену публічного суфікса _dmarc.{domain} (RFC 9989 §4.10.1)",
    }
    RecordNotUsed {
        en: "_dmarc.{name} has a DMARC record too, but it is neither the From domain's nor the organizational domain's: it does not give the policy (RFC 9989 §4.10.1)",
        de: "_dmarc.{name} hat ebenfalls einen DMARC-Record, der aber weder der From-Domain noch der Organisationsdomain gehört: Er bestimmt die Policy nicht (RFC 9989 §4.10.1)",
        uk: "_dmarc.{name} теж має DMARC-запис, але він не належить ні домену From, ні організаційному домену: політику він не визначає (RFC 9989 §4.10.1)",
    }
    InvalidPolicyRua {
        en: "{tags} missing or invalid, and rua= has a valid URI: the record acts as p=none ({section})",
        de: "{tags} fehlt oder ist ungültig, und rua= enthält eine gültige URI: Der Record wirkt als p=none ({section})",
        uk: "{tags} відсутній або недійсний, а rua= містить дійсний URI: запис діє як p=none ({section})",
    }
    InvalidPolicyNoRua {
        en: "dmarc=none: {tags} missing or invalid and rua= has no valid URI, so DMARC is not applied to this message ({section})",
        de: "dmarc=none: {tags} fehlt oder ist ungültig und rua= enthält keine gültige URI, daher wird DMARC auf diese Nachricht nicht angewendet ({section})",
        uk: "dmarc=none: {tags} відсутній або недійсний, а rua= не містить дійсного URI, тому DMARC до цього листа не застосовується ({section})",
    }
    DispositionNotApplied {
        en: "no DMARC processing: the record has no valid policy and no valid rua= URI",
        de: "keine DMARC-Verarbeitung: Der Record hat weder eine gültige Policy noch eine gültige rua=-URI",
        uk: "без обробки DMARC: запис не має ні дійсної політики, ні дійсного URI в rua=",
    }
    AlignUnknown {
        en: "whether {other} aligns with {from} cannot be decided: the lookup of _dmarc.{name} failed ({error})",
        de: "ob {other} mit {from} aligned ist, lässt sich nicht entscheiden: Die Abfrage von _dmarc.{name} ist fehlgeschlagen ({error})",
        uk: "чи вирівняний {other} з {from}, визначити не можна: запит _dmarc.{name} не вдався ({error})",
    }
    SpfNoCountUnknown {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment (whether {other} aligns cannot be decided: the lookup of _dmarc.{name} failed ({error}))",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist (ob {other} aligned ist, lässt sich nicht entscheiden: Die Abfrage von _dmarc.{name} ist fehlgeschlagen ({error}))",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання (чи вирівняний {other}, визначити не можна: запит _dmarc.{name} не вдався ({error}))",
    }
    DkimNoCountUnknown {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC (whether {other} aligns cannot be decided: the lookup of _dmarc.{name} failed ({error}))",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht (ob {other} aligned ist, lässt sich nicht entscheiden: Die Abfrage von _dmarc.{name} ist fehlgeschlagen ({error}))",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC (чи вирівняний {other}, визначити не можна: запит _dmarc.{name} не вдався ({error}))",
    }
    AlignWalkLimit {
        en: "{other} is not compared: this message brings more identifiers than the {limit} tree walks made per message; not aligned",
        de: "{other} wird nicht verglichen: Diese Nachricht bringt mehr Identifier mit als die {limit} Tree-Walks, die pro Nachricht gemacht werden; nicht aligned",
        uk: "{other} не порівнюється: цей лист містить більше ідентифікаторів, ніж {limit} обходів дерева на лист; не вирівняний",
    }
    SpfNoCountWalkLimit {
        en: "SPF {result} for {domain}: cannot count for DMARC whatever the alignment ({other} is not compared: more identifiers than {limit} tree walks per message)",
        de: "SPF {result} für {domain}: zählt für DMARC nicht, egal wie das Alignment ist ({other} wird nicht verglichen: mehr Identifier als {limit} Tree-Walks pro Nachricht)",
        uk: "SPF {result} для {domain}: не зараховується для DMARC за будь-якого вирівнювання ({other} не порівнюється: ідентифікаторів більше, ніж {limit} обходів дерева на лист)",
    }
    DkimNoCountWalkLimit {
        en: "DKIM {result} for d={domain} (s={selector}): cannot count for DMARC ({other} is not compared: more identifiers than {limit} tree walks per message)",
        de: "DKIM {result} für d={domain} (s={selector}): zählt für DMARC nicht ({other} wird nicht verglichen: mehr Identifier als {limit} Tree-Walks pro Nachricht)",
        uk: "DKIM {result} для d={domain} (s={selector}): не зараховується для DMARC ({other} не порівнюється: ідентифікаторів більше, ніж {limit} обходів дерева на лист)",
    }
    ResultTempErrorAlign {
        en: "dmarc=temperror ({rules}): no identifier passed aligned, and whether {list} aligns depends on a DNS answer that is missing (RFC 9989 §5.3.6)",
        de: "dmarc=temperror ({rules}): Kein Identifier hat mit Alignment bestanden, und ob {list} aligned ist, hängt von einer fehlenden DNS-Antwort ab (RFC 9989 §5.3.6)",
        uk: "dmarc=temperror ({rules}): жоден ідентифікатор не пройшов із вирівнюванням, а чи вирівняний {list}, залежить від відповіді DNS, якої немає (RFC 9989 §5.3.6)",
    }
    NpUndecided {
        en: "whether {from} exists is unknown (its DNS lookup failed), and np={np} differs from {other}: the policy cannot be chosen (RFC 9989 §5.3.6)",
        de: "ob {from} existiert, ist unbekannt (die DNS-Abfrage ist fehlgeschlagen), und np={np} weicht von {other} ab: Die Policy lässt sich nicht bestimmen (RFC 9989 §5.3.6)",
        uk: "чи існує {from}, невідомо (запит DNS не вдався), а np={np} відрізняється від {other}: політику вибрати не можна (RFC 9989 §5.3.6)",
    }
    NpUnknownSame {
        en: "whether {from} exists is unknown (its DNS lookup failed), but np= would give the same policy: {why}",
        de: "ob {from} existiert, ist unbekannt (die DNS-Abfrage ist fehlgeschlagen), aber np= ergäbe dieselbe Policy: {why}",
        uk: "чи існує {from}, невідомо (запит DNS не вдався), але np= дав би ту саму політику: {why}",
    }
    ResultTempErrorNp {
        en: "dmarc=temperror ({rules}): no identifier passed aligned, and the policy depends on whether {from} exists (RFC 9989 §5.3.6)",
        de: "dmarc=temperror ({rules}): Kein Identifier hat mit Alignment bestanden, und die Policy hängt davon ab, ob {from} existiert (RFC 9989 §5.3.6)",
        uk: "dmarc=temperror ({rules}): жоден ідентифікатор не пройшов із вирівнюванням, а політика залежить від того, чи існує {from} (RFC 9989 §5.3.6)",
    }
    @plurals {
        LookupNoDmarc {
            en: ["_dmarc.{name} TXT: {n} record, none starts with v=DMARC1", "_dmarc.{name} TXT: {n} records, none starts with v=DMARC1"],
            de: ["_dmarc.{name} TXT: {n} Record, keiner beginnt mit v=DMARC1", "_dmarc.{name} TXT: {n} Records, keiner beginnt mit v=DMARC1"],
            uk: ["_dmarc.{name} TXT: {n} запис, жоден не починається з v=DMARC1", "_dmarc.{name} TXT: {n} записи, жоден не починається з v=DMARC1", "_dmarc.{name} TXT: {n} записів, жоден не починається з v=DMARC1"],
        }
        LookupSeveral {
            en: ["_dmarc.{name} TXT: {n} DMARC record (more than one: all are ignored)", "_dmarc.{name} TXT: {n} DMARC records (more than one: all are ignored)"],
            de: ["_dmarc.{name} TXT: {n} DMARC-Record (mehr als einer: alle werden ignoriert)", "_dmarc.{name} TXT: {n} DMARC-Records (mehr als einer: alle werden ignoriert)"],
            uk: ["_dmarc.{name} TXT: {n} DMARC-запис (більше одного: усі ігноруються)", "_dmarc.{name} TXT: {n} DMARC-записи (більше одного: усі ігноруються)", "_dmarc.{name} TXT: {n} DMARC-записів (більше одного: усі ігноруються)"],
        }
        DiscoveryBis {
            en: ["Policy discovery by the DNS tree walk from {from} ({n} name, RFC 9989 §4.10)", "Policy discovery by the DNS tree walk from {from} ({n} names, RFC 9989 §4.10)"],
            de: ["Suche nach der Policy per DNS-Tree-Walk ab {from} ({n} Name, RFC 9989 §4.10)", "Suche nach der Policy per DNS-Tree-Walk ab {from} ({n} Namen, RFC 9989 §4.10)"],
            uk: ["Пошук політики обходом дерева DNS від {from} ({n} ім’я, RFC 9989 §4.10)", "Пошук політики обходом дерева DNS від {from} ({n} імені, RFC 9989 §4.10)", "Пошук політики обходом дерева DNS від {from} ({n} імен, RFC 9989 §4.10)"],
        }
        LintMultiple {
            en: ["{name} has {n} DMARC record: receivers then apply no policy at all (RFC 7489 §6.6.3)", "{name} has {n} DMARC records: receivers then apply no policy at all (RFC 7489 §6.6.3)"],
            de: ["{name} hat {n} DMARC-Record: Empfänger wenden dann gar keine Policy an (RFC 7489 §6.6.3)", "{name} hat {n} DMARC-Records: Empfänger wenden dann gar keine Policy an (RFC 7489 §6.6.3)"],
            uk: ["{name} має {n} DMARC-запис: тоді одержувачі не застосовують жодної політики (RFC 7489 §6.6.3)", "{name} має {n} DMARC-записи: тоді одержувачі не застосовують жодної політики (RFC 7489 §6.6.3)", "{name} має {n} DMARC-записів: тоді одержувачі не застосовують жодної політики (RFC 7489 §6.6.3)"],
        }
        NoSelectorFound {
            en: ["no DKIM key was found at the {n} selector tried; selectors cannot be listed from DNS, so look up the s= tag in a DKIM-Signature of a message sent from {domain} and add it", "no DKIM key was found at the {n} selectors tried; selectors cannot be listed from DNS, so look up the s= tag in a DKIM-Signature of a message sent from {domain} and add it"],
            de: ["Unter dem {n} geprüften Selector wurde kein DKIM-Schlüssel gefunden; Selectors lassen sich im DNS nicht auflisten: Suchen Sie das Tag s= in der DKIM-Signature einer Nachricht von {domain} und fügen Sie es hinzu", "Unter den {n} geprüften Selectors wurde kein DKIM-Schlüssel gefunden; Selectors lassen sich im DNS nicht auflisten: Suchen Sie das Tag s= in der DKIM-Signature einer Nachricht von {domain} und fügen Sie es hinzu"],
            uk: ["За {n} перевіреним селектором DKIM-ключа не знайдено; селектори неможливо отримати списком із DNS, тож знайдіть тег s= у DKIM-Signature листа, надісланого з {domain}, і додайте його", "За {n} перевіреними селекторами DKIM-ключа не знайдено; селектори неможливо отримати списком із DNS, тож знайдіть тег s= у DKIM-Signature листа, надісланого з {domain}, і додайте його", "За {n} перевіреними селекторами DKIM-ключа не знайдено; селектори неможливо отримати списком із DNS, тож знайдіть тег s= у DKIM-Signature листа, надісланого з {domain}, і додайте його"],
        }
        MtaStsMultiple {
            en: ["{n} MTA-STS record: senders treat that as no MTA-STS (RFC 8461 §3.1)", "{n} MTA-STS records: senders treat that as no MTA-STS (RFC 8461 §3.1)"],
            de: ["{n} MTA-STS-Record: Absender behandeln das wie kein MTA-STS (RFC 8461 §3.1)", "{n} MTA-STS-Records: Absender behandeln das wie kein MTA-STS (RFC 8461 §3.1)"],
            uk: ["{n} запис MTA-STS: відправники вважають, що MTA-STS немає (RFC 8461 §3.1)", "{n} записи MTA-STS: відправники вважають, що MTA-STS немає (RFC 8461 §3.1)", "{n} записів MTA-STS: відправники вважають, що MTA-STS немає (RFC 8461 §3.1)"],
        }
        TlsRptMultiple {
            en: ["{n} TLS-RPT record: senders treat that as none (RFC 8460 §3)", "{n} TLS-RPT records: senders treat that as none (RFC 8460 §3)"],
            de: ["{n} TLS-RPT-Record: Absender behandeln das wie keinen (RFC 8460 §3)", "{n} TLS-RPT-Records: Absender behandeln das wie keinen (RFC 8460 §3)"],
            uk: ["{n} запис TLS-RPT: відправники вважають, що запису немає (RFC 8460 §3)", "{n} записи TLS-RPT: відправники вважають, що запису немає (RFC 8460 §3)", "{n} записів TLS-RPT: відправники вважають, що запису немає (RFC 8460 §3)"],
        }
    }
}
