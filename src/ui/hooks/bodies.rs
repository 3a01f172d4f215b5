//! The node bodies loaded so far, kept in the shell's state and provided to the node page.

use std::rc::Rc;

use yew::prelude::*;

use crate::locale::Locale;
use crate::locale_files::{BodyFile, LoadedBodies, LocaleFileError, LocalePart};
use crate::tree::Node;
use crate::ui::hooks::locale_file::{use_locale_file, LoadState};

impl Reducible for LoadedBodies {
    type Action = BodyFile;

    fn reduce(self: Rc<Self>, file: BodyFile) -> Rc<Self> {
        let mut next = (*self).clone();
        next.add(file);
        Rc::new(next)
    }
}

/// The bodies at hand and the shown body's load state.
#[derive(Clone, PartialEq)]
pub struct BodiesContext {
    pub bodies: UseReducerHandle<LoadedBodies>,
    pub load: LoadState,
}

impl BodiesContext {
    /// The body of `node` in `locale`, if it has arrived.
    pub fn body(&self, node: Node, locale: Locale) -> Option<&str> {
        self.bodies.get(locale, node.index())
    }
}

/// Keeps the bodies loaded so far and loads `shown`'s body in `locale` when it is missing.
#[hook]
pub fn use_body_loader(shown: Option<Node>, locale: Locale) -> BodiesContext {
    let bodies = use_reducer(LoadedBodies::default);
    let ready = shown.is_none_or(|node| bodies.get(locale, node.index()).is_some());
    let install = {
        let dispatcher = bodies.dispatcher();
        Callback::from(move |(part, locale, text): (LocalePart, Locale, String)| {
            let LocalePart::Body(wanted) = part else { return Err(LocaleFileError::Header) };
            dispatcher.dispatch(BodyFile::parse(locale, wanted, &text)?);
            Ok(())
        })
    };
    let load = use_locale_file(shown.map(|node| LocalePart::Body(node.index())), locale, ready, install);
    BodiesContext { bodies, load }
}

#[hook]
pub fn use_bodies() -> BodiesContext {
    use_context::<BodiesContext>().expect("pages render inside the shell's bodies provider")
}
