//! "Your environment": the inputs this step uses, validated as you type, remembered and carried in the address.

use yew::prelude::*;

use crate::i18n::msg;
use crate::inputs::regions::REGIONS;
use crate::inputs::{self, InputError, InputKind};
use crate::session::Action;
use crate::ui::hooks::{use_localizer, use_session};
use acr_vocab::InputName;

#[derive(Properties, PartialEq)]
pub struct EnvironmentProps {
    pub inputs: Vec<InputName>,
    /// Validation problems of the whole session (each field shows its own).
    pub errors: Vec<InputError>,
}

/// Rendered only for steps with inputs (see `NodePage`).
#[function_component]
pub fn Environment(props: &EnvironmentProps) -> Html {
    let t = use_localizer();
    let uses_regions = props.inputs.iter().any(|&name| inputs::spec(name).kind == InputKind::Region);
    html! {
        <section class="environment" aria-labelledby="environment-title">
            <h2 id="environment-title">{ t.text(msg::ENVIRONMENT_TITLE) }</h2>
            <p class="environment-intro">{ t.text(msg::ENVIRONMENT_INTRO) }</p>
            <div class="fields">
                { for props.inputs.iter().map(|&name| {
                    let errors: Vec<String> =
                        props.errors.iter().filter(|e| e.name == name).map(|e| e.describe(&t)).collect();
                    html! { <InputField key={name.as_str()} {name} {errors} /> }
                }) }
            </div>
            if uses_regions {
                <datalist id="azure-regions">
                    { for REGIONS.iter().map(|region| html! { <option value={region.name}>{ region.display }</option> }) }
                </datalist>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct InputFieldProps {
    name: InputName,
    errors: Vec<String>,
}

/// Several values of a repeatable input are typed in one field, separated by commas (region display names
/// contain spaces).
fn split_values(name: InputName, text: &str) -> Vec<String> {
    if inputs::spec(name).repeatable {
        text.split([',', ';', '\n']).map(str::trim).filter(|part| !part.is_empty()).map(str::to_string).collect()
    } else {
        vec![text.trim().to_string()]
    }
}

#[function_component]
fn InputField(props: &InputFieldProps) -> Html {
    let t = use_localizer();
    let context = use_session();
    let name = props.name;
    let stored: Vec<String> = context.session.input(name).map(str::to_string).collect();
    // What the user typed, kept as typed ("westeurope, " stays while the next region is being typed).
    let typed = use_state(|| stored.join(", "));
    {
        let typed = typed.clone();
        use_effect_with(stored.clone(), move |stored| {
            if split_values(name, &typed) != *stored {
                typed.set(stored.join(", "));
            }
        });
    }
    let id = format!("input-{name}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let invalid = !props.errors.is_empty();
    let described_by = if invalid { format!("{hint_id} {error_id}") } else { hint_id.clone() };
    let kind = inputs::spec(name).kind;
    let control = match kind {
        // A drop-down; the empty choice means "not given".
        InputKind::Choice(options) => {
            let dispatch = context.dispatch.clone();
            let onchange = Callback::from(move |event: Event| {
                let value = event.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
                dispatch.emit(Action::SetInput(name, vec![value]));
            });
            let current = stored.first().cloned().unwrap_or_default();
            html! {
                <select id={id.clone()} name={name.as_str()} {onchange} aria-describedby={described_by}
                    aria-invalid={invalid.then_some("true")}>
                    <option value="" selected={current.is_empty()}>{ t.text(msg::INPUT_NOT_SET) }</option>
                    { for options.iter().map(|option| html! {
                        <option value={*option} selected={current.eq_ignore_ascii_case(option)}>{ *option }</option>
                    }) }
                </select>
            }
        }
        InputKind::Text | InputKind::Region => {
            let oninput = {
                let typed = typed.clone();
                let dispatch = context.dispatch.clone();
                Callback::from(move |event: InputEvent| {
                    let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                    dispatch.emit(Action::SetInput(name, split_values(name, &text)));
                    typed.set(text);
                })
            };
            let list = (kind == InputKind::Region).then_some("azure-regions");
            html! {
                <input id={id.clone()} name={name.as_str()} type="text" value={(*typed).clone()} {oninput} {list}
                    autocomplete="off" autocapitalize="off" spellcheck="false"
                    aria-describedby={described_by} aria-invalid={invalid.then_some("true")} />
            }
        }
    };
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()}>{ t.text(msg::input_label(name)) }</label>
            { control }
            <p class="hint" id={hint_id}>{ t.text(msg::input_hint(name)) }</p>
            if invalid {
                <p class="field-error" id={error_id}>{ for props.errors.iter().map(|e| html! { <span>{ e }</span> }) }</p>
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeatable_inputs_split_on_commas() {
        assert_eq!(split_values(InputName::Replica, "westeurope, East US 2  ,"), ["westeurope", "East US 2"]);
        assert!(split_values(InputName::Replica, " , ").is_empty());
        assert_eq!(split_values(InputName::Registry, " contoso "), ["contoso"]);
    }
}
