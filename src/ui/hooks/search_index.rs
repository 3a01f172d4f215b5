//! The shown locale's search index (the search page's results, the share panel's report), kept in the shell's
//! state once loaded and fetched only when a page asks for it.

use std::rc::Rc;

use yew::prelude::*;

use crate::locale::Locale;
use crate::locale_files::{self, LocaleFileError, LocalePart, SearchIndexes};
use crate::search::SearchIndex;
use crate::ui::hooks::locale_file::{use_locale_file, LoadState};

impl Reducible for SearchIndexes {
    type Action = SearchIndex;

    fn reduce(self: Rc<Self>, index: SearchIndex) -> Rc<Self> {
        let mut next = (*self).clone();
        next.add(index);
        Rc::new(next)
    }
}

/// The indexes at hand, the shown locale's load state, and a way for a page to ask for it.
#[derive(Clone, PartialEq)]
pub struct SearchContext {
    pub indexes: UseReducerHandle<SearchIndexes>,
    pub load: LoadState,
    /// Asks for the shown locale's index (the share panel does on its first use).
    pub want: Callback<()>,
}

impl SearchContext {
    /// `locale`'s index, if it has arrived.
    pub fn index(&self, locale: Locale) -> Option<&SearchIndex> {
        self.indexes.get(locale)
    }
}

/// Keeps the search indexes loaded so far and loads `locale`'s when the search page is `shown` or a page has
/// asked for it.
#[hook]
pub fn use_search_loader(shown: bool, locale: Locale) -> SearchContext {
    let indexes = use_reducer(SearchIndexes::default);
    let asked = use_state_eq(|| false);
    let install = {
        let dispatcher = indexes.dispatcher();
        Callback::from(move |(_, locale, text): (LocalePart, Locale, String)| -> Result<(), LocaleFileError> {
            dispatcher.dispatch(locale_files::parse_search(locale, text)?);
            Ok(())
        })
    };
    let wanted = (shown || *asked).then_some(LocalePart::Search);
    let load = use_locale_file(wanted, locale, indexes.get(locale).is_some(), install);
    let want = Callback::from(move |()| asked.set(true));
    SearchContext { indexes, load, want }
}

#[hook]
pub fn use_search() -> SearchContext {
    use_context::<SearchContext>().expect("pages render inside the shell's search provider")
}
