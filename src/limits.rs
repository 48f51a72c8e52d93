//! How much of a message one inspection reads, and how much of a value a
//! person is shown: every number here sits above anything a legitimate
//! message reaches, so that only a hostile or broken message meets it. A
//! limit that is met is never a silent cut: the check says how many were
//! left out, as a notice and in the trace.

use crate::i18n::phrases::intake::Intake;
use crate::i18n::text::Text;
use crate::i18n::Lang;
use crate::message::auth_results::ReceiverVerdict;
use crate::trace::Step;
use std::borrow::Cow;

/// The limits of one inspection. `Default` is what the CLI and the app use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// DKIM-Signature fields evaluated (key lookup, hashing, verification),
    /// topmost first; the rest are counted and not looked up. RFC 6376 §6.1
    /// lets a verifier limit the signatures it checks. OpenDKIM verifies 3 by
    /// default (`MaximumSignaturesToVerify`), mailauth 20 (`maxSignatures`,
    /// since 8.2.0), Apache jDKIM 32. A diagnostic tool shows more than an
    /// MTA checks, but a message with over 50 signatures is made to cost work.
    pub dkim_signatures: usize,
    /// ARC sets read. RFC 8617 §4.2.1 caps the instance `i=` at 50: a message
    /// with more sets has a failed chain, decided here without any lookup.
    pub arc_sets: usize,
    /// Receivers' results (entries of Authentication-Results,
    /// ARC-Authentication-Results and Received-SPF headers together) read and
    /// compared. A real header carries a handful (spf, dkim per signature,
    /// dmarc, arc, bimi...); 200 is forty receivers' worth of them.
    pub receiver_results: usize,
    /// Distinct From domains DMARC checks, in the order the From header
    /// names them. RFC 5322 §3.6 allows one From field; a From of several
    /// mailboxes is rare and names a few domains. Each domain costs a record,
    /// a tree walk and (RFC 7489 §6.6.1) an evaluation of its own.
    pub from_domains: usize,
    /// Received headers read into the hop table, topmost first. RFC 5321
    /// §6.3 asks servers counting hops to allow at least 100; Postfix
    /// (`hopcount_limit` 50), Exim (`received_headers_max` 30) and sendmail
    /// (`MaxHopCount` 25) bounce mail long before.
    pub received_headers: usize,
    /// Antispam headers decoded (Microsoft, SpamAssassin, rspamd, amavis).
    /// Each filter writes a few per pass (Exchange Online about six); 100 is
    /// a long chain of filtering systems.
    pub antispam_headers: usize,
    /// Distinct DNS queries one inspection may send; the rest fail at once
    /// with a reason. SPF alone may cost about 120 (RFC 7208 §4.6.4: 10
    /// lookups, 10 names per MX or PTR), DKIM 50 keys, ARC 100, DMARC a few
    /// per domain; 1,000 leaves room for all of them together.
    pub dns_queries: usize,
    /// Characters of one value or trace line shown in the text and Markdown
    /// formats; longer ones are cut with their length shown. RFC 5322 §2.1.1
    /// caps a line at 998 characters; JSON keeps the value whole.
    pub shown_line_chars: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            dkim_signatures: 50,
            arc_sets: 50,
            receiver_results: 200,
            from_domains: 10,
            received_headers: 100,
            antispam_headers: 100,
            dns_queries: 1_000,
            shown_line_chars: 998,
        }
    }
}

/// `text` cut to `max` characters for a person to read, with how long it
/// was (in `lang`); shorter text is returned as it is.
pub fn elide_in(text: &str, max: usize, lang: Lang) -> Cow<'_, str> {
    match cut(text, max) {
        None => Cow::Borrowed(text),
        Some(t) => Cow::Owned(t.render(lang)),
    }
}

/// [`elide_in`] in English.
pub fn elide(text: &str, max: usize) -> Cow<'_, str> {
    elide_in(text, max, Lang::En)
}

/// `text` cut to `max` characters with the note of its length, as a
/// sentence; `None` when it fits.
fn cut(text: &str, max: usize) -> Option<Text> {
    let len = text.chars().count();
    if len <= max {
        return None;
    }
    let kept: String = text.chars().take(max).collect();
    Some(crate::tr!(
        Intake::Elided,
        text = kept,
        note = crate::tr!(Intake::ElidedChars, n = len)
    ))
}

/// [`elide_in`] on every line of `text` (a rendered report).
pub fn elide_lines(text: &str, max: usize, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len().min(1 << 20));
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        out.push_str(&elide_in(body, max, lang));
        out.push_str(end);
    }
    out
}

/// Characters of detail lines one trace step keeps (in every format, JSON
/// too): a signature's header block is shown so a person can see what was
/// hashed, and 64 KiB is many times a real one; replay needs none of it.
pub const STEP_DETAIL_CHARS: usize = 64 * 1024;

