//! Argument parsing for the exact CLI contract (scripts outside the project rely on it).

use super::Usage;
use crate::dns::servfail::ServFailRule;
use crate::i18n::Lang;
use crate::report::AuthResult;
use std::net::IpAddr;

pub const USAGE: &str = "\
headerscope: SPF, DKIM, ARC and DMARC verification of a raw e-mail message, with a trace

usage:
  headerscope check [FILE|-] [--ip IP] [--helo NAME] [--mail-from ADDR] [--rcpt-to ADDR]...
                    [--zone FILE]... [--offline] [--doh URL] [--now UNIX_SECONDS]
                    [--format text|json|markdown|authres] [--authserv-id ID]
                    [--bundle OUT.json [--include-message]] [--lang en|de|uk]
                    [--outer] [--no-dns]
  headerscope check [FILE] --replay BUNDLE.json [--format ...]
  headerscope check FILE FILE... | --mbox FILE  [same options]   (batch: JSON lines)
  headerscope spf --ip IP --mail-from ADDR [--helo NAME]
                  [--zone FILE]... [--offline] [--doh URL] [--format text|json]
                  [--lang en|de|uk]
  headerscope dmarc --from ADDR [--spf DOMAIN[=RESULT]] [--dkim DOMAIN[=RESULT]]...
                    [--zone FILE]... [--offline] [--doh URL] [--servfail NAME[/TYPE]]...
                    [--format text|json] [--lang en|de|uk]
  headerscope domain DOMAIN [--selector S]... [--zone FILE]... [--offline] [--doh URL]
                     [--mta-sts-policy FILE] [--bimi-svg FILE] [--bimi-cert FILE] [--no-fetch]
                     [--format text|json] [--lang en|de|uk]
  headerscope reports FILE... [--format text|json] [--lang en|de|uk]
                      [--zone FILE]... [--offline] [--doh URL]
  headerscope doh-server --zone FILE... [--listen ADDR] [--delay-ms N] [--dnssec]

