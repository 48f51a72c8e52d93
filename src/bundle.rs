//! Evidence bundles: one JSON file holding an inspection (the message's
//! digest, or the message itself when the user opts in; the options; every
//! DNS answer with resolver, time and TTL; all verdicts and traces), and its
//! replay with no network, which gives the same verdicts.
//!
//! No file or clock access beyond `web_time`: the browser app uses this too.

use crate::dns::replay::ReplayResolver;
use crate::dns::QueryLog;
use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
use crate::message::{InputError, Overrides};
pub use crate::report::run::RunInfo;
use crate::report::Report;
use crate::tr;
use base64::Engine;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::net::IpAddr;

/// The `format` value every bundle carries.
pub const FORMAT: &str = "headerscope-bundle";
/// The bundle layout version this build writes and reads.
pub const VERSION: u32 = 1;

/// The inspection options, as recorded (the serializable form of [`crate::Options`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedOptions {
    pub ip: Option<IpAddr>,
    pub helo: Option<String>,
    pub mail_from: Option<String>,
    /// The SMTP RCPT TO addresses given (`--rcpt-to`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rcpt_to: Vec<String>,
    /// The trust boundary the user chose (Received header index, 0 = topmost).
    pub boundary: Option<usize>,
    /// The receiving host's name.
    pub receiver: Option<String>,
    /// DNS blocklist zones; empty = the defaults.
    pub dnsbl_zones: Vec<String>,
    /// The wrapper was inspected, not the message inside (`--outer`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outer: bool,
    /// No DNS was used (`--no-dns`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_dns: bool,
}

impl RecordedOptions {
    pub fn from_options(o: &crate::Options) -> RecordedOptions {
        RecordedOptions {
            ip: o.overrides.ip,
            helo: o.overrides.helo.clone(),
            mail_from: o.overrides.mail_from.clone(),
            rcpt_to: o.overrides.rcpt_to.clone(),
            boundary: o.overrides.boundary,
            receiver: o.receiver.clone(),
            dnsbl_zones: o.dnsbl_zones.clone(),
            outer: o.outer,
            no_dns: o.no_dns,
        }
    }

    /// The options for a run at `now`.
    pub fn to_options(&self, now: u64) -> crate::Options {
        crate::Options {
            overrides: Overrides {
                ip: self.ip,
                helo: self.helo.clone(),
                mail_from: self.mail_from.clone(),
                rcpt_to: self.rcpt_to.clone(),
                boundary: self.boundary,
            },
            now: Some(now),
            receiver: self.receiver.clone(),
            dnsbl_zones: self.dnsbl_zones.clone(),
            // A bundle replays under this version's limits (they are not options a user sets).
            limits: crate::Limits::default(),
            outer: self.outer,
            no_dns: self.no_dns,
        }
    }
}

/// How the message text is stored, when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    /// The message as a JSON string (it was valid UTF-8).
    Text,
    /// Standard base64 of the raw bytes.
    Base64,
}

/// The message: always its digest and size; its bytes only when the user asked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageEvidence {
    /// SHA-256 of the raw bytes as inspected, lowercase hex.
    pub sha256: String,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<Encoding>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
}

/// One inspection as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] for bundles this build writes.
    pub version: u32,
    /// The headerscope version that made it.
    pub headerscope: String,
    /// When the bundle was made, unix seconds.
    pub created_at: u64,
    /// The `now` the inspection used (signature expiry is judged against it on replay too).
    pub now: u64,
    pub options: RecordedOptions,
    pub message: MessageEvidence,
    /// The full report: verdicts, traces, and the DNS log the replay answers from.
    pub report: Report,
}

/// Why a bundle cannot be read or replayed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// Not JSON, or not the bundle layout.
    Malformed(Text),
    /// JSON, but not a headerscope bundle.
    NotABundle(Text),
    /// A bundle version this build does not know.
    UnsupportedVersion(u32),
    /// The bundle holds only the digest and no message was given.
    MessageMissing,
    /// The message given (or stored) is not the one the bundle was made from.
    MessageMismatch { expected: String, actual: String },
    /// The stored message cannot be decoded.
    BadContent(String),
    /// The message could not be inspected on replay.
    Input(InputError),
}

impl crate::i18n::text::Describe for BundleError {
    fn text(&self) -> crate::i18n::text::Text {
        match self {
            BundleError::Malformed(e) => tr!(Intake::BundleMalformed, error = e),
            BundleError::NotABundle(what) => {
                tr!(Intake::BundleNotOurs, format = what, expected = FORMAT)
            }
            BundleError::UnsupportedVersion(v) => {
                tr!(Intake::BundleVersion, version = v, supported = VERSION)
            }
            BundleError::MessageMissing => tr!(Intake::BundleDigestOnly),
            BundleError::MessageMismatch { expected, actual } => {
                tr!(Intake::BundleMismatch, actual = actual, expected = expected)
            }
            BundleError::BadContent(e) => tr!(Intake::BundleBadContent, error = e),
            BundleError::Input(e) => crate::i18n::text::Describe::text(e),
        }
    }
}
crate::sentence_arg!(BundleError);

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::i18n::text::Describe::text(self).en())
    }
}

