//! The native command line: argument parsing, resolver set-up and text
//! rendering. `src/bin/headerscope.rs` only calls [`main_with_args`].

pub mod args;
pub mod batch;
pub mod dmarc;
pub mod domain;
pub mod reports;
pub mod text;

use crate::dns::doh::{DohEndpoint, DohResolver};
use crate::dns::zone::{Zone, ZoneResolver};
use crate::dns::Resolver;
use args::{Command, DnsArgs, Format};
use std::io::{Read, Write};

/// Why the command could not run: a one-line reason, exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Runs the CLI; returns the process exit code.
pub fn main_with_args(args: Vec<String>, stdout: &mut dyn Write, stderr: &mut dyn Write) -> i32 {
    let command = match args::parse(&args) {
        Ok(c) => c,
        Err(Usage(msg)) => {
            let _ = writeln!(stderr, "headerscope: {msg}");
            return 2;
        }
    };
    match run(command, stdout, stderr) {
        Ok(()) => 0,
        Err(Usage(msg)) => {
            let _ = writeln!(stderr, "headerscope: {msg}");
            2
        }
    }
}

fn run(command: Command, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), Usage> {
    match command {
        Command::Help => {
            let _ = out.write_all(args::USAGE.as_bytes());
            Ok(())
        }
        Command::Version => {
            let _ = writeln!(out, "headerscope {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Command::Check(c) if c.files.len() > 1 || c.mbox.is_some() => batch::run(&c, out),
        Command::Check(c) if c.replay.is_some() => replay(&c, out, err),
        Command::Check(c) => {
            let raw = read_input(c.files.first().map(String::as_str))?;
            let resolver = check_resolver(&c)?;
            let options = check_options(&c);
            let report =
                futures::executor::block_on(crate::inspect(&raw, &options, resolver.as_ref()))
                    .map_err(|e| Usage(e.to_string()))?;
            if let Some(path) = &c.bundle {
                let b = crate::bundle::create(&raw, &options, &report, c.include_message);
                std::fs::write(path, b.to_json() + "\n")
                    .map_err(|e| Usage(format!("cannot write the bundle {path}: {e}")))?;
            }
            write_out(out, &render_check(&c, &report)?)
        }
        Command::Spf(s) => {
            let resolver = build_resolver(&s.dns)?;
            let recorder = crate::dns::Recorder::new(resolver.as_ref());
            let req = crate::auth::spf::SpfRequest {
                ip: s.ip,
                helo: s.helo.clone(),
                mail_from: s.mail_from.clone(),
                receiver: None,
                now: crate::unix_now(),
            };
            let report = futures::executor::block_on(crate::auth::spf::evaluate(&recorder, &req));
            let rendered = match s.format {
                Format::Json => serde_json::to_string_pretty(&report)
                    .map_err(|e| Usage(format!("cannot encode the report: {e}")))?,
                Format::Text => text::render_spf(&report, &recorder.log(), s.lang),
            };
            write_out(out, &rendered)
        }
        Command::Dmarc(a) => write_out(out, &dmarc::run(&a)?),
        Command::Domain(a) => write_out(out, &domain::run(&a)?),
        Command::Reports(a) => write_out(out, &reports::run(&a)?),
        Command::DohServer(d) => {
            let mut zone = Zone::new();
            for z in &d.zones {
                zone.merge(load_zone(z)?);
            }
            let server = crate::dohd::spawn(
                zone,
                &d.listen,
                crate::dohd::ServerOptions {
                    authenticated: d.dnssec,
                    ..Default::default()
                }
                .with_delay_ms(d.delay_ms),
            )
            .map_err(|e| Usage(format!("cannot listen on {}: {e}", d.listen)))?;
            let _ = writeln!(
                out,
                "serving DNS-over-HTTPS on http://{}/dns-query",
                server.addr
            );
            let _ = out.flush();
            server.wait();
            Ok(())
        }
    }
}

/// The report as `check` prints it: text, JSON, or a people-facing export.
fn render_check(c: &args::CheckArgs, report: &crate::report::Report) -> Result<String, Usage> {
    let id = c
        .authserv_id
        .as_deref()
        .unwrap_or(crate::export::DEFAULT_AUTHSERV_ID);
    Ok(match (c.export, c.format) {
        (Some(args::Export::Markdown), _) => {
            crate::export::helpdesk_markdown_in(report, id, c.lang)
        }
        (Some(args::Export::AuthResults), _) => {
            crate::export::authentication_results_header(report, id)
        }
        (None, Format::Json) => serde_json::to_string_pretty(report)
            .map_err(|e| Usage(format!("cannot encode the report: {e}")))?,
        (None, Format::Text) => text::render_report(report, c.lang),
    })
}

/// `check --replay BUNDLE [FILE]`: the bundle re-run with DNS answered only
/// from its own log. A replay that disagrees with the recorded verdicts (a
/// different headerscope version) is said on standard error.
fn replay(c: &args::CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), Usage> {
    let path = c.replay.as_deref().unwrap_or_default();
    let text = std::fs::read_to_string(path)
        .map_err(|e| Usage(format!("cannot read the bundle {path}: {e}")))?;
    let b = crate::bundle::Bundle::from_json(&text).map_err(|e| Usage(format!("{path}: {e}")))?;
    let raw = match c.files.first() {
        Some(f) => read_input(Some(f))?,
        None => b
            .stored_message()
            .map_err(|e| Usage(format!("{path}: {e}")))?
            .ok_or_else(|| {
                Usage(format!(
                    "{path}: the evidence bundle holds only the message's digest: give the message file too"
                ))
            })?,
    };
    let report = futures::executor::block_on(crate::bundle::replay_with(&b, &raw))
        .map_err(|e| Usage(format!("{path}: {e}")))?;
    if !crate::bundle::verdicts_equal(&report, &b.report) {
        let _ = writeln!(
            err,
            "headerscope: note: the replay differs from the verdicts recorded in {path} (made by headerscope {})",
            b.headerscope
        );
    }
    write_out(out, &render_check(c, &report)?)
}

/// `check`'s resolver: none at all with `--no-dns` (the core then asks nothing).
fn check_resolver(c: &args::CheckArgs) -> Result<Box<dyn Resolver>, Usage> {
    if c.no_dns {
        return Ok(Box::new(crate::dns::NoDns));
    }
    build_resolver(&c.dns)
}

/// The inspection options a `check` command line asks for.
pub fn check_options(c: &args::CheckArgs) -> crate::Options {
    crate::Options {
        overrides: crate::message::Overrides {
            ip: c.ip,
            helo: c.helo.clone(),
            mail_from: c.mail_from.clone(),
            rcpt_to: c.rcpt_to.clone(),
            boundary: None,
        },
        now: c.now,
        outer: c.outer,
        no_dns: c.no_dns,
        ..Default::default()
    }
}

fn write_out(out: &mut dyn Write, s: &str) -> Result<(), Usage> {
    out.write_all(s.as_bytes())
        .and_then(|_| {
            if s.ends_with('\n') {
                Ok(())
            } else {
                out.write_all(b"\n")
            }
        })
        .map_err(|e| Usage(format!("cannot write the output: {e}")))
}

pub(crate) fn read_input(file: Option<&str>) -> Result<Vec<u8>, Usage> {
    let mut raw = Vec::new();
    match file {
        None | Some("-") => {
            std::io::stdin()
                .read_to_end(&mut raw)
                .map_err(|e| Usage(format!("cannot read standard input: {e}")))?;
        }
        Some(path) => {
            raw = std::fs::read(path).map_err(|e| Usage(format!("cannot read {path}: {e}")))?;
        }
    }
    Ok(raw)
}

fn load_zone(path: &str) -> Result<Zone, Usage> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Usage(format!("cannot read zone file {path}: {e}")))?;
    Zone::parse(&text, None).map_err(|e| Usage(format!("zone file {path}: {e}")))
}