options:
  --ip, --helo, --mail-from  the SMTP identities (check: override what the Received chain says)
  --rcpt-to ADDR  check: an SMTP RCPT TO address (repeatable); DKIM2 checks it against the most
                  recent signature's rt= (default: the receiver's Received \"for\")
  --zone FILE     add DNS records from a BIND zone file (repeatable); they win over the network
  --offline       no network at all: names not in the zones are NXDOMAIN
  --doh URL       DNS-over-HTTPS endpoint (default Cloudflare); /resolve or dns-json URLs use the
                  JSON API, others RFC 8484 wire format
  --now SECONDS   fix the clock (unix seconds) for signature timestamps and expiry
  --format        text (default, for people) or json; check also takes markdown (a summary for a
                  helpdesk ticket) and authres (the Authentication-Results header we would write)
  --authserv-id ID  the authserv-id of that header (default headerscope)
  --from ADDR     dmarc: the RFC5322.From address (repeatable for a multi-valued From)
  --spf D[=R]     dmarc: the SPF-authenticated (MAIL FROM) domain and its result (default pass)
  --dkim D[=R]    dmarc: one DKIM signature's d= and its result (default pass; repeatable)
  --servfail N[/T]  dmarc: answer SERVFAIL for the name N (any type, or only type T; * = every
                  name), to see what a DNS outage would do
  --lang LANG     the language of the text and markdown formats: en (default), de or uk; JSON,
                  bundles and the Authentication-Results header are always English
  --bundle OUT    also write an evidence bundle: the message's sha256, the options, every DNS
                  answer, all verdicts and traces, as one JSON file
  --include-message  put the message itself into the bundle (otherwise only its digest)
  --replay BUNDLE re-run a bundle with no network, DNS answered only from the bundle; FILE is
                  needed when the bundle holds only the digest, and must match it
  --outer         check: a forward as attachment, a bounce or an abuse report is unwrapped and the
                  message inside it inspected (said in the report's `unwrapped` section); --outer
                  inspects the wrapper itself
  --no-dns        check: use no DNS at all; what reads the message alone runs (hops, boundary,
                  receivers' verdicts, antispam, DKIM body hashes), the rest says
                  \"not checked: no DNS\"
  --selector S    domain: a DKIM selector to look up (repeatable; default: common selectors)
  --mta-sts-policy FILE  domain: read the MTA-STS policy from FILE instead of fetching
                  https://mta-sts.DOMAIN/.well-known/mta-sts.txt
  --bimi-svg FILE domain: read the BIMI logo from FILE instead of fetching the record's l= URL
  --bimi-cert FILE  domain: read the mark certificate (PEM, VMC or CMC) from FILE instead of
                  fetching the record's a= URL
  --no-fetch      domain: fetch nothing over HTTPS (with --offline, nothing is fetched either)
  --dnssec        doh-server: set the AD bit on every answer, as a validating resolver does for
                  a signed zone (for tests and labs)
  --mbox FILE     check every message of an mbox file; with several FILEs or --mbox the messages
                  are checked in parallel and printed as JSON lines, in input order, one object
                  {source, index, report} or {source, index, error} per message
reports:          DMARC aggregate reports (RFC 9990 and RFC 7489 XML), SMTP TLS reports (RFC 8460
                  JSON) and failure reports (ARF, RFC 6591), each plain, .gz or .zip, read and
                  combined: totals per source IP, reporting organization, header From domain and
                  day; TLS sessions per policy domain and MX by result type. A failure report's
                  message is inspected without DNS unless --zone, --offline or --doh is given
exit status: 0 when the evaluation ran (whatever the verdict), 2 on unusable input or arguments
";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DnsArgs {
    pub zones: Vec<String>,
    pub offline: bool,
    pub doh: Option<String>,
}

/// A people-facing export printed instead of the report (`check --format markdown|authres`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Markdown,
    AuthResults,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckArgs {
    /// The message files; none or `-` is standard input, more than one is a batch.
    pub files: Vec<String>,
    pub mbox: Option<String>,
    pub ip: Option<IpAddr>,
    pub helo: Option<String>,
    pub mail_from: Option<String>,
    /// `--rcpt-to`, repeatable: the SMTP RCPT TO addresses.
    pub rcpt_to: Vec<String>,
    pub now: Option<u64>,
    pub dns: DnsArgs,
    pub format: Format,
    /// `--format markdown|authres`: print this instead of the report.
    pub export: Option<Export>,
    pub authserv_id: Option<String>,
    /// `--bundle OUT`: where to write the evidence bundle.
    pub bundle: Option<String>,
    pub include_message: bool,
    /// `--replay BUNDLE`: the bundle to replay.
    pub replay: Option<String>,
    /// `--lang`: the language of the text and markdown formats.
    pub lang: Lang,
    /// `--outer`: inspect the wrapper, not the message inside it.
    pub outer: bool,
    /// `--no-dns`: no resolver at all.
    pub no_dns: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpfArgs {
    pub ip: IpAddr,
    pub mail_from: String,
    pub helo: Option<String>,
    pub dns: DnsArgs,
    pub format: Format,
    pub lang: Lang,
}

/// `headerscope dmarc`: what DMARC would say for supposed SPF and DKIM results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DmarcArgs {
    pub query: crate::auth::dmarc::WhatIf,
    pub dns: DnsArgs,
    pub servfail: Vec<ServFailRule>,
    pub format: Format,
    pub lang: Lang,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DohServerArgs {
    pub zones: Vec<String>,
    pub listen: String,
    pub delay_ms: u64,
    pub dnssec: bool,
}

/// `headerscope domain`: the page's domain check on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainArgs {
    pub domain: String,
    /// Empty: the common selectors.
    pub selectors: Vec<String>,
    pub dns: DnsArgs,
    pub mta_sts_policy: Option<String>,
    pub bimi_svg: Option<String>,
    pub bimi_cert: Option<String>,
    /// Fetch the policy and the logo over HTTPS when not given as files.
    pub fetch: bool,
    pub format: Format,
    pub lang: Lang,
}

/// `headerscope reports FILE...`: reports read and combined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportsArgs {
    pub files: Vec<String>,
    pub format: Format,
    pub lang: Lang,
    /// DNS for inspecting a failure report's message; without any DNS
    /// option the message is inspected with no DNS at all.
    pub dns: DnsArgs,
}

