//! The receivers' and gateways' headers decoded (src/message/antispam/):
//! each sample is built from the vendor's documentation or widely published
//! examples (tests/data/antispam/PROVENANCE.md names the source of each);
//! the tests assert the decoded fields, the verdict where the header states
//! one, and that an undocumented field says so.

use headerscope::i18n::Lang;
use headerscope::message::antispam::{compauth_reason, decode, AntispamHeader, Side};

fn header(name: &str, value: &str) -> AntispamHeader {
    decode(name, value).unwrap_or_else(|| panic!("{name} is decoded"))
}

fn meaning(h: &AntispamHeader, key: &str) -> String {
    h.fields
        .iter()
        .find(|f| f.key.eq_ignore_ascii_case(key))
        .unwrap_or_else(|| panic!("{}: no field {key}", h.header))
        .meaning
        .as_ref()
        .unwrap_or_else(|| panic!("{}: {key} has no meaning", h.header))
        .en()
}

fn value<'a>(h: &'a AntispamHeader, key: &str) -> &'a str {
    &h.fields
        .iter()
        .find(|f| f.key.eq_ignore_ascii_case(key))
        .unwrap_or_else(|| panic!("{}: no field {key}", h.header))
        .value
}

#[test]
fn microsoft_mailbox_delivery_junk_folder() {
    let h = header(
        "X-Microsoft-Antispam-Mailbox-Delivery",
        "ucf:0;jmr:1;auth:0;dest:J;OFR:SpamFilterAuthJ;ENG:(910005)(944506478)(944626604);",
    );
    assert_eq!(h.engine, "Microsoft");
    assert_eq!(h.spam, Some(true));
    assert_eq!(value(&h, "dest"), "J");
    assert!(meaning(&h, "dest").starts_with("delivered to the Junk Email folder"));
    assert!(meaning(&h, "dest").contains("not documented by Microsoft"));
    assert!(meaning(&h, "OFR").contains("spam filter"));
    for undocumented in ["ucf", "jmr", "auth", "ENG"] {
        assert!(
            meaning(&h, undocumented).contains("not documented"),
            "{undocumented}"
        );
    }
    assert!(h.verdict.expect("verdict").en().contains("Junk Email"));
    let inbox = header(
        "X-Microsoft-Antispam-Mailbox-Delivery",
        "ucf:1;jmr:0;auth:0;dest:I;OFR:CustomRules;ENG:(1);",
    );
    assert_eq!(inbox.spam, Some(false));
    assert!(meaning(&inbox, "OFR").contains("Outlook rule"));
    let custom = header("X-Microsoft-Antispam-Mailbox-Delivery", "dest:C;");
    assert_eq!(custom.spam, None, "a custom folder is no spam verdict");
}

#[test]
fn compauth_reason_codes() {
    let cases = [
        (
            "000",
            "DMARC and the domain's policy is p=quarantine or p=reject",
        ),
        ("001", "failed implicit authentication"),
        ("002", "explicitly forbids"),
        ("010", "self-to-self"),
        ("100", "passed authentication"),
        ("130", "trusted ARC sealer"),
        ("701", "passed authentication"),
        ("201", "soft-passed"),
        ("301", "not checked"),
        ("451", "bypassed"),
        ("905", "bypassed"),
        (
            "601",
            "failed implicit authentication, and the From domain is one of",
        ),
        ("5x5", "does not document"),
        ("812", "does not document"),
    ];
    for (code, want) in cases {
        let m = compauth_reason(code).en();
        assert!(m.contains(want), "{code}: {m}");
    }
    assert!(compauth_reason("001")
        .render(Lang::De)
        .contains("implizite Authentifizierung"));
}

