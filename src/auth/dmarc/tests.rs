use super::*;

#[test]
fn walk_names() {
    assert_eq!(
        tree_walk_names("a.mail.example.com"),
        vec![
            "a.mail.example.com",
            "mail.example.com",
            "example.com",
            "com"
        ]
    );
    let long = tree_walk_names("a.b.c.d.e.f.g.h.example.com");
    assert_eq!(long.len(), 8);
    assert_eq!(long[0], "a.b.c.d.e.f.g.h.example.com");
    assert_eq!(long[1], "d.e.f.g.h.example.com");
    assert_eq!(long[7], "com");
}

#[test]
fn psl() {
    assert_eq!(psl_org_domain("mail.example.co.uk"), "example.co.uk");
    assert_eq!(psl_org_domain("Example.COM."), "example.com");
    // Where the builder's old "last two labels, three under co.uk" guess was wrong:
    // private-section suffixes and deeper ICANN suffixes.
    assert_eq!(psl_org_domain("foo.github.io"), "foo.github.io");
    assert_eq!(psl_org_domain("www.foo.github.io"), "foo.github.io");
    assert_eq!(psl_org_domain("mail.example.kyoto.jp"), "example.kyoto.jp");
    assert_eq!(psl_org_domain("a.b.example.co.jp"), "example.co.jp");
    // A public suffix has no organizational domain below it: itself.
    assert_eq!(psl_org_domain("co.uk"), "co.uk");
}

#[test]
fn record_parse() {
    let r = parse_record("v=DMARC1; p=quarantine; sp=reject; np=reject; adkim=s; pct=50; t=y; psd=n; rua=mailto:a@x.org,mailto:b@y.org!10m; foo=bar");
    assert_eq!(r.p, Some(Policy::Quarantine));
    assert_eq!(r.sp, Some(Policy::Reject));
    assert_eq!(r.np, Some(Policy::Reject));
    assert!(r.adkim_strict && !r.aspf_strict && r.testing);
    assert_eq!(r.pct, 50);
    assert_eq!(r.psd, Some(false));
    assert_eq!(r.rua.len(), 2);
    assert_eq!(mailto_domain(&r.rua[1]).as_deref(), Some("y.org"));
    assert!(r.warnings.iter().any(|w| w.en().contains("foo")));
    assert!(is_dmarc_record("v=DMARC1;p=none"));
    assert!(!is_dmarc_record("v=spf1 -all"));
}
