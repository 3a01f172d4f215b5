//! "Share this step": the Markdown report (copy, or download as report.md) and a wiki link in the markup of the
//! author's wiki. The link keeps the values on the page (clear a field in the environment panel to leave it out);
//! the redaction switch masks names and addresses in the report and leaves them out of the link. The texts come
//! from the core (`crate::report`, `crate::wiki_link`), the functions the CLI prints with.
//!
//! The controls are plain form fields, read when a button is pressed (one click handler for the whole panel). The
//! report's explanation (the body's Markdown) comes with the locale's search index, which the first click in the
//! panel asks for; the report buttons wait for it.

use yew::prelude::*;

use crate::i18n::{msg, MessageId};
use crate::report::{self, ReportOptions};
use crate::ui::hooks::{use_localizer, use_search, use_session, LoadStatus};
use crate::ui::platform;
use crate::wiki_link::{wiki_link, LinkFormat};

/// Rendered on node pages (see `NodePage`).
#[function_component]
pub fn ShareTools() -> Html {
    let t = use_localizer();
    let session = use_session().session;
    let search = use_search();
    let outcome = use_state(|| None::<MessageId>);
    let locale = session.locale;

    let onclick = {
        let (t, session, search, outcome) = (t.clone(), session.clone(), search.clone(), outcome.clone());
        Callback::from(move |event: MouseEvent| {
            search.want.emit(());
            let Some(action) = platform::action_of(&event) else { return };
            let base = platform::page_base();
            // What a copy button says afterwards.
            let copied = |done: MessageId| {
                let outcome = outcome.clone();
                Callback::from(move |copied: bool| {
                    outcome.set(Some(if copied { done } else { msg::SHARE_COPY_FAILED }))
                })
            };
            let redact = platform::is_checked("share-redact");
            if let Some(format) = action.strip_prefix("link-").and_then(LinkFormat::parse) {
                let mut kept = if redact { report::without_masked_inputs(&session) } else { (*session).clone() };
                kept.inputs = report::in_catalogue_order(&kept.inputs);
                let text = wiki_link(format, kept.current().title(locale), &format!("{base}{}", kept.href()));
                platform::copy_text(text, copied(msg::SHARE_LINK_COPIED));
                return;
            }
            // The report buttons are disabled until the index is there.
            let Some(index) = search.index(locale) else { return };
            let options = ReportOptions { date: &platform::today(), redact, base: &base };
            let text = report::markdown(&session, index, &options, &t);
            if action == "download-report" {
                platform::download("report.md", &text, false);
            } else {
                platform::copy_text(text, copied(msg::SHARE_REPORT_COPIED));
            }
        })
    };
    let waiting = search.index(locale).is_none();
    let failed = search.load.status == LoadStatus::Failed;

    html! {
        <details class="share" {onclick}>
            <summary>{ t.text(msg::SHARE_TITLE) }</summary>
            <p>
                <label><input type="checkbox" id="share-redact" />{ t.text(msg::SHARE_REDACT) }</label>
                <button type="button" data-action="copy-report" disabled={waiting}>{ t.text(msg::SHARE_COPY_REPORT) }</button>
                <button type="button" data-action="download-report" disabled={waiting}>
                    { t.text(msg::SHARE_DOWNLOAD_REPORT) }
                </button>
            </p>
            <p>
                { t.text(msg::SHARE_COPY_LINK) }
                { for LinkFormat::ALL.iter().map(|format| html! {
                    <button type="button" data-action={format!("link-{}", format.as_str())}>{ format.label() }</button>
                }) }
            </p>
            <p class="copy-status" role="status">
                if failed {
                    // The same words as when a language's texts fail to load: that is what happened.
                    { t.text(msg::STRINGS_FAILED) }
                    <button type="button" onclick={search.load.retry.reform(|_: MouseEvent| ())}>{ t.text(msg::BODY_RETRY) }</button>
                } else {
                    { outcome.map(|id| t.text(id)).unwrap_or_default() }
                }
            </p>
        </details>
    }
}
