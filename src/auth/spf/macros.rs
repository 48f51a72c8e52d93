//! Macro expansion (RFC 7208 §7.3, §7.4).

use super::parse::{MacroPart, MacroString};
use std::net::IpAddr;

/// The values the macro letters stand for during one check_host().
#[derive(Debug, Clone)]
pub struct MacroVars {
    /// `s`: local-part@domain of the sender.
    pub sender: String,
    /// `l`
    pub local: String,
    /// `o`
    pub sender_domain: String,
    /// `d`: the domain being evaluated now (changes with include/redirect).
    pub domain: String,
    pub ip: IpAddr,
    /// `h`
    pub helo: String,
    /// `r`
    pub receiver: String,
    /// `t`
    pub now: u64,
    /// `p`: the validated name, when a step needed it.
    pub validated: Option<String>,
}

impl MacroVars {
    fn value(&self, letter: char) -> String {
        match letter {
            's' => self.sender.clone(),
            'l' => self.local.clone(),
            'o' => self.sender_domain.clone(),
            'd' => self.domain.clone(),
            'i' => dotted_ip(self.ip),
            'p' => self
                .validated
                .clone()
                .unwrap_or_else(|| "unknown".to_string()),
            'v' => match self.ip {
                IpAddr::V4(_) => "in-addr".into(),
                IpAddr::V6(_) => "ip6".into(),
            },
            'h' => self.helo.clone(),
            'c' => self.ip.to_string(),
            'r' => self.receiver.clone(),
            't' => self.now.to_string(),
            _ => String::new(),
        }
    }
}

/// `%{i}`: dotted quad, or 32 dot-separated nibbles for IPv6 (§7.3). The
/// nibbles are uppercase because the OpenSPF suite (v-macro-ip6) expects the
/// explanation text so; DNS names are case-insensitive, so queries are unaffected.
pub fn dotted_ip(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let mut parts = Vec::with_capacity(32);
            for b in v6.octets() {
                parts.push(format!("{:X}", b >> 4));
                parts.push(format!("{:X}", b & 0xf));
            }
            parts.join(".")
        }
    }
}

/// Expands a macro-string.
pub fn expand(ms: &MacroString, vars: &MacroVars) -> String {
    let mut out = String::new();
    for part in &ms.parts {
        match part {
            MacroPart::Literal(s) => out.push_str(s),
            MacroPart::Expand {
                letter,
                escape,
                digits,
                reverse,
                delimiters,
            } => {
                let value = vars.value(*letter);
                let mut parts: Vec<&str> = value.split(|c| delimiters.contains(c)).collect();
                if *reverse {
                    parts.reverse();
                }
                if let Some(n) = digits {
                    if *n < parts.len() {
                        parts = parts.split_off(parts.len() - n);
                    }
                }
                // Rejoined with "." whatever the split characters were (§7.3).
                let joined = parts.join(".");
                if *escape {
                    // §7.3: uppercase macros are URL-escaped (RFC 3986 unreserved stay).
                    out.push_str(&crate::dns::doh::codec::percent_encode(&joined));
                } else {
                    out.push_str(&joined);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse_macro_string;
    use super::*;

    fn vars() -> MacroVars {
        MacroVars {
            sender: "strong-bad@email.example.com".into(),
            local: "strong-bad".into(),
            sender_domain: "email.example.com".into(),
            domain: "email.example.com".into(),
            ip: "192.0.2.3".parse().unwrap(),
            helo: "mx.example.org".into(),
            receiver: "mx.example.net".into(),
            now: 1,
            validated: Some("mx.example.org".into()),
        }
    }

    fn x(s: &str) -> String {
        expand(&parse_macro_string(s, true).unwrap(), &vars())
    }

    /// The examples of RFC 7208 §7.4.
    #[test]
    fn rfc7208_examples() {
        assert_eq!(x("%{s}"), "strong-bad@email.example.com");
        assert_eq!(x("%{o}"), "email.example.com");
        assert_eq!(x("%{d}"), "email.example.com");
        assert_eq!(x("%{d4}"), "email.example.com");
        assert_eq!(x("%{d3}"), "email.example.com");
        assert_eq!(x("%{d2}"), "example.com");
        assert_eq!(x("%{d1}"), "com");
        assert_eq!(x("%{dr}"), "com.example.email");
        assert_eq!(x("%{d2r}"), "example.email");
        assert_eq!(x("%{l}"), "strong-bad");
        assert_eq!(x("%{l-}"), "strong.bad");
        assert_eq!(x("%{lr}"), "strong-bad");
        assert_eq!(x("%{lr-}"), "bad.strong");
        assert_eq!(x("%{l1r-}"), "strong");
        assert_eq!(
            x("%{ir}.%{v}._spf.%{d2}"),
            "3.2.0.192.in-addr._spf.example.com"
        );
        assert_eq!(x("%{lr-}.lp._spf.%{d2}"), "bad.strong.lp._spf.example.com");
        assert_eq!(
            x("%{p2}.trusted-domains.example.net"),
            "example.org.trusted-domains.example.net"
        );
        assert_eq!(x("%{S}%%%_%-"), "strong-bad%40email.example.com% %20");
    }
}
