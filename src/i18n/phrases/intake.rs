//! The sentences about the message itself and the network: identities and
//! their sources (src/message/), Received chains, receivers'
//! Authentication-Results, antispam headers, iprev and DNSBL (src/auth/),
//! DNS and DoH errors (src/dns/), input errors and notices (src/lib.rs).
//! See `super` for the rules.

phrases! {
    Intake;
    // ---- identities and their sources (src/message/mod.rs)
    ReceivedBy {
        en: "Received header #{n} (by {by})",
        de: "Received-Header Nr. {n} (by {by})",
        uk: "Заголовок Received № {n} (by {by})",
    }
    Received {
        en: "Received header #{n}",
        de: "Received-Header Nr. {n}",
        uk: "Заголовок Received № {n}",
    }
    EmptyMessage {
        en: "the message is empty: paste the whole raw message, headers first",
        de: "die Nachricht ist leer: fügen Sie die ganze Rohnachricht ein, Header zuerst",
        uk: "лист порожній: вставте весь необроблений лист, спочатку заголовки",
    }
    NoHeaderSection {
        en: "this is not an e-mail message: no header section could be read",
        de: "das ist keine E-Mail-Nachricht: es ließ sich kein Header-Abschnitt lesen",
        uk: "це не електронний лист: не вдалося прочитати розділ заголовків",
    }
    NoHeaderFields {
        en: "this is not an e-mail message: no header fields found (a header looks like 'Name: value')",
        de: "das ist keine E-Mail-Nachricht: keine Header-Felder gefunden (ein Header sieht so aus: „Name: Wert“)",
        uk: "це не електронний лист: не знайдено полів заголовка (заголовок має вигляд «Name: value»)",
    }
    GivenByUser {
        en: "given by the user",
        de: "vom Benutzer angegeben",
        uk: "вказано користувачем",
    }
    NoPublicClient {
        en: "not found: no Received header with a public client address",
        de: "nicht gefunden: kein Received-Header mit einer öffentlichen Client-Adresse",
        uk: "не знайдено: немає заголовка Received з публічною адресою клієнта",
    }
    HeloNotFound {
        en: "not found in the Received chain",
        de: "nicht in der Received-Kette gefunden",
        uk: "не знайдено в ланцюжку Received",
    }
    ReturnPathNull {
        en: "Return-Path header (<>: a bounce, the null sender)",
        de: "Return-Path-Header (<>: eine Unzustellbarkeitsnachricht, der leere Absender)",
        uk: "Заголовок Return-Path (<>: повідомлення про недоставку, порожній відправник)",
    }
    ReturnPath {
        en: "Return-Path header",
        de: "Return-Path-Header",
        uk: "Заголовок Return-Path",
    }
    NoReturnPath {
        en: "not found: no Return-Path header",
        de: "nicht gefunden: kein Return-Path-Header",
        uk: "не знайдено: немає заголовка Return-Path",
    }
    FirstOfFroms {
        en: "first of {count} From headers",
        de: "erster von {count} From-Headern",
        uk: "перший із заголовків From (усього {count})",
    }
    FromHeader {
        en: "From header",
        de: "From-Header",
        uk: "Заголовок From",
    }
    NoFrom {
        en: "not found: no From header",
        de: "nicht gefunden: kein From-Header",
        uk: "не знайдено: немає заголовка From",
    }

    // ---- the Received chain (src/message/received.rs)
    BoundaryMoved {
        en: "moved by the user to Received header #{n} (the automatic choice was #{auto})",
        de: "vom Benutzer auf Received-Header Nr. {n} verschoben (automatisch gewählt war Nr. {auto})",
        uk: "користувач перемістив на заголовок Received № {n} (автоматично було обрано № {auto})",
    }
    BoundaryMovedNoAuto {
        en: "moved by the user to Received header #{n} (the automatic choice was none)",
        de: "vom Benutzer auf Received-Header Nr. {n} verschoben (automatisch war keiner gewählt)",
        uk: "користувач перемістив на заголовок Received № {n} (автоматично не було обрано жодного)",
    }
    BoundaryAuto {
        en: "automatic: the topmost hop from a public client address",
        de: "automatisch: der oberste Hop von einer öffentlichen Client-Adresse",
        uk: "автоматично: найвищий хоп із публічної адреси клієнта",
    }
    BoundaryNone {
        en: "none found: no hop from a public client address",
        de: "keine gefunden: kein Hop von einer öffentlichen Client-Adresse",
        uk: "не знайдено: немає хопу з публічної адреси клієнта",
    }
    DateUnparsable {
        en: "Received header #{n}: the date '{date}' does not parse",
        de: "Received-Header Nr. {n}: das Datum „{date}“ ist nicht lesbar",
        uk: "Заголовок Received № {n}: дату «{date}» не вдається розібрати",
    }

    // ---- receivers' results beside ours (src/message/auth_results.rs)
    NoAuthservId {
        en: "no authserv-id: the header starts with a result (Microsoft 365 writes it this way; RFC 8601 §2.2 requires one)",
        de: "keine authserv-id: der Header beginnt mit einem Ergebnis (Microsoft 365 schreibt ihn so; RFC 8601 §2.2 verlangt eine)",
        uk: "немає authserv-id: заголовок починається з результату (так пише Microsoft 365; RFC 8601 §2.2 його вимагає)",
    }
    NotAClause {
        en: "'{clause}' is not a method=result clause; shown raw",
        de: "„{clause}“ ist keine Angabe der Form method=result; unverändert angezeigt",
        uk: "«{clause}» не є виразом виду method=result; показано як є",
    }
    NoArcInstance {
        en: "no i= instance tag (RFC 8617 §4.1.1 requires one)",
        de: "kein Instanz-Tag i= (RFC 8617 §4.1.1 verlangt einen)",
        uk: "немає тегу екземпляра i= (RFC 8617 §4.1.1 його вимагає)",
    }
    SpfClientIpUnknown {
        en: "we could not check SPF: the client IP is unknown (move the trust boundary or enter the IP)",
        de: "SPF ließ sich nicht prüfen: die Client-IP ist unbekannt (verschieben Sie die Vertrauensgrenze oder geben Sie die IP ein)",
        uk: "SPF не вдалося перевірити: IP клієнта невідома (перемістіть межу довіри або введіть IP)",
    }
    SpfIpDiffers {
        en: "the receiver evaluated client IP {theirs}, we evaluated {ours}: the trust boundary differs (move it to the receiver's hop)",
        de: "der Empfänger prüfte die Client-IP {theirs}, wir prüften {ours}: die Vertrauensgrenze ist eine andere (verschieben Sie sie auf den Hop des Empfängers)",
        uk: "одержувач перевіряв IP клієнта {theirs}, ми перевіряли {ours}: межа довіри інша (перемістіть її на хоп одержувача)",
    }
    SpfIdentityDiffers {
        en: "the receiver checked {theirs}, we checked {ours}: a different MAIL FROM identity",
        de: "der Empfänger prüfte {theirs}, wir prüften {ours}: eine andere MAIL-FROM-Identität",
        uk: "одержувач перевіряв {theirs}, ми перевіряли {ours}: інша ідентичність MAIL FROM",
    }
    SpfOurDnsFailed {
        en: "our DNS lookups failed now; the receiver's worked at delivery time",
        de: "unsere DNS-Abfragen sind jetzt fehlgeschlagen; die des Empfängers funktionierten bei der Zustellung",
        uk: "наші DNS-запити зараз не вдалися; запити одержувача під час доставки спрацювали",
    }
    SpfRecordChanged {
        en: "same identity and IP: the SPF record has probably changed since the message was delivered",
        de: "gleiche Identität und IP: der SPF-Record hat sich wahrscheinlich seit der Zustellung geändert",
        uk: "та сама ідентичність і IP: SPF-запис, імовірно, змінився після доставки листа",
    }
    DkimBodyChanged {
        en: "our body hash does not match: the body was changed after the receiver checked it (a later hop, a forwarder, or the copy/paste: line endings, encoding)",
        de: "unser Body-Hash stimmt nicht: der Body wurde geändert, nachdem der Empfänger ihn geprüft hatte (ein späterer Hop, eine Weiterleitung oder das Kopieren: Zeilenenden, Kodierung)",
        uk: "наш хеш тіла не збігається: тіло змінили після перевірки одержувачем (пізніший хоп, пересилання або копіювання: кінці рядків, кодування)",
    }
    DkimKeyRotated {
        en: "we got {result}: {reason}; the key may have been rotated or removed since delivery",
        de: "wir erhielten {result}: {reason}; der Schlüssel wurde seit der Zustellung vielleicht gewechselt oder entfernt",
        uk: "ми отримали {result}: {reason}; ключ, можливо, замінили або видалили після доставки",
    }
    DkimHeadersChanged {
        en: "the signature over the headers does not verify for us: a signed header was changed after delivery",
        de: "die Signatur über die Header ist bei uns ungültig: ein signierter Header wurde nach der Zustellung geändert",
        uk: "підпис заголовків у нас недійсний: підписаний заголовок змінили після доставки",
    }
    DkimWeGot {
        en: "we got {result}: {reason}",
        de: "wir erhielten {result}: {reason}",
        uk: "ми отримали {result}: {reason}",
    }
    DkimNoSignature {
        en: "we found no DKIM-Signature with d={domain} to compare (removed, or the receiver reported another message copy)",
        de: "wir fanden keine DKIM-Signature mit d={domain} zum Vergleich (entfernt, oder der Empfänger meldete eine andere Kopie der Nachricht)",
        uk: "ми не знайшли DKIM-Signature з d={domain} для порівняння (видалено, або одержувач повідомив про іншу копію листа)",
    }
    NotChecked {
        en: "not checked",
        de: "nicht geprüft",
        uk: "не перевірено",
    }
    DmarcFollows {
        en: "DMARC follows SPF and DKIM alignment: see the SPF/DKIM differences, or the DMARC record changed since delivery",
        de: "DMARC folgt dem SPF- und DKIM-Alignment: siehe die SPF-/DKIM-Unterschiede, oder der DMARC-Record hat sich seit der Zustellung geändert",
        uk: "DMARC залежить від вирівнювання SPF і DKIM: див. відмінності SPF/DKIM, або DMARC-запис змінився після доставки",
    }
    OurArc {
        en: "our ARC result: {reason}",
        de: "unser ARC-Ergebnis: {reason}",
        uk: "наш результат ARC: {reason}",
    }
    IprevChanged {
        en: "reverse DNS may have changed since delivery, or a different client IP was checked",
        de: "das Reverse-DNS hat sich seit der Zustellung vielleicht geändert, oder eine andere Client-IP wurde geprüft",
        uk: "зворотний DNS міг змінитися після доставки, або перевіряли іншу IP клієнта",
    }
    ReceiverWithoutId {
        en: "the receiver ({header} without authserv-id)",
        de: "der Empfänger ({header} ohne authserv-id)",
        uk: "одержувач ({header} без authserv-id)",
    }
    SaidCommentProps {
        en: "{who} said {method}={result} ({comment}) {props}",
        de: "{who} meldete {method}={result} ({comment}) {props}",
        uk: "{who} повідомив {method}={result} ({comment}) {props}",
    }
    SaidComment {
        en: "{who} said {method}={result} ({comment})",
        de: "{who} meldete {method}={result} ({comment})",
        uk: "{who} повідомив {method}={result} ({comment})",
    }
    SaidProps {
        en: "{who} said {method}={result} {props}",
        de: "{who} meldete {method}={result} {props}",
        uk: "{who} повідомив {method}={result} {props}",
    }
    Said {
        en: "{who} said {method}={result}",
        de: "{who} meldete {method}={result}",
        uk: "{who} повідомив {method}={result}",
    }

    // ---- antispam headers (src/message/antispam.rs): Microsoft
    SclSkipped {
        en: "-1: filtering skipped (trusted sender, allow list or internal)",
        de: "-1: Filterung übersprungen (vertrauenswürdiger Absender, Zulassungsliste oder intern)",
        uk: "-1: фільтрацію пропущено (довірений відправник, список дозволених або внутрішній)",
    }
    SclNotSpam {
        en: "{level}: not spam",
        de: "{level}: kein Spam",
        uk: "{level}: не спам",
    }
    SclLow {
        en: "{level}: not spam (low)",
        de: "{level}: kein Spam (niedrig)",
        uk: "{level}: не спам (низький)",
    }
    SclJunk {
        en: "{level}: spam → junk folder",
        de: "{level}: Spam → Junk-E-Mail-Ordner",
        uk: "{level}: спам → тека небажаної пошти",
    }
    SclHigh {
        en: "{level}: spam (high)",
        de: "{level}: Spam (hoch)",
        uk: "{level}: спам (високий)",
    }
    SclHighConfidence {
        en: "9: high confidence spam",
        de: "9: Spam mit hoher Zuverlässigkeit",
        uk: "9: спам з високою впевненістю",
    }
    SclUnknown {
        en: "{level}: unrecognized SCL",
        de: "{level}: unbekannter SCL",
        uk: "{level}: невідомий SCL",
    }
    BclNone {
        en: "0: not from a bulk sender",
        de: "0: nicht von einem Massenversender",
        uk: "0: не від масового відправника",
    }
    BclFew {
        en: "{level}: bulk sender with few complaints",
        de: "{level}: Massenversender mit wenigen Beschwerden",
        uk: "{level}: масовий відправник з небагатьма скаргами",
    }
    BclMixed {
        en: "{level}: bulk sender with a mixed number of complaints",
        de: "{level}: Massenversender mit einer gemischten Zahl von Beschwerden",
        uk: "{level}: масовий відправник із середньою кількістю скарг",
    }
    BclMany {
        en: "{level}: bulk sender with many complaints",
        de: "{level}: Massenversender mit vielen Beschwerden",
        uk: "{level}: масовий відправник з багатьма скаргами",
    }
    BclUnknown {
        en: "{level}: unrecognized BCL",
        de: "{level}: unbekannter BCL",
        uk: "{level}: невідомий BCL",
    }
    PclNot {
        en: "{level}: content probably not phishing",
        de: "{level}: Inhalt wahrscheinlich kein Phishing",
        uk: "{level}: вміст, імовірно, не фішинг",
    }
    PclLikely {
        en: "{level}: content likely phishing",
        de: "{level}: Inhalt wahrscheinlich Phishing",
        uk: "{level}: вміст, імовірно, фішинг",
    }
    PclUnknown {
        en: "{level}: unrecognized PCL",
        de: "{level}: unbekannter PCL",
        uk: "{level}: невідомий PCL",
    }
    SfvBlk {
        en: "blocked: the sender is on the recipient's blocked senders list",
        de: "blockiert: der Absender steht auf der Liste blockierter Absender des Empfängers",
        uk: "заблоковано: відправник у списку заблокованих відправників одержувача",
    }
    SfvNspm {
        en: "not spam: the spam filter passed the message",
        de: "kein Spam: der Spamfilter ließ die Nachricht durch",
        uk: "не спам: спам-фільтр пропустив лист",
    }
    SfvSfe {
        en: "allowed: the sender is on the recipient's safe senders list",
        de: "zugelassen: der Absender steht auf der Liste sicherer Absender des Empfängers",
        uk: "дозволено: відправник у списку безпечних відправників одержувача",
    }
    SfvSka {
        en: "allowed: the sender is on an allowed senders/domains list of the anti-spam policy",
        de: "zugelassen: der Absender steht auf einer Liste zugelassener Absender/Domains der Antispam-Richtlinie",
        uk: "дозволено: відправник у списку дозволених відправників/доменів антиспам-політики",
    }
    SfvSkb {
        en: "blocked: the sender is on a blocked senders/domains list of the anti-spam policy",
        de: "blockiert: der Absender steht auf einer Liste blockierter Absender/Domains der Antispam-Richtlinie",
        uk: "заблоковано: відправник у списку заблокованих відправників/доменів антиспам-політики",
    }
    SfvSki {
        en: "skipped: intra-organization message",
        de: "übersprungen: Nachricht innerhalb der Organisation",
        uk: "пропущено: лист усередині організації",
    }
    SfvSkn {
        en: "skipped: marked not-spam before filtering (mail flow rule)",
        de: "übersprungen: vor der Filterung als kein Spam markiert (Nachrichtenflussregel)",
        uk: "пропущено: позначено як не спам до фільтрації (правило потоку пошти)",
    }
    SfvSkq {
        en: "released from quarantine",
        de: "aus der Quarantäne freigegeben",
        uk: "випущено з карантину",
    }
    SfvSks {
        en: "marked spam before filtering (mail flow rule)",
        de: "vor der Filterung als Spam markiert (Nachrichtenflussregel)",
        uk: "позначено як спам до фільтрації (правило потоку пошти)",
    }
    SfvSpm {
        en: "spam: the spam filter judged the message spam",
        de: "Spam: der Spamfilter stufte die Nachricht als Spam ein",
        uk: "спам: спам-фільтр визнав лист спамом",
    }
    CatBulk { en: "bulk mail", de: "Massen-E-Mail", uk: "масова розсилка" }
    CatDimp { en: "domain impersonation", de: "Identitätswechsel einer Domain", uk: "підробка домену" }
    CatGimp {
        en: "mailbox intelligence impersonation",
        de: "Identitätswechsel laut Postfachintelligenz",
        uk: "підробка за даними аналізу поштової скриньки",
    }
    CatHphish { en: "high confidence phishing", de: "Phishing mit hoher Zuverlässigkeit", uk: "фішинг з високою впевненістю" }
    CatHspm { en: "high confidence spam", de: "Spam mit hoher Zuverlässigkeit", uk: "спам з високою впевненістю" }
    CatMalw { en: "malware", de: "Schadsoftware", uk: "шкідливе ПЗ" }
    CatPhsh { en: "phishing", de: "Phishing", uk: "фішинг" }
    CatSpm { en: "spam", de: "Spam", uk: "спам" }
    CatSpoof {
        en: "spoofing (failed composite authentication)",
        de: "Spoofing (zusammengesetzte Authentifizierung fehlgeschlagen)",
        uk: "спуфінг (складена автентифікація не пройдена)",
    }
    CatUimp { en: "user impersonation", de: "Identitätswechsel eines Benutzers", uk: "підробка користувача" }
    CatAmp { en: "anti-malware", de: "Antischadsoftware", uk: "захист від шкідливого ПЗ" }
    CatSap { en: "safe attachments", de: "Sichere Anlagen", uk: "безпечні вкладення" }
    CatFtbp {
        en: "anti-malware common attachments filter",
        de: "Filter für häufige Anlagen der Antischadsoftware",
        uk: "фільтр поширених вкладень захисту від шкідливого ПЗ",
    }
    CatOspm { en: "outbound spam", de: "ausgehender Spam", uk: "вихідний спам" }
    CatIntos { en: "intra-organization phishing", de: "Phishing innerhalb der Organisation", uk: "фішинг усередині організації" }
    CatNone { en: "no category: nothing detected", de: "keine Kategorie: nichts erkannt", uk: "без категорії: нічого не виявлено" }
    FieldScl {
        en: "spam confidence level {meaning}",
        de: "Spam-Konfidenzstufe (SCL) {meaning}",
        uk: "рівень упевненості щодо спаму (SCL) {meaning}",
    }
    FieldBcl {
        en: "bulk complaint level {meaning}",
        de: "Massen-Beschwerdestufe (BCL) {meaning}",
        uk: "рівень скарг на масову розсилку (BCL) {meaning}",
    }
    FieldPcl {
        en: "phishing confidence level {meaning}",
        de: "Phishing-Konfidenzstufe (PCL) {meaning}",
        uk: "рівень упевненості щодо фішингу (PCL) {meaning}",
    }
    FieldSfv {
        en: "spam filtering verdict: {meaning}",
        de: "Urteil des Spamfilters: {meaning}",
        uk: "вердикт спам-фільтра: {meaning}",
    }
    FieldCat {
        en: "protection policy category: {meaning}",
        de: "Kategorie der Schutzrichtlinie: {meaning}",
        uk: "категорія політики захисту: {meaning}",
    }
    IpvCal {
        en: "connecting IP is on the connection filter's allow list",
        de: "die einliefernde IP steht auf der Zulassungsliste des Verbindungsfilters",
        uk: "IP-адреса підключення в списку дозволених фільтра підключень",
    }
    IpvNli {
        en: "connecting IP is on no IP reputation list",
        de: "die einliefernde IP steht auf keiner IP-Reputationsliste",
        uk: "IP-адреси підключення немає в жодному списку репутації IP",
    }
    FieldCip {
        en: "connecting IP address: {ip}",
        de: "einliefernde IP-Adresse: {ip}",
        uk: "IP-адреса підключення: {ip}",
    }
    CountryUnknown {
        en: "source country: not determined",
        de: "Herkunftsland: nicht ermittelt",
        uk: "країна походження: не визначено",
    }
    FieldCountry {
        en: "source country of the connecting IP: {country}",
        de: "Herkunftsland der einliefernden IP: {country}",
        uk: "країна походження IP-адреси підключення: {country}",
    }
    FieldLang {
        en: "language of the message: {lang}",
        de: "Sprache der Nachricht: {lang}",
        uk: "мова листа: {lang}",
    }
    FieldHelo {
        en: "HELO/EHLO name of the connecting server: {name}",
        de: "HELO/EHLO-Name des einliefernden Servers: {name}",
        uk: "ім’я HELO/EHLO сервера, що підключається: {name}",
    }
    FieldPtr {
        en: "reverse DNS of the connecting IP: {name}",
        de: "Reverse-DNS der einliefernden IP: {name}",
        uk: "зворотний DNS IP-адреси підключення: {name}",
    }
    SrvBulk {
        en: "bulk: identified as bulk by the BCL threshold",
        de: "Massen-E-Mail: über den BCL-Schwellenwert als Massen-E-Mail erkannt",
        uk: "масова розсилка: визначено за порогом BCL",
    }
    SafetyTip {
        en: "safety tip {tip}",
        de: "Sicherheitstipp {tip}",
        uk: "порада з безпеки {tip}",
    }
    SafetyTipDomain {
        en: "safety tip {tip}: domain impersonation",
        de: "Sicherheitstipp {tip}: Identitätswechsel einer Domain",
        uk: "порада з безпеки {tip}: підробка домену",
    }
    SafetyTipUser {
        en: "safety tip {tip}: user impersonation",
        de: "Sicherheitstipp {tip}: Identitätswechsel eines Benutzers",
        uk: "порада з безпеки {tip}: підробка користувача",
    }
    SafetyTipFirst {
        en: "safety tip {tip}: first contact with this sender",
        de: "Sicherheitstipp {tip}: erster Kontakt mit diesem Absender",
        uk: "порада з безпеки {tip}: перший контакт із цим відправником",
    }
    DirInbound { en: "direction: inbound", de: "Richtung: eingehend", uk: "напрямок: вхідний" }
    DirOutbound { en: "direction: outbound", de: "Richtung: ausgehend", uk: "напрямок: вихідний" }
    DirInternal {
        en: "direction: intra-organization",
        de: "Richtung: innerhalb der Organisation",
        uk: "напрямок: усередині організації",
    }
    RuleIds {
        en: "IDs of the spam filter rules that matched (Microsoft does not publish them)",
        de: "IDs der zutreffenden Spamfilter-Regeln (Microsoft veröffentlicht sie nicht)",
        uk: "ідентифікатори спрацьованих правил спам-фільтра (Microsoft їх не публікує)",
    }
    Sfp1501 {
        en: "1501: the sender is on the tenant's allow list",
        de: "1501: der Absender steht auf der Zulassungsliste des Mandanten",
        uk: "1501: відправник у списку дозволених орендаря",
    }
    Sfp1102 {
        en: "1102: marked spam by a spam filter rule",
        de: "1102: von einer Spamfilter-Regel als Spam markiert",
        uk: "1102: позначено як спам правилом спам-фільтра",
    }
    MsSpam {
        en: "Microsoft judged it spam ({details})",
        de: "Microsoft stufte sie als Spam ein ({details})",
        uk: "Microsoft визнав його спамом ({details})",
    }
    MsNotSpam {
        en: "Microsoft did not judge it spam ({details})",
        de: "Microsoft stufte sie nicht als Spam ein ({details})",
        uk: "Microsoft не визнав його спамом ({details})",
    }
    AuthAsAnonymous {
        en: "the sender was not authenticated: an Internet message",
        de: "der Absender war nicht authentifiziert: eine Nachricht aus dem Internet",
        uk: "відправник не автентифікований: лист з Інтернету",
    }
    AuthAsInternal {
        en: "the sender is inside the organization",
        de: "der Absender gehört zur Organisation",
        uk: "відправник усередині організації",
    }
    AuthAsPartner {
        en: "the sender is a partner organization",
        de: "der Absender ist eine Partnerorganisation",
        uk: "відправник — організація-партнер",
    }
    AuthAsOther {
        en: "authentication class {class}",
        de: "Authentifizierungsklasse {class}",
        uk: "клас автентифікації {class}",
    }

    // ---- antispam headers: SpamAssassin, amavis, rspamd
    SaReached {
        en: "the score reached the threshold: spam",
        de: "die Punktzahl erreichte den Schwellenwert: Spam",
        uk: "оцінка досягла порогу: спам",
    }
    SaBelow {
        en: "below the threshold: not spam",
        de: "unter dem Schwellenwert: kein Spam",
        uk: "нижче порогу: не спам",
    }
    TotalScore {
        en: "the message's total score",
        de: "die Gesamtpunktzahl der Nachricht",
        uk: "загальна оцінка листа",
    }
    Threshold {
        en: "the threshold at which the message counts as spam",
        de: "der Schwellenwert, ab dem die Nachricht als Spam gilt",
        uk: "поріг, з якого лист вважається спамом",
    }
    TaggedAbove {
        en: "amavis adds spam headers above this score",
        de: "amavis fügt oberhalb dieser Punktzahl Spam-Header hinzu",
        uk: "amavis додає спам-заголовки вище цієї оцінки",
    }
    Autolearn {
        en: "Bayes auto-learning: {value}",
        de: "Bayes-Autolearning: {value}",
        uk: "автонавчання Bayes: {value}",
    }
    AutolearnForce {
        en: "whether auto-learning was forced",
        de: "ob das Autolearning erzwungen wurde",
        uk: "чи автонавчання було примусовим",
    }
    SaVersion {
        en: "SpamAssassin version",
        de: "SpamAssassin-Version",
        uk: "версія SpamAssassin",
    }
    SaSpam {
        en: "SpamAssassin score {score} ≥ required {required}: spam",
        de: "SpamAssassin-Punktzahl {score} ≥ erforderlich {required}: Spam",
        uk: "оцінка SpamAssassin {score} ≥ потрібно {required}: спам",
    }
    SaNotSpam {
        en: "SpamAssassin score {score} < required {required}: not spam",
        de: "SpamAssassin-Punktzahl {score} < erforderlich {required}: kein Spam",
        uk: "оцінка SpamAssassin {score} < потрібно {required}: не спам",
    }
    RspamdMetric {
        en: "the rspamd metric (settings) used",
        de: "die verwendete rspamd-Metrik (Einstellungen)",
        uk: "використана метрика rspamd (налаштування)",
    }
    RspamdSpam {
        en: "rspamd score {score} of {required} (reject threshold): spam",
        de: "rspamd-Punktzahl {score} von {required} (Ablehnungsschwelle): Spam",
        uk: "оцінка rspamd {score} з {required} (поріг відхилення): спам",
    }
    RspamdNotSpam {
        en: "rspamd score {score} of {required} (reject threshold): not spam",
        de: "rspamd-Punktzahl {score} von {required} (Ablehnungsschwelle): kein Spam",
        uk: "оцінка rspamd {score} з {required} (поріг відхилення): не спам",
    }
    RspamdScoreOf {
        en: "rspamd score {score} of {required} (reject threshold)",
        de: "rspamd-Punktzahl {score} von {required} (Ablehnungsschwelle)",
        uk: "оцінка rspamd {score} з {required} (поріг відхилення)",
    }
    RspamdScore {
        en: "the message's rspamd score",
        de: "die rspamd-Punktzahl der Nachricht",
        uk: "оцінка rspamd для листа",
    }
    MarkedSpam { en: "marked as spam", de: "als Spam markiert", uk: "позначено як спам" }
    NotMarkedSpam { en: "not marked as spam", de: "nicht als Spam markiert", uk: "не позначено як спам" }
    FlaggedSpam { en: "flagged as spam", de: "als Spam gekennzeichnet", uk: "відмічено як спам" }
    NotFlagged { en: "not flagged", de: "nicht gekennzeichnet", uk: "не відмічено" }
    ActionNone { en: "deliver normally", de: "normal zustellen", uk: "доставити звичайно" }
    ActionGreylist {
        en: "temporarily refused (greylisting)",
        de: "vorübergehend abgewiesen (Greylisting)",
        uk: "тимчасово відхилено (greylisting)",
    }
    ActionAddHeader {
        en: "delivered with a spam header (usually → junk folder)",
        de: "mit einem Spam-Header zugestellt (meist → Junk-E-Mail-Ordner)",
        uk: "доставлено зі спам-заголовком (зазвичай → тека небажаної пошти)",
    }
    ActionRewriteSubject {
        en: "delivered with a marked subject",
        de: "mit markiertem Betreff zugestellt",
        uk: "доставлено з позначеною темою",
    }
    ActionSoftReject {
        en: "temporarily refused (4xx)",
        de: "vorübergehend abgewiesen (4xx)",
        uk: "тимчасово відхилено (4xx)",
    }
    ActionReject { en: "refused", de: "abgewiesen", uk: "відхилено" }
    ActionUnknown { en: "unrecognized action", de: "unbekannte Aktion", uk: "невідома дія" }
    RspamdAction {
        en: "rspamd action: {action} ({meaning})",
        de: "rspamd-Aktion: {action} ({meaning})",
        uk: "дія rspamd: {action} ({meaning})",
    }
    // The meanings with their own parentheses are whole sentences: a
    // placeholder before ")" would stop at the inner one.
    RspamdActionGreylist {
        en: "rspamd action: {action} (temporarily refused (greylisting))",
        de: "rspamd-Aktion: {action} (vorübergehend abgewiesen (Greylisting))",
        uk: "дія rspamd: {action} (тимчасово відхилено (greylisting))",
    }
    RspamdActionAddHeader {
        en: "rspamd action: {action} (delivered with a spam header (usually → junk folder))",
        de: "rspamd-Aktion: {action} (mit einem Spam-Header zugestellt (meist → Junk-E-Mail-Ordner))",
        uk: "дія rspamd: {action} (доставлено зі спам-заголовком (зазвичай → тека небажаної пошти))",
    }
    RspamdActionSoftReject {
        en: "rspamd action: {action} (temporarily refused (4xx))",
        de: "rspamd-Aktion: {action} (vorübergehend abgewiesen (4xx))",
        uk: "дія rspamd: {action} (тимчасово відхилено (4xx))",
    }
    ScannedAt {
        en: "scanned for viruses by {engine} at {host}",
        de: "auf Viren geprüft von {engine} auf {host}",
        uk: "перевірено на віруси {engine} на {host}",
    }
    Scanned {
        en: "scanned for viruses by {engine}",
        de: "auf Viren geprüft von {engine}",
        uk: "перевірено на віруси {engine}",
    }
    ContentFilter { en: "the content filter", de: "der Inhaltsfilter", uk: "фільтр вмісту" }
    ScanHost { en: "the host that ran it", de: "der Host, auf dem er lief", uk: "хост, на якому він працював" }

    // ---- iprev and the HELO name (src/auth/iprev.rs)
    PtrAnswer {
        en: "PTR {name}: {answer}",
        de: "PTR {name}: {answer}",
        uk: "PTR {name}: {answer}",
    }
    NoReverseDns {
        en: "{ip} has no reverse DNS (no PTR record at {name}): many receivers distrust or refuse such senders",
        de: "{ip} hat kein Reverse-DNS (kein PTR-Record unter {name}): viele Empfänger misstrauen solchen Absendern oder weisen sie ab",
        uk: "{ip} не має зворотного DNS (немає PTR-запису в {name}): багато одержувачів не довіряють таким відправникам або відхиляють їх",
    }
    ForwardAError {
        en: "{name} A: {error}",
        de: "{name} A: {error}",
        uk: "{name} A: {error}",
    }
    ForwardAaaaError {
        en: "{name} AAAA: {error}",
        de: "{name} AAAA: {error}",
        uk: "{name} AAAA: {error}",
    }
    ForwardConfirmed {
        en: "{name} resolves back to {ip}: forward-confirmed",
        de: "{name} löst zurück auf {ip} auf: vorwärts bestätigt",
        uk: "{name} розв’язується назад у {ip}: пряме підтвердження є",
    }
    ForwardNoRecord {
        en: "{name} has no {rtype} record: the PTR is not forward-confirmed",
        de: "{name} hat keinen {rtype}-Record: der PTR ist nicht vorwärts bestätigt",
        uk: "{name} не має {rtype}-запису: PTR не підтверджено прямим запитом",
    }
    ForwardOther {
        en: "{name} resolves to {addresses}, not {ip}: the PTR is not forward-confirmed",
        de: "{name} löst auf {addresses} auf, nicht auf {ip}: der PTR ist nicht vorwärts bestätigt",
        uk: "{name} розв’язується у {addresses}, а не в {ip}: PTR не підтверджено прямим запитом",
    }
    IprevPass {
        en: "iprev=pass: {ip} is {name}",
        de: "iprev=pass: {ip} ist {name}",
        uk: "iprev=pass: {ip} — це {name}",
    }
    IprevTemperror {
        en: "iprev=temperror: the reverse DNS of {ip} could not be checked",
        de: "iprev=temperror: das Reverse-DNS von {ip} ließ sich nicht prüfen",
        uk: "iprev=temperror: зворотний DNS для {ip} не вдалося перевірити",
    }
    IprevFail {
        en: "iprev=fail: {ip} has no forward-confirmed reverse DNS name",
        de: "iprev=fail: {ip} hat keinen vorwärts bestätigten Reverse-DNS-Namen",
        uk: "iprev=fail: {ip} не має підтвердженого прямим запитом імені у зворотному DNS",
    }
    HeloLiteral {
        en: "HELO is an address literal ({helo}), not a name: Postfix's reject_non_fqdn_helo_hostname refuses it",
        de: "HELO ist ein Adressliteral ({helo}), kein Name: Postfix’ reject_non_fqdn_helo_hostname weist es ab",
        uk: "HELO — це літерал адреси ({helo}), а не ім’я: reject_non_fqdn_helo_hostname у Postfix його відхиляє",
    }
    HeloExists {
        en: "HELO name {helo} exists in DNS",
        de: "HELO-Name {helo} existiert im DNS",
        uk: "ім’я HELO {helo} існує в DNS",
    }
    HeloNoRecord {
        en: "HELO name {helo} has no A, AAAA or MX record: Postfix with reject_unknown_helo_hostname answers \"450 4.7.1 <{name}>: Helo command rejected: Host not found\"",
        de: "HELO-Name {helo} hat keinen A-, AAAA- oder MX-Record: Postfix mit reject_unknown_helo_hostname antwortet „450 4.7.1 <{name}>: Helo command rejected: Host not found“",
        uk: "ім’я HELO {helo} не має запису A, AAAA чи MX: Postfix з reject_unknown_helo_hostname відповідає «450 4.7.1 <{name}>: Helo command rejected: Host not found»",
    }
    HeloDnsFailed {
        en: "HELO name {helo}: DNS lookups failed",
        de: "HELO-Name {helo}: DNS-Abfragen fehlgeschlagen",
        uk: "ім’я HELO {helo}: DNS-запити не вдалися",
    }
    HeloConsistent {
        en: "HELO name {helo} is consistent with the client: it is a PTR name of {ip} or resolves to it",
        de: "HELO-Name {helo} passt zum Client: er ist ein PTR-Name von {ip} oder löst auf diese Adresse auf",
        uk: "ім’я HELO {helo} узгоджується з клієнтом: це PTR-ім’я {ip} або воно розв’язується в цю адресу",
    }
    HeloNoPtr {
        en: "HELO name {helo} cannot be matched to a reverse DNS name ({client} has none) and does not resolve to {ip}",
        de: "HELO-Name {helo} lässt sich keinem Reverse-DNS-Namen zuordnen ({client} hat keinen) und löst nicht auf {ip} auf",
        uk: "ім’я HELO {helo} не можна зіставити з іменем у зворотному DNS ({client} його не має), і воно не розв’язується в {ip}",
    }

    HeloDiffersOne {
        en: "HELO name {helo} differs from the PTR name {names} and does not resolve to {ip}",
        de: "HELO-Name {helo} weicht vom PTR-Namen {names} ab und löst nicht auf {ip} auf",
        uk: "ім’я HELO {helo} відрізняється від PTR-імені {names} і не розв’язується в {ip}",
    }
    HeloDiffersMany {
        en: "HELO name {helo} differs from the PTR names {names} and does not resolve to {ip}",
        de: "HELO-Name {helo} weicht von den PTR-Namen {names} ab und löst nicht auf {ip} auf",
        uk: "ім’я HELO {helo} відрізняється від PTR-імен {names} і не розв’язується в {ip}",
    }

    // ---- DNSBL (src/auth/dnsbl.rs)
    DnsblNot127 {
        en: "{code} is not a blocklist answer (127.x): the resolver rewrites NXDOMAIN answers; result unknown",
        de: "{code} ist keine Blocklisten-Antwort (127.x): der Resolver schreibt NXDOMAIN-Antworten um; Ergebnis unbekannt",
        uk: "{code} не є відповіддю списку блокування (127.x): резолвер підміняє відповіді NXDOMAIN; результат невідомий",
    }
    DnsblTypo {
        en: "{code}: typing error in the DNSBL zone name; this is NOT a listing, the result is unknown",
        de: "{code}: Tippfehler im Namen der DNSBL-Zone; das ist KEINE Listung, das Ergebnis ist unbekannt",
        uk: "{code}: помилка в назві зони DNSBL; це НЕ внесення до списку, результат невідомий",
    }
    DnsblPublicResolver {
        en: "{code}: query refused: it came through a public/open resolver (e.g. 8.8.8.8, 1.1.1.1, a DoH service); this is NOT a listing, the result is unknown",
        de: "{code}: Abfrage abgewiesen: sie kam über einen öffentlichen/offenen Resolver (z. B. 8.8.8.8, 1.1.1.1, ein DoH-Dienst); das ist KEINE Listung, das Ergebnis ist unbekannt",
        uk: "{code}: запит відхилено: він надійшов через публічний/відкритий резолвер (напр. 8.8.8.8, 1.1.1.1, сервіс DoH); це НЕ внесення до списку, результат невідомий",
    }
    DnsblTooMany {
        en: "{code}: query refused: too many queries from this resolver; this is NOT a listing, the result is unknown",
        de: "{code}: Abfrage abgewiesen: zu viele Abfragen von diesem Resolver; das ist KEINE Listung, das Ergebnis ist unbekannt",
        uk: "{code}: запит відхилено: забагато запитів від цього резолвера; це НЕ внесення до списку, результат невідомий",
    }
    DnsblErrorCode {
        en: "{code}: an error code from the DNSBL operator; this is NOT a listing, the result is unknown",
        de: "{code}: ein Fehlercode des DNSBL-Betreibers; das ist KEINE Listung, das Ergebnis ist unbekannt",
        uk: "{code}: код помилки від оператора DNSBL; це НЕ внесення до списку, результат невідомий",
    }
    SpamhausSbl {
        en: "{code}: SBL: Spamhaus Block List (a known spam source or operation)",
        de: "{code}: SBL: Spamhaus Block List (eine bekannte Spamquelle oder -operation)",
        uk: "{code}: SBL: Spamhaus Block List (відоме джерело або операція спаму)",
    }
    SpamhausCss {
        en: "{code}: SBL CSS: snowshoe spam sources",
        de: "{code}: SBL CSS: Snowshoe-Spamquellen",
        uk: "{code}: SBL CSS: джерела snowshoe-спаму",
    }
    SpamhausXbl {
        en: "{code}: XBL: exploited/infected host (botnet, open proxy)",
        de: "{code}: XBL: missbrauchter/infizierter Host (Botnetz, offener Proxy)",
        uk: "{code}: XBL: зламаний/заражений хост (ботнет, відкритий проксі)",
    }
    SpamhausDrop {
        en: "{code}: DROP: hijacked or criminal network",
        de: "{code}: DROP: gekapertes oder kriminelles Netz",
        uk: "{code}: DROP: захоплена або кримінальна мережа",
    }
    SpamhausPblIsp {
        en: "{code}: PBL: end-user address range the ISP says should not send mail directly",
        de: "{code}: PBL: Endkunden-Adressbereich, der laut Provider keine Mails direkt senden soll",
        uk: "{code}: PBL: діапазон адрес кінцевих користувачів, з якого, за словами провайдера, не слід надсилати пошту напряму",
    }
    SpamhausPbl {
        en: "{code}: PBL: end-user address range (Spamhaus-maintained)",
        de: "{code}: PBL: Endkunden-Adressbereich (von Spamhaus gepflegt)",
        uk: "{code}: PBL: діапазон адрес кінцевих користувачів (веде Spamhaus)",
    }
    SpamhausOther {
        en: "{code}: listed (unrecognized Spamhaus code)",
        de: "{code}: gelistet (unbekannter Spamhaus-Code)",
        uk: "{code}: у списку (невідомий код Spamhaus)",
    }
    DnsblListedCode {
        en: "{code}: listed",
        de: "{code}: gelistet",
        uk: "{code}: у списку",
    }
    DnsblListed {
        en: "{ip} is listed in {zone}",
        de: "{ip} ist in {zone} gelistet",
        uk: "{ip} є у списку {zone}",
    }
    DnsblNotListed {
        en: "{ip} is not listed in {zone}",
        de: "{ip} ist nicht in {zone} gelistet",
        uk: "{ip} немає у списку {zone}",
    }
    DnsblUnknown {
        en: "{zone}: unknown (the lookup did not give a usable answer)",
        de: "{zone}: unbekannt (die Abfrage lieferte keine brauchbare Antwort)",
        uk: "{zone}: невідомо (запит не дав придатної відповіді)",
    }

    // ---- DNS errors (src/dns/mod.rs): the DNS log and verdict reasons
    // ---- DoH wire and JSON codec (src/dns/doh/codec.rs)
    NotDnsName {
        en: "'{name}' is not a valid DNS name: {error}",
        de: "„{name}“ ist kein gültiger DNS-Name: {error}",
        uk: "«{name}» не є коректним DNS-іменем: {error}",
    }
    DnsParamNotBase64 {
        en: "the dns parameter is not base64url: {error}",
        de: "Der Parameter dns ist nicht base64url-kodiert: {error}",
        uk: "Параметр dns не закодовано в base64url: {error}",
    }
    CharacterStringTooLong {
        en: ["a character-string is {n} byte, more than 255", "a character-string is {n} bytes, more than 255"],
        de: ["Eine character-string ist {n} Byte lang, mehr als 255", "Eine character-string ist {n} Bytes lang, mehr als 255"],
        uk: ["Довжина character-string — {n} байт, більше за 255", "Довжина character-string — {n} байти, більше за 255", "Довжина character-string — {n} байтів, більше за 255"],
    }
    CharacterStringPastEnd {
        en: "a character-string runs past the end of the RDATA",
        de: "Eine character-string reicht über das Ende der RDATA hinaus",
        uk: "character-string виходить за межі RDATA",
    }
    TxtStringTooLong {
        en: ["a TXT string is {n} byte, more than 255", "a TXT string is {n} bytes, more than 255"],
        de: ["Ein TXT-String ist {n} Byte lang, mehr als 255", "Ein TXT-String ist {n} Bytes lang, mehr als 255"],
        uk: ["Довжина рядка TXT — {n} байт, більше за 255", "Довжина рядка TXT — {n} байти, більше за 255", "Довжина рядка TXT — {n} байтів, більше за 255"],
    }
    SpfRecordNeedsString {
        en: "an SPF record needs at least one string",
        de: "Ein SPF-Record braucht mindestens einen String",
        uk: "Запис SPF має містити щонайменше один рядок",
    }
    NotDnsMessage {
        en: "not a DNS message: {error}",
        de: "Keine DNS-Nachricht: {error}",
        uk: "Це не DNS-повідомлення: {error}",
    }
    ResponseNotQuery {
        en: "the message is a response, not a query",
        de: "Die Nachricht ist eine Antwort, keine Anfrage",
        uk: "Повідомлення є відповіддю, а не запитом",
    }
    OpcodeUnsupported {
        en: "opcode {opcode} is not supported",
        de: "Opcode {opcode} wird nicht unterstützt",
        uk: "Opcode {opcode} не підтримується",
    }
    OneQuestion {
        en: "a query must ask exactly one question, this one asks {count}",
        de: "Eine Anfrage muss genau eine Frage stellen, diese stellt {count}",
        uk: "Запит має містити рівно одне питання, а цей містить {count}",
    }
    TruncatedNotEncoded {
        en: "cannot encode even a truncated answer: {error}",
        de: "Selbst eine gekürzte Antwort lässt sich nicht kodieren: {error}",
        uk: "Не вдається закодувати навіть скорочену відповідь: {error}",
    }
    // A list of sentences (summary.rs), one after the other.
    ThenNext {
        en: "{first}; {rest}",
        de: "{first}; {rest}",
        uk: "{first}; {rest}",
    }
    QueryNotEncoded {
        en: "cannot encode the query for {name}: {error}",
        de: "Die Abfrage für {name} lässt sich nicht kodieren: {error}",
        uk: "Не вдається закодувати запит для {name}: {error}",
    }
    DnsTimeout {
        en: "the DNS query timed out",
        de: "die DNS-Abfrage hat das Zeitlimit überschritten",
        uk: "час очікування DNS-запиту вичерпано",
    }
    DnsOffline {
        en: "offline: no network lookups allowed",
        de: "offline: keine Abfragen über das Netz erlaubt",
        uk: "офлайн: запити через мережу заборонені",
    }
    DnsTransport {
        en: "DNS transport error: {error}",
        de: "DNS-Übertragungsfehler: {error}",
        uk: "помилка передавання DNS: {error}",
    }
    DnsProtocol {
        en: "bad DNS answer: {error}",
        de: "fehlerhafte DNS-Antwort: {error}",
        uk: "некоректна відповідь DNS: {error}",
    }
    DnsCancelled {
        en: "cancelled",
        de: "abgebrochen",
        uk: "скасовано",
    }
    DnsNotInBundle {
        en: "not in the evidence bundle: this query was not made when the bundle was recorded",
        de: "nicht im Beweispaket: diese Abfrage wurde bei der Aufzeichnung des Pakets nicht gestellt",
        uk: "немає в пакеті доказів: цей запит не виконувався, коли пакет записували",
    }
    DnsLogCancelledBefore {
        en: "cancelled: not sent: the inspection was cancelled",
        de: "abgebrochen: nicht gesendet: die Prüfung wurde abgebrochen",
        uk: "скасовано: не надіслано: перевірку скасовано",
    }
    DnsLogBudgetUsed {
        en: "the DNS query timed out: not sent: the overall DNS time budget of {ms} ms was used up",
        de: "die DNS-Abfrage hat das Zeitlimit überschritten: nicht gesendet: das gesamte DNS-Zeitbudget von {ms} ms war aufgebraucht",
        uk: "час очікування DNS-запиту вичерпано: не надіслано: загальний ліміт часу DNS {ms} мс вичерпано",
    }
    DnsLogNoAnswer {
        en: "the DNS query timed out: no answer within {ms} ms ({limit})",
        de: "die DNS-Abfrage hat das Zeitlimit überschritten: keine Antwort innerhalb von {ms} ms ({limit})",
        uk: "час очікування DNS-запиту вичерпано: немає відповіді протягом {ms} мс ({limit})",
    }
    DnsLogCancelledWaiting {
        en: "cancelled: cancelled while waiting for the answer",
        de: "abgebrochen: beim Warten auf die Antwort abgebrochen",
        uk: "скасовано: скасовано під час очікування відповіді",
    }
    PerQueryLimit {
        en: "the per-query limit",
        de: "das Limit pro Abfrage",
        uk: "ліміт на один запит",
    }
    BudgetLeft {
        en: "what was left of the overall DNS time budget",
        de: "der Rest des gesamten DNS-Zeitbudgets",
        uk: "залишок загального ліміту часу DNS",
    }

    // ---- DoH answers (src/dns/doh/): what a bad server or network gives
    HttpStatus {
        en: "HTTP {status} from {url}",
        de: "HTTP {status} von {url}",
        uk: "HTTP {status} від {url}",
    }
    HttpStatusBody {
        en: "HTTP {status} from {url}: {body}",
        de: "HTTP {status} von {url}: {body}",
        uk: "HTTP {status} від {url}: {body}",
    }
    BodyTooLong {
        en: ["the answer body is longer than the {n} byte accepted", "the answer body is longer than the {n} bytes accepted"],
        de: ["der Body der Antwort ist länger als das zulässige {n} Byte", "der Body der Antwort ist länger als die zulässigen {n} Bytes"],
        uk: ["тіло відповіді довше за допустимий {n} байт", "тіло відповіді довше за допустимі {n} байти", "тіло відповіді довше за допустимі {n} байтів"],
    }
    WrongContentType {
        en: "expected {expected}, got {got}: {start}",
        de: "{expected} erwartet, {got} erhalten: {start}",
        uk: "очікувано {expected}, отримано {got}: {start}",
    }
    NoContentType {
        en: "no content type",
        de: "kein Content-Type",
        uk: "немає типу вмісту",
    }
    DohRuntime {
        en: "cannot start the DoH runtime: {error}",
        de: "die DoH-Laufzeitumgebung lässt sich nicht starten: {error}",
        uk: "не вдається запустити середовище DoH: {error}",
    }
    HttpClient {
        en: "cannot build the HTTP client: {error}",
        de: "der HTTP-Client lässt sich nicht erstellen: {error}",
        uk: "не вдається створити HTTP-клієнт: {error}",
    }
    DohFailed {
        en: "the DoH request failed: {error}",
        de: "die DoH-Anfrage ist fehlgeschlagen: {error}",
        uk: "запит DoH не вдався: {error}",
    }
    BodyEmpty {
        en: "the answer body is empty",
        de: "der Body der Antwort ist leer",
        uk: "тіло відповіді порожнє",
    }
    WireTooLong {
        en: ["the answer is {n} byte, more than a DNS message can be ({max})", "the answer is {n} bytes, more than a DNS message can be ({max})"],
        de: ["die Antwort hat {n} Byte, mehr als eine DNS-Nachricht haben kann ({max})", "die Antwort hat {n} Bytes, mehr als eine DNS-Nachricht haben kann ({max})"],
        uk: ["відповідь має {n} байт, більше, ніж може мати DNS-повідомлення ({max})", "відповідь має {n} байти, більше, ніж може мати DNS-повідомлення ({max})", "відповідь має {n} байтів, більше, ніж може мати DNS-повідомлення ({max})"],
    }
    WireUndecodable {
        en: ["undecodable DNS message ({n} byte: {error}): {start}", "undecodable DNS message ({n} bytes: {error}): {start}"],
        de: ["nicht dekodierbare DNS-Nachricht ({n} Byte: {error}): {start}", "nicht dekodierbare DNS-Nachricht ({n} Bytes: {error}): {start}"],
        uk: ["DNS-повідомлення не вдається декодувати ({n} байт: {error}): {start}", "DNS-повідомлення не вдається декодувати ({n} байти: {error}): {start}", "DNS-повідомлення не вдається декодувати ({n} байтів: {error}): {start}"],
    }
    WireIsQuery {
        en: "the server sent a query, not a response",
        de: "der Server schickte eine Anfrage, keine Antwort",
        uk: "сервер надіслав запит, а не відповідь",
    }
    WireWrongId {
        en: "the response has ID {id}, the query had 0",
        de: "die Antwort hat die ID {id}, die Anfrage hatte 0",
        uk: "відповідь має ID {id}, а запит мав 0",
    }
    WireWrongQuestion {
        en: "the response answers {got} {got_type} instead of {want} {want_type}",
        de: "die Antwort beantwortet {got} {got_type} statt {want} {want_type}",
        uk: "відповідь стосується {got} {got_type} замість {want} {want_type}",
    }
    WireQuestions {
        en: "the response has {count} questions, the query had one",
        de: "Zahl der Fragen in der Antwort: {count}; die Anfrage hatte eine",
        uk: "кількість запитань у відповіді: {count}, а запит мав одне",
    }
    WireTruncated {
        en: "the server truncated the answer (TC bit): it did not fit in one DNS message",
        de: "der Server hat die Antwort gekürzt (TC-Bit): sie passte nicht in eine DNS-Nachricht",
        uk: "сервер обрізав відповідь (біт TC): вона не вмістилася в одне DNS-повідомлення",
    }
    BadRecord {
        en: "bad record: {error}",
        de: "fehlerhafter Record: {error}",
        uk: "некоректний запис: {error}",
    }
    TooManyRecords {
        en: "the answer has {count} records, more than the {max} accepted",
        de: "die Antwort hat mehr Records ({count}) als die zulässigen {max}",
        uk: "відповідь має більше записів ({count}), ніж допустимі {max}",
    }
    JsonTooLong {
        en: ["the answer is {n} byte, more than the {max} accepted", "the answer is {n} bytes, more than the {max} accepted"],
        de: ["die Antwort hat {n} Byte, mehr als die zulässigen {max}", "die Antwort hat {n} Bytes, mehr als die zulässigen {max}"],
        uk: ["відповідь має {n} байт, більше за допустимі {max}", "відповідь має {n} байти, більше за допустимі {max}", "відповідь має {n} байтів, більше за допустимі {max}"],
    }
    JsonUndecodable {
        en: "undecodable JSON answer ({error}): {start}",
        de: "nicht dekodierbare JSON-Antwort ({error}): {start}",
        uk: "JSON-відповідь не вдається декодувати ({error}): {start}",
    }
    JsonTruncated {
        en: "the server truncated the answer (TC): it is incomplete",
        de: "der Server hat die Antwort gekürzt (TC): sie ist unvollständig",
        uk: "сервер обрізав відповідь (TC): вона неповна",
    }
    JsonBadData {
        en: "bad {rtype} data for {name}: {error}",
        de: "fehlerhafte {rtype}-Daten für {name}: {error}",
        uk: "некоректні дані {rtype} для {name}: {error}",
    }
    NotIpv4 {
        en: "'{data}' is not an IPv4 address",
        de: "„{data}“ ist keine IPv4-Adresse",
        uk: "«{data}» не є адресою IPv4",
    }
    NotIpv6 {
        en: "'{data}' is not an IPv6 address",
        de: "„{data}“ ist keine IPv6-Adresse",
        uk: "«{data}» не є адресою IPv6",
    }
    TlsaFields {
        en: "'{data}' is not a TLSA record (usage, selector, matching type, then the data)",
        de: "„{data}“ ist kein TLSA-Record (Verwendung, Selector, Abgleichstyp, dann die Daten)",
        uk: "«{data}» не є записом TLSA (використання, селектор, тип зіставлення, потім дані)",
    }
    TlsaDataNotHex {
        en: "the TLSA association data '{data}' is not hexadecimal",
        de: "Die TLSA-Zuordnungsdaten „{data}“ sind nicht hexadezimal",
        uk: "Дані зіставлення TLSA «{data}» не шістнадцяткові",
    }
    NoMxPreference {
        en: "'{data}' does not start with an MX preference",
        de: "„{data}“ beginnt nicht mit einer MX-Präferenz",
        uk: "«{data}» не починається з пріоритету MX",
    }
    NoMxExchange {
        en: "'{data}' has no MX exchange",
        de: "„{data}“ hat keinen MX-Zielhost",
        uk: "«{data}» не має хоста MX",
    }
    UnterminatedQuote {
        en: "unterminated quoted string in {data}",
        de: "nicht abgeschlossene Zeichenkette in Anführungszeichen in {data}",
        uk: "незакритий рядок у лапках у {data}",
    }
    NotAnOctet {
        en: "\\{value} is not an octet in {data}",
        de: "\\{value} ist kein Oktett in {data}",
        uk: "\\{value} не є октетом у {data}",
    }
    DanglingBackslash {
        en: "dangling backslash in {data}",
        de: "alleinstehender Backslash in {data}",
        uk: "зайвий зворотний слеш у {data}",
    }
    TextOutsideQuotes {
        en: "text outside quotes in {data}",
        de: "Text außerhalb der Anführungszeichen in {data}",
        uk: "текст поза лапками в {data}",
    }

    // ---- input notices (src/lib.rs)
    SpfNotCheckedNotice {
        en: "SPF was not checked: the connecting IP address is unknown (enter it, or paste the Received headers)",
        de: "SPF wurde nicht geprüft: die IP-Adresse des einliefernden Servers ist unbekannt (geben Sie sie ein, oder fügen Sie die Received-Header ein)",
        uk: "SPF не перевірено: IP-адреса сервера, що підключався, невідома (введіть її або вставте заголовки Received)",
    }
    SpfNotChecked {
        en: "not checked: the connecting IP address is unknown",
        de: "nicht geprüft: die IP-Adresse des einliefernden Servers ist unbekannt",
        uk: "не перевірено: IP-адреса сервера, що підключався, невідома",
    }
    SeveralFroms {
        en: "the message has more than one From header (RFC 5322 allows one); DMARC checks every From domain",
        de: "die Nachricht hat mehr als einen From-Header (RFC 5322 erlaubt einen); DMARC prüft jede From-Domain",
        uk: "лист має більше одного заголовка From (RFC 5322 дозволяє один); DMARC перевіряє кожен домен From",
    }

    // ---- zone files (src/dns/zone.rs)
    ZoneLine {
        en: "line {line}: {error}",
        de: "Zeile {line}: {error}",
        uk: "рядок {line}: {error}",
    }
    ZoneUnbalancedClose {
        en: "unbalanced ')'",
        de: "„)“ ohne passende öffnende Klammer",
        uk: "«)» без відповідної відкривної дужки",
    }
    ZoneUnbalancedOpen {
        en: "unbalanced '(' at end of input",
        de: "„(“ am Ende der Eingabe nicht geschlossen",
        uk: "«(» не закрито до кінця введення",
    }
    ZoneDddDigits {
        en: "\\DDD escape needs three digits",
        de: "die Escape-Folge \\DDD braucht drei Ziffern",
        uk: "екранування \\DDD потребує трьох цифр",
    }
    ZoneNotAnOctet {
        en: "\\{value} is not an octet",
        de: "\\{value} ist kein Oktett",
        uk: "\\{value} не є октетом",
    }
    ZoneUnterminated {
        en: "unterminated quoted string",
        de: "nicht abgeschlossene Zeichenkette in Anführungszeichen",
        uk: "незакритий рядок у лапках",
    }
    ZoneOriginNeedsName {
        en: "$ORIGIN needs a name",
        de: "$ORIGIN braucht einen Namen",
        uk: "$ORIGIN потребує імені",
    }
    ZoneTtlNeedsValue {
        en: "$TTL needs a value",
        de: "$TTL braucht einen Wert",
        uk: "$TTL потребує значення",
    }
    ZoneBadTtl {
        en: "bad $TTL '{value}'",
        de: "ungültiges $TTL „{value}“",
        uk: "некоректне значення $TTL «{value}»",
    }
    ZoneUnsupportedDirective {
        en: "unsupported directive {directive}",
        de: "nicht unterstützte Direktive {directive}",
        uk: "непідтримувана директива {directive}",
    }
    ZoneNoOwner {
        en: "record without an owner name",
        de: "Record ohne Besitzernamen",
        uk: "запис без імені власника",
    }
    ZoneNoType {
        en: "record for {owner} has no type",
        de: "der Record für {owner} hat keinen Typ",
        uk: "запис для {owner} не має типу",
    }
    ZoneMissingData {
        en: "{rtype} record for {owner} is missing data",
        de: "dem {rtype}-Record für {owner} fehlen Daten",
        uk: "у {rtype}-записі для {owner} бракує даних",
    }
    ZoneBadMxPreference {
        en: "bad MX preference '{value}'",
        de: "ungültige MX-Präferenz „{value}“",
        uk: "некоректний пріоритет MX «{value}»",
    }
    ZoneUnsupportedType {
        en: "unsupported record type '{rtype}'",
        de: "nicht unterstützter Record-Typ „{rtype}“",
        uk: "непідтримуваний тип запису «{rtype}»",
    }

    // ---- evidence bundles (src/bundle.rs, src/dns/replay.rs)
    BundleMalformed {
        en: "not a readable evidence bundle: {error}",
        de: "kein lesbares Beweispaket: {error}",
        uk: "пакет доказів не вдається прочитати: {error}",
    }
    BundleNotOurs {
        en: "not a headerscope evidence bundle (format is {format}, expected \"{expected}\")",
        de: "kein headerscope-Beweispaket (Format ist {format}, erwartet „{expected}“)",
        uk: "це не пакет доказів headerscope (формат {format}, очікувано «{expected}»)",
    }
    BundleFormatMissing {
        en: "missing",
        de: "nicht angegeben",
        uk: "не вказано",
    }
    BundleVersion {
        en: "evidence bundle version {version} is not supported (this headerscope reads version {supported})",
        de: "Beweispaket-Version {version} wird nicht unterstützt (dieses headerscope liest Version {supported})",
        uk: "версія пакета доказів {version} не підтримується (цей headerscope читає версію {supported})",
    }
    BundleNoVersion {
        en: "the version field is missing or not a number",
        de: "das Feld version fehlt oder ist keine Zahl",
        uk: "поле version відсутнє або не є числом",
    }
    BundleDigestOnly {
        en: "the evidence bundle holds only the message's digest: give the message file too",
        de: "das Beweispaket enthält nur den Hashwert der Nachricht: geben Sie auch die Nachrichtendatei an",
        uk: "пакет доказів містить лише хеш листа: додайте також файл листа",
    }
    BundleMismatch {
        en: "the message is not the one in the evidence bundle (its sha256 is {actual}, the bundle's is {expected})",
        de: "die Nachricht ist nicht die aus dem Beweispaket (ihr sha256 ist {actual}, der des Pakets {expected})",
        uk: "це не той лист, що в пакеті доказів (його sha256 — {actual}, у пакеті — {expected})",
    }
    BundleBadContent {
        en: "the message stored in the evidence bundle is unreadable: {error}",
        de: "die im Beweispaket gespeicherte Nachricht ist nicht lesbar: {error}",
        uk: "лист, збережений у пакеті доказів, не вдається прочитати: {error}",
    }
    RecordedQueryFailed {
        en: "the recorded query failed",
        de: "die aufgezeichnete Abfrage ist fehlgeschlagen",
        uk: "записаний запит не вдався",
    }

    // ---- trustworthy intake (issue 14): Received grammar, boundary evidence, dates
    RcvdHeloLiteralOnly {
        en: "Received header #{n}: the receiving server recorded no client address; {ip} is only the client's own HELO name and is not used",
        de: "Received-Header Nr. {n}: der empfangende Server hat keine Client-Adresse festgehalten; {ip} ist nur der eigene HELO-Name des Clients und wird nicht verwendet",
        uk: "Заголовок Received № {n}: сервер-одержувач не записав адреси клієнта; {ip} — лише власне ім’я HELO клієнта, і його не використано",
    }
    RcvdConflict {
        en: "Received header #{n}: client addresses in more than one place, and the client could have written one of them; no address is used",
        de: "Received-Header Nr. {n}: Client-Adressen an mehr als einer Stelle, und eine davon könnte der Client geschrieben haben; keine Adresse wird verwendet",
        uk: "Заголовок Received № {n}: адреси клієнта є в кількох місцях, і одну з них міг написати сам клієнт; жодну адресу не використано",
    }
    RcvdUnbalanced {
        en: "Received header #{n}: the parentheses before 'by' do not balance, so the client's HELO cannot be told apart from the receiver's record; no address is used",
        de: "Received-Header Nr. {n}: die Klammern vor „by“ sind nicht ausgeglichen, daher lässt sich der HELO des Clients nicht von der Aufzeichnung des Empfängers trennen; keine Adresse wird verwendet",
        uk: "Заголовок Received № {n}: дужки перед «by» не збалансовані, тож HELO клієнта не відрізнити від запису одержувача; жодну адресу не використано",
    }
    RcvdSeveralBy {
        en: "Received header #{n}: more than one 'by' clause, so the client's HELO cannot be told apart from the receiver's record; no address is used",
        de: "Received-Header Nr. {n}: mehr als eine „by“-Angabe, daher lässt sich der HELO des Clients nicht von der Aufzeichnung des Empfängers trennen; keine Adresse wird verwendet",
        uk: "Заголовок Received № {n}: більше ніж одне «by», тож HELO клієнта не відрізнити від запису одержувача; жодну адресу не використано",
    }
    RcvdLastOfSeveral {
        en: "Received header #{n}: several address groups before 'by'; {ip}, the last one, is where the receiver writes the connection (the ones before follow the client's HELO)",
        de: "Received-Header Nr. {n}: mehrere Adressgruppen vor „by“; {ip}, die letzte, ist die Stelle, an der der Empfänger die Verbindung festhält (die davor gehören zum HELO des Clients)",
        uk: "Заголовок Received № {n}: кілька груп адрес перед «by»; {ip}, остання, — це місце, де одержувач записує з’єднання (попередні належать до HELO клієнта)",
    }
    BoundaryByStatement {
        en: "automatic: the receiver's own {header} names client {ip}, the client of Received header #{n}",
        de: "automatisch: der eigene {header} des Empfängers nennt den Client {ip}, den Client von Received-Header Nr. {n}",
        uk: "автоматично: власний {header} одержувача називає клієнта {ip}, клієнта заголовка Received № {n}",
    }
    BoundaryByAuthSource {
        en: "automatic: the receiver's own {header} names {host}, the server that wrote Received header #{n}",
        de: "automatisch: der eigene {header} des Empfängers nennt {host}, den Server, der Received-Header Nr. {n} geschrieben hat",
        uk: "автоматично: власний {header} одержувача називає {host}, сервер, що записав заголовок Received № {n}",
    }
    BoundaryInternalHops {
        en: "automatic: the topmost hop from outside; the hops above it are {org}'s own relays",
        de: "automatisch: der oberste Hop von außen; die Hops darüber sind eigene Relays von {org}",
        uk: "автоматично: найвищий хоп ззовні; хопи над ним — власні ретранслятори {org}",
    }
    BoundaryUnreadable {
        en: "automatic: Received header #{n}, but its client address cannot be read unambiguously, so no client address is used",
        de: "automatisch: Received-Header Nr. {n}, aber seine Client-Adresse lässt sich nicht eindeutig lesen, daher wird keine Client-Adresse verwendet",
        uk: "автоматично: заголовок Received № {n}, але його адресу клієнта не можна прочитати однозначно, тож адресу клієнта не використано",
    }
    BoundarySourcesDisagree {
        en: "the receiver's statements disagree: {first} names the client of Received header #{a}, {second} that of #{b}; the first is used",
        de: "die Angaben des Empfängers widersprechen sich: {first} nennt den Client von Received-Header Nr. {a}, {second} den von Nr. {b}; die erste Angabe gilt",
        uk: "твердження одержувача розходяться: {first} називає клієнта заголовка Received № {a}, {second} — № {b}; використано перше",
    }
    BoundaryStatementNoHop {
        en: "the receiver's {header} names client {client}, but no Received header at or below it records that client",
        de: "der {header} des Empfängers nennt den Client {client}, aber kein Received-Header an oder unter ihm hält diesen Client fest",
        uk: "{header} одержувача називає клієнта {client}, але жоден заголовок Received на його рівні чи нижче не записує цього клієнта",
    }
    BoundaryStatementIgnored {
        en: "a {header} naming client {client} sits below the hop where the receiving organization took the message in, where the sender could have written it: not used",
        de: "ein {header}, der den Client {client} nennt, steht unter dem Hop, an dem die empfangende Organisation die Nachricht angenommen hat, wo der Absender ihn geschrieben haben könnte: nicht verwendet",
        uk: "{header} з клієнтом {client} розташований нижче хопу, де організація-одержувач прийняла лист, тобто там, де його міг написати відправник: не використано",
    }
    BoundaryHopsDisagree {
        en: "the receiver's own statement puts the boundary at Received header #{n}; the hops alone would give #{auto}",
        de: "die eigene Angabe des Empfängers legt die Grenze auf Received-Header Nr. {n}; die Hops allein ergäben Nr. {auto}",
        uk: "власне твердження одержувача ставить межу на заголовок Received № {n}; самі хопи дали б № {auto}",
    }
    BoundaryHopsNone {
        en: "the receiver's own statement puts the boundary at Received header #{n}; the hops alone give none",
        de: "die eigene Angabe des Empfängers legt die Grenze auf Received-Header Nr. {n}; die Hops allein ergeben keine",
        uk: "власне твердження одержувача ставить межу на заголовок Received № {n}; самі хопи не дають жодної",
    }
    ClientUnreadable {
        en: "not found: Received header #{n} is where the message came in, but its client address cannot be read unambiguously",
        de: "nicht gefunden: Received-Header Nr. {n} ist die Stelle, an der die Nachricht ankam, aber seine Client-Adresse lässt sich nicht eindeutig lesen",
        uk: "не знайдено: заголовок Received № {n} — місце, де надійшов лист, але його адресу клієнта не можна прочитати однозначно",
    }
    DateMissing {
        en: "Received header #{n} has no date: its delay is unknown",
        de: "Received-Header Nr. {n} hat kein Datum: seine Verzögerung ist unbekannt",
        uk: "Заголовок Received № {n} не має дати: його затримка невідома",
    }
    DateAmPm {
        en: "Received header #{n}: the date '{date}' is written month/day/year with AM/PM, not as RFC 5322 asks; read that way",
        de: "Received-Header Nr. {n}: das Datum „{date}“ ist als Monat/Tag/Jahr mit AM/PM geschrieben, nicht wie RFC 5322 es verlangt; so gelesen",
        uk: "Заголовок Received № {n}: дату «{date}» записано як місяць/день/рік з AM/PM, а не так, як вимагає RFC 5322; прочитано саме так",
    }
    DateTwoDigitYear {
        en: "Received header #{n}: the date '{date}' has a two- or three-digit year (obsolete, RFC 5322 §4.3); read as {year}",
        de: "Received-Header Nr. {n}: das Datum „{date}“ hat eine zwei- oder dreistellige Jahreszahl (veraltet, RFC 5322 §4.3); gelesen als {year}",
        uk: "Заголовок Received № {n}: дата «{date}» має дво- або тризначний рік (застаріле, RFC 5322 §4.3); прочитано як {year}",
    }
    DateIsoStyle {
        en: "Received header #{n}: the date '{date}' is written year-month-day (ISO 8601 or Go style), not as RFC 5322 asks; read that way",
        de: "Received-Header Nr. {n}: das Datum „{date}“ ist als Jahr-Monat-Tag geschrieben (ISO 8601 oder Go-Stil), nicht wie RFC 5322 es verlangt; so gelesen",
        uk: "Заголовок Received № {n}: дату «{date}» записано як рік-місяць-день (ISO 8601 або стиль Go), а не так, як вимагає RFC 5322; прочитано саме так",
    }
    DateUnknownZone {
        en: "Received header #{n}: the date '{date}' has the zone -0000: the time is UTC and the writer's own zone is unknown (RFC 5322 §3.3)",
        de: "Received-Header Nr. {n}: das Datum „{date}“ hat die Zone -0000: die Zeit ist UTC, die eigene Zone des Schreibers ist unbekannt (RFC 5322 §3.3)",
        uk: "Заголовок Received № {n}: дата «{date}» має зону -0000: час — UTC, а власна зона автора невідома (RFC 5322 §3.3)",
    }
    DateNamedZone {
        en: "Received header #{n}: the date '{date}' names its zone by letters (obsolete, RFC 5322 §4.3); read with that zone's offset",
        de: "Received-Header Nr. {n}: das Datum „{date}“ nennt seine Zone mit Buchstaben (veraltet, RFC 5322 §4.3); mit dem Versatz dieser Zone gelesen",
        uk: "Заголовок Received № {n}: дата «{date}» позначає свою зону літерами (застаріле, RFC 5322 §4.3); прочитано зі зсувом цієї зони",
    }
    SpfSameIdentityNoIp {
        en: "same identity; the receiver did not write which client IP it checked, so the address may differ or the SPF record may have changed since delivery",
        de: "gleiche Identität; der Empfänger hat nicht angegeben, welche Client-IP er geprüft hat, daher kann die Adresse abweichen oder sich der SPF-Record seit der Zustellung geändert haben",
        uk: "та сама ідентичність; одержувач не вказав, яку IP клієнта перевіряв, тож адреса може відрізнятися або запис SPF міг змінитися після доставки",
    }

    // Limits (src/limits.rs): what one inspection leaves out, and why.
    DnsQueryLimit {
        en: "not sent: this message already used its {max} DNS queries",
        de: "nicht gesendet: diese Nachricht hat ihr Kontingent an DNS-Abfragen ({max}) bereits verbraucht",
        uk: "не надіслано: цей лист уже вичерпав ліміт DNS-запитів ({max})",
    }

    // Counted sentences are two phrases chosen by the count (the `plurals`
    // block of `phrases!` does not parse yet); the Ukrainian avoids the
    // number's case ("кількість …: {n}") so one form fits every count.

    @plurals {
        Stars {
            en: ["{n} star: one per whole score point", "{n} stars: one per whole score point"],
            de: ["{n} Stern: einer pro ganzem Punkt", "{n} Sterne: einer pro ganzem Punkt"],
            uk: [
                "{n} зірочка: по одній за кожен повний бал",
                "{n} зірочки: по одній за кожен повний бал",
                "{n} зірочок: по одній за кожен повний бал",
            ],
        }
        BoundaryOutOfRange {
            en: [
                "the trust boundary cannot be Received header #{index}: the message has {n} Received header; the automatic choice is used",
                "the trust boundary cannot be Received header #{index}: the message has {n} Received headers; the automatic choice is used",
            ],
            de: [
                "die Vertrauensgrenze kann nicht Received-Header Nr. {index} sein: die Nachricht hat {n} Received-Header; die automatische Wahl gilt",
                "die Vertrauensgrenze kann nicht Received-Header Nr. {index} sein: die Nachricht hat {n} Received-Header; die automatische Wahl gilt",
            ],
            uk: [
                "межею довіри не може бути заголовок Received № {index}: у листі {n} заголовок Received; використано автоматичний вибір",
                "межею довіри не може бути заголовок Received № {index}: у листі {n} заголовки Received; використано автоматичний вибір",
                "межею довіри не може бути заголовок Received № {index}: у листі {n} заголовків Received; використано автоматичний вибір",
            ],
        }
        // Limits (src/limits.rs): counted sentences about what was left out.
        Elided {
        en: "{text}{note}",
        de: "{text}{note}",
        uk: "{text}{note}",
    }
    ElidedChars {
            en: ["… ({n} character in all)", "… ({n} characters in all)"],
            de: ["… (insgesamt {n} Zeichen)", "… (insgesamt {n} Zeichen)"],
            uk: [
                "… (усього {n} символ)",
                "… (усього {n} символи)",
                "… (усього {n} символів)",
            ],
        }
        ResultsNotRead {
            en: [
                "{n} more receivers' result not read: headerscope reads the first {max} entries of Authentication-Results, ARC-Authentication-Results and Received-SPF headers",
                "{n} more receivers' results not read: headerscope reads the first {max} entries of Authentication-Results, ARC-Authentication-Results and Received-SPF headers",
            ],
            de: ["{n} weiteres Ergebnis der Empfänger nicht gelesen: headerscope liest nur die ersten Einträge (höchstens {max}) der Header Authentication-Results, ARC-Authentication-Results und Received-SPF", "{n} weitere Ergebnisse der Empfänger nicht gelesen: headerscope liest nur die ersten Einträge (höchstens {max}) der Header Authentication-Results, ARC-Authentication-Results und Received-SPF"],
            uk: ["ще {n} результат одержувачів не прочитано: headerscope читає лише перші записи (не більше {max}) заголовків Authentication-Results, ARC-Authentication-Results і Received-SPF", "ще {n} результати одержувачів не прочитано: headerscope читає лише перші записи (не більше {max}) заголовків Authentication-Results, ARC-Authentication-Results і Received-SPF", "ще {n} результатів одержувачів не прочитано: headerscope читає лише перші записи (не більше {max}) заголовків Authentication-Results, ARC-Authentication-Results і Received-SPF"],
        }
        FromDomainsNotChecked {
            en: [
                "{n} more From domain not checked by DMARC: headerscope checks the first {max} distinct domains of the From header (RFC 5322 allows one From field, and a real one names one or two domains)",
                "{n} more From domains not checked by DMARC: headerscope checks the first {max} distinct domains of the From header (RFC 5322 allows one From field, and a real one names one or two domains)",
            ],
            de: ["{n} weitere From-Domain nicht per DMARC geprüft: headerscope prüft nur die ersten {max} verschiedenen Domains des From-Headers (RFC 5322 erlaubt ein From-Feld, und ein echtes nennt eine oder zwei Domains)", "{n} weitere From-Domains nicht per DMARC geprüft: headerscope prüft nur die ersten {max} verschiedenen Domains des From-Headers (RFC 5322 erlaubt ein From-Feld, und ein echtes nennt eine oder zwei Domains)"],
            uk: ["ще {n} домен From не перевірено DMARC: headerscope перевіряє лише перші {max} різних доменів заголовка From (RFC 5322 дозволяє одне поле From, а справжнє називає один-два домени)", "ще {n} домени From не перевірено DMARC: headerscope перевіряє лише перші {max} різних доменів заголовка From (RFC 5322 дозволяє одне поле From, а справжнє називає один-два домени)", "ще {n} доменів From не перевірено DMARC: headerscope перевіряє лише перші {max} різних доменів заголовка From (RFC 5322 дозволяє одне поле From, а справжнє називає один-два домени)"],
        }
        ReceivedNotRead {
            en: [
                "{n} more Received header not read: headerscope reads the topmost {max} (RFC 5321 §6.3 treats 100 hops as a mail loop)",
                "{n} more Received headers not read: headerscope reads the topmost {max} (RFC 5321 §6.3 treats 100 hops as a mail loop)",
            ],
            de: ["{n} weiterer Received-Header nicht gelesen: headerscope liest die obersten {max} (RFC 5321 §6.3 sieht 100 Hops als Mailschleife an)", "{n} weitere Received-Header nicht gelesen: headerscope liest die obersten {max} (RFC 5321 §6.3 sieht 100 Hops als Mailschleife an)"],
            uk: ["ще {n} заголовок Received не прочитано: headerscope читає верхні {max} (RFC 5321 §6.3 вважає 100 хопів петлею пошти)", "ще {n} заголовки Received не прочитано: headerscope читає верхні {max} (RFC 5321 §6.3 вважає 100 хопів петлею пошти)", "ще {n} заголовків Received не прочитано: headerscope читає верхні {max} (RFC 5321 §6.3 вважає 100 хопів петлею пошти)"],
        }
        AntispamNotRead {
            en: [
                "{n} more antispam header not decoded: headerscope decodes the topmost {max}",
                "{n} more antispam headers not decoded: headerscope decodes the topmost {max}",
            ],
            de: [
                "{n} weiterer Antispam-Header nicht ausgewertet: headerscope wertet die obersten {max} aus",
                "{n} weitere Antispam-Header nicht ausgewertet: headerscope wertet die obersten {max} aus",
            ],
            uk: [
                "ще {n} антиспам-заголовок не розібрано: headerscope розбирає верхні {max}",
                "ще {n} антиспам-заголовки не розібрано: headerscope розбирає верхні {max}",
                "ще {n} антиспам-заголовків не розібрано: headerscope розбирає верхні {max}",
            ],
        }
        DnsQueriesNotSent {
            en: [
                "{n} DNS query not sent: one message may cause at most {max}",
                "{n} DNS queries not sent: one message may cause at most {max}",
            ],
            de: [
                "{n} DNS-Abfrage nicht gesendet: eine Nachricht darf höchstens {max} auslösen",
                "{n} DNS-Abfragen nicht gesendet: eine Nachricht darf höchstens {max} auslösen",
            ],
            uk: [
                "{n} DNS-запит не надіслано: один лист може спричинити щонайбільше {max}",
                "{n} DNS-запити не надіслано: один лист може спричинити щонайбільше {max}",
                "{n} DNS-запитів не надіслано: один лист може спричинити щонайбільше {max}",
            ],
        }
        LinesNotShown {
            en: ["… {n} more line not shown", "… {n} more lines not shown"],
            de: ["… {n} weitere Zeile nicht gezeigt", "… {n} weitere Zeilen nicht gezeigt"],
            uk: [
                "… ще {n} рядок не показано",
                "… ще {n} рядки не показано",
                "… ще {n} рядків не показано",
            ],
        }
        RepeatedTimes {
            en: ["({n} time)", "({n} times)"],
            de: ["({n}-mal)", "({n}-mal)"],
            uk: ["({n} раз)", "({n} рази)", "({n} разів)"],
        }
    }
}
