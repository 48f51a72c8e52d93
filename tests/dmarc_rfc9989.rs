//! RFC 9989 (DMARCbis, published from draft-ietf-dmarc-dmarcbis-41) rule by
//! rule: the DNS tree walk (§4.10), policy discovery (§4.10.1), the
//! organizational domain for alignment (§4.10.2), `psd=`, invalid policies,
//! DNS failures (§5.3.6), and the worked examples of Appendix B.4. Each test
//! quotes the text it follows. DNS comes from zones through a `Recorder`, so
//! the tests also see the queries in the order they were started.

mod dmarc_support;
mod dns_support;
use dmarc_support::{dkim, spf};
use dns_support::FailingName;
use headerscope::auth::dmarc::{discover, evaluate, tree_walk_names};
use headerscope::dns::zone::{Zone, ZoneResolver};
use headerscope::dns::{Recorder, Resolver};
use headerscope::i18n::text::Text;
use headerscope::report::{AuthResult, DkimReport, DmarcReport, SpfReport};
use headerscope::trace::flatten;

const ZONE: &str = r#"
$ORIGIN test.
$TTL 300
; Appendix B.4.1 and B.4.2
_dmarc.example.com.               TXT "v=DMARC1; p=reject; rua=mailto:agg@example.com"
_dmarc.signing.example.com.       TXT "v=DMARC1; p=none"
; Appendix B.4.3
_dmarc.giant.bank.example.        TXT "v=DMARC1; p=quarantine"
_dmarc.bank.example.              TXT "v=DMARC1; p=reject; psd=y"
; psd=n at an intermediate label (§4.10.2 rule 1, §5.1.8)
_dmarc.dept.example.net.          TXT "v=DMARC1; p=none; psd=n"
_dmarc.example.net.               TXT "v=DMARC1; p=reject"
_dmarc.unknown.example.net.       TXT "v=DMARC1; p=quarantine; psd=u"
; invalid policies (§4.10.1)
_dmarc.badp-rua.example.          TXT "v=DMARC1; p=block; rua=mailto:agg@badp-rua.example"
_dmarc.badp.example.              TXT "v=DMARC1; p=block"
_dmarc.nop.example.               TXT "v=DMARC1; rua=mailto:agg@nop.example"
_dmarc.badsp.example.             TXT "v=DMARC1; p=reject; sp=never"
_dmarc.badnp-rua.example.         TXT "v=DMARC1; p=reject; np=maybe; rua=https://reports.badnp-rua.example/"
_dmarc.badrua.example.            TXT "v=DMARC1; p=bogus; rua=not a uri"
; np= and existence (§4.7, Appendix A.4)
_dmarc.np.example.                TXT "v=DMARC1; p=quarantine; np=reject"
www.np.example.                   A 192.0.2.10
_dmarc.npsame.example.            TXT "v=DMARC1; p=reject; np=reject"
_dmarc.nonp.example.              TXT "v=DMARC1; p=quarantine"
"#;

fn zone() -> ZoneResolver {
    ZoneResolver::offline(Zone::parse(ZONE, None).expect("zone parses"))
}

/// DMARC as `inspect` runs it, through a `Recorder`; with the DNS log as
/// "NAME TYPE" in the order the queries were started.
fn run_logged(
    r: &dyn Resolver,
    from: &str,
    spf: &SpfReport,
    dkim: &[DkimReport],
) -> (DmarcReport, Vec<String>) {
    let rec = Recorder::new(r);
    // The identifiers in Appendix B's order: the MAIL FROM domain, then DKIM's.
    let others: Vec<String> = std::iter::once(spf.domain.clone())
        .filter(|d| !d.is_empty())
        .chain(dkim.iter().map(|k| k.domain.clone()))
        .collect();
    let d = futures::executor::block_on(discover(&rec, &[from.to_string()], &others));
    let sd = (!spf.domain.is_empty()).then_some(spf.domain.as_str());
    let report = evaluate(&d, spf, sd, dkim);
    let log = rec
        .log()
        .iter()
        .map(|q| format!("{} {}", q.name, q.rtype.as_str()))
        .collect();
    (report, log)
}

fn texts(t: &[headerscope::trace::Step]) -> String {
    flatten(t)
        .iter()
        .map(|s| s.text.en())
        .collect::<Vec<_>>()
        .join("\n")
}

