//! DMARC's sentences: discovery and evaluation (src/auth/dmarc.rs), the
//! DMARC builder, linter and tag help (src/builder/dmarc.rs), the domain check
//! (src/builder/domain.rs) and aggregate reports (src/reports/). See `super`
//! for the rules.

phrases! {
    Dmarc;
    ServerAnswered {
        en: "the DNS server answered {rcode}",
        de: "der DNS-Server antwortete {rcode}",
        uk: "DNS-сервер відповів {rcode}",
    }
}