#[test]
fn untrusted_and_cross_tenant_headers_are_the_senders_view() {
    for (name, value) in [
        (
            "X-Forefront-Antispam-Report-Untrusted",
            "CIP:255.255.255.255;CTRY:;LANG:en;SCL:9;SRV:;IPV:NLI;SFV:SPM;H:x;PTR:;CAT:SPM;DIR:OUT;",
        ),
        ("X-Microsoft-Antispam-Untrusted", "BCL:8;"),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Internal"),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", "1b2c3d4e-0000-4000-8000-000000000000"),
        (
            "Authentication-Results-Original",
            "spf=pass smtp.mailfrom=news.example; dkim=pass header.d=news.example;dmarc=pass action=none header.from=news.example;compauth=pass reason=100",
        ),
    ] {
        let h = header(name, value);
        assert_eq!(h.side, Side::SendingOrganization, "{name}");
        assert!(h.side_note.is_some(), "{name}");
    }
    let orig = header(
        "Authentication-Results-Original",
        "spf=pass smtp.mailfrom=news.example;dmarc=pass action=none header.from=news.example;compauth=pass reason=100",
    );
    let v = orig.verdict.as_ref().expect("verdict").en();
    assert!(
        v.starts_with("the sending organization's own authentication results"),
        "{v}"
    );
    assert!(v.contains("spf=pass") && v.contains("compauth=pass"), "{v}");
    assert!(meaning(&orig, "reason").contains("passed authentication"));
    // The receiver's own headers of the same name stay the receiver's.
    assert_eq!(
        header("X-Forefront-Antispam-Report", "SCL:1;SFV:NSPM;").side,
        Side::Receiver
    );
}

#[test]
fn proofpoint_spam_details() {
    // The layout Proofpoint Protection Server writes (PROVENANCE.md).
    let h = header(
        "X-Proofpoint-Spam-Details",
        "rule=notspam policy=default score=0 spamscore=0 ipscore=0 suspectscore=2 \
         phishscore=0 bulkscore=4 adultscore=0 classifier=spam adjust=0 reason=mlx \
         scancount=1 engine=8.19.0-2407110000 definitions=main-2407120001",
    );
    assert_eq!(h.engine, "Proofpoint");
    assert_eq!(h.spam, Some(false));
    assert_eq!(h.score, Some(0.0));
    assert_eq!(value(&h, "bulkscore"), "4");
    assert!(meaning(&h, "phishscore").contains("phish classifier's score, 0 to 100"));
    assert!(meaning(&h, "rule").contains("notspam: no spam rule matched"));
    assert_eq!(
        h.verdict.expect("verdict").en(),
        "Proofpoint: rule notspam, spam score 0 of 100, phishing 0, bulk 4"
    );
    let spam = header(
        "X-Proofpoint-Spam-Details",
        "rule=inbound_spam_bulk policy=default score=92 spamscore=92 phishscore=0 bulkscore=100",
    );
    assert_eq!(spam.spam, Some(true));
    assert!(meaning(
        &header("X-Proofpoint-Virus-Version", "vendor=baseguard engine=ICAP:2.0.293,Aquarius:18.0.1039,Hydra:6.0.680,FMLib:17.12.28.16 definitions=2024-07-12_02,2024-07-11_01,2024-07-12_01 signatures=0"),
        "version"
    )
    .contains("versions"));
}

#[test]
fn mimecast() {
    let s = header("X-Mimecast-Spam-Score", "3");
    assert_eq!(s.score, Some(3.0));
    assert!(meaning(&s, "score").contains("28 and above"));
    assert_eq!(s.spam, None, "a score alone states no verdict");
    let imp = header(
        "X-Mimecast-Impersonation-Protect",
        "Policy=CLT - Impersonation Protection Definition;Similar Internal Domain=false;\
         Similar Monitored External Domain=false;Custom External Domain=false;\
         Mimecast External Domain=false;Newly Observed Domain=true;Internal User Name=false;\
         Custom Display Name List=false;Reply-to Address Mismatch=true;\
         Targeted Threat Dictionary=false;Mimecast Threat Dictionary=false;Custom Threat Dictionary=false",
    );
    assert_eq!(
        imp.verdict.expect("verdict").en(),
        "Mimecast's impersonation checks; those that matched: Newly Observed Domain, Reply-to Address Mismatch"
    );
    let bulk = header("X-Mimecast-Bulk-Signature", "bulk");
    assert!(meaning(&bulk, "signature").starts_with("not documented by Mimecast"));
}

#[test]
fn cisco_ironport() {
    let f = header("X-IronPort-Anti-Spam-Filtered", "true");
    assert!(meaning(&f, "filtered").contains("scanned"));
    assert_eq!(f.spam, None);
    let r = header(
        "X-IronPort-Anti-Spam-Result",
        "A0ADAABLxxxxxxxxxxxxxxxxxxxxxxxx",
    );
    assert!(meaning(&r, "result").contains("Cisco does not document a way to read it"));
    let sbrs = header("X-SBRS", "-3.4");
    assert_eq!(sbrs.score, Some(-3.4));
    assert!(meaning(&sbrs, "SBRS").contains("poor reputation"));
    assert!(meaning(&header("X-SBRS", "None"), "SBRS").contains("knows too little"));
    assert!(meaning(&header("X-SBRS", "5.1"), "SBRS").contains("good reputation"));
}

