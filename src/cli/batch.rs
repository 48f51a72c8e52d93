//! Batch mode: several files or an mbox, checked in parallel, printed as JSON
//! lines in input order.

use super::args::{CheckArgs, Format};
use super::{check_options, load_zones, resolver_with, Usage};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// One JSON line: the report, or why the message could not be inspected.
#[derive(serde::Serialize)]
struct Line<'a> {
    source: &'a str,
    index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a crate::report::Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// One message to check and where it came from.
struct Item {
    source: String,
    raw: Vec<u8>,
}

/// Splits an mbox (mboxo/mboxrd) into messages: a message starts at a line
/// beginning with `From ` at the start of the file or after an empty line;
/// `>From ` quoting (one level) is undone.
pub fn split_mbox(data: &[u8]) -> Vec<Vec<u8>> {
    let mut messages = Vec::new();
    let mut current: Option<Vec<u8>> = None;
    let mut prev_blank = true;
    for line in data.split_inclusive(|&b| b == b'\n') {
        if prev_blank && line.starts_with(b"From ") {
            if let Some(mut m) = current.take() {
                // The blank line before "From " belongs to the mbox, not the message.
                if m.ends_with(b"\r\n\r\n") {
                    m.truncate(m.len() - 2);
                } else if m.ends_with(b"\n\n") {
                    m.truncate(m.len() - 1);
                }
                messages.push(m);
            }
            current = Some(Vec::new());
            prev_blank = false;
            continue;
        }
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        prev_blank = content.is_empty();
        let body = current.get_or_insert_with(Vec::new);
        let unquoted = line
            .iter()
            .position(|&b| b != b'>')
            .is_some_and(|p| p > 0 && line[p..].starts_with(b"From "));
        body.extend_from_slice(if unquoted { &line[1..] } else { line });
    }
    if let Some(m) = current {
        if !m.iter().all(u8::is_ascii_whitespace) {
            messages.push(m);
        }
    }
    messages
}

fn collect(c: &CheckArgs) -> Result<Vec<Item>, Usage> {
    let mut items = Vec::new();
    for f in &c.files {
        items.push(Item {
            source: f.clone(),
            raw: super::read_input(Some(f))?,
        });
    }
    if let Some(path) = &c.mbox {
        let data = std::fs::read(path).map_err(|e| Usage(format!("cannot read {path}: {e}")))?;
        for (i, m) in split_mbox(&data).into_iter().enumerate() {
            items.push(Item {
                source: format!("{path}#{}", i + 1),
                raw: m,
            });
        }
    }
    Ok(items)
}

/// Checks every message; each worker thread has its own resolver and runs
/// its messages one after another, so the threads are the parallelism.
pub fn run(c: &CheckArgs, out: &mut dyn Write) -> Result<(), Usage> {
    let items = collect(c)?;
    let zone = load_zones(&c.dns)?;
    // Fail on a bad --doh or --offline combination before starting threads.
    resolver_with(zone.clone(), &c.dns)?;
    let options = check_options(c);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, String)>();
    let mut result = Ok(());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (zone, items, next, options, format, lang) =
                (zone.clone(), &items, &next, &options, c.format, c.lang);
            scope.spawn(move || {
                let Ok(resolver) = resolver_with(zone, &c.dns) else {
                    return;
                };
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    let outcome = futures::executor::block_on(crate::inspect(
                        &item.raw,
                        options,
                        resolver.as_ref(),
                    ));
                    let line = render(i, &item.source, outcome, format, lang);
                    if tx.send((i, line)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Print in input order as results arrive.
        let mut pending = BTreeMap::new();
        let mut expected = 0usize;
        for (i, line) in rx {
            pending.insert(i, line);
            while let Some(line) = pending.remove(&expected) {
                if result.is_ok() {
                    result = out
                        .write_all(line.as_bytes())
                        .map_err(|e| Usage(format!("cannot write the output: {e}")));
                }
                expected += 1;
            }
        }
    });
    result
}

fn render(
    index: usize,
    source: &str,
    outcome: Result<crate::report::Report, crate::message::InputError>,
    format: Format,
    lang: crate::i18n::Lang,
) -> String {
    match format {
        Format::Json => {
            let (report, error) = match &outcome {
                Ok(r) => (Some(r), None),
                Err(e) => (None, Some(e.to_string())),
            };
            let line = Line {
                source,
                index,
                report,
                error,
            };
            match serde_json::to_string(&line) {
                Ok(s) => format!("{s}\n"),
                Err(e) => format!("{{\"source\":{:?},\"index\":{index},\"error\":\"cannot encode the report: {e}\"}}\n", source),
            }
        }
        Format::Text => match outcome {
            Ok(report) => format!(
                "==> {source} <==\n{}\n",
                super::text::render_report(&report, lang)
            ),
            Err(e) => format!(
                "==> {source} <==\n{}\n\n",
                lang.f(
                    crate::i18n::Msg::CliError,
                    &[("text", &lang.core(&crate::i18n::text::Describe::text(&e)))]
                )
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::split_mbox;

    #[test]
    fn mbox_split_and_unquote() {
        let mbox = b"From a@x Mon Nov 23 10:00:00 2026\nSubject: one\n\nbody\n>From the start\n\nFrom b@y Mon Nov 23 10:00:01 2026\nSubject: two\n\nbody\nFrom here is not a separator\n";
        let m = split_mbox(mbox);
        assert_eq!(m.len(), 2, "{m:?}");
        assert_eq!(m[0], b"Subject: one\n\nbody\nFrom the start\n".to_vec());
        assert!(m[1].ends_with(b"From here is not a separator\n"));
        assert!(split_mbox(b"").is_empty());
    }
}