fn txt(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| format!("_dmarc.{n} TXT")).collect()
}

#[test]
fn appendix_b_4_1_simple_organizational_and_policy_example() {
    // "To determine the Organizational Domain for the Author Domain, query
    // _dmarc.example.com and _dmarc.com ... To determine the Organizational
    // Domain for the DKIM-Authenticated Identifier, query
    // _dmarc.signing.example.com, _dmarc.example.com, and _dmarc.com ...
    // example.com is the Organizational Domain. ... DKIM is aligned for
    // relaxed alignment." Names already asked are not asked again.
    let (r, log) = run_logged(
        &zone(),
        "example.com",
        &spf(AuthResult::Pass, "example.com"),
        &[dkim(AuthResult::Pass, "signing.example.com")],
    );
    assert_eq!(
        log,
        txt(&["example.com", "com", "signing.example.com"]),
        "the author name, its walk, then the DKIM identifier's walk with the names already asked reused"
    );
    assert_eq!(r.result, AuthResult::Pass);
    assert_eq!(r.org_domain.as_deref(), Some("example.com"));
    assert_eq!(r.record_domain.as_deref(), Some("example.com"));
    assert!(r.spf_aligned && r.dkim_aligned);
    // "since the RFC5322.From domain has a DMARC Policy Record, that is the policy domain."
    assert!(texts(&r.trace).contains("Author Domain's own record _dmarc.example.com"));
}

#[test]
fn appendix_b_4_2_deep_tree_walk_example() {
    // "query _dmarc.a.b.c.d.e.f.g.h.i.j.k.example.com, then query
    // _dmarc.g.h.i.j.k.example.com (skipping the intermediate names), then
    // query _dmarc.h.i.j.k.example.com, _dmarc.i.j.k.example.com,
    // _dmarc.j.k.example.com, _dmarc.k.example.com, _dmarc.example.com, and
    // _dmarc.com." ... "the policy domain is ... example.com."
    let author = "a.b.c.d.e.f.g.h.i.j.k.example.com";
    let (r, log) = run_logged(
        &zone(),
        author,
        &spf(AuthResult::Fail, "example.com"),
        &[dkim(AuthResult::Pass, "signing.example.com")],
    );
    let walk = [
        author,
        "g.h.i.j.k.example.com",
        "h.i.j.k.example.com",
        "i.j.k.example.com",
        "j.k.example.com",
        "k.example.com",
        "example.com",
        "com",
    ];
    assert_eq!(tree_walk_names(author), walk);
    let mut expected = txt(&walk);
    expected.push("_dmarc.signing.example.com TXT".into());
    assert_eq!(log, expected, "§4.10's order, 8 queries for the author");
    assert_eq!(r.org_domain.as_deref(), Some("example.com"));
    assert_eq!(r.record_domain.as_deref(), Some("example.com"));
    assert!(
        r.dkim_aligned,
        "signing.example.com's org domain is example.com"
    );
    assert_eq!(r.result, AuthResult::Pass);
    // The subdomain gets p (no sp) of example.com.
    let fail = run_logged(&zone(), author, &spf(AuthResult::Fail, "example.com"), &[]).0;
    assert_eq!(fail.policy.as_deref(), Some("reject"));
}

#[test]
fn appendix_b_4_3_example_with_a_psd_dmarc_policy_record() {
    // "For the Author Domain giant.bank.example, the tree walk finds the DMARC
    // Policy Record at _dmarc.giant.bank.example, then the DMARC Policy Record
    // at _dmarc.bank.example, and stops because of the psd=y flag. The
    // Organizational Domain is giant.bank.example ... SPF is aligned. ... The
    // Organizational Domain is mega.bank.example, so DKIM is not aligned."
    let (r, log) = run_logged(
        &zone(),
        "giant.bank.example",
        &spf(AuthResult::Pass, "mail.giant.bank.example"),
        &[dkim(AuthResult::Pass, "mail.mega.bank.example")],
    );
    assert_eq!(
        log,
        txt(&[
            "giant.bank.example",
            "bank.example",
            "mail.giant.bank.example",
            "mail.mega.bank.example",
            "mega.bank.example",
        ]),
        "psd=y stops every walk at bank.example: _dmarc.example is never asked"
    );
    assert_eq!(r.org_domain.as_deref(), Some("giant.bank.example"));
    assert_eq!(r.record_domain.as_deref(), Some("giant.bank.example"));
    assert!(r.spf_aligned);
    assert!(!r.dkim_aligned);
    assert_eq!(r.result, AuthResult::Pass);
    let t = texts(&r.rfc9989.trace);
    assert!(
        t.contains(
            "mail.mega.bank.example's organizational domain mega.bank.example ≠ giant.bank.example"
        ),
        "{t}"
    );
    assert!(t.contains("psd=y at _dmarc.bank.example: the tree walk stops here"));
}

