//! SPF's sentences: the evaluation trace (src/auth/spf/), Received-SPF, and
//! the SPF builder and linter (src/builder/spf.rs). See `super` for the rules.

phrases! {
    Spf;
    DnsError {
        en: "DNS error for {rtype} {name}: {error}",
        de: "DNS-Fehler bei {rtype} {name}: {error}",
        uk: "Помилка DNS для {rtype} {name}: {error}",
    }
}
