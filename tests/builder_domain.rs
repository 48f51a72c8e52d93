//! The domain check over a zone: all parts, one DNS log.

use futures::executor::block_on;
use headerscope::builder::domain::{self, check_domain};
use headerscope::builder::has_finding;
use headerscope::dns::zone::{Zone, ZoneResolver};

const ZONE: &str = r#"
$ORIGIN example.com.
@                 300 TXT "v=spf1 mx -all"
@                 300 MX 10 mx1
@                 300 MX 20 mx2
mx1               300 A 192.0.2.25
_dmarc            300 TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.com"
s1._domainkey     300 TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
_mta-sts          300 TXT "v=STSv1; id=20240101T000000"
_smtp._tls        300 TXT "v=TLSRPTv1; rua=mailto:tls@example.com"
"#;

#[test]
fn whole_domain_in_one_view() {
    let r = ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone"));
    let c = block_on(check_domain(
        &r,
        "example.com",
        &["s1".to_string(), "default".to_string()],
    ));
    assert_eq!(c.spf.record.as_deref(), Some("v=spf1 mx -all"));
    assert_eq!(c.spf.lookups, 1);
    assert_eq!(
        c.dmarc.record.as_deref(),
        Some("v=DMARC1; p=reject; rua=mailto:dmarc@example.com")
    );
    assert_eq!(c.mx.hosts.len(), 2);
    assert_eq!(c.mx.hosts[0].addresses, ["192.0.2.25"]);
    assert!(has_finding(&c.mx.findings, "mx.no-address"));
    assert_eq!(c.dkim.len(), 2);
    assert!(c.dkim[0].found && !c.dkim[1].found);
    assert_eq!(
        c.dkim[0]
            .lint
            .as_ref()
            .and_then(|l| l.algorithm.clone())
            .as_deref(),
        Some("ed25519")
    );
    assert!(c.dkim_findings.is_empty());
    assert_eq!(
        c.mta_sts.record.as_deref(),
        Some("v=STSv1; id=20240101T000000")
    );
    assert!(has_finding(
        &c.mta_sts.findings,
        "mta-sts.policy-not-fetched"
    ));
    assert!(c.tls_rpt.findings.is_empty(), "{:?}", c.tls_rpt.findings);
    // One log; the MX lookup is shared between the SPF walker and the MX check.
    let mx_rows: Vec<_> = c
        .dns
        .iter()
        .filter(|q| q.name == "example.com" && q.rtype == headerscope::dns::RType::Mx)
        .collect();
    assert_eq!(mx_rows.len(), 1);
    assert!(mx_rows[0].shared >= 1);
    for n in [
        "_dmarc.example.com",
        "s1._domainkey.example.com",
        "default._domainkey.example.com",
        "_mta-sts.example.com",
        "_smtp._tls.example.com",
    ] {
        assert!(c.dns.iter().any(|q| q.name == n), "{n}");
    }
}

#[test]
fn empty_domain_gets_findings() {
    let r =
        ZoneResolver::offline(Zone::parse("other.example. 300 A 192.0.2.1\n", None).expect("zone"));
    let c = block_on(check_domain(
        &r,
        "nothing.example",
        &domain::common_selectors(),
    ));
    assert!(has_finding(&c.spf.findings, "spf.none"));
    assert!(has_finding(&c.dmarc.findings, "dmarc.none"));
    assert!(has_finding(&c.mx.findings, "mx.nxdomain"));
    assert!(has_finding(&c.dkim_findings, "dkim.no-selector-found"));
    assert!(has_finding(&c.mta_sts.findings, "mta-sts.none"));
    assert!(has_finding(&c.tls_rpt.findings, "tls-rpt.none"));
}

#[test]
fn mta_sts_and_tls_rpt_findings() {
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let ok = domain::lint_mta_sts(&s(&["v=STSv1; id=abc123"]), "example.com");
    assert!(
        !has_finding(&ok, "mta-sts.no-id")
            && !has_finding(&ok, "mta-sts.bad-id")
            && !has_finding(&ok, "mta-sts.multiple")
    );
    assert!(has_finding(
        &domain::lint_mta_sts(&s(&["v=STSv1;"]), "example.com"),
        "mta-sts.no-id"
    ));
    assert!(has_finding(
        &domain::lint_mta_sts(&s(&["v=STSv1; id=2024-01-01"]), "example.com"),
        "mta-sts.bad-id"
    ));
    assert!(has_finding(
        &domain::lint_mta_sts(&s(&["v=STSv1; id=a", "v=STSv1; id=b"]), "example.com"),
        "mta-sts.multiple"
    ));

    assert!(domain::lint_tls_rpt(
        &s(&["v=TLSRPTv1; rua=mailto:t@example.com,https://r.example.net/tls"]),
        "example.com"
    )
    .is_empty());
    assert!(has_finding(
        &domain::lint_tls_rpt(&s(&["v=TLSRPTv1;"]), "example.com"),
        "tls-rpt.no-rua"
    ));
    assert!(has_finding(
        &domain::lint_tls_rpt(&s(&["v=TLSRPTv1; rua=t@example.com"]), "example.com"),
        "tls-rpt.bad-uri"
    ));
    assert!(has_finding(
        &domain::lint_tls_rpt(
            &s(&[
                "v=TLSRPTv1; rua=mailto:a@example.com",
                "v=TLSRPTv1; rua=mailto:b@example.com"
            ]),
            "example.com"
        ),
        "tls-rpt.multiple"
    ));
}

#[test]
fn null_mx() {
    let r = ZoneResolver::offline(
        Zone::parse(
            "nomail.example. 300 MX 0 .\nnomail.example. 300 TXT \"v=spf1 mx -all\"\n",
            None,
        )
        .expect("zone"),
    );
    let c = block_on(check_domain(&r, "nomail.example", &[]));
    assert!(c.mx.null_mx && has_finding(&c.mx.findings, "mx.null"));
    assert!(has_finding(&c.spf.findings, "spf.null-mx"));
}