#[test]
fn the_public_suffix_domains_record_applies_when_the_organizational_domain_has_none() {
    // §4.10.1: "... else the Public Suffix Domain of the Author Domain". The
    // walk from x.small.bank.example stops at bank.example (psd=y); the
    // organizational domain small.bank.example has no record.
    let (r, _) = run_logged(
        &zone(),
        "x.small.bank.example",
        &spf(AuthResult::Fail, "x.small.bank.example"),
        &[],
    );
    assert_eq!(r.org_domain.as_deref(), Some("small.bank.example"));
    assert_eq!(r.record_domain.as_deref(), Some("bank.example"));
    assert_eq!(r.policy.as_deref(), Some("reject"));
    assert!(texts(&r.trace).contains(
        "nor its organizational domain small.bank.example has a record: the policy comes from the public suffix domain's record _dmarc.bank.example"
    ));
}

#[test]
fn psd_n_at_an_intermediate_label_ends_the_walk_there() {
    // §4.10 step 6: "If a single record remains and it contains a psd=n or
    // psd=y tag, stop." §4.10.2 rule 1: "If a valid DMARC Policy Record
    // contains the psd tag set to n, this is the Organizational Domain."
    let (r, log) = run_logged(
        &zone(),
        "a.team.dept.example.net",
        &spf(AuthResult::None, ""),
        &[dkim(AuthResult::Pass, "example.net")],
    );
    assert_eq!(
        &log[..3],
        &txt(&[
            "a.team.dept.example.net",
            "team.dept.example.net",
            "dept.example.net"
        ])[..]
    );
    assert_eq!(r.org_domain.as_deref(), Some("dept.example.net"));
    assert_eq!(r.record_domain.as_deref(), Some("dept.example.net"));
    assert_eq!(r.policy.as_deref(), Some("none"));
    assert!(!r.dkim_aligned, "example.net is another organization now");
    assert_eq!(r.result, AuthResult::Fail);
    let walk = &flatten(&r.rfc9989.trace[..1])[1..];
    assert!(
        walk.iter()
            .all(|s| !s.text.en().contains("_dmarc.example.net TXT")),
        "the From walk stopped at dept.example.net: {walk:?}"
    );
    assert!(texts(&r.trace).contains("psd=n at _dmarc.dept.example.net: the tree walk stops here"));
    // RFC 7489 knows no psd=: the PSL makes example.net the organizational domain.
    assert_eq!(r.rfc7489.org_domain.as_deref(), Some("example.net"));
    assert_eq!(r.rfc7489.result, AuthResult::Pass);
}

#[test]
fn psd_u_is_the_default_and_does_not_stop_the_walk() {
    // §4.7: "u: The default ... Use the mechanism described in Section 4.10."
    let (r, log) = run_logged(
        &zone(),
        "mail.unknown.example.net",
        &spf(AuthResult::Fail, "mail.unknown.example.net"),
        &[],
    );
    assert_eq!(
        log,
        txt(&[
            "mail.unknown.example.net",
            "unknown.example.net",
            "example.net",
            "net"
        ])
    );
    assert_eq!(r.org_domain.as_deref(), Some("example.net"));
    assert_eq!(r.record_domain.as_deref(), Some("example.net"));
    assert_eq!(r.policy.as_deref(), Some("reject"));
}

#[test]
fn a_psd_y_record_at_the_author_domain_is_its_own_policy() {
    // §4.10.2 rule 2 skips "the domain where the tree walk started"; §4.10.1
    // applies the Author Domain's record with its p.
    let (r, _) = run_logged(
        &zone(),
        "bank.example",
        &spf(AuthResult::Fail, "bank.example"),
        &[],
    );
    assert_eq!(r.org_domain.as_deref(), Some("bank.example"));
    assert_eq!(r.record_domain.as_deref(), Some("bank.example"));
    assert_eq!(r.policy.as_deref(), Some("reject"));
}

