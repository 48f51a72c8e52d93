//! The sentences about the message itself and the network: identities and
//! their sources (src/message/), Received chains, receivers'
//! Authentication-Results, antispam headers, iprev and DNSBL (src/auth/),
//! DNS and DoH errors (src/dns/), input errors and notices (src/lib.rs).
//! See `super` for the rules.

phrases! {
    Intake;
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
}
