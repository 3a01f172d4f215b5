//! "Paste your error": local diagnosis on the start page. The pasted text stays in the text area only —
//! never in the address, storage or anywhere else (logs carry tokens). The web build fetches the rules when the
//! text area is first focused (or at the first "Find the step"), so the first load does not carry them.

use yew::prelude::*;

use crate::diagnose::{diagnose_with, found_values, notes, Diagnosis};
use crate::diagnosis_rules;
use crate::i18n::msg;
use crate::session::Action;
use crate::ui::hooks::{use_localizer, use_rules_file, use_session, LoadStatus};

#[function_component]
pub fn PasteBox() -> Html {
    let t = use_localizer();
    let context = use_session();
    let area = use_node_ref();
    let result = use_state(|| None::<Diagnosis>);
    let applied = use_state(|| false);
    let rules_file = use_rules_file();
    // "Find the step" was pressed before the rules arrived: it runs when they do.
    let waiting = use_state_eq(|| false);
    let diagnose_area = {
        let area = area.clone();
        let result = result.clone();
        let applied = applied.clone();
        move || {
            let Some(rules) = diagnosis_rules::available() else { return };
            let text = area.cast::<web_sys::HtmlTextAreaElement>().map(|a| a.value()).unwrap_or_default();
            applied.set(false);
            result.set(Some(diagnose_with(rules, &text)));
        }
    };
    {
        let waiting = waiting.clone();
        let diagnose_area = diagnose_area.clone();
        use_effect_with((rules_file.load.status, *waiting), move |&(status, is_waiting)| {
            if status == LoadStatus::Ready && is_waiting {
                waiting.set(false);
                diagnose_area();
            }
        });
    }
    let run = {
        let waiting = waiting.clone();
        let want = rules_file.want.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if diagnosis_rules::available().is_some() {
                diagnose_area();
            } else {
                waiting.set(true);
                want.emit(());
            }
        })
    };
    let prefetch = rules_file.want.reform(|_: FocusEvent| ());
    let rules_note = match (rules_file.load.status, *waiting) {
        (LoadStatus::Loading, true) => {
            Some(html! { <p class="rules-loading">{ t.text(msg::PASTE_RULES_LOADING) }</p> })
        }
        (LoadStatus::Failed, _) => Some(html! {
            <p class="rules-failed">
                { t.text(msg::PASTE_RULES_FAILED) }{ " " }
                <button type="button" onclick={rules_file.load.retry.reform(|_: MouseEvent| ())}>{ t.text(msg::BODY_RETRY) }</button>
            </p>
        }),
        _ => None,
    };
    let report = result.as_ref().map(|diagnosis| {
        let session = &context.session;
        let locale = session.locale;
        let matches = diagnosis.matches.iter().map(|found| {
            let before = &found.evidence[..found.phrase.start];
            let phrase = &found.evidence[found.phrase.clone()];
            let after = &found.evidence[found.phrase.end..];
            // Integer formatting: float formatting would add ~10 KB to the wasm for this one number.
            let percent = ((found.score * 100.0).round() as u32).to_string();
            // Pasted probe output names its view exactly (inputs and trail included): open that one.
            let opened = match &diagnosis.probe {
                Some(view) if view.current() == found.node => view.apply(Action::SwitchLocale(locale)),
                _ => session.apply(Action::Open(found.node)),
            };
            html! {
                <li>
                    <a href={opened.href()}>{ found.node.title(locale) }</a>
                    <span class="confidence">{ t.format(msg::paste_confidence(&percent)) }</span>
                    <code class="evidence">{ before }<mark>{ phrase }</mark>{ after }</code>
                </li>
            }
        });
        let extracted = &diagnosis.extracted;
        let values = found_values(extracted);
        // Too close to call: both steps are in the list above; this names them and links the step that decides.
        let one_of_two = diagnosis.one_of_two.map(|pair| {
            let ask = pair.ask.map(|step| {
                html! {
                    <p class="tell-apart">
                        { t.text(msg::PASTE_TELL_APART) }{ " " }
                        <a href={session.apply(Action::Open(step)).href()}>{ step.title(locale) }</a>
                    </p>
                }
            });
            html! {
                <div class="one-of-two">
                    <p>{ t.format(msg::paste_one_of_two(pair.first.title(locale), pair.second.title(locale))) }</p>
                    { for ask }
                </div>
            }
        });
        let found_values = (!values.is_empty()).then(|| {
            let apply = {
                let dispatch = context.dispatch.clone();
                let applied = applied.clone();
                let values = values.clone();
                Callback::from(move |_: MouseEvent| {
                    dispatch.emit(Action::SetInputs(values.clone()));
                    applied.set(true);
                })
            };
            html! {
                <div class="found-values">
                    <p>{ t.text(msg::PASTE_FOUND_VALUES) }</p>
                    <dl>
                        { for values.iter().map(|(name, value)| html! {
                            <>
                                <dt>{ t.text(msg::input_label(*name)) }</dt>
                                <dd><code>{ value.join(", ") }</code></dd>
                            </>
                        }) }
                    </dl>
                    <button type="button" onclick={apply}>{ t.text(msg::PASTE_USE_VALUES) }</button>
                    <span role="status">{ if *applied { t.text(msg::PASTE_VALUES_APPLIED) } else { String::new() } }</span>
                </div>
            }
        });
        let details = notes(diagnosis, &t);
        html! {
            <>
                if diagnosis.matches.is_empty() {
                    <p class="no-match">{ t.text(msg::PASTE_NO_MATCH) }</p>
                } else {
                    <h3>{ t.text(msg::PASTE_RESULTS) }</h3>
                    <ol class="matches">{ for matches }</ol>
                    { for one_of_two }
                }
                { for details.iter().map(|detail| html! { <p class="detail">{ detail }</p> }) }
                { for found_values }
            </>
        }
    });
    html! {
        <section class="paste-box" aria-labelledby="paste-title">
            <h2 id="paste-title">{ t.text(msg::PASTE_TITLE) }</h2>
            <form onsubmit={run}>
                <label for="paste-text">{ t.text(msg::PASTE_LABEL) }</label>
                <textarea id="paste-text" ref={area} rows="5" spellcheck="false" autocomplete="off"
                    aria-describedby="paste-hint" onfocus={prefetch} />
                <p class="hint" id="paste-hint">{ t.text(msg::PASTE_HINT) }</p>
                <button type="submit">{ t.text(msg::PASTE_BUTTON) }</button>
            </form>
            // In the page from the start (empty), so that screen readers announce the first result too.
            <div class="diagnosis" role="status">{ for rules_note }{ for report }</div>
        </section>
    }
}