#[test]
fn invalid_p_acts_as_none_only_with_a_valid_rua() {
    // §4.10.1: "If a retrieved DMARC Policy Record does not contain a valid p
    // tag, or contains an sp or np tag that is not valid, then: If a rua tag is
    // present and contains at least one syntactically valid reporting URI, the
    // Mail Receiver MUST act as if a record containing p=none was retrieved
    // and continue processing; Otherwise, the Mail Receiver applies no DMARC
    // processing to this message."
    let fail = |from: &str| run_logged(&zone(), from, &spf(AuthResult::Fail, from), &[]).0;
    let r = fail("badp-rua.example");
    assert_eq!(r.result, AuthResult::Fail);
    assert_eq!(r.policy.as_deref(), Some("none"));
    assert_eq!(
        r.rfc9989.tags.as_ref().and_then(|t| t.p.as_deref()),
        Some("none")
    );
    assert!(texts(&r.trace).contains("p= missing or invalid, and rua= has a valid URI: the record acts as p=none (RFC 9989 §4.10.1)"));

    let r = fail("badp.example");
    assert_eq!(r.result, AuthResult::None);
    assert_eq!(r.policy, None);
    assert!(texts(&r.trace).contains("dmarc=none: p= missing or invalid and rua= has no valid URI, so DMARC is not applied to this message (RFC 9989 §4.10.1)"));
    // RFC 7489 §6.6.3 step 6 says the same.
    assert_eq!(r.rfc7489.result, AuthResult::None);

    // A missing p is treated like an invalid one.
    let r = fail("nop.example");
    assert_eq!(
        (r.result, r.policy.as_deref()),
        (AuthResult::Fail, Some("none"))
    );

    // "rua=not a uri" is no syntactically valid URI.
    assert_eq!(fail("badrua.example").result, AuthResult::None);
}

#[test]
fn invalid_sp_and_np_are_not_silently_ignored() {
    // An invalid sp without rua: no DMARC processing, even for the domain itself.
    let r = run_logged(
        &zone(),
        "badsp.example",
        &spf(AuthResult::Fail, "badsp.example"),
        &[],
    )
    .0;
    assert_eq!(r.result, AuthResult::None);
    assert!(texts(&r.trace).contains("dmarc=none: sp= missing or invalid"));
    // An invalid np with a valid (https) rua: the record acts as p=none under
    // RFC 9989; RFC 7489 has no np, so its p=reject stands there.
    let r = run_logged(
        &zone(),
        "badnp-rua.example",
        &spf(AuthResult::Fail, "badnp-rua.example"),
        &[],
    )
    .0;
    assert_eq!(r.policy.as_deref(), Some("none"));
    assert_eq!(r.rfc7489.policy.as_deref(), Some("reject"));
    assert!(texts(&r.trace).contains("np= missing or invalid, and rua= has a valid URI"));
}

#[test]
fn existence_is_asked_only_where_np_can_apply() {
    // §4.10.1: "the Domain Owner Assessment Policy is taken from the sp tag (if
    // any) if the Author Domain exists, or the np tag (if any) if the Author
    // Domain does not exist." Appendix A.4: NXDOMAIN means it does not exist.
    let (r, log) = run_logged(
        &zone(),
        "ghost.np.example",
        &spf(AuthResult::Fail, "ghost.np.example"),
        &[],
    );
    assert_eq!(log.last().map(String::as_str), Some("ghost.np.example A"));
    assert_eq!(r.policy.as_deref(), Some("reject"));
    let (r, log) = run_logged(
        &zone(),
        "www.np.example",
        &spf(AuthResult::Fail, "www.np.example"),
        &[],
    );
    assert!(log.contains(&"www.np.example A".to_string()));
    assert_eq!(r.policy.as_deref(), Some("quarantine"));
    // No np=, or the record is the author's own: no existence query at all.
    for from in ["ghost.nonp.example", "np.example"] {
        let (_, log) = run_logged(&zone(), from, &spf(AuthResult::Fail, from), &[]);
        assert!(log.iter().all(|q| q.ends_with(" TXT")), "{from}: {log:?}");
    }
}

