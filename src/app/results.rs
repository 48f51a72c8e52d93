//! Everything shown for one inspected message, top to bottom: the summary,
//! the verdict cards, the hop table, what the receivers said, the sending
//! host, the antispam headers and the DNS log.

use super::state::AppState;
use super::{antispam, cards, dnslog, hops, host, receiver, summary::SummaryPanel, unwrap};
use crate::i18n::Lang;
use crate::report::Report;
use std::rc::Rc;
use yew::prelude::*;

pub fn view(state: &UseReducerHandle<AppState>, r: &Rc<Report>, lang: Lang) -> Html {
    html! {
        <>
            { unwrap::view(lang, state, r) }
            <SummaryPanel state={state.clone()} report={r.clone()} />
            { cards::view(lang, r) }
            { hops::view(lang, state, &r.received) }
            { receiver::view(lang, r) }
            { host::view(lang, r) }
            { antispam::view(lang, &r.antispam) }
            { dnslog::view(lang, &r.dns) }
        </>
    }
}