impl ReportsArgs {
    /// Whether DNS was asked for (any of --zone, --offline, --doh).
    pub fn wants_dns(&self) -> bool {
        !self.dns.zones.is_empty() || self.dns.offline || self.dns.doh.is_some()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Check(CheckArgs),
    Reports(ReportsArgs),
    Spf(SpfArgs),
    Dmarc(DmarcArgs),
    Domain(DomainArgs),
    DohServer(DohServerArgs),
    Help,
    Version,
}

/// Options and their values, in order; a value-taking option consumes the next word
/// (or the part after `=`).
struct Words<'a> {
    args: &'a [String],
    pos: usize,
}

impl<'a> Words<'a> {
    fn value(&mut self, opt: &str, inline: Option<&'a str>) -> Result<&'a str, Usage> {
        if let Some(v) = inline {
            return Ok(v);
        }
        self.pos += 1;
        self.args
            .get(self.pos)
            .map(String::as_str)
            .ok_or_else(|| Usage(format!("{opt} needs a value")))
    }
}

fn parse_ip(v: &str) -> Result<IpAddr, Usage> {
    v.trim_matches(['[', ']'])
        .parse()
        .map_err(|_| Usage(format!("'{v}' is not an IP address")))
}

/// `DOMAIN[=RESULT]` of `--spf` and `--dkim`; the result defaults to pass.
fn parse_identifier(opt: &str, v: &str) -> Result<(String, AuthResult), Usage> {
    let (domain, result) = match v.split_once('=') {
        Some((d, r)) => {
            let result = AuthResult::parse(&r.trim().to_ascii_lowercase()).ok_or_else(|| {
                Usage(format!(
                    "{opt}: '{r}' is not a result (pass, fail, softfail, neutral, none, temperror, permerror)"
                ))
            })?;
            (d, result)
        }
        None => (v, AuthResult::Pass),
    };
    let domain = domain.trim().trim_end_matches('.');
    if domain.is_empty() || domain.contains(char::is_whitespace) || domain.contains('@') {
        return Err(Usage(format!("{opt} needs a domain, not '{v}'")));
    }
    Ok((domain.to_ascii_lowercase(), result))
}

fn parse_format(v: &str) -> Result<Format, Usage> {
    match v {
        "text" => Ok(Format::Text),
        "json" => Ok(Format::Json),
        other => Err(Usage(format!(
            "--format must be text or json, not '{other}'"
        ))),
    }
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, Usage> {
    let Some(sub) = args.first() else {
        return Err(Usage(
            "missing command: check, spf, dmarc, domain, reports or doh-server (see --help)".into(),
        ));
    };
    let rest = &args[1..];
    match sub.as_str() {
        "-h" | "--help" | "help" => Ok(Command::Help),
        "-V" | "--version" => Ok(Command::Version),
        "check" | "spf" | "dmarc" | "domain" | "doh-server" => parse_sub(sub, rest),
        "reports" => parse_reports(rest),
        other => Err(Usage(format!(
            "unknown command '{other}': use check, spf, dmarc, domain, reports or doh-server (see --help)"
        ))),
    }
}

/// `reports FILE... [--format text|json] [--lang L] [--zone F]... [--offline] [--doh URL]`.
fn parse_reports(rest: &[String]) -> Result<Command, Usage> {
    let mut w = Words { args: rest, pos: 0 };
    let mut a = ReportsArgs {
        files: Vec::new(),
        format: Format::Text,
        lang: Lang::En,
        dns: DnsArgs::default(),
    };
    while let Some(arg) = w.args.get(w.pos) {
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (arg.as_str(), None),
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--format" => a.format = parse_format(w.value(name, inline)?)?,
            "--lang" => {
                let v = w.value(name, inline)?;
                a.lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.code() == v)
                    .ok_or_else(|| Usage(format!("--lang must be en, de or uk, not '{v}'")))?;
            }
            "--zone" => a.dns.zones.push(w.value(name, inline)?.to_string()),
            "--offline" => a.dns.offline = true,
            "--doh" => a.dns.doh = Some(w.value(name, inline)?.to_string()),
            _ if arg.starts_with('-') => {
                return Err(Usage(format!(
                    "unexpected argument '{arg}' for reports (see --help)"
                )))
            }
            _ => a.files.push(arg.clone()),
        }
        w.pos += 1;
    }
    if a.files.is_empty() {
        return Err(Usage("reports needs at least one FILE".into()));
    }
    Ok(Command::Reports(a))
}