#[test]
fn a_dns_failure_in_the_walk_is_a_temperror_where_the_outcome_depends_on_it() {
    // §5.3.6: "If one or more DNS queries required to perform DMARC validation
    // on the message do not complete due to temporary or permanent DNS errors,
    // the message cannot be considered to pass or fail the DMARC mechanism
    // check." A SERVFAIL at _dmarc.team.dept.example.net hides whether that
    // name carries psd=n, so the policy record cannot be chosen.
    let servfail = |name: &'static str| FailingName {
        zone: zone(),
        name,
        servfail: true,
    };
    let (r, log) = run_logged(
        &servfail("_dmarc.team.dept.example.net"),
        "a.team.dept.example.net",
        &spf(AuthResult::Fail, "a.team.dept.example.net"),
        &[],
    );
    assert_eq!(r.result, AuthResult::TempError);
    assert!(
        !log.contains(&"_dmarc.dept.example.net TXT".to_string()),
        "the walk stops at the failure: {log:?}"
    );
    let t = texts(&r.trace);
    assert!(
        t.contains("_dmarc.team.dept.example.net TXT: the DNS server answered SERVFAIL"),
        "{t}"
    );
    assert!(
        t.contains("the tree walk stops at _dmarc.team.dept.example.net"),
        "{t}"
    );
    assert!(
        t.contains("dmarc=temperror: the lookup of _dmarc.team.dept.example.net failed"),
        "{t}"
    );

    // The author has its own record and SPF passes for the author domain
    // itself: the failing walk of another identifier cannot change the pass.
    let (r, _) = run_logged(
        &servfail("_dmarc.signing.example.com"),
        "example.com",
        &spf(AuthResult::Pass, "example.com"),
        &[dkim(AuthResult::Pass, "signing.example.com")],
    );
    assert_eq!(r.result, AuthResult::Pass);
    assert!(r.spf_aligned && !r.dkim_aligned);

    // The only passing identifier's organizational domain is unknown: temperror.
    let (r, _) = run_logged(
        &servfail("_dmarc.signing.example.com"),
        "example.com",
        &spf(AuthResult::Fail, "example.com"),
        &[dkim(AuthResult::Pass, "signing.example.com")],
    );
    assert_eq!(r.result, AuthResult::TempError);
    let t = texts(&r.trace);
    assert!(
        t.contains("whether signing.example.com aligns with example.com cannot be decided"),
        "{t}"
    );
    assert!(
        t.contains("dmarc=temperror (RFC 9989): no identifier passed aligned"),
        "{t}"
    );
    // RFC 7489 takes the organizational domain from the PSL, no DNS: pass.
    assert_eq!(r.rfc7489.result, AuthResult::Pass);
}

#[test]
fn an_unknown_existence_matters_only_when_np_differs() {
    let servfail = |name: &'static str| FailingName {
        zone: zone(),
        name,
        servfail: true,
    };
    let (r, log) = run_logged(
        &servfail("ghost.np.example"),
        "ghost.np.example",
        &spf(AuthResult::Fail, "ghost.np.example"),
        &[],
    );
    assert!(log.contains(&"ghost.np.example A".to_string()));
    assert_eq!(r.result, AuthResult::TempError);
    assert!(texts(&r.trace).contains("np=reject differs from p=quarantine"));
    let (r, _) = run_logged(
        &servfail("ghost.npsame.example"),
        "ghost.npsame.example",
        &spf(AuthResult::Fail, "ghost.npsame.example"),
        &[],
    );
    assert_eq!(r.result, AuthResult::Fail);
    assert_eq!(r.policy.as_deref(), Some("reject"));
}

#[test]
fn names_with_labels_over_63_octets_are_never_sent() {
    // RFC 1035 §2.3.4: "labels 63 octets or less"; the walk goes on with the
    // shorter names, which can be sent.
    let long = "x".repeat(64);
    let from = format!("{long}.example.com");
    let (r, log) = run_logged(&zone(), &from, &spf(AuthResult::Fail, &from), &[]);
    assert!(
        log.iter()
            .all(|q| q.split(['.', ' ']).all(|label| label.len() <= 63)),
        "{log:?}"
    );
    assert_eq!(
        log.first().map(String::as_str),
        Some("_dmarc.example.com TXT")
    );
    assert_eq!(r.record_domain.as_deref(), Some("example.com"));
    assert!(texts(&r.trace).contains("not queried, no DNS name can have a label over 63 octets"));
}

