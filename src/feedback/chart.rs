//! The combined aggregate reports as a chart: messages per day, stacked by
//! DMARC pass and fail, drawn as an SVG string here (no script, no
//! third-party library) so the app shows what a test can assert on.
//! Accessible: a `<title>` and `<desc>` in the reader's language, each bar
//! with its own `<title>`; the page puts the same numbers in a table.

use super::combine::GroupRow;
use crate::i18n::phrases::dmarc::Dmarc;
use crate::i18n::Lang;
use crate::tr;

const WIDTH: u32 = 640;
const HEIGHT: u32 = 240;
const LEFT: u32 = 56;
const RIGHT: u32 = 16;
const TOP: u32 = 16;
const BOTTOM: u32 = 40;
/// The colours of the app's status badges (ok / bad), with a pattern-free
/// legend in words so colour is not the only cue.
const PASS_COLOUR: &str = "#2e7d32";
const FAIL_COLOUR: &str = "#c62828";

/// The SVG of messages per day (`days` as [`super::combine::AggregateSummary::by_day`]);
/// `id` prefixes the element ids so two charts on a page do not clash.
pub fn daily_chart(days: &[GroupRow], lang: Lang, id: &str) -> String {
    let messages: u64 = days.iter().map(|d| d.totals.messages).sum();
    let pass: u64 = days.iter().map(|d| d.totals.dmarc_pass).sum();
    let title = tr!(Dmarc::ChartTitle).render(lang);
    let desc = tr!(
        Dmarc::ChartDesc,
        days = days.len(),
        messages = messages,
        pass = pass,
        fail = messages.saturating_sub(pass)
    )
    .render(lang);
    let id = escape(id);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" class=\"report-chart\" data-testid=\"report-chart\">\
         <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>",
        escape(&title),
        escape(&desc)
    );
    let max = days
        .iter()
        .map(|d| d.totals.messages)
        .max()
        .unwrap_or(0)
        .max(1);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    axes(&mut svg, max, plot_h);
    let slot = plot_w as f64 / days.len().max(1) as f64;
    let bar_w = (slot * 0.7).max(1.0);
    // Label at most ~10 days so the dates do not overlap.
    let label_every = days.len().div_ceil(10).max(1);
    for (i, d) in days.iter().enumerate() {
        let x = LEFT as f64 + slot * i as f64 + (slot - bar_w) / 2.0;
        let h_of = |n: u64| n as f64 / max as f64 * plot_h as f64;
        let pass_h = h_of(d.totals.dmarc_pass);
        let fail_h = h_of(d.totals.messages.saturating_sub(d.totals.dmarc_pass));
        let base = (TOP + plot_h) as f64;
        let bar_title = tr!(
            Dmarc::ChartBar,
            day = d.key.clone(),
            pass = d.totals.dmarc_pass,
            fail = d.totals.messages.saturating_sub(d.totals.dmarc_pass)
        )
        .render(lang);
        svg.push_str(&format!(
            "<g data-testid=\"chart-day\" data-day=\"{}\"><title>{}</title>\
             <rect class=\"pass\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar_w:.1}\" height=\"{pass_h:.1}\" fill=\"{PASS_COLOUR}\"/>\
             <rect class=\"fail\" x=\"{x:.1}\" y=\"{:.1}\" width=\"{bar_w:.1}\" height=\"{fail_h:.1}\" fill=\"{FAIL_COLOUR}\"/></g>",
            escape(&d.key),
            escape(&bar_title),
            base - pass_h,
            base - pass_h - fail_h,
        ));
        if i % label_every == 0 {
            svg.push_str(&format!(
                "<text x=\"{:.1}\" y=\"{}\" font-size=\"10\" fill=\"currentColor\" text-anchor=\"middle\" aria-hidden=\"true\">{}</text>",
                x + bar_w / 2.0,
                HEIGHT - BOTTOM + 14,
                escape(d.key.get(5..).unwrap_or(&d.key))
            ));
        }
    }
    legend(&mut svg, lang);
    svg.push_str("</svg>");
    svg
}

fn axes(svg: &mut String, max: u64, plot_h: u32) {
    let base = TOP + plot_h;
    svg.push_str(&format!(
        "<g aria-hidden=\"true\" font-size=\"10\" fill=\"currentColor\"><line x1=\"{LEFT}\" y1=\"{TOP}\" x2=\"{LEFT}\" y2=\"{base}\" stroke=\"currentColor\"/>\
         <line x1=\"{LEFT}\" y1=\"{base}\" x2=\"{}\" y2=\"{base}\" stroke=\"currentColor\"/>\
         <text x=\"{}\" y=\"{}\" text-anchor=\"end\">{max}</text><text x=\"{}\" y=\"{base}\" text-anchor=\"end\">0</text></g>",
        WIDTH - RIGHT,
        LEFT - 4,
        TOP + 8,
        LEFT - 4,
    ));
}

fn legend(svg: &mut String, lang: Lang) {
    let y = HEIGHT - 12;
    svg.push_str(&format!(
        "<g aria-hidden=\"true\" font-size=\"11\" fill=\"currentColor\"><rect x=\"{LEFT}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{PASS_COLOUR}\"/>\
         <text x=\"{}\" y=\"{y}\">{}</text><rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{FAIL_COLOUR}\"/>\
         <text x=\"{}\" y=\"{y}\">{}</text></g>",
        y - 9,
        LEFT + 14,
        escape(&tr!(Dmarc::ChartPass).render(lang)),
        LEFT + 160,
        y - 9,
        LEFT + 174,
        escape(&tr!(Dmarc::ChartFail).render(lang)),
    ));
}

/// Text for SVG content and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
