//! The compiled UI messages format every message exactly as the reference Fluent runtime does.
#![cfg(not(target_arch = "wasm32"))]

use acr_content_compiler::MessagePiece;
use acr_net_guide::i18n::Localizer;
use acr_net_guide::locale::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

#[test]
fn compiled_messages_match_fluent_bundle_for_every_message_and_locale() {
    let content = crate::support::content();
    let mut checked = 0;
    for locale in &content.locales {
        let shipped = Locale::parse(locale.locale.as_str()).expect("a shipped locale");
        let localizer = Localizer::new(shipped);
        let resource = FluentResource::try_new(locale.ui.ftl.clone()).expect("valid Fluent");
        let mut bundle = FluentBundle::new(vec![locale.locale.as_str().parse().expect("a language tag")]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("unique ids");
        assert_eq!(locale.ui.compiled.len(), locale.ui.messages.len(), "{}: every message has a value", locale.locale);
        for (id, pieces) in &locale.ui.compiled {
            // Arguments with markup-like and non-ASCII text, passed through untouched by both.
            let values: Vec<(String, String)> = pieces
                .iter()
                .filter_map(|piece| match piece {
                    MessagePiece::Variable(name) => Some((name.clone(), format!("<{name}> ığü \"x\""))),
                    MessagePiece::Text(_) => None,
                })
                .collect();
            let mut args = FluentArgs::new();
            for (name, value) in &values {
                args.set(name.as_str(), value.as_str());
            }
            let pattern = bundle.get_message(id).and_then(|message| message.value()).expect("the message exists");
            let mut errors = Vec::new();
            let expected = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty(), "{id}: {errors:?}");
            let borrowed: Vec<(&str, &str)> = values.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            assert_eq!(localizer.lookup(id, &borrowed), expected, "{} {id}", locale.locale);
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} messages checked");
}