#[test]
fn the_walk_is_at_most_eight_queries_for_any_author_domain() {
    // §4.10: "Author Domains with more than eight labels do not result in more
    // than eight DNS queries."
    let labels: Vec<String> = (0..40).map(|i| format!("l{i}")).collect();
    let from = format!("{}.example.com", labels.join("."));
    let (_, log) = run_logged(&zone(), &from, &spf(AuthResult::Fail, &from), &[]);
    assert_eq!(log.len(), 8, "{log:?}");
    assert_eq!(log[1], "_dmarc.l35.l36.l37.l38.l39.example.com TXT");
}

/// A resolver, a From domain, SPF's result and DKIM's.
type Case<'a> = (Box<dyn Resolver>, &'a str, SpfReport, Vec<DkimReport>);

/// Every sentence of these reports, as `Report::sentences` takes them.
fn sentences(r: &DmarcReport, out: &mut Vec<Text>) {
    out.push(r.disposition.clone());
    for v in [&r.rfc9989, &r.rfc7489] {
        out.push(v.disposition.clone());
        out.extend(flatten(&v.trace).iter().map(|s| s.text.clone()));
    }
    out.extend(flatten(&r.trace).iter().map(|s| s.text.clone()));
    out.extend(r.differences.iter().cloned());
}

#[test]
fn every_new_sentence_is_in_the_catalog_and_translated() {
    use headerscope::i18n::Lang;
    let servfail = |name: &'static str| FailingName {
        zone: zone(),
        name,
        servfail: true,
    };
    let long = format!("{}.example.com", "y".repeat(70));
    let cases: Vec<Case> = vec![
        (
            Box::new(zone()),
            "example.com",
            spf(AuthResult::Pass, "example.com"),
            vec![],
        ),
        (
            Box::new(zone()),
            "x.small.bank.example",
            spf(AuthResult::Fail, "x.small.bank.example"),
            vec![],
        ),
        (
            Box::new(zone()),
            "a.team.dept.example.net",
            spf(AuthResult::None, ""),
            vec![dkim(AuthResult::Pass, "example.net")],
        ),
        (
            Box::new(zone()),
            "news.unknown.example.net",
            spf(AuthResult::Fail, "x.example.net"),
            vec![],
        ),
        (
            Box::new(zone()),
            "badp-rua.example",
            spf(AuthResult::Fail, "badp-rua.example"),
            vec![],
        ),
        (
            Box::new(zone()),
            "badp.example",
            spf(AuthResult::Fail, "badp.example"),
            vec![],
        ),
        (
            Box::new(zone()),
            &long,
            spf(AuthResult::Fail, "example.com"),
            vec![],
        ),
        (
            Box::new(servfail("_dmarc.team.dept.example.net")),
            "a.team.dept.example.net",
            spf(AuthResult::Fail, "x.example"),
            vec![],
        ),
        (
            Box::new(servfail("_dmarc.signing.example.com")),
            "example.com",
            spf(AuthResult::Fail, "example.com"),
            vec![
                dkim(AuthResult::Pass, "signing.example.com"),
                dkim(AuthResult::Fail, "signing.example.com"),
            ],
        ),
        (
            Box::new(servfail("_dmarc.bounce.example.com")),
            "example.com",
            spf(AuthResult::SoftFail, "bounce.example.com"),
            vec![],
        ),
        (
            Box::new(servfail("ghost.np.example")),
            "ghost.np.example",
            spf(AuthResult::Fail, "ghost.np.example"),
            vec![],
        ),
        (
            Box::new(servfail("ghost.npsame.example")),
            "ghost.npsame.example",
            spf(AuthResult::Fail, "ghost.npsame.example"),
            vec![],
        ),
        (
            Box::new(servfail("ghost.np.example")),
            "ghost.np.example",
            spf(AuthResult::Pass, "ghost.np.example"),
            vec![],
        ),
        (
            Box::new(zone()),
            "example.com",
            spf(AuthResult::Fail, "example.com"),
            flood(12),
        ),
    ];
    let mut texts = Vec::new();
    for (r, from, s, d) in &cases {
        sentences(&run_logged(r.as_ref(), from, s, d).0, &mut texts);
    }
    let missing: Vec<String> = texts
        .iter()
        .filter(|t| !t.is_empty() && t.key().is_none())
        .map(Text::en)
        .collect();
    assert!(
        missing.is_empty(),
        "written outside the catalog: {missing:#?}"
    );
    // Each phrase this issue added is among them, and reads in German.
    for needle in [
        "not queried, no DNS name can have a label over 63 octets",
        "the tree walk stops here",
        "the tree walk stops at",
        "Organizational domain of a.team.dept.example.net: unknown",
        "without a tree walk",
        "Author Domain's own record",
        "the policy comes from the organizational domain's record",
        "the policy comes from the public suffix domain's record",
        "has a DMARC record too",
        "the record acts as p=none",
        "so DMARC is not applied",
        "no DMARC processing",
        "cannot be decided: the lookup",
        "SPF softfail for bounce.example.com: cannot count for DMARC whatever the alignment (whether",
        "DKIM fail for d=signing.example.com (s=s1): cannot count for DMARC (whether",
        "depends on a DNS answer that is missing",
        "the policy cannot be chosen",
        "but np= would give the same policy",
        "the policy depends on whether",
        "tree walks made per message; not aligned",
        "more identifiers than 10 tree walks per message)",
    ] {
        let t = texts
            .iter()
            .find(|t| t.en().contains(needle))
            .unwrap_or_else(|| panic!("no sentence with {needle:?}"));
        assert_ne!(t.render(Lang::De), t.en(), "{t:?}");
        assert_ne!(t.render(Lang::Uk), t.en(), "{t:?}");
    }
}

