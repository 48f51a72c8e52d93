//! The sentences about receivers' verdicts (src/message/antispam.rs): whose
//! view a header reports, Microsoft's mailbox delivery and composite
//! authentication, and the gateways and providers a helpdesk meets; and the
//! summary's grouped items and its "what to do" for the sender's
//! administrator (src/summary.rs). Where a vendor does not document a field,
//! the sentence says so. See `super` for the rules.

phrases! {
    Verdicts;
    // ---- whose view (src/message/antispam.rs)
    SendingOrgView {
        en: "the sending organization's own view of the message as it left (Microsoft 365 copies it across tenants): not the receiver's verdict",
        de: "die eigene Sicht der absendenden Organisation auf die Nachricht beim Versand (Microsoft 365 übernimmt sie zwischen Mandanten): nicht das Ergebnis des Empfängers",
        uk: "власне бачення листа організацією-відправником під час надсилання (Microsoft 365 переносить його між клієнтами): це не вердикт одержувача",
    }
    BeforeBoundaryView {
        en: "written before the message reached the receiver (below the trust boundary in the Received chain): an earlier system's view, not the receiver's verdict",
        de: "geschrieben, bevor die Nachricht den Empfänger erreichte (unterhalb der Vertrauensgrenze in der Received-Kette): die Sicht eines früheren Systems, nicht das Ergebnis des Empfängers",
        uk: "записано до того, як лист дійшов до одержувача (нижче межі довіри в ланцюжку Received): бачення попередньої системи, а не вердикт одержувача",
    }
    OriginalResults {
        en: "the sending organization's own authentication results ({results}), not the receiver's",
        de: "die eigenen Authentifizierungsergebnisse der absendenden Organisation ({results}), nicht die des Empfängers",
        uk: "власні результати автентифікації організації-відправника ({results}), а не одержувача",
    }
    OriginalMethod {
        en: "the sending organization's result for {method}",
        de: "das Ergebnis der absendenden Organisation für {method}",
        uk: "результат організації-відправника для {method}",
    }
    CrossTenantAuthAs {
        en: "how the sending tenant authenticated the message's submission ({class}): the sender's side",
        de: "wie der absendende Mandant die Einlieferung der Nachricht authentifiziert hat ({class}): die Seite des Absenders",
        uk: "як клієнт-відправник автентифікував подання листа ({class}): сторона відправника",
    }
    CrossTenantOther {
        en: "a cross-tenant stamp of the sending Microsoft 365 organization: the sender's side",
        de: "ein mandantenübergreifender Stempel der absendenden Microsoft-365-Organisation: die Seite des Absenders",
        uk: "міжклієнтська позначка організації-відправника в Microsoft 365: сторона відправника",
    }
    // ---- Microsoft: one sentence for SFV/CAT/SCL/BCL/PCL (src/summary.rs, src/message/antispam.rs)
    MsFiledSpam {
        en: "Microsoft filed this as spam ({codes}){bulk}{folder}",
        de: "Microsoft hat die Nachricht als Spam eingestuft ({codes}){bulk}{folder}",
        uk: "Microsoft класифікував лист як спам ({codes}){bulk}{folder}",
    }
    MsFiledNotSpam {
        en: "Microsoft did not file this as spam ({codes}){bulk}{folder}",
        de: "Microsoft hat die Nachricht nicht als Spam eingestuft ({codes}){bulk}{folder}",
        uk: "Microsoft не класифікував лист як спам ({codes}){bulk}{folder}",
    }
    MsBulkPart {
        en: "; bulk complaint level (BCL) {meaning}",
        de: "; Beschwerdestufe für Massen-E-Mails (BCL) {meaning}",
        uk: "; рівень скарг на масову розсилку (BCL) {meaning}",
    }
    MsJunkFolderPart {
        en: "; delivered to the Junk Email folder (dest:J)",
        de: "; zugestellt in den Junk-E-Mail-Ordner (dest:J)",
        uk: "; доставлено в папку «Небажана пошта» (dest:J)",
    }
    MsInboxPart {
        en: "; delivered to the Inbox (dest:I)",
        de: "; zugestellt in den Posteingang (dest:I)",
        uk: "; доставлено до «Вхідних» (dest:I)",
    }
    // ---- X-Microsoft-Antispam-Mailbox-Delivery (not documented by Microsoft)
    MbxDestJunk {
        en: "delivered to the Junk Email folder (not documented by Microsoft; the meaning of dest:J is the one universities' helpdesks and Microsoft's forums give)",
        de: "in den Junk-E-Mail-Ordner zugestellt (nicht von Microsoft dokumentiert; dest:J in der Bedeutung, die Helpdesks von Universitäten und die Microsoft-Foren angeben)",
        uk: "доставлено в папку «Небажана пошта» (Microsoft цього не документує; значення dest:J подають служби підтримки університетів і форуми Microsoft)",
    }
    MbxDestInbox {
        en: "delivered to the Inbox (not documented by Microsoft; as helpdesks describe dest:I)",
        de: "in den Posteingang zugestellt (nicht von Microsoft dokumentiert; so beschreiben Helpdesks dest:I)",
        uk: "доставлено до «Вхідних» (Microsoft цього не документує; так описують dest:I служби підтримки)",
    }
    MbxDestCustom {
        en: "delivered to a folder the user chose, such as by a rule (not documented by Microsoft; as helpdesks describe dest:C)",
        de: "in einen vom Benutzer gewählten Ordner zugestellt, etwa durch eine Regel (nicht von Microsoft dokumentiert; so beschreiben Helpdesks dest:C)",
        uk: "доставлено в папку, яку обрав користувач, наприклад правилом (Microsoft цього не документує; так описують dest:C служби підтримки)",
    }
    MbxDestOther {
        en: "the delivery target {dest}: not documented by Microsoft",
        de: "das Zustellziel {dest}: nicht von Microsoft dokumentiert",
        uk: "місце доставки {dest}: Microsoft його не документує",
    }
    MbxOfrCustomRules {
        en: "a user's own Outlook rule decided the folder (not documented by Microsoft; as helpdesks describe OFR:CustomRules)",
        de: "eine eigene Outlook-Regel des Benutzers hat den Ordner bestimmt (nicht von Microsoft dokumentiert; so beschreiben Helpdesks OFR:CustomRules)",
        uk: "папку визначило власне правило Outlook користувача (Microsoft цього не документує; так описують OFR:CustomRules служби підтримки)",
    }
    MbxOfrSpamFilterAuthJ {
        en: "the spam filter, with the mailbox's junk settings, decided the folder (not documented by Microsoft; as helpdesks describe OFR:SpamFilterAuthJ)",
        de: "der Spamfilter hat mit den Junk-Einstellungen des Postfachs den Ordner bestimmt (nicht von Microsoft dokumentiert; so beschreiben Helpdesks OFR:SpamFilterAuthJ)",
        uk: "папку визначив спам-фільтр із налаштуваннями небажаної пошти скриньки (Microsoft цього не документує; так описують OFR:SpamFilterAuthJ служби підтримки)",
    }
    MbxOfrOther {
        en: "the setting that decided the folder ({rule}): not documented by Microsoft",
        de: "die Einstellung, die den Ordner bestimmt hat ({rule}): nicht von Microsoft dokumentiert",
        uk: "налаштування, що визначило папку ({rule}): Microsoft його не документує",
    }
    MbxFlag {
        en: "not documented by Microsoft; in public discussion read as {reading}",
        de: "nicht von Microsoft dokumentiert; in öffentlichen Diskussionen gelesen als {reading}",
        uk: "Microsoft це не документує; у публічних обговореннях тлумачать як {reading}",
    }
    MbxReadUcf {
        en: "whether the user's own filter settings took part",
        de: "ob die eigenen Filtereinstellungen des Benutzers beteiligt waren",
        uk: "чи брали участь власні налаштування фільтра користувача",
    }
    MbxReadJmr {
        en: "whether the mailbox's junk mail rule applied",
        de: "ob die Junk-E-Mail-Regel des Postfachs angewendet wurde",
        uk: "чи застосовано правило небажаної пошти скриньки",
    }
    MbxReadAuth {
        en: "whether the sender counted as authenticated",
        de: "ob der Absender als authentifiziert galt",
        uk: "чи вважався відправник автентифікованим",
    }
    MbxReadAllow {
        en: "an allow-list signal",
        de: "ein Signal einer Zulassungsliste",
        uk: "ознака списку дозволених",
    }
    MbxReadBlock {
        en: "a block-list signal",
        de: "ein Signal einer Sperrliste des Benutzers",
        uk: "ознака списку заблокованих",
    }
    MbxUndocumented {
        en: "not documented by Microsoft",
        de: "nicht von Microsoft dokumentiert",
        uk: "Microsoft це не документує",
    }
    MbxEngine {
        en: "Microsoft's internal engine codes: not documented",
        de: "interne Engine-Codes von Microsoft: nicht dokumentiert",
        uk: "внутрішні коди рушія Microsoft: не документовано",
    }
    // ---- compauth (Microsoft's "Anti-spam message headers")
    CompauthVerdict {
        en: "Microsoft's composite authentication: compauth={result}, reason {reason}: {meaning}",
        de: "Zusammengesetzte Authentifizierung von Microsoft: compauth={result}, Grund {reason}: {meaning}",
        uk: "Складена автентифікація Microsoft: compauth={result}, причина {reason}: {meaning}",
    }
    CompauthResult {
        en: "Microsoft's composite authentication of the From domain (SPF, DKIM, DMARC and other signals together)",
        de: "die zusammengesetzte Authentifizierung der From-Domain durch Microsoft (SPF, DKIM, DMARC und weitere Signale zusammen)",
        uk: "складена автентифікація домену From у Microsoft (SPF, DKIM, DMARC та інші ознаки разом)",
    }
    Compauth000 {
        en: "failed explicit authentication: the message failed DMARC and the domain's policy is p=quarantine or p=reject",
        de: "explizite Authentifizierung fehlgeschlagen: DMARC fail, und die Policy der Domain ist p=quarantine oder p=reject",
        uk: "явна автентифікація не пройшла: DMARC fail, а політика домену — p=quarantine або p=reject",
    }
    Compauth001 {
        en: "failed implicit authentication: the sending domain publishes no authentication records, or only weak ones (SPF ~all or ?all, DMARC p=none)",
        de: "implizite Authentifizierung fehlgeschlagen: die absendende Domain veröffentlicht keine Authentifizierungs-Records oder nur schwache (SPF ~all oder ?all, DMARC p=none)",
        uk: "неявна автентифікація не пройшла: домен-відправник не публікує записів автентифікації або лише слабкі (SPF ~all чи ?all, DMARC p=none)",
    }
    Compauth002 {
        en: "the receiving organization's administrator explicitly forbids this sender/domain pair to send spoofed mail",
        de: "der Administrator der empfangenden Organisation verbietet diesem Paar aus Absender und Domain ausdrücklich gefälschte E-Mails",
        uk: "адміністратор організації-одержувача явно забороняє цій парі відправник/домен надсилати підроблені листи",
    }
    Compauth010 {
        en: "failed DMARC with p=quarantine or p=reject, and the From domain is one of the receiving organization's own domains (self-to-self spoofing)",
        de: "DMARC fail mit p=quarantine oder p=reject, und die From-Domain ist eine der eigenen Domains der empfangenden Organisation (Spoofing der eigenen Domain)",
        uk: "DMARC fail із p=quarantine або p=reject, а домен From — один із власних доменів організації-одержувача (підробка власного домену)",
    }
    Compauth1xx {
        en: "passed authentication (the last two digits are Microsoft's internal codes)",
        de: "Authentifizierung bestanden (die letzten beiden Ziffern sind interne Codes von Microsoft)",
        uk: "автентифікацію пройдено (останні дві цифри — внутрішні коди Microsoft)",
    }
    Compauth130 {
        en: "passed authentication because a trusted ARC sealer's result overrode a DMARC failure",
        de: "Authentifizierung bestanden, weil das Ergebnis eines vertrauenswürdigen ARC-Sealers einen DMARC-Fehlschlag aufgehoben hat",
        uk: "автентифікацію пройдено, бо результат довіреного автора печатки ARC скасував збій DMARC",
    }
    Compauth2xx {
        en: "soft-passed implicit authentication (compauth=softpass)",
        de: "implizite Authentifizierung mit Einschränkung bestanden (compauth=softpass)",
        uk: "неявну автентифікацію пройдено з застереженням (compauth=softpass)",
    }
    Compauth3xx {
        en: "not checked for composite authentication",
        de: "nicht auf zusammengesetzte Authentifizierung geprüft",
        uk: "складену автентифікацію не перевіряли",
    }
    Compauth4xx {
        en: "bypassed composite authentication (such as by an allow entry or a rule)",
        de: "die zusammengesetzte Authentifizierung wurde umgangen (etwa durch einen Zulassungseintrag oder eine Regel)",
        uk: "складену автентифікацію оминули (наприклад, записом дозволу чи правилом)",
    }
    Compauth6xx {
        en: "failed implicit authentication, and the From domain is one of the receiving organization's own domains (self-to-self spoofing)",
        de: "implizite Authentifizierung fehlgeschlagen, und die From-Domain ist eine der eigenen Domains der empfangenden Organisation (Spoofing der eigenen Domain)",
        uk: "неявна автентифікація не пройшла, а домен From — один із власних доменів організації-одержувача (підробка власного домену)",
    }
    CompauthUnknown {
        en: "a reason code Microsoft does not document",
        de: "ein von Microsoft nicht dokumentierter Grundcode",
        uk: "код причини, який Microsoft не документує",
    }
    // ---- gateways and providers
    VendorScore {
        en: "the spam score; higher means more likely spam",
        de: "der Spam-Score; höher bedeutet eher Spam",
        uk: "оцінка спаму; вища означає ймовірніший спам",
    }
    VendorScoreThreshold {
        en: "{engine} scored {score} against its threshold {threshold}: {outcome}",
        de: "{engine} bewertete mit {score} bei einem Schwellenwert von {threshold}: {outcome}",
        uk: "{engine} оцінив у {score} за порогу {threshold}: {outcome}",
    }
    OutcomeSpam {
        en: "spam",
        de: "Spam",
        uk: "спам",
    }
    OutcomeNotSpam {
        en: "not spam",
        de: "kein Spam",
        uk: "не спам",
    }
    VendorSaysSpam {
        en: "{engine} marked the message as spam ({value})",
        de: "{engine} hat die Nachricht als Spam markiert ({value})",
        uk: "{engine} позначив лист як спам ({value})",
    }
    VendorSaysNotSpam {
        en: "{engine} did not mark the message as spam ({value})",
        de: "{engine} hat die Nachricht nicht als Spam markiert ({value})",
        uk: "{engine} не позначив лист як спам ({value})",
    }
    VendorSaysSuspect {
        en: "{engine} rated the message as suspect ({value})",
        de: "{engine} hat die Nachricht als verdächtig eingestuft ({value})",
        uk: "{engine} оцінив лист як підозрілий ({value})",
    }
    VendorOpaque {
        en: "encoded for the vendor's support: {vendor} does not document a way to read it",
        de: "für den Support des Herstellers codiert: {vendor} dokumentiert nicht, wie man es liest",
        uk: "закодовано для підтримки виробника: {vendor} не документує, як це прочитати",
    }
    VendorUndocumented {
        en: "not documented by {vendor}; commonly seen as {reading}",
        de: "nicht von {vendor} dokumentiert; üblicherweise gesehen als {reading}",
        uk: "{vendor} цього не документує; зазвичай трапляється як {reading}",
    }
    VendorVersion {
        en: "the scanning engine's and definitions' versions",
        de: "die Versionen der Scan-Engine und der Definitionen",
        uk: "версії рушія сканування та визначень",
    }
    VendorScanned {
        en: "{engine} scanned the message",
        de: "{engine} hat die Nachricht geprüft",
        uk: "{engine} перевірив лист",
    }
    ReadSpamScore {
        en: "a spam score (higher means more likely spam)",
        de: "ein Spam-Score (höher bedeutet eher Spam)",
        uk: "оцінка спаму (вища означає ймовірніший спам)",
    }
    ReadSpamFlag {
        en: "a spam flag (yes or no)",
        de: "ein Spam-Kennzeichen (ja oder nein)",
        uk: "позначка спаму (так або ні)",
    }
    ReadSpamState {
        en: "the verdict (OK, SPAM, SUSPECT…)",
        de: "das Ergebnis (OK, SPAM, SUSPECT …)",
        uk: "вердикт (OK, SPAM, SUSPECT…)",
    }
    ReadProbability {
        en: "a spam probability from 0 to 1",
        de: "eine Spam-Wahrscheinlichkeit von 0 bis 1",
        uk: "імовірність спаму від 0 до 1",
    }
    VadeCause {
        en: "Vade's detailed reasons, obfuscated on purpose: Vade does not document them, and the common decoders are guesswork",
        de: "die detaillierten Gründe von Vade, absichtlich verschleiert: Vade dokumentiert sie nicht, und die verbreiteten Decoder sind Vermutungen",
        uk: "детальні причини від Vade, навмисно заплутані: Vade їх не документує, а поширені декодери — здогадки",
    }
    PpRule {
        en: "the Proofpoint rule that matched (notspam: no spam rule matched)",
        de: "die zutreffende Proofpoint-Regel (notspam: keine Spam-Regel traf zu)",
        uk: "правило Proofpoint, що спрацювало (notspam: жодне спам-правило не спрацювало)",
    }
    PpPolicy {
        en: "the Proofpoint policy route that applied",
        de: "die angewandte Proofpoint-Policy-Route",
        uk: "застосований маршрут політики Proofpoint",
    }
    PpClassScore {
        en: "the {class} classifier's score, 0 to 100 (higher means more likely)",
        de: "der Score des Klassifikators {class}, 0 bis 100 (höher bedeutet wahrscheinlicher)",
        uk: "оцінка класифікатора {class}, від 0 до 100 (вища означає ймовірніше)",
    }
    PpClassifier {
        en: "the classifier whose score decided",
        de: "der Klassifikator, dessen Score entschied",
        uk: "класифікатор, чия оцінка вирішила",
    }
    PpVerdict {
        en: "Proofpoint: rule {rule}, spam score {spam} of 100{others}",
        de: "Proofpoint: Regel {rule}, Spam-Score {spam} von 100{others}",
        uk: "Proofpoint: правило {rule}, оцінка спаму {spam} зі 100{others}",
    }
    PpOthers {
        en: ", phishing {phish}, bulk {bulk}",
        de: ", Phishing {phish}, Massen-E-Mail {bulk}",
        uk: ", фішинг {phish}, масова розсилка {bulk}",
    }
    MimecastScore {
        en: "Mimecast's spam score: higher means more spam characteristics; Mimecast rejects 28 and above at once",
        de: "Spam-Score von Mimecast: höher bedeutet mehr Spam-Merkmale; ab 28 lehnt Mimecast sofort ab",
        uk: "оцінка спаму Mimecast: вища означає більше ознак спаму; від 28 Mimecast одразу відхиляє",
    }
    MimecastImpersonation {
        en: "Mimecast's impersonation checks; those that matched: {matched}",
        de: "die Impersonation-Prüfungen von Mimecast; zutreffend: {matched}",
        uk: "перевірки Mimecast на видавання себе за іншого; спрацювали: {matched}",
    }
    MimecastImpersonationNone {
        en: "Mimecast's impersonation checks: none matched",
        de: "die Impersonation-Prüfungen von Mimecast: keine traf zu",
        uk: "перевірки Mimecast на видавання себе за іншого: жодна не спрацювала",
    }
    IronPortFiltered {
        en: "Cisco's anti-spam engine scanned the message",
        de: "die Anti-Spam-Engine von Cisco hat die Nachricht geprüft",
        uk: "антиспам-рушій Cisco перевірив лист",
    }
    IronPortSbrs {
        en: "SenderBase Reputation Score of the connecting IP, from -10 (worst) to +10 (best): {meaning}",
        de: "SenderBase Reputation Score der einliefernden IP, von -10 (schlechtester) bis +10 (bester): {meaning}",
        uk: "оцінка репутації SenderBase IP-адреси підключення, від -10 (найгірша) до +10 (найкраща): {meaning}",
    }
    SbrsBad {
        en: "a poor reputation; Cisco's default policy throttles or blocks such senders",
        de: "ein schlechter Ruf; die Standard-Policy von Cisco drosselt oder blockiert solche Absender",
        uk: "погана репутація; типова політика Cisco обмежує або блокує таких відправників",
    }
    SbrsNeutral {
        en: "a neutral reputation",
        de: "ein neutraler Ruf",
        uk: "нейтральна репутація",
    }
    SbrsGood {
        en: "a good reputation",
        de: "ein guter Ruf",
        uk: "добра репутація",
    }
    SbrsNone {
        en: "no score: SenderBase knows too little about this IP",
        de: "kein Score: SenderBase weiß zu wenig über diese IP",
        uk: "оцінки немає: SenderBase знає про цю IP замало",
    }
    BarracudaLevels {
        en: "Barracuda's thresholds: mark at {mark}, quarantine at {quarantine}, block at {kill}",
        de: "Schwellenwerte von Barracuda: markieren ab {mark}, Quarantäne ab {quarantine}, blockieren ab {kill}",
        uk: "пороги Barracuda: позначати від {mark}, карантин від {quarantine}, блокувати від {kill}",
    }
    TrendType {
        en: "Trend Micro's threat type {value}: 1 is spam, 2 phishing",
        de: "Bedrohungstyp von Trend Micro {value}: 1 ist Spam, 2 Phishing",
        uk: "тип загрози Trend Micro {value}: 1 — спам, 2 — фішинг",
    }
    TrendCategory {
        en: "Trend Micro's spam category code",
        de: "Spam-Kategoriecode von Trend Micro",
        uk: "код категорії спаму Trend Micro",
    }
    ThresholdField {
        en: "the threshold configured in the spam policy",
        de: "der in der Spam-Policy eingestellte Schwellenwert",
        uk: "поріг, заданий політикою щодо спаму",
    }
    TrendApproved {
        en: "whether the sender is on the Approved Senders list (Yes: not treated as spam)",
        de: "ob der Absender auf der Liste zugelassener Absender steht (Yes: nicht als Spam behandelt)",
        uk: "чи є відправник у списку схвалених відправників (Yes: не вважається спамом)",
    }
    TrendBlocked {
        en: "whether the sender is on the Blocked Senders list (Yes: reported as spam)",
        de: "ob der Absender auf der Liste blockierter Absender steht (Yes: als Spam gemeldet)",
        uk: "чи є відправник у списку заблокованих відправників (Yes: вважається спамом)",
    }
    SophosField {
        en: "a field of Sophos's email protection: not documented by Sophos",
        de: "ein Feld des E-Mail-Schutzes von Sophos: nicht von Sophos dokumentiert",
        uk: "поле захисту пошти Sophos: Sophos його не документує",
    }
    GmailFlag {
        en: "not documented by Google; widely described as Gmail's {what} flag (1 = yes)",
        de: "nicht von Google dokumentiert; vielfach beschrieben als Gmails Kennzeichen für {what} (1 = ja)",
        uk: "Google цього не документує; широко описують як позначку Gmail для {what} (1 = так)",
    }
    // ---- the summary (src/summary.rs)
    ReceiversDisagree {
        en: ["{n} receiver's header ({receivers}) disagrees with our results for {methods}: {explanation}", "{n} receivers' headers ({receivers}) disagree with our results for {methods}: {explanation}"],
        de: ["{n} Header eines Empfängers ({receivers}) weicht bei {methods} von unseren Ergebnissen ab: {explanation}", "{n} Header von Empfängern ({receivers}) weichen bei {methods} von unseren Ergebnissen ab: {explanation}"],
        uk: ["{n} заголовок одержувача ({receivers}) розходиться з нашими результатами щодо {methods}: {explanation}", "{n} заголовки одержувачів ({receivers}) розходяться з нашими результатами щодо {methods}: {explanation}", "{n} заголовків одержувачів ({receivers}) розходяться з нашими результатами щодо {methods}: {explanation}"],
    }
    NoDmarcRecord {
        en: "{domain} publishes no DMARC record: Gmail, Yahoo and Outlook.com require one of bulk senders, and messages from an unknown domain without one are easily junked",
        de: "{domain} veröffentlicht keinen DMARC-Record: Gmail, Yahoo und Outlook.com verlangen ihn von Massenversendern, und E-Mails einer unbekannten Domain ohne ihn landen leicht im Spam",
        uk: "{domain} не публікує DMARC-запису: Gmail, Yahoo і Outlook.com вимагають його від масових відправників, а пошта з невідомого домену без нього легко потрапляє в спам",
    }
    // ---- what to do, for the sender's administrator (src/summary.rs)
    DoMsSpam {
        en: "Fix the authentication findings listed below first; if all pass, the content or the reputation of {domain} decided: ask the recipient's administrator to submit the message to Microsoft as not junk (Defender submissions) or to allow {domain}",
        de: "Beheben Sie zuerst die unten genannten Authentifizierungsbefunde; bestehen alle, entschieden der Inhalt oder der Ruf von {domain}: bitten Sie den Administrator des Empfängers, die Nachricht bei Microsoft als „kein Junk“ zu melden (Defender-Übermittlungen) oder {domain} zuzulassen",
        uk: "Спершу виправте наведені нижче проблеми автентифікації; якщо все проходить, вирішили вміст або репутація {domain}: попросіть адміністратора одержувача повідомити Microsoft, що лист не є небажаним (подання в Defender), або дозволити {domain}",
    }
    DoBulk {
        en: "Lower complaints about {domain}: send only to recipients who asked for the mail, remove addresses that never open it, and offer one-click unsubscribe (RFC 8058: List-Unsubscribe with an https URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, both signed with DKIM)",
        de: "Senken Sie die Beschwerden über {domain}: senden Sie nur an Empfänger, die die E-Mails angefordert haben, entfernen Sie Adressen, die sie nie öffnen, und bieten Sie Abmeldung mit einem Klick an (RFC 8058: List-Unsubscribe mit einer https-URI und List-Unsubscribe-Post: List-Unsubscribe=One-Click, beide mit DKIM signiert)",
        uk: "Зменште кількість скарг на {domain}: надсилайте лише тим, хто просив ці листи, вилучайте адреси, які їх ніколи не відкривають, і запропонуйте відписку одним кліком (RFC 8058: List-Unsubscribe з https-URI та List-Unsubscribe-Post: List-Unsubscribe=One-Click, обидва підписані DKIM)",
    }
    DoDnssec {
        en: "Sign the zones with DNSSEC (most DNS hosts offer it with one switch) and publish the DS record at the registrar",
        de: "Signieren Sie die Zonen mit DNSSEC (die meisten DNS-Anbieter bieten das mit einem Schalter an) und hinterlegen Sie den DS-Record beim Registrar",
        uk: "Підпишіть зони за допомогою DNSSEC (більшість DNS-хостингів вмикають це одним перемикачем) і опублікуйте запис DS у реєстратора",
    }
    DoOneClickUnsubscribe {
        en: "Have the sending system add List-Unsubscribe with an https URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), and sign both headers with DKIM",
        de: "Lassen Sie das sendende System List-Unsubscribe mit einer https-URI und List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058) hinzufügen und beide Header mit DKIM signieren",
        uk: "Нехай система-відправник додасть List-Unsubscribe з https-URI і List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058) та підпише обидва заголовки DKIM",
    }
    DoSenderRequirement {
        en: "Fix it in the sending system; the sender requirements list each rule with its evidence",
        de: "Beheben Sie das im sendenden System; die Absenderanforderungen nennen jede Regel mit ihrem Nachweis",
        uk: "Виправте це в системі-відправнику; вимоги до відправників наводять кожне правило з доказом",
    }
    DoLookalike {
        en: "Do not trust this message or its links; mark it as phishing and block the lookalike domain",
        de: "Vertrauen Sie dieser Nachricht und ihren Links nicht; markieren Sie sie als Phishing und sperren Sie die Lookalike-Domain",
        uk: "Не довіряйте цьому листу та його посиланням; позначте його як фішинг і заблокуйте схожий домен",
    }
    DoSpamTests {
        en: "Fix what the highest-scoring tests point at ({tests}), starting with authentication",
        de: "Beheben Sie, worauf die am höchsten bewerteten Tests hinweisen ({tests}), beginnend mit der Authentifizierung",
        uk: "Виправте те, на що вказують тести з найвищою оцінкою ({tests}), почавши з автентифікації",
    }
    DoSpamGeneric {
        en: "Fix the authentication findings listed below first; then ask the recipient's administrator which rule of {engine} matched",
        de: "Beheben Sie zuerst die unten genannten Authentifizierungsbefunde; fragen Sie dann den Administrator des Empfängers, welche Regel von {engine} zutraf",
        uk: "Спершу виправте наведені нижче проблеми автентифікації; потім запитайте адміністратора одержувача, яке правило {engine} спрацювало",
    }
    DoSpfFail {
        en: "If {ip} sends for {domain}, authorize it in the SPF record of {domain} (TXT at {domain}, such as the provider's include); if the message was forwarded, SPF cannot pass at the forwarder: sign with DKIM aligned with the From domain so DMARC still passes",
        de: "Wenn {ip} für {domain} sendet, autorisieren Sie die Adresse im SPF-Record von {domain} (TXT unter {domain}, etwa per include des Anbieters); wurde die Nachricht weitergeleitet, kann SPF beim Weiterleiter nicht bestehen: signieren Sie mit DKIM, aligned mit der From-Domain, damit DMARC trotzdem besteht",
        uk: "Якщо {ip} надсилає від імені {domain}, дозвольте цю адресу в SPF-записі {domain} (TXT у {domain}, наприклад include провайдера); якщо лист переслали, SPF у пересилача не пройде: підписуйте DKIM, вирівняним із доменом From, щоб DMARC усе одно проходив",
    }
    DoSpfPermError {
        en: "Correct the SPF record of {domain} (TXT at {domain}): one record, valid syntax, at most 10 DNS lookups",
        de: "Korrigieren Sie den SPF-Record von {domain} (TXT unter {domain}): ein Record, gültige Syntax, höchstens 10 DNS-Abfragen",
        uk: "Виправте SPF-запис {domain} (TXT у {domain}): один запис, коректний синтаксис, не більше 10 DNS-запитів",
    }
    DoDnsAnswers {
        en: "Make sure the name servers of {domain} answer reliably; the receiver may try again later",
        de: "Stellen Sie sicher, dass die Nameserver von {domain} zuverlässig antworten; der Empfänger versucht es womöglich später erneut",
        uk: "Переконайтеся, що сервери імен {domain} відповідають надійно; одержувач може спробувати пізніше",
    }
    DoDkimBodyHash {
        en: "Sign with d={domain} after every change to the body (footers, disclaimers, link rewriting), with c=relaxed/relaxed; a mailing list or forwarder that changes it should add ARC",
        de: "Signieren Sie mit d={domain} erst nach jeder Änderung am Body (Fußzeilen, Disclaimer, umgeschriebene Links), mit c=relaxed/relaxed; eine Mailingliste oder ein Weiterleiter, der ihn ändert, sollte ARC hinzufügen",
        uk: "Підписуйте з d={domain} після всіх змін тіла листа (підписи внизу, застереження, переписані посилання), з c=relaxed/relaxed; список розсилки чи пересилач, що його змінює, має додавати ARC",
    }
    DoDkimFail {
        en: "Publish at {selector}._domainkey.{domain} (TXT) the public key of the private key that signs, or correct the signer's configuration",
        de: "Veröffentlichen Sie unter {selector}._domainkey.{domain} (TXT) den öffentlichen Schlüssel zum signierenden privaten Schlüssel, oder korrigieren Sie die Konfiguration des Signierers",
        uk: "Опублікуйте в {selector}._domainkey.{domain} (TXT) відкритий ключ до закритого ключа, яким підписують, або виправте налаштування підписувача",
    }
    DoDmarcFail {
        en: "Make one check aligned with {from}: sign with DKIM d={from} (ask your ESP for DKIM with your own domain), or send with a MAIL FROM under {from} that its SPF record authorizes",
        de: "Sorgen Sie für eine Prüfung mit Alignment zu {from}: signieren Sie mit DKIM d={from} (fragen Sie Ihren Versanddienstleister nach DKIM mit Ihrer eigenen Domain), oder senden Sie mit einem MAIL FROM unter {from}, den dessen SPF-Record autorisiert",
        uk: "Забезпечте перевірку, вирівняну з {from}: підписуйте DKIM з d={from} (попросіть свого ESP про DKIM із вашим власним доменом) або надсилайте з MAIL FROM у {from}, який дозволяє його SPF-запис",
    }
    DoDmarcMissing {
        en: "Publish a DMARC record: TXT at _dmarc.{domain} \"v=DMARC1; p=none; rua=mailto:…\" (an address that reads the reports), then move to p=quarantine once the reports show only your own senders",
        de: "Veröffentlichen Sie einen DMARC-Record: TXT unter _dmarc.{domain} „v=DMARC1; p=none; rua=mailto:…“ (eine Adresse, die die Reports liest), und wechseln Sie zu p=quarantine, sobald die Reports nur Ihre eigenen Absender zeigen",
        uk: "Опублікуйте DMARC-запис: TXT у _dmarc.{domain} «v=DMARC1; p=none; rua=mailto:…» (адреса, що читає звіти), а коли звіти показуватимуть лише ваших власних відправників, перейдіть на p=quarantine",
    }
    DoDnsbl {
        en: "Find out on the site of {zone} why {ip} is listed, fix the cause (a compromised account, an open relay, bought or old address lists) and request removal",
        de: "Finden Sie auf der Website von {zone} heraus, warum {ip} gelistet ist, beheben Sie die Ursache (ein kompromittiertes Konto, ein offenes Relay, gekaufte oder alte Adresslisten) und beantragen Sie die Entfernung",
        uk: "З’ясуйте на сайті {zone}, чому {ip} є в списку, усуньте причину (зламаний обліковий запис, відкритий релей, куплені чи застарілі списки адрес) і попросіть вилучити адресу зі списку",
    }
    DoNoPtr {
        en: "Ask the owner of {ip} (the hosting provider or ISP) for a PTR record that names the server, with an A or AAAA record of that name pointing back",
        de: "Bitten Sie den Inhaber von {ip} (Hoster oder Provider) um einen PTR-Record mit dem Namen des Servers, dessen A- oder AAAA-Record auf die Adresse zurückzeigt",
        uk: "Попросіть власника {ip} (хостинг-провайдера чи ISP) про PTR-запис з іменем сервера, A- або AAAA-запис якого вказує назад на цю адресу",
    }
    DoPtrMismatch {
        en: "Make the name {ptr} resolve back to {ip} (an A or AAAA record), or set the PTR record to a name that does",
        de: "Sorgen Sie dafür, dass der Name {ptr} auf {ip} zurück auflöst (ein A- oder AAAA-Record), oder setzen Sie den PTR-Record auf einen Namen, der das tut",
        uk: "Зробіть так, щоб ім’я {ptr} розв’язувалося назад у {ip} (A- або AAAA-запис), або вкажіть у PTR-записі ім’я, яке так розв’язується",
    }
    DoHeloUnknown {
        en: "Make the sending server greet with a name that exists in DNS (its PTR name is the usual choice) instead of {helo}",
        de: "Lassen Sie den sendenden Server mit einem Namen grüßen, der im DNS existiert (meist sein PTR-Name), statt mit {helo}",
        uk: "Налаштуйте сервер-відправник вітатися іменем, що існує в DNS (зазвичай його PTR-ім’я), а не {helo}",
    }
    DoNoTls {
        en: "Turn on STARTTLS on the server that hands the message to {by}",
        de: "Schalten Sie STARTTLS auf dem Server ein, der die Nachricht an {by} übergibt",
        uk: "Увімкніть STARTTLS на сервері, що передає лист до {by}",
    }
    DoReportsUnauthorized {
        en: "Ask the operator of {uri} to publish {query} (TXT \"v=DMARC1\"), or send the reports to an address under {domain}",
        de: "Bitten Sie den Betreiber von {uri}, {query} zu veröffentlichen (TXT „v=DMARC1“), oder lassen Sie die Reports an eine Adresse unter {domain} senden",
        uk: "Попросіть оператора {uri} опублікувати {query} (TXT «v=DMARC1») або надсилайте звіти на адресу в {domain}",
    }
    DoCompauthFail {
        en: "Publish SPF, DKIM and a DMARC record for {domain} so that Microsoft can authenticate the From domain explicitly",
        de: "Veröffentlichen Sie SPF, DKIM und einen DMARC-Record für {domain}, damit Microsoft die From-Domain explizit authentifizieren kann",
        uk: "Опублікуйте SPF, DKIM і DMARC-запис для {domain}, щоб Microsoft міг явно автентифікувати домен From",
    }
}
