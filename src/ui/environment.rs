//! "Your environment": the inputs this step uses, remembered and carried in the address.

use yew::prelude::*;

use super::hooks::{use_localizer, use_session};
use crate::content::InputName;
use crate::session::Action;

#[derive(Properties, PartialEq)]
pub struct EnvironmentProps {
    pub inputs: &'static [InputName],
}

#[function_component]
pub fn Environment(props: &EnvironmentProps) -> Html {
    let t = use_localizer();
    if props.inputs.is_empty() {
        return html! {};
    }
    html! {
        <section class="environment" aria-labelledby="environment-title">
            <h2 id="environment-title">{ t.text("environment-title") }</h2>
            <p class="environment-intro">{ t.text("environment-intro") }</p>
            <div class="fields">
                { for props.inputs.iter().map(|&name| html! { <InputField key={name.as_str()} {name} /> }) }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct InputFieldProps {
    name: InputName,
}

/// Several values of a repeatable input are typed in one field, separated by commas or spaces.
fn split_values(name: InputName, text: &str) -> Vec<String> {
    if name.is_repeatable() {
        text.split([',', ' ', '\t', '\n']).filter(|part| !part.is_empty()).map(str::to_string).collect()
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
    let oninput = {
        let typed = typed.clone();
        let dispatch = context.dispatch.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            dispatch.emit(Action::SetInput(name, split_values(name, &text)));
            typed.set(text);
        })
    };
    let id = format!("input-{name}");
    let hint_id = format!("{id}-hint");
    html! {
        <div class="field">
            <label for={id.clone()}>{ t.text(&format!("input-{name}")) }</label>
            <input
                id={id}
                name={name.as_str()}
                type="text"
                value={(*typed).clone()}
                {oninput}
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                aria-describedby={hint_id.clone()}
            />
            <p class="hint" id={hint_id}>{ t.text(&format!("input-{name}-hint")) }</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeatable_inputs_split_on_commas_and_spaces() {
        assert_eq!(split_values(InputName::Replica, "westeurope, eastus  ,"), ["westeurope", "eastus"]);
        assert!(split_values(InputName::Replica, " , ").is_empty());
        assert_eq!(split_values(InputName::Registry, " contoso "), ["contoso"]);
    }
}
