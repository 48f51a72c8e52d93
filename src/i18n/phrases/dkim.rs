//! DKIM's and ARC's sentences: verification traces, reasons and warnings
//! (src/auth/dkim/, src/auth/arc.rs), the DKIM key tools
//! (src/builder/dkim.rs). See `super` for the rules.

phrases! {
    Dkim;

    // Results: the verdict word (an RFC result word, kept) and the reason.
    ResultPass {
        en: "pass: {reason}",
        de: "pass: {reason}",
        uk: "pass: {reason}",
    }
    ResultFail {
        en: "fail: {reason}",
        de: "fail: {reason}",
        uk: "fail: {reason}",
    }
    ResultNone {
        en: "none: {reason}",
        de: "none: {reason}",
        uk: "none: {reason}",
    }
    ResultPermError {
        en: "permerror: {reason}",
        de: "permerror: {reason}",
        uk: "permerror: {reason}",
    }
    ResultTempError {
        en: "temperror: {reason}",
        de: "temperror: {reason}",
        uk: "temperror: {reason}",
    }
    PrivateKeySize {
        en: ["{algorithm} {n} bit", "{algorithm} {n} bits"],
        de: ["{algorithm}, {n} Bit", "{algorithm}, {n} Bit"],
        uk: ["{algorithm}, {n} біт", "{algorithm}, {n} біти", "{algorithm}, {n} бітів"],
    }
    ResultOther {
        en: "{result}: {reason}",
        de: "{result}: {reason}",
        uk: "{result}: {reason}",
    }

    // The body hash.
    BodyHashMatches {
        en: "the body hash matches bh=",
        de: "der Body-Hash stimmt mit bh= überein",
        uk: "хеш тіла збігається з bh=",
    }
    BodyShortened {
        en: ["l={l} but the canonicalized body has only {n} byte: the body was shortened after signing", "l={l} but the canonicalized body has only {n} bytes: the body was shortened after signing"],
        de: ["l={l}, aber der kanonisierte Body hat nur {n} Byte: Der Body wurde nach dem Signieren gekürzt", "l={l}, aber der kanonisierte Body hat nur {n} Bytes: Der Body wurde nach dem Signieren gekürzt"],
        uk: ["l={l}, але канонізоване тіло має лише {n} байт: тіло скоротили після підписання", "l={l}, але канонізоване тіло має лише {n} байти: тіло скоротили після підписання", "l={l}, але канонізоване тіло має лише {n} байтів: тіло скоротили після підписання"],
    }
    BodyHashNoBody {
        en: "the body hash does not match bh=: there is no body (were only the headers pasted?)",
        de: "der Body-Hash stimmt nicht mit bh= überein: Es gibt keinen Body (wurden nur die Header eingefügt?)",
        uk: "хеш тіла не збігається з bh=: тіла немає (вставили лише заголовки?)",
    }
    BodyHashChanged {
        en: "the body hash does not match bh=: the body was changed after signing",
        de: "der Body-Hash stimmt nicht mit bh= überein: Der Body wurde nach dem Signieren geändert",
        uk: "хеш тіла не збігається з bh=: тіло змінили після підписання",
    }
    LengthSigned {
        en: ["l={l}: only the first {n} byte of the body is signed; content can be appended without breaking the signature", "l={l}: only the first {n} bytes of the body are signed; content can be appended without breaking the signature"],
        de: ["l={l}: Nur das erste {n} Byte des Bodys ist signiert; Inhalt kann angehängt werden, ohne die Signatur zu brechen", "l={l}: Nur die ersten {n} Bytes des Bodys sind signiert; Inhalt kann angehängt werden, ohne die Signatur zu brechen"],
        uk: ["l={l}: підписано лише перший {n} байт тіла; вміст можна дописати, не порушивши підпис", "l={l}: підписано лише перші {n} байти тіла; вміст можна дописати, не порушивши підпис", "l={l}: підписано лише перші {n} байтів тіла; вміст можна дописати, не порушивши підпис"],
    }
    LengthSignedUncovered {
        en: ["l={l}: only the first {n} byte of the body is signed ({unsigned} bytes after it are not covered); content can be appended without breaking the signature", "l={l}: only the first {n} bytes of the body are signed ({unsigned} bytes after them are not covered); content can be appended without breaking the signature"],
        de: ["l={l}: Nur das erste {n} Byte des Bodys ist signiert (danach nicht abgedeckte Bytes: {unsigned}); Inhalt kann angehängt werden, ohne die Signatur zu brechen", "l={l}: Nur die ersten {n} Bytes des Bodys sind signiert (danach nicht abgedeckte Bytes: {unsigned}); Inhalt kann angehängt werden, ohne die Signatur zu brechen"],
        uk: ["l={l}: підписано лише перший {n} байт тіла (не охоплено байтів після нього: {unsigned}); вміст можна дописати, не порушивши підпис", "l={l}: підписано лише перші {n} байти тіла (не охоплено байтів після них: {unsigned}); вміст можна дописати, не порушивши підпис", "l={l}: підписано лише перші {n} байтів тіла (не охоплено байтів після них: {unsigned}); вміст можна дописати, не порушивши підпис"],
    }

    // The header block and the key.
    HeaderBlock {
        en: "the canonicalized header block ({canon}, {count} headers from h= plus the signature header with b= emptied), hashed with {hash}",
        de: "der kanonisierte Header-Block ({canon}, {count} Header aus h= plus der Signatur-Header mit geleertem b=), gehasht mit {hash}",
        uk: "канонізований блок заголовків ({canon}, заголовків з h=: {count}, плюс заголовок підпису з порожнім b=), хешовано за {hash}",
    }
    HeaderAbsent {
        en: "{header}: not present, hashed as nothing (over-signing or a removed header)",
        de: "{header}: nicht vorhanden, als nichts gehasht (Übersignieren oder ein entfernter Header)",
        uk: "{header}: відсутній, хешовано як порожнє (надлишкове підписання або видалений заголовок)",
    }
    KeyLookedUp {
        en: "looked up the key: {name} TXT",
        de: "Schlüssel abgefragt: {name} TXT",
        uk: "запит ключа: {name} TXT",
    }
    KeyBits {
        en: "the key: {bits}-bit {kind}",
        de: "der Schlüssel: {kind} mit {bits} Bit",
        uk: "ключ: {kind}, {bits} біт",
    }
    KeyNoBits {
        en: "the key:  {kind}",
        de: "der Schlüssel: {kind}",
        uk: "ключ: {kind}",
    }
    SignatureVerifies {
        en: "the signature b= over the header block verifies with the {kind} key",
        de: "die Signatur b= über den Header-Block ist mit dem {kind}-Schlüssel gültig",
        uk: "підпис b= над блоком заголовків дійсний: його підтверджує ключ {kind}",
    }
    SignatureDoesNotVerify {
        en: "the signature b= over the header block does not verify: a signed header (or the signature header) was changed, or this is not the key that signed",
        de: "die Signatur b= über den Header-Block ist ungültig: Ein signierter Header (oder der Signatur-Header) wurde geändert, oder dies ist nicht der Schlüssel, der signiert hat",
        uk: "підпис b= над блоком заголовків недійсний: змінили підписаний заголовок (або заголовок підпису), або це не той ключ, яким підписано",
    }
    NoUsableKey {
        en: "no usable key: {reason}",
        de: "kein brauchbarer Schlüssel: {reason}",
        uk: "немає придатного ключа: {reason}",
    }

    // Facts (names of values shown beside a step).
    FactComputed { en: "computed", de: "berechnet", uk: "обчислено" }
    FactBodyCanon { en: "body canonicalization", de: "Body-Kanonisierung", uk: "канонізація тіла" }
    FactBodyLength {
        en: "canonicalized body length",
        de: "Länge des kanonisierten Bodys",
        uk: "довжина канонізованого тіла",
    }
    FactSignedLength { en: "signed length", de: "signierte Länge", uk: "підписана довжина" }
    FactAllNoL { en: "all (no l=)", de: "alles (kein l=)", uk: "усе (немає l=)" }
    FactHeaderHash { en: "header hash", de: "Header-Hash", uk: "хеш заголовків" }
    FactBytes { en: "bytes", de: "Anzahl Bytes", uk: "кількість байтів" }
    FactType { en: "type", de: "Typ", uk: "тип" }
    FactBits { en: "bits", de: "Länge in Bit", uk: "довжина в бітах" }
    FactTesting { en: "testing (t=y)", de: "Testmodus (t=y)", uk: "тестовий режим (t=y)" }
    FactStrict { en: "strict (t=s)", de: "strikt (t=s)", uk: "суворий (t=s)" }
    FactHeaderValid {
        en: "header signature valid",
        de: "Header-Signatur gültig",
        uk: "підпис заголовків дійсний",
    }
    FactBodyMatches { en: "body hash matches", de: "Body-Hash stimmt", uk: "хеш тіла збігається" }

    // Time checks (t=, x=).
    XBeforeT {
        en: "x={x} is before t={t}: the signature expires before it was made",
        de: "x={x} liegt vor t={t}: Die Signatur läuft ab, bevor sie erstellt wurde",
        uk: "x={x} раніше за t={t}: підпис спливає раніше, ніж його створено",
    }
    Expired {
        en: ["the signature expired: x={x} is {n} second before now ({now})", "the signature expired: x={x} is {n} seconds before now ({now})"],
        de: ["die Signatur ist abgelaufen: x={x} liegt {n} Sekunde vor jetzt ({now})", "die Signatur ist abgelaufen: x={x} liegt {n} Sekunden vor jetzt ({now})"],
        uk: ["термін дії підпису минув: x={x} на {n} с раніше за поточний час ({now})", "термін дії підпису минув: x={x} на {n} с раніше за поточний час ({now})", "термін дії підпису минув: x={x} на {n} с раніше за поточний час ({now})"],
    }
    FutureDated {
        en: ["the signature is dated in the future: t={t} is {n} second after now ({now})", "the signature is dated in the future: t={t} is {n} seconds after now ({now})"],
        de: ["die Signatur ist in die Zukunft datiert: t={t} liegt {n} Sekunde nach jetzt ({now})", "die Signatur ist in die Zukunft datiert: t={t} liegt {n} Sekunden nach jetzt ({now})"],
        uk: ["підпис датовано майбутнім: t={t} на {n} с пізніше за поточний час ({now})", "підпис датовано майбутнім: t={t} на {n} с пізніше за поточний час ({now})", "підпис датовано майбутнім: t={t} на {n} с пізніше за поточний час ({now})"],
    }

    // DKIM-Signature: heading, syntax, tag checks.
    SignatureHeading {
        en: "DKIM-Signature #{index}: d={d} s={s} a={a}",
        de: "DKIM-Signature Nr. {index}: d={d} s={s} a={a}",
        uk: "DKIM-Signature № {index}: d={d} s={s} a={a}",
    }
    SignatureNumber {
        en: "DKIM-Signature #{index}",
        de: "DKIM-Signature Nr. {index}",
        uk: "DKIM-Signature № {index}",
    }
    SyntaxError {
        en: "DKIM-Signature syntax error: {error}",
        de: "Syntaxfehler in DKIM-Signature: {error}",
        uk: "синтаксична помилка в DKIM-Signature: {error}",
    }
    LookupNotMade {
        en: "the key lookup was not made",
        de: "der Schlüssel wurde nicht abgefragt",
        uk: "ключ не запитано",
    }
    BareLf {
        en: "the message had bare LF line ends; they were read as CRLF, as they were when it was signed",
        de: "die Nachricht hatte reine LF-Zeilenenden; sie wurden als CRLF gelesen, wie beim Signieren",
        uk: "рядки листа закінчувалися лише символом LF (без CR); ці закінчення прочитано як CRLF, як під час підписання",
    }
    HNoFrom {
        en: "h= does not include From, which RFC 6376 §5.4 requires",
        de: "h= enthält From nicht, was RFC 6376 §5.4 verlangt",
        uk: "h= не містить From, а RFC 6376 §5.4 цього вимагає",
    }
    AuidNotAddress {
        en: "tag i= is not an address ('{auid}')",
        de: "Tag i= ist keine Adresse („{auid}“)",
        uk: "тег i= не є адресою («{auid}»)",
    }
    AuidOutsideDomain {
        en: "i={auid} is not within d={domain} (RFC 6376 §3.5)",
        de: "i={auid} liegt nicht innerhalb von d={domain} (RFC 6376 §3.5)",
        uk: "i={auid} не належить до d={domain} (RFC 6376 §3.5)",
    }
    StrictKeySubdomain {
        en: "the key has t=s (strict): i= must be exactly in d={domain}, not a subdomain ({auid})",
        de: "der Schlüssel hat t=s (strikt): i= muss genau in d={domain} liegen, nicht in einer Subdomain ({auid})",
        uk: "ключ має t=s (суворий): i= має бути точно в d={domain}, а не в піддомені ({auid})",
    }
    RsaSha1 {
        en: "a=rsa-sha1 is no longer acceptable: RFC 8301 §3.1 says verifiers must not consider rsa-sha1 signatures valid",
        de: "a=rsa-sha1 ist nicht mehr zulässig: Nach RFC 8301 §3.1 dürfen Prüfer rsa-sha1-Signaturen nicht als gültig ansehen",
        uk: "a=rsa-sha1 більше не прийнятний: за RFC 8301 §3.1 перевіряльники не мають вважати підписи rsa-sha1 дійсними",
    }

    // DKIM verdicts.
    VerifiesAndMatches {
        en: "the signature verifies and the body hash matches",
        de: "die Signatur ist gültig und der Body-Hash stimmt",
        uk: "підпис дійсний, і хеш тіла збігається",
    }
    BodyMissing {
        en: "header signature valid, body missing: the headers verify, but no body was given (paste the whole message to check the body)",
        de: "Header-Signatur gültig, Body fehlt: Die Header sind gültig, aber es wurde kein Body angegeben (fügen Sie die ganze Nachricht ein, um den Body zu prüfen)",
        uk: "підпис заголовків дійсний, тіла немає: заголовки пройшли перевірку, але тіло не надано (вставте весь лист, щоб перевірити тіло)",
    }
    BodyChanged {
        en: "header signature valid, body changed: the headers verify, but the body hash does not match bh= (the body was modified after signing, e.g. a footer or a content filter)",
        de: "Header-Signatur gültig, Body geändert: Die Header sind gültig, aber der Body-Hash stimmt nicht mit bh= überein (der Body wurde nach dem Signieren geändert, z. B. durch eine Fußzeile oder einen Inhaltsfilter)",
        uk: "підпис заголовків дійсний, тіло змінено: заголовки пройшли перевірку, але хеш тіла не збігається з bh= (тіло змінили після підписання, напр. додали нижній колонтитул або спрацював фільтр вмісту)",
    }
    HeadersInvalidBodyMatches {
        en: "the signature over the headers does not verify (a signed header was changed, or the published key is not the one that signed); the body hash matches",
        de: "die Signatur über die Header ist ungültig (ein signierter Header wurde geändert, oder der veröffentlichte Schlüssel ist nicht der, der signiert hat); der Body-Hash stimmt",
        uk: "підпис над заголовками недійсний (змінили підписаний заголовок, або опублікований ключ не той, яким підписано); хеш тіла збігається",
    }
    HeadersInvalidBodyChanged {
        en: "header signature invalid, body changed: a signed header and the body were both modified after signing (what a mailing list does when it tags the Subject and appends a footer), or the published key is not the one that signed",
        de: "Header-Signatur ungültig, Body geändert: Ein signierter Header und der Body wurden beide nach dem Signieren geändert (so wie eine Mailingliste, die den Subject markiert und eine Fußzeile anhängt), oder der veröffentlichte Schlüssel ist nicht der, der signiert hat",
        uk: "підпис заголовків недійсний, тіло змінено: після підписання змінили і підписаний заголовок, і тіло (так робить список розсилки, що позначає Subject і додає нижній колонтитул), або опублікований ключ не той, яким підписано",
    }

    // Coverage warnings (RFC 6376 §8.15).
    NotSigned {
        en: "{header} is not signed: it can be changed without breaking this signature",
        de: "{header} ist nicht signiert: Der Header kann geändert werden, ohne diese Signatur zu brechen",
        uk: "{header} не підписано: його можна змінити, не порушивши цей підпис",
    }
    NotSignedNotPresent {
        en: "not signed and not present, so they could be added without breaking this signature: {headers}",
        de: "nicht signiert und nicht vorhanden, könnten also hinzugefügt werden, ohne diese Signatur zu brechen: {headers}",
        uk: "не підписані й відсутні, тож їх можна додати, не порушивши цей підпис: {headers}",
    }

    // Comparison with the receiver's Authentication-Results.
    ReceiverPassFailsNow {
        en: "the receiver said pass but it fails now: likely {cause}",
        de: "der Empfänger meldete pass, jetzt schlägt die Prüfung fehl: wahrscheinlich {cause}",
        uk: "одержувач повідомив pass, але зараз перевірка не проходить: ймовірно, {cause}",
    }
    CauseKeyRemoved {
        en: "the key was removed or rotated since delivery",
        de: "der Schlüssel wurde seit der Zustellung entfernt oder gewechselt",
        uk: "ключ видалили або замінили після доставки",
    }
    CauseKeyNotFetched {
        en: "the key could not be fetched now (a DNS problem here, not a change in the message)",
        de: "der Schlüssel konnte jetzt nicht abgefragt werden (ein DNS-Problem hier, keine Änderung der Nachricht)",
        uk: "ключ зараз не вдалося отримати (проблема DNS тут, а не зміна листа)",
    }
    CauseBodyNotPasted {
        en: "the body was not pasted",
        de: "der Body wurde nicht eingefügt",
        uk: "тіло не вставили",
    }
    CauseBodyModified {
        en: "the body was modified after delivery (by a mail client, a forwarder or when copying it)",
        de: "der Body wurde nach der Zustellung geändert (von einem Mailprogramm, einem Weiterleiter oder beim Kopieren)",
        uk: "тіло змінили після доставки (поштовий клієнт, пересилач або під час копіювання)",
    }
    CauseKeyRotated {
        en: "the key was rotated since delivery (the key published now did not make this signature), or a signed header was modified after delivery",
        de: "der Schlüssel wurde seit der Zustellung gewechselt (der jetzt veröffentlichte Schlüssel hat diese Signatur nicht erstellt), oder ein signierter Header wurde nach der Zustellung geändert",
        uk: "ключ замінили після доставки (опублікований зараз ключ не створював цей підпис), або підписаний заголовок змінили після доставки",
    }
    CauseExpired {
        en: "the signature has expired since delivery",
        de: "die Signatur ist seit der Zustellung abgelaufen",
        uk: "термін дії підпису минув після доставки",
    }
    CauseRulesDiffer {
        en: "verification rules differ between the receiver and this check",
        de: "die Prüfregeln des Empfängers und dieser Prüfung unterscheiden sich",
        uk: "правила перевірки в одержувача й у цій перевірці різняться",
    }

    // Tag-list and tag value errors (RFC 6376 §3.2, §3.5).
    TagListEmpty {
        en: "the tag list is empty",
        de: "die Tag-Liste ist leer",
        uk: "список тегів порожній",
    }
    TagEmptyBetween {
        en: "an empty tag between two semicolons (';;')",
        de: "ein leeres Tag zwischen zwei Semikolons („;;“)",
        uk: "порожній тег між двома крапками з комою («;;»)",
    }
    TagNotPair {
        en: "'{part}' is not a tag=value pair",
        de: "„{part}“ ist kein Paar tag=value",
        uk: "«{part}» не є парою tag=value",
    }
    TagBadName {
        en: "'{name}' is not a valid tag name",
        de: "„{name}“ ist kein gültiger Tag-Name",
        uk: "«{name}» не є дійсною назвою тегу",
    }
    TagTwice {
        en: "tag {name}= appears more than once",
        de: "Tag {name}= kommt mehr als einmal vor",
        uk: "тег {name}= трапляється більше одного разу",
    }
    TagEmpty {
        en: "tag {tag}= is empty",
        de: "Tag {tag}= ist leer",
        uk: "тег {tag}= порожній",
    }
    TagBadBase64 {
        en: "tag {tag}= is not valid base64 ({error})",
        de: "Tag {tag}= ist kein gültiges Base64 ({error})",
        uk: "тег {tag}= не є дійсним base64 ({error})",
    }
    TagNotNumber {
        en: "tag {tag}= must be a decimal number, found '{value}'",
        de: "Tag {tag}= muss eine Dezimalzahl sein, gefunden: „{value}“",
        uk: "тег {tag}= має бути десятковим числом, знайдено «{value}»",
    }
    TagTooLarge {
        en: "tag {tag}= is too large: '{value}'",
        de: "Tag {tag}= ist zu groß: „{value}“",
        uk: "тег {tag}= завеликий: «{value}»",
    }
    TagWhiteSpace {
        en: "tag {tag}= contains white space: '{value}'",
        de: "Tag {tag}= enthält Leerraum: „{value}“",
        uk: "тег {tag}= містить пробільні символи: «{value}»",
    }
    TagUnknownAlgorithm {
        en: "tag a= names an unknown algorithm '{value}' (known: rsa-sha256, ed25519-sha256, rsa-sha1)",
        de: "Tag a= nennt einen unbekannten Algorithmus „{value}“ (bekannt: rsa-sha256, ed25519-sha256, rsa-sha1)",
        uk: "тег a= називає невідомий алгоритм «{value}» (відомі: rsa-sha256, ed25519-sha256, rsa-sha1)",
    }
    TagBadDomain {
        en: "tag {tag}= is not a valid domain name: '{value}'",
        de: "Tag {tag}= ist kein gültiger Domainname: „{value}“",
        uk: "тег {tag}= не є дійсним доменним ім’ям: «{value}»",
    }
    TagUnknownCanon {
        en: "tag c= names an unknown canonicalization '{value}' (known: simple, relaxed)",
        de: "Tag c= nennt eine unbekannte Kanonisierung „{value}“ (bekannt: simple, relaxed)",
        uk: "тег c= називає невідому канонізацію «{value}» (відомі: simple, relaxed)",
    }
    TagBadHeaderName {
        en: "tag {tag}= has an invalid header name '{name}'",
        de: "Tag {tag}= hat einen ungültigen Header-Namen „{name}“",
        uk: "тег {tag}= має недійсну назву заголовка «{name}»",
    }
    TagMissing {
        en: "required tag {name}= is missing",
        de: "das Pflicht-Tag {name}= fehlt",
        uk: "обов’язковий тег {name}= відсутній",
    }
    TagVersion {
        en: "tag v= must be 1, found '{value}'",
        de: "Tag v= muss 1 sein, gefunden: „{value}“",
        uk: "тег v= має бути 1, знайдено «{value}»",
    }
    TagInstanceRange {
        en: "tag i= must be between 1 and 50, found {i}",
        de: "Tag i= muss zwischen 1 und 50 liegen, gefunden: {i}",
        uk: "тег i= має бути від 1 до 50, знайдено {i}",
    }
    TagNoDnsTxt {
        en: "tag q= does not offer dns/txt: '{value}'",
        de: "Tag q= bietet dns/txt nicht an: „{value}“",
        uk: "тег q= не пропонує dns/txt: «{value}»",
    }

    // Key lookup and key record (RFC 6376 §3.6.1, RFC 8301, RFC 8463).
    KeyNotPublished {
        en: "{name} has no TXT record ({rcode}): no key is published under this selector",
        de: "{name} hat keinen TXT-Record ({rcode}): Unter diesem Selector ist kein Schlüssel veröffentlicht",
        uk: "{name} не має запису TXT ({rcode}): під цим селектором ключ не опубліковано",
    }
    KeyLookupRcode {
        en: "the lookup of {name} failed with {rcode}",
        de: "die Abfrage von {name} ist mit {rcode} fehlgeschlagen",
        uk: "запит {name} завершився помилкою {rcode}",
    }
    KeyNotLookedUp {
        en: "{name} was not looked up: offline and not in the loaded records",
        de: "{name} wurde nicht abgefragt: offline und nicht in den geladenen Records",
        uk: "{name} не запитано: режим офлайн, і в завантажених записах його немає",
    }
    KeyLookupFailed {
        en: "the lookup of {name} failed: {error}",
        de: "die Abfrage von {name} ist fehlgeschlagen: {error}",
        uk: "запит {name} не вдався: {error}",
    }
    NoKey {
        en: "no key: {why} (the key was removed, or the selector is wrong)",
        de: "kein Schlüssel: {why} (der Schlüssel wurde entfernt, oder der Selector ist falsch)",
        uk: "немає ключа: {why} (ключ видалено, або селектор неправильний)",
    }
    KeySeveralRecords {
        en: "{count} TXT records were found; the first is used",
        de: "TXT-Records gefunden: {count}; der erste wird verwendet",
        uk: "знайдено записів TXT: {count}; використано перший",
    }
    KeyMalformed {
        en: "the key record is malformed: {error}",
        de: "der Schlüssel-Record ist fehlerhaft: {error}",
        uk: "запис ключа некоректний: {error}",
    }
    KeyVersion {
        en: "the key record has v={v}, not v=DKIM1",
        de: "der Schlüssel-Record hat v={v}, nicht v=DKIM1",
        uk: "запис ключа має v={v}, а не v=DKIM1",
    }
    KeyVersionNotFirst {
        en: "the key record's v= tag is not the first tag (RFC 6376 §3.6.1)",
        de: "das Tag v= des Schlüssel-Records ist nicht das erste Tag (RFC 6376 §3.6.1)",
        uk: "тег v= запису ключа не перший (RFC 6376 §3.6.1)",
    }
    KeyUnknownType {
        en: "the key record has an unknown key type k={k}",
        de: "der Schlüssel-Record hat einen unbekannten Schlüsseltyp k={k}",
        uk: "запис ключа має невідомий тип ключа k={k}",
    }
    KeyTypeMismatch {
        en: "the key is k={k} but the signature uses a={a}",
        de: "der Schlüssel ist k={k}, aber die Signatur verwendet a={a}",
        uk: "ключ має k={k}, але підпис використовує a={a}",
    }
    KeyHashNotAllowed {
        en: "the key record allows only h={h}, not {hash} as used by a={a}",
        de: "der Schlüssel-Record erlaubt nur h={h}, nicht {hash}, wie a={a} es verwendet",
        uk: "запис ключа дозволяє лише h={h}, а не {hash}, який використовує a={a}",
    }
    KeyNotEmail {
        en: "the key is not for e-mail (s={s})",
        de: "der Schlüssel ist nicht für E-Mail bestimmt (s={s})",
        uk: "ключ не призначений для електронної пошти (s={s})",
    }
    KeyNoP {
        en: "the key record has no p= tag",
        de: "der Schlüssel-Record hat kein Tag p=",
        uk: "запис ключа не має тегу p=",
    }
    KeyRevoked {
        en: "the key has been revoked (empty p=)",
        de: "der Schlüssel wurde widerrufen (leeres p=)",
        uk: "ключ відкликано (порожній p=)",
    }
    KeyUnusable {
        en: "the public key in p= cannot be used: {error}",
        de: "der öffentliche Schlüssel in p= ist nicht verwendbar: {error}",
        uk: "відкритий ключ у p= непридатний: {error}",
    }
    KeyTooShort {
        en: "the RSA key has only {bits} bits; keys under 1024 bits are not acceptable (RFC 8301 §3.2)",
        de: "der RSA-Schlüssel hat nur {bits} Bit; Schlüssel unter 1024 Bit sind nicht zulässig (RFC 8301 §3.2)",
        uk: "ключ RSA має лише {bits} біт; ключі коротші за 1024 біти неприйнятні (RFC 8301 §3.2)",
    }
    KeyWeak {
        en: "weak key: the RSA key has {bits} bits (RFC 8301 asks signers for at least 2048)",
        de: "schwacher Schlüssel: Der RSA-Schlüssel hat {bits} Bit (RFC 8301 verlangt von Signierern mindestens 2048)",
        uk: "слабкий ключ: ключ RSA має {bits} біт (RFC 8301 вимагає від підписувачів щонайменше 2048)",
    }
    KeyTesting {
        en: "the key is in testing mode (t=y): the domain is testing DKIM, receivers may ignore failures",
        de: "der Schlüssel ist im Testmodus (t=y): Die Domain testet DKIM, Empfänger ignorieren Fehler womöglich",
        uk: "ключ у тестовому режимі (t=y): домен тестує DKIM, одержувачі можуть ігнорувати збої",
    }

    // Why p= does not decode into a key.
    KeyNotBase64 {
        en: "p= is not base64 ({error})",
        de: "p= ist kein Base64 ({error})",
        uk: "p= не є base64 ({error})",
    }
    KeyEd25519Length {
        en: "an Ed25519 key is 32 bytes, this one is {n}",
        de: "ein Ed25519-Schlüssel hat 32 Byte, dieser hat {n}",
        uk: "ключ Ed25519 має 32 байти, а цей має {n}",
    }
    KeyEd25519NotPoint {
        en: "the 32 bytes are not an Ed25519 public key",
        de: "die 32 Byte sind kein öffentlicher Ed25519-Schlüssel",
        uk: "ці 32 байти не є відкритим ключем Ed25519",
    }
    KeyRsaNotDer {
        en: "it is not an RSA public key (neither SubjectPublicKeyInfo nor RSAPublicKey DER)",
        de: "es ist kein öffentlicher RSA-Schlüssel (weder SubjectPublicKeyInfo noch RSAPublicKey-DER)",
        uk: "це не відкритий ключ RSA (ні SubjectPublicKeyInfo, ні RSAPublicKey DER)",
    }
    KeyRsaTooLong {
        en: "the RSA key has {bits} bits; more than {max} are refused",
        de: "der RSA-Schlüssel hat {bits} Bit; mehr als {max} werden abgelehnt",
        uk: "ключ RSA має {bits} біт; понад {max} не приймаються",
    }

    // ARC (RFC 8617).
    ArcSealHasH {
        en: "an ARC-Seal must not have an h= tag (RFC 8617 §4.1.3)",
        de: "ein ARC-Seal darf kein Tag h= haben (RFC 8617 §4.1.3)",
        uk: "ARC-Seal не повинен мати тегу h= (RFC 8617 §4.1.3)",
    }
    ArcBadCv {
        en: "tag cv= must be none, fail or pass, found '{value}'",
        de: "Tag cv= muss none, fail oder pass sein, gefunden: „{value}“",
        uk: "тег cv= має бути none, fail або pass, знайдено «{value}»",
    }
    ArcBadSelector {
        en: "tag s= is not a valid selector: '{value}'",
        de: "Tag s= ist kein gültiger Selector: „{value}“",
        uk: "тег s= не є дійсним селектором: «{value}»",
    }
    ArcAarNoSemicolon {
        en: "no ';' after the i= tag",
        de: "kein „;“ nach dem Tag i=",
        uk: "немає «;» після тегу i=",
    }
    ArcAarNoInstance {
        en: "it does not start with i=",
        de: "der Header beginnt nicht mit i=",
        uk: "заголовок не починається з i=",
    }
    ArcAmsSignsSeal {
        en: "h= includes ARC-Seal, which RFC 8617 §4.1.2 forbids",
        de: "h= enthält ARC-Seal, was RFC 8617 §4.1.2 verbietet",
        uk: "h= містить ARC-Seal, а RFC 8617 §4.1.2 це забороняє",
    }
    ArcSealError {
        en: "ARC-Seal: {error}",
        de: "ARC-Seal: {error}",
        uk: "ARC-Seal: {error}",
    }
    ArcAmsError {
        en: "ARC-Message-Signature: {error}",
        de: "ARC-Message-Signature: {error}",
        uk: "ARC-Message-Signature: {error}",
    }
    ArcAarError {
        en: "ARC-Authentication-Results: {error}",
        de: "ARC-Authentication-Results: {error}",
        uk: "ARC-Authentication-Results: {error}",
    }
    ArcSealMalformed {
        en: "ARC-Seal is malformed: {error}",
        de: "ARC-Seal ist fehlerhaft: {error}",
        uk: "ARC-Seal некоректний: {error}",
    }
    ArcAmsMalformed {
        en: "ARC-Message-Signature is malformed: {error}",
        de: "ARC-Message-Signature ist fehlerhaft: {error}",
        uk: "ARC-Message-Signature некоректний: {error}",
    }
    ArcAarMalformed {
        en: "ARC-Authentication-Results is malformed: {error}",
        de: "ARC-Authentication-Results ist fehlerhaft: {error}",
        uk: "ARC-Authentication-Results некоректний: {error}",
    }
    ArcNoHeaders {
        en: "the message has no ARC headers",
        de: "die Nachricht hat keine ARC-Header",
        uk: "лист не має заголовків ARC",
    }
    ArcAarSaw {
        en: "i={i}: {authserv} saw",
        de: "i={i}: {authserv} stellte fest",
        uk: "i={i}: {authserv} побачив",
    }
    ArcInstanceIncomplete {
        en: "instance i={i} must have exactly one ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results, found {seals}, {amss} and {aars}",
        de: "Instanz i={i} muss genau ein ARC-Seal, eine ARC-Message-Signature und ein ARC-Authentication-Results haben, gefunden: {seals}, {amss} und {aars}",
        uk: "екземпляр i={i} повинен мати рівно один ARC-Seal, ARC-Message-Signature і ARC-Authentication-Results, знайдено {seals}, {amss} і {aars}",
    }
    ArcChainBroken {
        en: "the chain is broken: {what}",
        de: "die Kette ist unterbrochen: {what}",
        uk: "ланцюжок розірвано: {what}",
    }
    ArcCvFail {
        en: "ARC-Seal i={i} says cv=fail: an intermediary already found the chain broken",
        de: "ARC-Seal i={i} meldet cv=fail: Ein Zwischenserver fand die Kette bereits unterbrochen",
        uk: "ARC-Seal i={i} повідомляє cv=fail: проміжний сервер уже виявив ланцюжок розірваним",
    }
    ArcCvWrong {
        en: "ARC-Seal i={i} has cv={cv}, but instance {instance} must have cv={expected}",
        de: "ARC-Seal i={i} hat cv={cv}, aber Instanz {instance} muss cv={expected} haben",
        uk: "ARC-Seal i={i} має cv={cv}, але екземпляр {instance} повинен мати cv={expected}",
    }
    ArcCvRight {
        en: "cv= progression is right: none at i=1, pass after",
        de: "die Folge der cv=-Werte stimmt: none bei i=1, danach pass",
        uk: "послідовність cv= правильна: none при i=1, далі pass",
    }
    ArcNoLookup {
        en: "no lookup was made",
        de: "es wurde keine Abfrage gemacht",
        uk: "запит не виконано",
    }
    ArcAmsVerifies {
        en: "ARC-Message-Signature i={i} (d={d} s={s}) verifies",
        de: "ARC-Message-Signature i={i} (d={d} s={s}) ist gültig",
        uk: "ARC-Message-Signature i={i} (d={d} s={s}) дійсний",
    }
    ArcAmsDoesNotVerify {
        en: "ARC-Message-Signature i={i} (d={d} s={s}) does not verify",
        de: "ARC-Message-Signature i={i} (d={d} s={s}) ist ungültig",
        uk: "ARC-Message-Signature i={i} (d={d} s={s}) недійсний",
    }
    ArcAmsNewestFirst {
        en: "ARC-Message-Signatures, newest first",
        de: "ARC-Message-Signatures, die neueste zuerst",
        uk: "ARC-Message-Signature, від найновішого",
    }
    ArcSealsNewestFirst {
        en: "ARC-Seals, newest first",
        de: "ARC-Seals, das neueste zuerst",
        uk: "ARC-Seal, від найновішого",
    }
    ArcRsaSha1 {
        en: "it uses a=rsa-sha1, which RFC 8301 §3.1 makes unacceptable",
        de: "sie verwendet a=rsa-sha1, was nach RFC 8301 §3.1 unzulässig ist",
        uk: "використано a=rsa-sha1, неприйнятний за RFC 8301 §3.1",
    }
    ArcHeadersDoNotVerify {
        en: "the signature over the headers does not verify",
        de: "die Signatur über die Header ist ungültig",
        uk: "підпис над заголовками недійсний",
    }
    ArcBodyChanged {
        en: "the body hash does not match: the body was changed after the last intermediary signed",
        de: "der Body-Hash stimmt nicht: Der Body wurde geändert, nachdem der letzte Zwischenserver signiert hat",
        uk: "хеш тіла не збігається: тіло змінили після підпису останнього проміжного сервера",
    }
    ArcNewestAmsFails {
        en: "the newest ARC-Message-Signature (i={i}) fails: {why}",
        de: "die neueste ARC-Message-Signature (i={i}) schlägt fehl: {why}",
        uk: "найновіший ARC-Message-Signature (i={i}) не пройшов: {why}",
    }
    ArcSealInput {
        en: "the canonicalized ARC-Seal input (relaxed; every ARC set up to this one, this seal with b= emptied)",
        de: "die kanonisierte Eingabe des ARC-Seal (relaxed; jedes ARC-Set bis zu diesem, dieses Seal mit geleertem b=)",
        uk: "канонізовані вхідні дані ARC-Seal (relaxed; кожен набір ARC до цього включно, ця печатка з порожнім b=)",
    }
    ArcSealXIgnored {
        en: "x={x} is ignored: RFC 8617 §4.1.3 defines no x= for the ARC-Seal (only the ARC-Message-Signature expires)",
        de: "x={x} wird ignoriert: RFC 8617 §4.1.3 definiert kein x= für das ARC-Seal (nur die ARC-Message-Signature läuft ab)",
        uk: "x={x} проігноровано: RFC 8617 §4.1.3 не визначає x= для ARC-Seal (термін дії має лише ARC-Message-Signature)",
    }
    ArcSealSignatureFails {
        en: "the seal's signature does not verify",
        de: "die Signatur des Seals ist ungültig",
        uk: "підпис печатки недійсний",
    }
    ArcSealVerifies {
        en: "ARC-Seal i={i} (d={d} s={s} cv={cv}) verifies",
        de: "ARC-Seal i={i} (d={d} s={s} cv={cv}) ist gültig",
        uk: "ARC-Seal i={i} (d={d} s={s} cv={cv}) дійсний",
    }
    ArcSealFails {
        en: "ARC-Seal i={i} (d={d} s={s} cv={cv}) fails: {why}",
        de: "ARC-Seal i={i} (d={d} s={s} cv={cv}) schlägt fehl: {why}",
        uk: "ARC-Seal i={i} (d={d} s={s} cv={cv}) не пройшов: {why}",
    }
    ArcSealOfInstanceFails {
        en: "the ARC-Seal of instance {i} fails: {why}",
        de: "das ARC-Seal der Instanz {i} schlägt fehl: {why}",
        uk: "ARC-Seal екземпляра {i} не пройшов: {why}",
    }

    // The DKIM key tools (src/builder/dkim.rs).
    SelectorEmpty { en: "the selector is empty", de: "der Selector ist leer", uk: "селектор порожній" }
    SelectorTooLong {
        en: "the selector is longer than 253 characters",
        de: "der Selector ist länger als 253 Zeichen",
        uk: "селектор довший за 253 символи",
    }
    DomainTooLong {
        en: "the domain is longer than 253 characters",
        de: "die Domain ist länger als 253 Zeichen",
        uk: "домен довший за 253 символи",
    }
    SelectorBadLabel {
        en: "the selector \"{name}\" has an empty or over-long label",
        de: "der Selector „{name}“ hat ein leeres oder zu langes Label",
        uk: "селектор «{name}» має порожню або задовгу мітку",
    }
    DomainBadLabel {
        en: "the domain \"{name}\" has an empty or over-long label",
        de: "die Domain „{name}“ hat ein leeres oder zu langes Label",
        uk: "домен «{name}» має порожню або задовгу мітку",
    }
    SelectorBadChars {
        en: "the selector \"{name}\" may contain only letters, digits, '-' and '_' (use the A-label form for non-ASCII names)",
        de: "der Selector „{name}“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (verwenden Sie für Nicht-ASCII-Namen die A-Label-Form)",
        uk: "селектор «{name}» може містити лише літери, цифри, «-» і «_» (для не-ASCII імен використовуйте форму A-label)",
    }
    DomainBadChars {
        en: "the domain \"{name}\" may contain only letters, digits, '-' and '_' (use the A-label form for non-ASCII names)",
        de: "die Domain „{name}“ darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (verwenden Sie für Nicht-ASCII-Namen die A-Label-Form)",
        uk: "домен «{name}» може містити лише літери, цифри, «-» і «_» (для не-ASCII імен використовуйте форму A-label)",
    }
    RsaGenerationFailed {
        en: "RSA key generation failed: {error}",
        de: "Die Erzeugung des RSA-Schlüssels ist fehlgeschlagen: {error}",
        uk: "Не вдалося згенерувати ключ RSA: {error}",
    }
    Pkcs8Failed {
        en: "PKCS#8 encoding failed: {error}",
        de: "Die PKCS#8-Kodierung ist fehlgeschlagen: {error}",
        uk: "Не вдалося закодувати PKCS#8: {error}",
    }
    Pkcs1Failed {
        en: "PKCS#1 encoding failed: {error}",
        de: "Die PKCS#1-Kodierung ist fehlgeschlagen: {error}",
        uk: "Не вдалося закодувати PKCS#1: {error}",
    }
    PublicEncodingFailed {
        en: "public key encoding failed: {error}",
        de: "Die Kodierung des öffentlichen Schlüssels ist fehlgeschlagen: {error}",
        uk: "Не вдалося закодувати відкритий ключ: {error}",
    }
    NoRandom {
        en: "no random numbers available: {error}",
        de: "keine Zufallszahlen verfügbar: {error}",
        uk: "випадкові числа недоступні: {error}",
    }
    LabelRsa1024 {
        en: "RSA 1024 (weak; only for DNS hosts that cannot publish long records)",
        de: "RSA 1024 (schwach; nur für DNS-Anbieter, die keine langen Records veröffentlichen können)",
        uk: "RSA 1024 (слабкий; лише для DNS-хостингів, що не можуть публікувати довгі записи)",
    }
    LabelRsa2048 {
        en: "RSA 2048 (recommended)",
        de: "RSA 2048 (empfohlen)",
        uk: "RSA 2048 (рекомендовано)",
    }
    LabelRsa4096 {
        en: "RSA 4096 (some verifiers and DNS hosts struggle)",
        de: "RSA 4096 (manche Prüfer und DNS-Anbieter haben Probleme damit)",
        uk: "RSA 4096 (деякі перевіряльники й DNS-хостинги мають із ним труднощі)",
    }
    LabelEd25519 {
        en: "Ed25519 (RFC 8463; publish an RSA key beside it, many receivers cannot verify Ed25519 yet)",
        de: "Ed25519 (RFC 8463; veröffentlichen Sie daneben einen RSA-Schlüssel, viele Empfänger können Ed25519 noch nicht prüfen)",
        uk: "Ed25519 (RFC 8463; опублікуйте поруч ключ RSA, багато одержувачів ще не вміють перевіряти Ed25519)",
    }
    PrivateEncrypted {
        en: "the key is encrypted; decrypt it first (openssl pkey -in key.pem)",
        de: "der Schlüssel ist verschlüsselt; entschlüsseln Sie ihn zuerst (openssl pkey -in key.pem)",
        uk: "ключ зашифровано; спершу розшифруйте його (openssl pkey -in key.pem)",
    }
    PrivateNotPem {
        en: "not a PEM private key this tool reads (PKCS#8 \"BEGIN PRIVATE KEY\" for RSA or Ed25519, or PKCS#1 \"BEGIN RSA PRIVATE KEY\")",
        de: "kein privater PEM-Schlüssel, den dieses Werkzeug liest (PKCS#8 „BEGIN PRIVATE KEY“ für RSA oder Ed25519, oder PKCS#1 „BEGIN RSA PRIVATE KEY“)",
        uk: "це не приватний ключ PEM, який читає цей інструмент (PKCS#8 «BEGIN PRIVATE KEY» для RSA чи Ed25519, або PKCS#1 «BEGIN RSA PRIVATE KEY»)",
    }
    LintBadVersion {
        en: "v={v}: the only version is DKIM1; verifiers ignore this record",
        de: "v={v}: Die einzige Version ist DKIM1; Prüfer ignorieren diesen Record",
        uk: "v={v}: єдина версія — DKIM1; перевіряльники ігнорують цей запис",
    }
    FixWriteDkim1 { en: "write v=DKIM1", de: "schreiben Sie v=DKIM1", uk: "напишіть v=DKIM1" }
    LintVersionNotFirst {
        en: "v= must be the first tag (RFC 6376 §3.6.1)",
        de: "v= muss das erste Tag sein (RFC 6376 §3.6.1)",
        uk: "v= має бути першим тегом (RFC 6376 §3.6.1)",
    }
    FixVersionFirst {
        en: "move v=DKIM1 to the front",
        de: "setzen Sie v=DKIM1 an den Anfang",
        uk: "перенесіть v=DKIM1 на початок",
    }
    LintUnknownK {
        en: "k={k} is not a DKIM key type (rsa, ed25519)",
        de: "k={k} ist kein DKIM-Schlüsseltyp (rsa, ed25519)",
        uk: "k={k} не є типом ключа DKIM (rsa, ed25519)",
    }
    LintSha1Only {
        en: "h={h}: SHA-1 is no longer accepted by verifiers (RFC 8301)",
        de: "h={h}: SHA-1 wird von Prüfern nicht mehr akzeptiert (RFC 8301)",
        uk: "h={h}: перевіряльники більше не приймають SHA-1 (RFC 8301)",
    }
    FixSha256 {
        en: "remove h= or write h=sha256",
        de: "entfernen Sie h= oder schreiben Sie h=sha256",
        uk: "видаліть h= або напишіть h=sha256",
    }
    LintTesting {
        en: "t=y: the domain is testing DKIM; some verifiers treat failures as if unsigned",
        de: "t=y: Die Domain testet DKIM; manche Prüfer behandeln Fehler so, als wäre die Nachricht unsigniert",
        uk: "t=y: домен тестує DKIM; деякі перевіряльники вважають збої відсутністю підпису",
    }
    FixRemoveTesting {
        en: "remove t=y once signing works",
        de: "entfernen Sie t=y, sobald das Signieren funktioniert",
        uk: "видаліть t=y, щойно підписування запрацює",
    }
    LintNoP {
        en: "the record has no p= tag: it is not a DKIM key record",
        de: "der Record hat kein Tag p=: Er ist kein DKIM-Schlüssel-Record",
        uk: "запис не має тегу p=: це не запис ключа DKIM",
    }
    LintRevoked {
        en: "p= is empty: the key is revoked (RFC 6376 §3.6.1); signatures with this selector fail",
        de: "p= ist leer: Der Schlüssel ist widerrufen (RFC 6376 §3.6.1); Signaturen mit diesem Selector schlagen fehl",
        uk: "p= порожній: ключ відкликано (RFC 6376 §3.6.1); підписи з цим селектором не проходять",
    }
    LintKMismatch {
        en: "k={k} but p= holds an {alg} key",
        de: "k={k}, aber p= enthält einen {alg}-Schlüssel",
        uk: "k={k}, але p= містить ключ {alg}",
    }
    FixWriteK { en: "write k={alg}", de: "schreiben Sie k={alg}", uk: "напишіть k={alg}" }
    LintWeakKey {
        en: "the RSA key has {bits} bits: verifiers reject keys under 1024 bits (RFC 8301 §3.2)",
        de: "der RSA-Schlüssel hat {bits} Bit: Prüfer lehnen Schlüssel unter 1024 Bit ab (RFC 8301 §3.2)",
        uk: "ключ RSA має {bits} біт: перевіряльники відхиляють ключі коротші за 1024 біти (RFC 8301 §3.2)",
    }
    FixGenerate2048 {
        en: "generate a 2048-bit key",
        de: "erzeugen Sie einen 2048-Bit-Schlüssel",
        uk: "згенеруйте 2048-бітний ключ",
    }
    LintShortKey {
        en: "the RSA key has {bits} bits; 2048 is the recommended size",
        de: "der RSA-Schlüssel hat {bits} Bit; 2048 ist die empfohlene Größe",
        uk: "ключ RSA має {bits} біт; рекомендований розмір — 2048",
    }
    FixRotate2048 {
        en: "rotate to a 2048-bit key",
        de: "wechseln Sie zu einem 2048-Bit-Schlüssel",
        uk: "перейдіть на 2048-бітний ключ",
    }
    MatchUnreadable {
        en: "the private key could not be read",
        de: "der private Schlüssel konnte nicht gelesen werden",
        uk: "приватний ключ не вдалося прочитати",
    }
    MatchRevoked {
        en: "{name}: the key is revoked (empty p=)",
        de: "{name}: Der Schlüssel ist widerrufen (leeres p=)",
        uk: "{name}: ключ відкликано (порожній p=)",
    }
    MatchNoKey {
        en: "{name}: no usable public key is published",
        de: "{name}: Es ist kein brauchbarer öffentlicher Schlüssel veröffentlicht",
        uk: "{name}: придатний відкритий ключ не опубліковано",
    }
    MatchOk {
        en: "key OK: the record at {name} is the public half of this private key",
        de: "Schlüssel OK: Der Record unter {name} ist die öffentliche Hälfte dieses privaten Schlüssels",
        uk: "ключ OK: запис {name} є відкритою половиною цього приватного ключа",
    }
    MatchMismatch {
        en: "key mismatch: the published key does not belong to this private key",
        de: "Schlüssel passen nicht: Der veröffentlichte Schlüssel gehört nicht zu diesem privaten Schlüssel",
        uk: "ключі не збігаються: опублікований ключ не належить до цього приватного ключа",
    }
    MismatchFinding {
        en: "the public key at {name} ({published_alg} {published_bits} bits) is not the public half of the pasted private key ({private_alg} {private_bits} bits): every signature made with this key fails",
        de: "der öffentliche Schlüssel unter {name} ({published_alg}, {published_bits} Bit) ist nicht die öffentliche Hälfte des eingefügten privaten Schlüssels ({private_alg}, {private_bits} Bit): Jede mit diesem Schlüssel erstellte Signatur schlägt fehl",
        uk: "відкритий ключ {name} ({published_alg}, {published_bits} біт) не є відкритою половиною вставленого приватного ключа ({private_alg}, {private_bits} біт): кожен підпис цим ключем не пройде перевірку",
    }
    FixMismatch {
        en: "publish the record generated with this private key, or configure the signer with the private key that belongs to the published record",
        de: "veröffentlichen Sie den mit diesem privaten Schlüssel erzeugten Record, oder konfigurieren Sie den Signierer mit dem privaten Schlüssel, der zum veröffentlichten Record gehört",
        uk: "опублікуйте запис, згенерований із цим приватним ключем, або налаштуйте підписувача на приватний ключ, що відповідає опублікованому запису",
    }
    RecordNoKey {
        en: "{name} has no DKIM key record",
        de: "{name} hat keinen DKIM-Schlüssel-Record",
        uk: "{name} не має запису ключа DKIM",
    }
    FixPublishAt {
        en: "publish the TXT record at {name}",
        de: "veröffentlichen Sie den TXT-Record unter {name}",
        uk: "опублікуйте запис TXT за адресою {name}",
    }
    FixOneRecord {
        en: "keep exactly one TXT record at the selector",
        de: "behalten Sie genau einen TXT-Record beim Selector",
        uk: "залиште рівно один запис TXT на селекторі",
    }

    // ---- DKIM2 (draft-ietf-dkim-dkim2-spec-08; src/auth/dkim2.rs)
    Dkim2Signature {
        en: "DKIM2-Signature i={i} by {d} (for Message-Instance m={m}, signed at {t})",
        de: "DKIM2-Signature i={i} von {d} (für Message-Instance m={m}, signiert um {t})",
        uk: "DKIM2-Signature i={i} від {d} (для Message-Instance m={m}, підписано о {t})",
    }
    Dkim2Envelope {
        en: "bound to the envelope MAIL FROM {mail_from}, RCPT TO {rcpt_to}",
        de: "an die Envelope gebunden: MAIL FROM {mail_from}, RCPT TO {rcpt_to}",
        uk: "прив’язано до Envelope: MAIL FROM {mail_from}, RCPT TO {rcpt_to}",
    }
    Dkim2NextDomain {
        en: "no SMTP hop here: the next signer is {domain} (nd=)",
        de: "hier kein SMTP-Hop: Der nächste Signierer ist {domain} (nd=)",
        uk: "тут немає SMTP-хопа: наступний підписувач — {domain} (nd=)",
    }
    Dkim2Keys {
        en: "keys (selector, algorithm): {keys}",
        de: "Schlüssel (Selector, Algorithmus): {keys}",
        uk: "ключі (селектор, алгоритм): {keys}",
    }
    Dkim2Flags {
        en: "flags: {flags}",
        de: "Flags: {flags}",
        uk: "прапорці: {flags}",
    }
    Dkim2Instance {
        en: "Message-Instance m={m}: hashes {hashes}",
        de: "Message-Instance m={m}: Hashes {hashes}",
        uk: "Message-Instance m={m}: хеші {hashes}",
    }
    Dkim2NoRecipe {
        en: "no recipe: this is the version the originator sent",
        de: "kein Rezept: Das ist die Fassung, die der Absender verschickt hat",
        uk: "немає рецепта: це версія, яку надіслав відправник",
    }
    Dkim2Recipe {
        en: "a recipe recreates the previous version: header fields changed: {headers}; body: {body}",
        de: "Ein Rezept stellt die vorige Fassung wieder her: geänderte Header: {headers}; Body: {body}",
        uk: "рецепт відтворює попередню версію: змінені заголовки: {headers}; тіло листа: {body}",
    }
    Dkim2BodyUnchanged {
        en: "unchanged",
        de: "unverändert",
        uk: "без змін",
    }
    Dkim2BodySteps {
        en: "recreated by steps ({steps})",
        de: "durch Schritte wiederhergestellt ({steps})",
        uk: "відтворюється кроками ({steps})",
    }
    Dkim2BodyLost {
        en: "the previous body cannot be recreated (null)",
        de: "Der vorige Body lässt sich nicht wiederherstellen (null)",
        uk: "попереднє тіло листа відтворити неможливо (null)",
    }
    Dkim2Unreadable {
        en: "{header} could not be read: {error}",
        de: "{header} konnte nicht gelesen werden: {error}",
        uk: "{header} не вдалося прочитати: {error}",
    }
    Dkim2EnvelopeUsed {
        en: "Checked for the envelope MAIL FROM {mail_from}, RCPT TO {rcpt_to} ({source})",
        de: "Geprüft für die Envelope MAIL FROM {mail_from}, RCPT TO {rcpt_to} ({source})",
        uk: "Перевірено для Envelope MAIL FROM {mail_from}, RCPT TO {rcpt_to} ({source})",
    }
    Dkim2RcptGiven {
        en: "RCPT TO as given",
        de: "RCPT TO wie angegeben",
        uk: "RCPT TO, як вказано",
    }
    Dkim2RcptReceived {
        en: "RCPT TO from the receiver's own Received line",
        de: "RCPT TO aus der eigenen Received-Zeile des Empfängers",
        uk: "RCPT TO з власного рядка Received одержувача",
    }
    Dkim2RcptAssumed {
        en: "RCPT TO not known: the most recent signature's rt= is assumed",
        de: "RCPT TO unbekannt: rt= der jüngsten Signatur wird angenommen",
        uk: "RCPT TO невідомий: прийнято rt= найновішого підпису",
    }
    Dkim2Clock {
        en: "Signature times are checked against this computer's clock (at most 14 days old, one day ahead; §14.3), not against a fixed time.",
        de: "Die Signaturzeiten werden gegen die Uhr dieses Rechners geprüft (höchstens 14 Tage alt, ein Tag voraus; §14.3), nicht gegen eine feste Zeit.",
        uk: "Час підписів перевіряється за годинником цього комп’ютера (не старші за 14 днів, не більше ніж на день наперед; §14.3), а не за фіксованим часом.",
    }
    Dkim2Pass {
        en: "every signature is valid, every hash matches and the chain of custody is unbroken (§14)",
        de: "jede Signatur ist gültig, jeder Hash stimmt, und die Kette der Weitergabe ist lückenlos (§14)",
        uk: "кожен підпис дійсний, кожен хеш збігається, і ланцюжок передавання не перервано (§14)",
    }
    Dkim2NoFields {
        en: "no DKIM2 header field could be read",
        de: "kein DKIM2-Header konnte gelesen werden",
        uk: "жодного заголовка DKIM2 не вдалося прочитати",
    }
    Dkim2Failed {
        en: "{error}",
        de: "{error}",
        uk: "{error}",
    }
    Dkim2Hop {
        en: "hop i={i} ({d}): {result}",
        de: "Hop i={i} ({d}): {result}",
        uk: "хоп i={i} ({d}): {result}",
    }
    Dkim2Custody {
        en: "it continues the previous hop's chain of custody",
        de: "er setzt die Weitergabekette des vorigen Hops fort",
        uk: "він продовжує ланцюжок передавання попереднього хопа",
    }
    Dkim2Verdict {
        en: "DKIM2 {result}: {reason}",
        de: "DKIM2 {result}: {reason}",
        uk: "DKIM2 {result}: {reason}",
    }
    @plurals {
        NotOverSigned {
            en: [
                "{header} appears {m} times but h= lists it {n} time: it is not over-signed, so one more {same} can be added above the signed one (a spoofing risk)",
                "{header} appears {m} times but h= lists it {n} times: it is not over-signed, so one more {same} can be added above the signed one (a spoofing risk)",
            ],
            de: [
                "{header} kommt {m}-mal vor, aber h= nennt den Header {n}-mal: Er ist nicht übersigniert, also kann ein weiterer {same} über dem signierten eingefügt werden (Spoofing-Gefahr)",
                "{header} kommt {m}-mal vor, aber h= nennt den Header {n}-mal: Er ist nicht übersigniert, also kann ein weiterer {same} über dem signierten eingefügt werden (Spoofing-Gefahr)",
            ],
            uk: [
                "{header}: у листі таких заголовків {m}, а h= називає {n}: заголовок не надпідписаний, тож над підписаним можна додати ще один {same} (ризик підробки)",
                "{header}: у листі таких заголовків {m}, а h= називає {n}: заголовок не надпідписаний, тож над підписаним можна додати ще один {same} (ризик підробки)",
                "{header}: у листі таких заголовків {m}, а h= називає {n}: заголовок не надпідписаний, тож над підписаним можна додати ще один {same} (ризик підробки)",
            ],
        }
        KeyRecordsAt {
            en: [
                "{name} has {n} key record; verifiers pick one at random or fail",
                "{name} has {n} key records; verifiers pick one at random or fail",
            ],
            de: [
                "{name} hat {n} Schlüssel-Record; Prüfer wählen zufällig einen aus oder schlagen fehl",
                "{name} hat {n} Schlüssel-Records; Prüfer wählen zufällig einen aus oder schlagen fehl",
            ],
            uk: [
                "{name} має {n} запис ключа; перевіряльники вибирають один навмання або дають збій",
                "{name} має {n} записи ключа; перевіряльники вибирають один навмання або дають збій",
                "{name} має {n} записів ключа; перевіряльники вибирають один навмання або дають збій",
            ],
        }
        ArcCompleteSets {
            en: [
                "{n} complete ARC set, instances 1 to {last}",
                "{n} complete ARC sets, instances 1 to {last}",
            ],
            de: ["{n} vollständiges ARC-Set, Instanzen 1 bis {last}", "{n} vollständige ARC-Sets, Instanzen 1 bis {last}"],
            uk: [
                "{n} повний набір ARC, екземпляри з 1 по {last}",
                "{n} повні набори ARC, екземпляри з 1 по {last}",
                "{n} повних наборів ARC, екземпляри з 1 по {last}",
            ],
        }
        ArcIntact {
            en: [
                "the ARC chain of {n} instance is intact",
                "the ARC chain of {n} instances is intact",
            ],
            de: [
                "die ARC-Kette aus {n} Instanz ist intakt",
                "die ARC-Kette aus {n} Instanzen ist intakt",
            ],
            uk: [
                "ланцюжок ARC з {n} екземпляра цілий",
                "ланцюжок ARC з {n} екземплярів цілий",
                "ланцюжок ARC з {n} екземплярів цілий",
            ],
        }
        ArcIntactSinceFirst {
            en: [
                "the ARC chain of {n} instance is intact; the message is unchanged since the first intermediary signed it",
                "the ARC chain of {n} instances is intact; the message is unchanged since the first intermediary signed it",
            ],
            de: [
                "die ARC-Kette aus {n} Instanz ist intakt; die Nachricht ist unverändert, seit der erste Zwischenserver sie signiert hat",
                "die ARC-Kette aus {n} Instanzen ist intakt; die Nachricht ist unverändert, seit der erste Zwischenserver sie signiert hat",
            ],
            uk: [
                "ланцюжок ARC з {n} екземпляра цілий; лист не змінювався відтоді, як його підписав перший проміжний сервер",
                "ланцюжок ARC з {n} екземплярів цілий; лист не змінювався відтоді, як його підписав перший проміжний сервер",
                "ланцюжок ARC з {n} екземплярів цілий; лист не змінювався відтоді, як його підписав перший проміжний сервер",
            ],
        }
        ArcIntactSince {
            en: [
                "the ARC chain of {n} instance is intact; the message is unchanged since intermediary i={since} (changed before)",
                "the ARC chain of {n} instances is intact; the message is unchanged since intermediary i={since} (changed before)",
            ],
            de: [
                "die ARC-Kette aus {n} Instanz ist intakt; die Nachricht ist seit dem Zwischenserver i={since} unverändert (davor geändert)",
                "die ARC-Kette aus {n} Instanzen ist intakt; die Nachricht ist seit dem Zwischenserver i={since} unverändert (davor geändert)",
            ],
            uk: [
                "ланцюжок ARC з {n} екземпляра цілий; лист не змінювався від проміжного сервера i={since} (раніше змінювався)",
                "ланцюжок ARC з {n} екземплярів цілий; лист не змінювався від проміжного сервера i={since} (раніше змінювався)",
                "ланцюжок ARC з {n} екземплярів цілий; лист не змінювався від проміжного сервера i={since} (раніше змінювався)",
            ],
        }
        // Limits (src/limits.rs): counted sentences about what was left out.
        SignaturesNotEvaluated {
            en: [
                "{n} more DKIM signature not evaluated: headerscope evaluates the topmost {max} of a message (RFC 6376 §6.1 lets a verifier limit them)",
                "{n} more DKIM signatures not evaluated: headerscope evaluates the topmost {max} of a message (RFC 6376 §6.1 lets a verifier limit them)",
            ],
            de: [
                "{n} weitere DKIM-Signatur nicht ausgewertet: headerscope wertet die obersten {max} einer Nachricht aus (RFC 6376 §6.1 erlaubt Prüfern eine Grenze)",
                "{n} weitere DKIM-Signaturen nicht ausgewertet: headerscope wertet die obersten {max} einer Nachricht aus (RFC 6376 §6.1 erlaubt Prüfern eine Grenze)",
            ],
            uk: ["ще {n} підпис DKIM не перевірено: headerscope перевіряє лише верхні підписи листа (не більше {max}; RFC 6376 §6.1 дозволяє перевіряльнику обмежувати їх кількість)", "ще {n} підписи DKIM не перевірено: headerscope перевіряє лише верхні підписи листа (не більше {max}; RFC 6376 §6.1 дозволяє перевіряльнику обмежувати їх кількість)", "ще {n} підписів DKIM не перевірено: headerscope перевіряє лише верхні підписи листа (не більше {max}; RFC 6376 §6.1 дозволяє перевіряльнику обмежувати їх кількість)"],
        }
        ArcSetsOverLimit {
            en: [
                "the message has {n} ARC set, more than the {max} RFC 8617 allows: the chain fails, nothing was looked up",
                "the message has {n} ARC sets, more than the {max} RFC 8617 allows: the chain fails, nothing was looked up",
            ],
            de: ["die Nachricht hat {n} ARC-Set, mehr als die {max}, die RFC 8617 erlaubt: die Kette schlägt fehl, nichts wurde abgefragt", "die Nachricht hat {n} ARC-Sets, mehr als die {max}, die RFC 8617 erlaubt: die Kette schlägt fehl, nichts wurde abgefragt"],
            uk: [
                "у листі {n} набір ARC, більше ніж {max}, дозволених RFC 8617: ланцюжок не пройшов, нічого не запитувалося",
                "у листі {n} набори ARC, більше ніж {max}, дозволених RFC 8617: ланцюжок не пройшов, нічого не запитувалося",
                "у листі {n} наборів ARC, більше ніж {max}, дозволених RFC 8617: ланцюжок не пройшов, нічого не запитувалося",
            ],
        }
    }
}
