//! DKIM's and ARC's sentences: verification traces, reasons and warnings
//! (src/auth/dkim/, src/auth/arc.rs), the DKIM key tools
//! (src/builder/dkim.rs). See `super` for the rules.

phrases! {
    Dkim;
    BodyHashMatches {
        en: "the body hash matches bh=",
        de: "der Body-Hash stimmt mit bh= überein",
        uk: "хеш тіла збігається з bh=",
    }
}