#[test]
fn the_dns_log_keeps_the_order_queries_were_started() {
    // Not alphabetical: z before a before m, and a repeated query is one row
    // with its `shared` count, at the place it was first started.
    let z = zone();
    let rec = Recorder::new(&z);
    futures::executor::block_on(async {
        for name in ["z.example", "a.example", "m.example", "a.example"] {
            let _ = rec.query(name, headerscope::dns::RType::Txt).await;
        }
    });
    let log = rec.log();
    let names: Vec<&str> = log.iter().map(|q| q.name.as_str()).collect();
    assert_eq!(names, ["z.example", "a.example", "m.example"]);
    assert_eq!(log[1].shared, 1);
    // The same through `check`: the report's `dns` is the recorder's log.
    let report = futures::executor::block_on(headerscope::inspect(
        b"From: user@x.team.dept.example.net\r\nSubject: t\r\n\r\nbody\r\n",
        &headerscope::Options::default(),
        &z,
    ))
    .expect("inspect");
    let dmarc_rows: Vec<&str> = report
        .dns
        .iter()
        .filter(|q| q.name.starts_with("_dmarc."))
        .map(|q| q.name.as_str())
        .collect();
    assert_eq!(
        dmarc_rows,
        [
            "_dmarc.x.team.dept.example.net",
            "_dmarc.team.dept.example.net",
            "_dmarc.dept.example.net",
            "_dmarc.example.net",
        ],
        "the walk in §4.10's order (it stops at psd=n), then RFC 7489's PSL name"
    );
}

/// `n` passing signatures by domains of another organization, and one failing.
fn flood(n: usize) -> Vec<DkimReport> {
    let mut v: Vec<DkimReport> = (0..n)
        .map(|i| dkim(AuthResult::Pass, &format!("s{i}.flood.example")))
        .collect();
    v.push(dkim(AuthResult::Fail, "zz.flood.example"));
    v
}

#[test]
fn identifier_walks_are_bounded_per_message() {
    // Each walk is bounded by §4.10 (8 queries); the number of walks is not,
    // so the identifiers that can align (at or below the From domain's
    // organizational domain) walk first, and beyond 10 walks the rest count
    // as not aligned.
    let (r, log) = run_logged(
        &zone(),
        "example.com",
        &spf(AuthResult::Pass, "bounce.example.com"),
        &flood(12),
    );
    assert_eq!(r.result, AuthResult::Pass);
    assert!(r.spf_aligned, "the SPF domain walked first");
    assert_eq!(
        log[..3],
        txt(&["example.com", "com", "bounce.example.com"])[..]
    );
    let walked = log
        .iter()
        .filter(|q| q.ends_with(".flood.example TXT") && q.starts_with("_dmarc.s"))
        .count();
    assert_eq!(walked, 9, "{log:#?}");
    let t = texts(&r.trace);
    assert_eq!(t.matches("is not compared").count(), 4, "{t}");
}
