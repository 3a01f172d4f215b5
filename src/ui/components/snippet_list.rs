//! The step's snippets, generated from the validated environment: one card each with copy and download, plus
//! "copy all" and "download as script" for the whole step.

use yew::prelude::*;

use crate::i18n::msg;
use crate::inputs::Inputs;
use crate::snippets::{self, Language, Snippet, SnippetId};
use crate::ui::hooks::use_localizer;
use crate::ui::platform;

#[derive(Properties, PartialEq)]
pub struct SnippetListProps {
    pub ids: &'static [SnippetId],
    pub inputs: Inputs,
    /// Registry name for file names (`contoso-acr.sh`).
    pub file_stem: AttrValue,
}

/// All scripts of the step as one file: each snippet under its title, in the shell's language.
fn combined(snippets: &[Snippet]) -> String {
    snippets.iter().map(|snippet| snippet.body.as_str()).collect::<Vec<_>>().join("\n")
}

/// Rendered only for steps with snippets (see `NodePage`).
#[function_component]
pub fn SnippetList(props: &SnippetListProps) -> Html {
    let t = use_localizer();
    let generated = snippets::generate_all(props.ids, &props.inputs, &t);
    let scripts: Vec<Snippet> =
        generated.iter().filter(|s| matches!(s.language, Language::Bash | Language::PowerShell)).cloned().collect();
    let everything = generated.iter().map(|s| s.body.as_str()).collect::<Vec<_>>().join("\n");
    let download_all = scripts.first().map(|first| {
        let language = first.language;
        let same_shell: Vec<Snippet> = scripts.iter().filter(|s| s.language == language).cloned().collect();
        let name = format!("{}.{}", props.file_stem, language.extension());
        let text = combined(&same_shell);
        let onclick =
            Callback::from(move |_: MouseEvent| platform::download(&name, &text, language == Language::PowerShell));
        html! { <button type="button" {onclick}>{ t.text(msg::SNIPPETS_DOWNLOAD_ALL) }</button> }
    });
    html! {
        <section class="snippets" aria-labelledby="snippets-title">
            <div class="snippets-head">
                <h2 id="snippets-title">{ t.text(msg::SNIPPETS_TITLE) }</h2>
                <div class="snippets-tools">
                    <CopyButton text={everything} label={t.text(msg::SNIPPETS_COPY_ALL)} />
                    { for download_all }
                </div>
            </div>
            { for generated.into_iter().map(|snippet| {
                let key = snippet.id.as_str();
                html! { <SnippetCard {key} {snippet} file_stem={props.file_stem.clone()} /> }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SnippetCardProps {
    snippet: Snippet,
    file_stem: AttrValue,
}

#[function_component]
fn SnippetCard(props: &SnippetCardProps) -> Html {
    let t = use_localizer();
    let snippet = &props.snippet;
    let id = format!("snippet-{}", snippet.id);
    let download = {
        let name = format!("{}-{}.{}", props.file_stem, snippet.id, snippet.language.extension());
        let text = snippet.body.clone();
        let bom = snippet.language == Language::PowerShell;
        Callback::from(move |_: MouseEvent| platform::download(&name, &text, bom))
    };
    html! {
        <figure class="snippet" id={id.clone()}>
            <figcaption>
                <span class="snippet-title">{ &snippet.title }</span>
                <span class="snippet-language">{ snippet.language.as_str() }</span>
            </figcaption>
            <pre><code class={format!("language-{}", snippet.language.as_str())}>{ &snippet.body }</code></pre>
            <div class="snippet-tools">
                <CopyButton text={snippet.body.clone()} label={t.text(msg::SNIPPET_COPY)} />
                <button type="button" onclick={download}>{ t.text(msg::SNIPPET_DOWNLOAD) }</button>
            </div>
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct CopyButtonProps {
    text: String,
    label: String,
}

/// Copies exactly `text` and says so next to the button.
#[function_component]
fn CopyButton(props: &CopyButtonProps) -> Html {
    let t = use_localizer();
    let status = use_state(|| None::<bool>);
    let onclick = {
        let status = status.clone();
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            platform::copy_text(text.clone(), Callback::from(move |copied| status.set(Some(copied))));
        })
    };
    let message = match *status {
        None => String::new(),
        Some(true) => t.text(msg::SNIPPET_COPIED),
        Some(false) => t.text(msg::SNIPPET_COPY_FAILED),
    };
    html! {
        <span class="copy">
            <button type="button" {onclick}>{ &props.label }</button>
            <span class="copy-status" role="status">{ message }</span>
        </span>
    }
}
