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
        let bom = language == Language::PowerShell;
        html! { <ToolButton {text} act={Act::Download { name, bom }} label={t.text(msg::SNIPPETS_DOWNLOAD_ALL)} /> }
    });
    html! {
        <section class="snippets" aria-labelledby="snippets-title">
            <div class="snippets-head">
                <h2 id="snippets-title">{ t.text(msg::SNIPPETS_TITLE) }</h2>
                <div class="snippets-tools">
                    <ToolButton text={everything} act={Act::Copy} label={t.text(msg::SNIPPETS_COPY_ALL)} />
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
    let title_id = format!("{id}-title");
    let name = format!("{}-{}.{}", props.file_stem, snippet.id, snippet.language.extension());
    let bom = snippet.language == Language::PowerShell;
    // The block scrolls (long lines, tall scripts), so it is a focusable region named by the snippet's title;
    // the buttons' shared labels ("Copy") get the title as their description.
    html! {
        <figure class="snippet" id={id.clone()}>
            <figcaption>
                <span class="snippet-title" id={title_id.clone()}>{ &snippet.title }</span>
                <span class="snippet-language">{ snippet.language.as_str() }</span>
            </figcaption>
            <pre tabindex="0" role="region" aria-labelledby={title_id.clone()}>
                <code class={format!("language-{}", snippet.language.as_str())}>{ &snippet.body }</code>
            </pre>
            <div class="snippet-tools">
                <ToolButton text={snippet.body.clone()} act={Act::Copy} label={t.text(msg::SNIPPET_COPY)}
                    described_by={title_id.clone()} />
                <ToolButton text={snippet.body.clone()} act={Act::Download { name, bom }}
                    label={t.text(msg::SNIPPET_DOWNLOAD)} described_by={title_id} />
            </div>
        </figure>
    }
}

/// What a snippet button does with its text.
#[derive(Clone, PartialEq)]
enum Act {
    Copy,
    /// Offer it as a file of this name; `bom` prefixes UTF-8's byte order mark (PowerShell).
    Download {
        name: String,
        bom: bool,
    },
}

/// What the last press of a button did.
#[derive(Clone, PartialEq)]
enum Done {
    Copied(bool),
    Downloaded(String),
}

#[derive(Properties, PartialEq)]
struct ToolButtonProps {
    text: String,
    label: String,
    act: Act,
    /// The id of what the button acts on, when its label alone does not say it.
    #[prop_or_default]
    described_by: Option<String>,
}

/// Copies or downloads exactly `text` and says what happened next to the button, in a polite live region (the
/// browser's own download bar is not announced everywhere).
#[function_component]
fn ToolButton(props: &ToolButtonProps) -> Html {
    let t = use_localizer();
    let status = use_state(|| None::<Done>);
    let onclick = {
        let status = status.clone();
        let (text, act) = (props.text.clone(), props.act.clone());
        Callback::from(move |_: MouseEvent| match &act {
            Act::Copy => {
                // Emptied first, so that a second copy is announced again.
                status.set(None);
                let status = status.clone();
                platform::copy_text(text.clone(), Callback::from(move |copied| status.set(Some(Done::Copied(copied)))));
            }
            Act::Download { name, bom } => {
                platform::download(name, &text, *bom);
                status.set(Some(Done::Downloaded(name.clone())));
            }
        })
    };
    let message = match (&*status, &props.act) {
        (Some(Done::Copied(true)), _) => t.text(msg::SNIPPET_COPIED),
        (Some(Done::Copied(false)), _) => t.text(msg::SNIPPET_COPY_FAILED),
        // Only while the name holds: another registry typed since makes it another file.
        (Some(Done::Downloaded(file)), Act::Download { name, .. }) if file == name => {
            t.format(msg::snippet_download_started(file))
        }
        _ => String::new(),
    };
    html! {
        <span class="copy">
            <button type="button" {onclick} aria-describedby={props.described_by.clone()}>{ &props.label }</button>
            <span class="copy-status" role="status">{ message }</span>
        </span>
    }
}