#[test]
fn barracuda() {
    let h = header(
        "X-Barracuda-Spam-Status",
        "Yes, SCORE=3.60 using per-user scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=9.0 \
         KILL_LEVEL=1000.0 tests=BSF_SC0_MISMATCH_TO, BSF_SC0_MV0951, HTML_MESSAGE",
    );
    assert_eq!(h.spam, Some(true));
    assert_eq!((h.score, h.required), (Some(3.6), Some(3.5)));
    assert_eq!(
        h.tests.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        vec!["BSF_SC0_MISMATCH_TO", "BSF_SC0_MV0951", "HTML_MESSAGE"]
    );
    assert!(meaning(&h, "levels").contains("quarantine at 9.0, block at 1000.0"));
    assert_eq!(
        h.verdict.expect("verdict").en(),
        "Barracuda scored 3.6 against its threshold 3.5: spam"
    );
    assert_eq!(header("X-Barracuda-Spam-Flag", "YES").spam, Some(true));
    assert_eq!(header("X-Barracuda-Spam-Score", "0.00").score, Some(0.0));
}

#[test]
fn trend_micro() {
    let h = header("X-TM-AS-Result", "Yes-5.339-5.0-31-1");
    assert_eq!(h.spam, Some(true));
    assert_eq!((h.score, h.required), (Some(5.339), Some(5.0)));
    assert!(meaning(&h, "type").contains("1 is spam, 2 phishing"));
    let negative = header("X-TM-AS-Result", "No--1.813-5.0-31-1");
    assert_eq!(negative.score, Some(-1.813));
    assert_eq!(negative.spam, Some(false));
    let blocked = header("X-TM-AS-User-Blocked-Sender", "Yes");
    assert_eq!(blocked.spam, Some(true));
    assert!(meaning(&blocked, "blocked").contains("Blocked Senders list"));
    assert_eq!(header("X-TM-AS-User-Blocked-Sender", "No").spam, None);
    assert_eq!(
        header("X-TM-AS-User-Approved-Sender", "Yes").spam,
        Some(false)
    );
    let tmase = header("X-TMASE-Result", "10--5.534000-4.000000");
    assert_eq!((tmase.score, tmase.required), (Some(-5.534), Some(4.0)));
    assert_eq!(tmase.spam, Some(false));
}

#[test]
fn vade_proton_sophos_gmail_say_what_is_undocumented() {
    let state = header("X-VR-SPAMSTATE", "SPAM");
    assert_eq!(state.spam, Some(true));
    assert!(meaning(&state, "state").starts_with("not documented by Vade"));
    assert_eq!(header("X-VR-SPAMSTATE", "OK").spam, Some(false));
    assert_eq!(header("X-VR-SPAMSTATE", "SUSPECT").spam, None);
    assert_eq!(header("X-VR-SPAMSCORE", "100").score, Some(100.0));
    assert!(meaning(&header("X-VR-SPAMCAUSE", "gggruggvucftvghtrhhoucdtuddrgedvfedrtdeggdelvdcutefuodetggdotefrodftvfcurfhrohhfihhlvgemucfqggfjpdevjffgvefmvefgnecuuegrihhlohhuthemucehtddtnecu"), "cause").contains("obfuscated"));
    let pm = header("X-Pm-Spamscore", "0");
    assert_eq!(pm.score, Some(0.0));
    assert!(meaning(&pm, "score").starts_with("not documented by Proton"));
    let sophos = header("X-LASED-SpamProbability", "0.084210");
    assert!(meaning(&sophos, "probability").starts_with("not documented by Sophos"));
    let other = header(
        "X-Sophos-SenderHistory",
        "ip=203.0.113.9,rs=100,ip=203.0.113.9",
    );
    assert!(meaning(&other, "value").contains("not documented by Sophos"));
    assert_eq!(other.spam, None);
    let gm = header("X-Gm-Spam", "0");
    assert!(meaning(&gm, "spam").starts_with("not documented by Google"));
    assert_eq!(
        gm.spam, None,
        "no verdict claimed from an undocumented flag"
    );
}