// Long on purpose: one flat match arm per flag, the option table in one place.
fn parse_sub(sub: &str, rest: &[String]) -> Result<Command, Usage> {
    let mut w = Words { args: rest, pos: 0 };
    let mut dns = DnsArgs::default();
    let (mut ip, mut helo, mut mail_from, mut now, mut format) =
        (None, None, None, None, Format::Text);
    let mut format_set = false;
    let mut files: Vec<String> = Vec::new();
    let mut mbox: Option<String> = None;
    let mut listen = "127.0.0.1:8053".to_string();
    let mut delay_ms = 0u64;
    let mut export: Option<Export> = None;
    let mut authserv_id: Option<String> = None;
    let mut bundle: Option<String> = None;
    let mut include_message = false;
    let mut replay: Option<String> = None;
    let mut lang = Lang::En;
    let (mut outer, mut no_dns) = (false, false);
    let mut from: Vec<String> = Vec::new();
    let mut spf_id: Option<(String, AuthResult)> = None;
    let mut dkim_ids: Vec<(String, AuthResult)> = Vec::new();
    let mut servfail: Vec<ServFailRule> = Vec::new();
    let mut rcpt_to: Vec<String> = Vec::new();
    let mut domain: Option<String> = None;
    let mut selectors: Vec<String> = Vec::new();
    let (mut mta_sts_policy, mut bimi_svg, mut bimi_cert) = (None, None, None);
    let (mut fetch, mut dnssec) = (true, false);
    let smtp = sub == "check" || sub == "spf";
    while w.pos < rest.len() {
        let arg = rest[w.pos].as_str();
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v)),
            _ => (arg, None),
        };
        match name {
            "-h" | "--help" => return Ok(Command::Help),
            "--ip" if smtp => ip = Some(parse_ip(w.value(name, inline)?)?),
            "--helo" if smtp => helo = Some(w.value(name, inline)?.to_string()),
            "--from" if sub == "dmarc" => from.push(w.value(name, inline)?.to_string()),
            "--spf" if sub == "dmarc" => {
                spf_id = Some(parse_identifier(name, w.value(name, inline)?)?)
            }
            "--dkim" if sub == "dmarc" => {
                dkim_ids.push(parse_identifier(name, w.value(name, inline)?)?)
            }
            "--servfail" if sub == "dmarc" => servfail.push(
                ServFailRule::parse(w.value(name, inline)?)
                    .map_err(|e| Usage(format!("--servfail: {e}")))?,
            ),
            "--mail-from" if smtp => {
                mail_from = Some(w.value(name, inline)?.trim_matches(['<', '>']).to_string())
            }
            "--rcpt-to" if sub == "check" => {
                rcpt_to.push(w.value(name, inline)?.trim_matches(['<', '>']).to_string())
            }
            "--zone" => dns.zones.push(w.value(name, inline)?.to_string()),
            "--offline" if sub != "doh-server" => dns.offline = true,
            "--doh" if sub != "doh-server" => dns.doh = Some(w.value(name, inline)?.to_string()),
            "--now" if sub == "check" => {
                let v = w.value(name, inline)?;
                now = Some(
                    v.parse()
                        .map_err(|_| Usage(format!("--now needs unix seconds, not '{v}'")))?,
                );
            }
            "--format" if sub == "check" => {
                let v = w.value(name, inline)?;
                (format, export) = match v {
                    "markdown" => (Format::Text, Some(Export::Markdown)),
                    "authres" => (Format::Text, Some(Export::AuthResults)),
                    other => (
                        parse_format(other).map_err(|_| {
                            Usage(format!(
                                "--format must be text or json (check also takes markdown or authres), not '{other}'"
                            ))
                        })?,
                        None,
                    ),
                };
                format_set = true;
            }
            "--format" if sub != "doh-server" => {
                format = parse_format(w.value(name, inline)?)?;
                format_set = true;
            }
            "--authserv-id" if sub == "check" => {
                authserv_id = Some(w.value(name, inline)?.to_string())
            }
            "--bundle" if sub == "check" => bundle = Some(w.value(name, inline)?.to_string()),
            "--include-message" if sub == "check" => include_message = true,
            "--outer" if sub == "check" => outer = true,
            "--no-dns" if sub == "check" => no_dns = true,
            "--replay" if sub == "check" => replay = Some(w.value(name, inline)?.to_string()),
            "--lang" if sub != "doh-server" => {
                let v = w.value(name, inline)?;
                lang = Lang::ALL
                    .into_iter()
                    .find(|l| l.code() == v)
                    .ok_or_else(|| Usage(format!("--lang must be en, de or uk, not '{v}'")))?;
            }
            "--listen" if sub == "doh-server" => listen = w.value(name, inline)?.to_string(),
            "--delay-ms" if sub == "doh-server" => {
                let v = w.value(name, inline)?;
                delay_ms = v
                    .parse()
                    .map_err(|_| Usage(format!("--delay-ms needs a number, not '{v}'")))?;
            }
            "--mbox" if sub == "check" => mbox = Some(w.value(name, inline)?.to_string()),
            "--selector" if sub == "domain" => selectors.push(w.value(name, inline)?.to_string()),
            "--mta-sts-policy" if sub == "domain" => {
                mta_sts_policy = Some(w.value(name, inline)?.to_string())
            }
            "--bimi-svg" if sub == "domain" => bimi_svg = Some(w.value(name, inline)?.to_string()),
            "--bimi-cert" if sub == "domain" => {
                bimi_cert = Some(w.value(name, inline)?.to_string())
            }
            "--no-fetch" if sub == "domain" => fetch = false,
            "--dnssec" if sub == "doh-server" => dnssec = true,
            _ if sub == "domain" && domain.is_none() && !arg.starts_with('-') => {
                domain = Some(arg.to_string())
            }
            _ if sub == "check" && (arg == "-" || !arg.starts_with('-')) => {
                files.push(arg.to_string())
            }
            _ if arg.starts_with('-') => {
                return Err(Usage(format!(
                    "unknown option '{arg}' for {sub} (see --help)"
                )))
            }
            _ => {
                return Err(Usage(format!(
                    "unexpected argument '{arg}' for {sub} (see --help)"
                )))
            }
        }
        w.pos += 1;
    }
    if sub == "check" {
        let batch = files.len() > 1 || mbox.is_some();
        if include_message && bundle.is_none() {
            return Err(Usage("--include-message needs --bundle OUT".into()));
        }
        if batch && (bundle.is_some() || replay.is_some() || export.is_some()) {
            return Err(Usage(
                "--bundle, --replay and --format markdown|authres take one message, not a batch"
                    .into(),
            ));
        }
        if no_dns && (!dns.zones.is_empty() || dns.doh.is_some() || replay.is_some()) {
            return Err(Usage(
                "--no-dns uses no DNS: --zone, --doh and --replay do not apply".into(),
            ));
        }
        if replay.is_some() {
            if outer {
                return Err(Usage(
                    "--replay uses the bundle's recorded options: drop --outer".into(),
                ));
            }
            if bundle.is_some() {
                return Err(Usage("--replay and --bundle cannot be combined".into()));
            }
            if !dns.zones.is_empty() || dns.offline || dns.doh.is_some() {
                return Err(Usage(
                    "--replay answers DNS from the bundle: --zone, --offline and --doh do not apply"
                        .into(),
                ));
            }
            if ip.is_some()
                || helo.is_some()
                || mail_from.is_some()
                || !rcpt_to.is_empty()
                || now.is_some()
            {
                return Err(Usage(
                    "--replay uses the bundle's recorded identities and time: drop --ip, --helo, --mail-from, --rcpt-to and --now"
                        .into(),
                ));
            }
        }
    }
    match sub {
        "check" => {
            // A batch is for scripts: JSON lines unless text is asked for.
            let batch = !format_set && (files.len() > 1 || mbox.is_some());
            Ok(Command::Check(CheckArgs {
                files,
                mbox,
                ip,
                helo,
                mail_from,
                rcpt_to,
                now,
                dns,
                format: if batch { Format::Json } else { format },
                export,
                authserv_id,
                bundle,
                include_message,
                replay,
                lang,
                outer,
                no_dns,
            }))
        }
        "spf" => Ok(Command::Spf(SpfArgs {
            ip: ip.ok_or_else(|| Usage("spf needs --ip".into()))?,
            mail_from: mail_from.ok_or_else(|| {
                Usage("spf needs --mail-from (use '<>' or '' for the null sender)".into())
            })?,
            helo,
            dns,
            format,
            lang,
        })),
        "dmarc" => {
            if from.is_empty() {
                return Err(Usage("dmarc needs --from ADDR".into()));
            }
            Ok(Command::Dmarc(DmarcArgs {
                query: crate::auth::dmarc::WhatIf {
                    from,
                    spf: spf_id,
                    dkim: dkim_ids,
                },
                dns,
                servfail,
                format,
                lang,
            }))
        }
        "domain" => {
            let domain = domain.ok_or_else(|| Usage("domain needs a DOMAIN".into()))?;
            Ok(Command::Domain(DomainArgs {
                domain,
                selectors,
                fetch: fetch && !dns.offline,
                dns,
                mta_sts_policy,
                bimi_svg,
                bimi_cert,
                format,
                lang,
            }))
        }
        _ => {
            if dns.zones.is_empty() {
                return Err(Usage("doh-server needs at least one --zone FILE".into()));
            }
            Ok(Command::DohServer(DohServerArgs {
                zones: dns.zones,
                listen,
                delay_ms,
                dnssec,
            }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Command, Usage> {
        parse(&s.split_whitespace().map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn check_contract() {
        let Ok(Command::Check(c)) = p("check msg.eml --ip 192.0.2.1 --helo h.example --mail-from <a@b.example> --zone z1 --zone=z2 --offline --now 1700000000 --format json") else {
            panic!("check did not parse");
        };
        assert_eq!(c.files, vec!["msg.eml"]);
        assert_eq!(c.ip, Some("192.0.2.1".parse().unwrap()));
        assert_eq!(c.mail_from.as_deref(), Some("a@b.example"));
        assert_eq!(c.dns.zones, vec!["z1", "z2"]);
        assert!(c.dns.offline);
        assert_eq!(c.now, Some(1_700_000_000));
        assert_eq!(c.format, Format::Json);
        let Ok(Command::Check(c)) = p("check -") else {
            panic!("stdin form")
        };
        assert_eq!(c.files, vec!["-"]);
        let Ok(Command::Check(c)) = p("check") else {
            panic!("no file")
        };
        assert!(c.files.is_empty());
        let Ok(Command::Check(c)) = p("check a.eml b.eml --mbox box --format json") else {
            panic!("batch form")
        };
        assert_eq!((c.files.len(), c.mbox.as_deref()), (2, Some("box")));
    }

    /// The one-line reason a command line is refused.
    fn refused(line: &str) -> String {
        match p(line) {
            Err(Usage(reason)) => reason,
            Ok(_) => panic!("{line:?} was accepted"),
        }
    }

    #[test]
    fn spf_contract_and_errors() {
        let Ok(Command::Spf(s)) = p("spf --ip 2001:db8::1 --mail-from x@y.example --format text")
        else {
            panic!("spf did not parse");
        };
        assert_eq!(s.ip, "2001:db8::1".parse::<IpAddr>().unwrap());
        assert!(refused("spf --mail-from x@y").contains("--ip"));
        assert!(refused("spf --ip 1.2.3.4").contains("--mail-from"));
        assert!(refused("spf --ip 1.2.3 --mail-from a@b").contains("not an IP"));
        assert!(refused("check --format xml").contains("text or json"));
        assert!(refused("check --now soon").contains("unix seconds"));
        assert!(refused("check --bogus").contains("unknown option"));
        assert!(refused("frobnicate").contains("unknown command"));
        assert!(
            p("spf --ip 1.2.3.4 --mail-from a@b --now 5").is_err(),
            "--now is check-only"
        );
        assert!(refused("doh-server").contains("--zone"));
    }

    #[test]
    fn dmarc_contract() {
        let Ok(Command::Dmarc(d)) = p("dmarc --from a@Mail.Example.com --from b@example.com --spf bounce.example.com=softfail --dkim example.com --dkim=other.example=fail --servfail _dmarc.example.com/TXT --servfail * --zone z --offline --format json --lang de")
        else {
            panic!("dmarc did not parse");
        };
        assert_eq!(d.query.from, vec!["a@Mail.Example.com", "b@example.com"]);
        assert_eq!(
            d.query.spf,
            Some(("bounce.example.com".into(), AuthResult::SoftFail))
        );
        assert_eq!(
            d.query.dkim,
            vec![
                ("example.com".into(), AuthResult::Pass),
                ("other.example".into(), AuthResult::Fail)
            ]
        );
        assert_eq!(d.servfail.len(), 2);
        assert_eq!(d.servfail[0].rtype, Some(crate::dns::RType::Txt));
        assert_eq!(d.servfail[1].name, "*");
        assert!(d.dns.offline);
        assert_eq!((d.format, d.lang), (Format::Json, Lang::De));
        assert!(refused("dmarc --spf example.com").contains("--from"));
        assert!(refused("dmarc --from a@b.example --spf b.example=maybe").contains("not a result"));
        assert!(refused("dmarc --from a@b.example --dkim =pass").contains("needs a domain"));
        assert!(p("dmarc --from a@b.example --servfail x/NOPE").is_err());
        assert!(refused("dmarc --from a@b.example --ip 192.0.2.1").contains("unknown option"));
        assert!(p("dmarc --from a@b.example --format markdown").is_err());
        assert!(p("check --servfail x").is_err(), "--servfail is dmarc-only");
        assert!(p("spf --ip 1.2.3.4 --mail-from a@b --from c@d").is_err());
    }

    #[test]
    fn bundle_replay_and_export_contract() {
        let Ok(Command::Check(c)) =
            p("check m.eml --bundle out.json --include-message --format markdown --authserv-id mx.example")
        else {
            panic!("bundle form");
        };
        assert_eq!(c.bundle.as_deref(), Some("out.json"));
        assert!(c.include_message);
        assert_eq!(c.export, Some(Export::Markdown));
        assert_eq!(c.authserv_id.as_deref(), Some("mx.example"));
        let Ok(Command::Check(c)) = p("check --replay b.json --format=authres") else {
            panic!("replay form");
        };
        assert_eq!(c.replay.as_deref(), Some("b.json"));
        assert!(c.files.is_empty());
        assert_eq!(c.export, Some(Export::AuthResults));
        let Ok(Command::Check(c)) = p("check --format markdown --format json") else {
            panic!("the last --format wins");
        };
        assert_eq!((c.format, c.export), (Format::Json, None));
        assert!(p("spf --ip 1.2.3.4 --mail-from a@b --format markdown").is_err());
        assert!(p("spf --ip 1.2.3.4 --mail-from a@b --bundle x").is_err());
        assert!(p("check --replay b.json --zone z").is_err());
        assert!(p("check --replay b.json --ip 192.0.2.1").is_err());
        assert!(p("check --include-message").is_err());
        assert!(p("check --mbox box --replay b.json").is_err());
    }
}