/// Cuts the detail lines of every step (children too) to [`STEP_DETAIL_CHARS`]
/// in all, saying how many lines were left out: fifty signatures over one
/// megabyte header must not make fifty megabytes of report.
pub fn bound_details(steps: &mut [Step]) {
    for step in steps.iter_mut() {
        let mut used = 0usize;
        let mut keep = step.detail.len();
        for (i, line) in step.detail.iter_mut().enumerate() {
            // Sentences are short; the raw material is what grows.
            let Some(raw) = line.as_verbatim() else {
                continue;
            };
            let len = raw.chars().count();
            if used + len > STEP_DETAIL_CHARS {
                let room = STEP_DETAIL_CHARS.saturating_sub(used).max(80);
                if let Some(t) = cut(raw, room) {
                    *line = t;
                }
                keep = i + 1;
                break;
            }
            used += len;
        }
        let dropped = step.detail.len() - keep;
        if dropped > 0 {
            step.detail.truncate(keep);
            step.detail
                .push(crate::tr!(Intake::LinesNotShown, n = dropped));
        }
        bound_details(&mut step.children);
    }
}

/// [`bound_details`] over every trace of a report.
pub fn bound_report(r: &mut crate::report::Report) {
    bound_details(&mut r.spf.trace);
    bound_details(&mut r.spf.helo_trace);
    for d in &mut r.dkim {
        bound_details(&mut d.trace);
    }
    bound_details(&mut r.arc.trace);
    bound_details(&mut r.dmarc.trace);
    bound_details(&mut r.dmarc.rfc9989.trace);
    bound_details(&mut r.dmarc.rfc7489.trace);
    if let Some(i) = &mut r.iprev {
        bound_details(&mut i.trace);
    }
    for d in &mut r.dnsbl {
        bound_details(std::slice::from_mut(&mut d.step));
    }
}

/// Keeps the first `max` receivers' results over all `verdicts`; the
/// headers after the one that reached the limit are dropped with their
/// results (50,000 ARC-Authentication-Results headers would otherwise stay
/// as 50,000 empty rows). Returns how many results were dropped.
pub fn keep_results(verdicts: &mut Vec<ReceiverVerdict>, max: usize) -> usize {
    let mut left = max;
    let mut dropped = 0;
    let mut keep_headers = verdicts.len();
    for (i, v) in verdicts.iter_mut().enumerate() {
        if left == 0 && i < keep_headers {
            keep_headers = i;
        }
        let keep = v.results.len().min(left);
        dropped += v.results.len() - keep;
        v.results.truncate(keep);
        left -= keep;
    }
    verdicts.truncate(keep_headers);
    dropped
}

/// A count of items left out, where the `limit` kept the first `kept`.
pub fn over(total: usize, limit: usize) -> Option<usize> {
    total.checked_sub(limit).filter(|&n| n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elide_keeps_short_text_and_says_how_long_the_long_was() {
        assert_eq!(elide("short", 10), "short");
        let long = "x".repeat(2_000);
        let shown = elide(&long, 998);
        assert!(shown.starts_with(&"x".repeat(998)));
        assert!(shown.contains("2000 characters"), "{shown}");
        assert!(shown.chars().count() < 1_100);
        // Counted in characters, not bytes: a cut never splits a character.
        assert_eq!(elide(&"ä".repeat(5), 5), "ä".repeat(5));
        assert!(elide(&"ä".repeat(6), 5).starts_with(&"ä".repeat(5)));
    }

    #[test]
    fn long_details_are_cut_and_counted() {
        let mut steps = vec![
            Step::new(crate::trace::StepKind::Compute, Text::verbatim("block"))
                .with_details((0..5_000).map(|i| format!("{i:0>100}"))),
        ];
        bound_details(&mut steps);
        let d = &steps[0].detail;
        let chars: usize = d.iter().map(|l| l.en().chars().count()).sum();
        assert!(chars < STEP_DETAIL_CHARS + 200, "{chars}");
        assert!(
            d.last()
                .is_some_and(|l| l.en().contains("more lines not shown")),
            "{:?}",
            d.last()
        );
        let mut short =
            vec![Step::new(crate::trace::StepKind::Info, Text::verbatim("x")).with_detail("y")];
        bound_details(&mut short);
        assert_eq!(short[0].detail, vec![Text::verbatim("y")]);
    }

    #[test]
    fn elided_lines_keep_their_ends_and_translate_the_note() {
        let text = format!("short\n{}\nend", "y".repeat(50));
        let en = elide_lines(&text, 10, Lang::En);
        assert_eq!(en, "short\nyyyyyyyyyy… (50 characters in all)\nend");
        let de = elide_lines(&text, 10, Lang::De);
        assert!(de.contains("(insgesamt 50 Zeichen)"), "{de}");
    }

    #[test]
    fn results_past_the_limit_are_dropped_with_their_headers() {
        use crate::message::auth_results::parse_authentication_results;
        let mut v: Vec<ReceiverVerdict> = (0..4)
            .map(|i| parse_authentication_results(&format!("mx{i}.example; spf=pass; dkim=pass")))
            .collect();
        assert_eq!(v[0].results.len(), 2);
        assert_eq!(keep_results(&mut v, 3), 5);
        assert_eq!(v.len(), 2);
        assert_eq!(v.iter().map(|r| r.results.len()).sum::<usize>(), 3);
        let mut all = v.clone();
        assert_eq!(keep_results(&mut all, 100), 0);
        assert_eq!(all, v);
    }

    #[test]
    fn over_counts_only_what_is_left_out() {
        assert_eq!(over(49, 50), None);
        assert_eq!(over(50, 50), None);
        assert_eq!(over(462, 50), Some(412));
    }
}