/// `--offline`: only the zones (everything else NXDOMAIN); zones without
/// `--offline`: the zones first, then DoH; neither: DoH.
pub fn build_resolver(dns: &DnsArgs) -> Result<Box<dyn Resolver>, Usage> {
    resolver_with(load_zones(dns)?, dns)
}

/// Every `--zone` file, merged.
pub fn load_zones(dns: &DnsArgs) -> Result<Zone, Usage> {
    let mut zone = Zone::new();
    for z in &dns.zones {
        zone.merge(load_zone(z)?);
    }
    Ok(zone)
}

/// The resolver for already-loaded zones (batch workers each build one).
pub fn resolver_with(zone: Zone, dns: &DnsArgs) -> Result<Box<dyn Resolver>, Usage> {
    if dns.offline {
        if dns.doh.is_some() {
            return Err(Usage("--offline and --doh contradict each other".into()));
        }
        return Ok(Box::new(ZoneResolver::offline(zone)));
    }
    let endpoint = match &dns.doh {
        Some(url) => DohEndpoint::custom(url).map_err(|e| Usage(format!("--doh: {e}")))?,
        None => DohEndpoint::cloudflare(),
    };
    let doh: Box<dyn Resolver> = Box::new(DohResolver::new(endpoint));
    if dns.zones.is_empty() {
        Ok(doh)
    } else {
        Ok(Box::new(ZoneResolver::with_fallback(zone, doh)))
    }
}