impl std::error::Error for BundleError {}

/// Lowercase hex SHA-256.
pub fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Makes the bundle for an inspection of `raw` with `options` that gave `report`.
/// The message itself goes in only with `include_message`.
pub fn create(
    raw: &[u8],
    options: &crate::Options,
    report: &Report,
    include_message: bool,
) -> Bundle {
    // The report knows the `now` inspect() really used, even when the options left it to the clock.
    let now = if report.run.now != 0 {
        report.run.now
    } else {
        options.now.unwrap_or_else(crate::unix_now)
    };
    let (encoding, content) = if include_message {
        match std::str::from_utf8(raw) {
            Ok(s) => (Some(Encoding::Text), Some(s.to_string())),
            Err(_) => (
                Some(Encoding::Base64),
                Some(base64::engine::general_purpose::STANDARD.encode(raw)),
            ),
        }
    } else {
        (None, None)
    };
    Bundle {
        format: FORMAT.into(),
        version: VERSION,
        headerscope: env!("CARGO_PKG_VERSION").into(),
        created_at: crate::unix_now(),
        now,
        options: RecordedOptions::from_options(options),
        message: MessageEvidence {
            sha256: sha256_hex(raw),
            size: raw.len() as u64,
            encoding,
            content,
        },
        report: report.clone(),
    }
}

impl Bundle {
    /// Reads a bundle, checking the format and version before the layout so
    /// that a wrong file gets a clear message rather than a serde path.
    pub fn from_json(text: &str) -> Result<Bundle, BundleError> {
        // Straight from the text: a detour through `serde_json::Value` would
        // link a second deserializer of the whole report into the wasm.
        let layout_error = match serde_json::from_str::<Bundle>(text) {
            Ok(b) if b.format == FORMAT && b.version == VERSION => return Ok(b),
            Ok(_) => None,
            Err(e) => Some(e),
        };
        Self::diagnose(text)?;
        // The format and version are right, so the layout is what failed.
        Err(BundleError::Malformed(Text::verbatim(
            layout_error.map(|e| e.to_string()).unwrap_or_default(),
        )))
    }

    /// Why a text that did not read as a bundle of this version is not one:
    /// not JSON, not a bundle, or another version (in that order).
    fn diagnose(text: &str) -> Result<(), BundleError> {
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| BundleError::Malformed(Text::verbatim(e.to_string())))?;
        match value.get("format") {
            Some(serde_json::Value::String(f)) if f == FORMAT => {}
            Some(other) => return Err(BundleError::NotABundle(Text::verbatim(other.to_string()))),
            None => return Err(BundleError::NotABundle(tr!(Intake::BundleFormatMissing))),
        }
        match value.get("version").and_then(serde_json::Value::as_u64) {
            Some(v) if v == u64::from(VERSION) => Ok(()),
            Some(v) => Err(BundleError::UnsupportedVersion(
                u32::try_from(v).unwrap_or(u32::MAX),
            )),
            None => Err(BundleError::Malformed(tr!(Intake::BundleNoVersion))),
        }
    }

    pub fn to_json(&self) -> String {
        // A Report is plain data (strings, numbers, vectors): serializing it cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The stored message's bytes, when the bundle has them (checked against the digest).
    pub fn stored_message(&self) -> Result<Option<Vec<u8>>, BundleError> {
        let Some(content) = &self.message.content else {
            return Ok(None);
        };
        let raw = match self.message.encoding.unwrap_or(Encoding::Text) {
            Encoding::Text => content.as_bytes().to_vec(),
            Encoding::Base64 => base64::engine::general_purpose::STANDARD
                .decode(content.trim())
                .map_err(|e| BundleError::BadContent(e.to_string()))?,
        };
        self.check_message(&raw)?;
        Ok(Some(raw))
    }

    /// Fails unless `raw` is the message the bundle was made from.
    pub fn check_message(&self, raw: &[u8]) -> Result<(), BundleError> {
        let actual = sha256_hex(raw);
        if actual.eq_ignore_ascii_case(self.message.sha256.trim()) {
            Ok(())
        } else {
            Err(BundleError::MessageMismatch {
                expected: self.message.sha256.clone(),
                actual,
            })
        }
    }

    /// The recorded DNS answers.
    pub fn dns_log(&self) -> &[QueryLog] {
        &self.report.dns
    }
}

/// Replays a bundle that holds the message: the same inspection with the
/// recorded `now` and options, DNS answered only from the recorded log.
pub async fn replay(bundle: &Bundle) -> Result<Report, BundleError> {
    let raw = bundle
        .stored_message()?
        .ok_or(BundleError::MessageMissing)?;
    run_replay(bundle, &raw).await
}

/// Replays a bundle against a message given separately (a digest-only bundle,
/// or to check a stored copy); the message must match the bundle's digest.
pub async fn replay_with(bundle: &Bundle, raw: &[u8]) -> Result<Report, BundleError> {
    bundle.check_message(raw)?;
    if bundle.message.content.is_some() {
        // A stored copy that disagrees with its own digest means the bundle was edited.
        bundle.stored_message()?;
    }
    run_replay(bundle, raw).await
}

async fn run_replay(bundle: &Bundle, raw: &[u8]) -> Result<Report, BundleError> {
    let resolver = ReplayResolver::from_log(&bundle.report.dns);
    let options = bundle.options.to_options(bundle.now);
    crate::inspect(raw, &options, &resolver)
        .await
        .map_err(BundleError::Input)
}

/// The report with what legitimately differs between a run and its replay
/// removed: timings, which resolver answered, and the order in which
/// concurrent queries happened to start.
pub fn normalized(report: &Report) -> Report {
    let mut r = report.clone();
    for q in &mut r.dns {
        q.started_ms = 0.0;
        q.elapsed_ms = 0.0;
        q.resolver.clear();
    }
    r.dns
        .sort_by(|a, b| (&a.name, a.rtype).cmp(&(&b.name, b.rtype)));
    r.run.resolver.clear();
    r.run.offline = false;
    r
}

/// Whether two reports give the same verdicts, traces, findings and DNS
/// answers, ignoring only what [`normalized`] removes.
pub fn verdicts_equal(a: &Report, b: &Report) -> bool {
    normalized(a) == normalized(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_round_trip() {
        let o = crate::Options {
            overrides: Overrides {
                ip: "192.0.2.1".parse().ok(),
                helo: Some("h.example".into()),
                mail_from: Some("a@b.example".into()),
                rcpt_to: vec!["c@d.example".into()],
                boundary: Some(2),
            },
            now: Some(5),
            receiver: Some("mx.example".into()),
            dnsbl_zones: vec!["zen.example".into()],
            limits: crate::Limits::default(),
            outer: true,
            no_dns: true,
        };
        assert_eq!(RecordedOptions::from_options(&o).to_options(5), o);
    }

    #[test]
    fn digest_is_lowercase_hex_sha256() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn wrong_files_get_clear_errors() {
        assert!(matches!(
            Bundle::from_json("{"),
            Err(BundleError::Malformed(_))
        ));
        let e = Bundle::from_json(r#"{"format":"something-else","version":1}"#).unwrap_err();
        assert!(
            e.to_string().contains("not a headerscope evidence bundle"),
            "{e}"
        );
        let e = Bundle::from_json(r#"{"format":"headerscope-bundle","version":7}"#).unwrap_err();
        assert_eq!(e, BundleError::UnsupportedVersion(7));
        assert!(matches!(
            Bundle::from_json(r#"{"format":"headerscope-bundle","version":1}"#),
            Err(BundleError::Malformed(_))
        ));
    }

    #[test]
    fn a_complete_bundle_of_another_format_or_version_is_refused_as_such() {
        let good = create(
            b"Subject: x\r\n\r\nhi\r\n",
            &crate::Options::default(),
            &Report::default(),
            true,
        );
        let text = good.to_json();
        assert_eq!(Bundle::from_json(&text), Ok(good));
        let other = text.replacen("\"headerscope-bundle\"", "\"elsewhere-bundle\"", 1);
        let e = Bundle::from_json(&other).unwrap_err();
        assert_eq!(
            e,
            BundleError::NotABundle(Text::verbatim("\"elsewhere-bundle\""))
        );
        let newer = text.replacen("\"version\": 1,", "\"version\": 2,", 1);
        assert_eq!(
            Bundle::from_json(&newer),
            Err(BundleError::UnsupportedVersion(2))
        );
    }

    #[test]
    fn binary_messages_are_stored_as_base64() {
        let raw = b"Subject: x\r\n\r\n\xff\xfe body\r\n";
        let b = create(raw, &crate::Options::default(), &Report::default(), true);
        assert_eq!(b.message.encoding, Some(Encoding::Base64));
        assert_eq!(b.stored_message(), Ok(Some(raw.to_vec())));
        let digest_only = create(raw, &crate::Options::default(), &Report::default(), false);
        assert_eq!(digest_only.message.content, None);
        assert_eq!(digest_only.stored_message(), Ok(None));
        assert_eq!(digest_only.message.size, raw.len() as u64);
    }

    #[test]
    fn an_edited_stored_message_is_refused() {
        let mut b = create(
            b"Subject: x\r\n\r\nhi\r\n",
            &crate::Options::default(),
            &Report::default(),
            true,
        );
        b.message.content = Some("Subject: y\r\n\r\nhi\r\n".into());
        assert!(matches!(
            b.stored_message(),
            Err(BundleError::MessageMismatch { .. })
        ));
    }
}
