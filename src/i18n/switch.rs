//! Showing the language asked for: the texts of a language come from the view's cache, or are
//! fetched once (`i18n/{code}.json`) and kept in it; until they come, the language shown stays.

use leptos::prelude::*;
use leptos::task::spawn_local;
use poles_model::catalogue::Language;

use super::Texts;

/// Keeps `shown` on the texts of the language `asked` says, once they are there.
pub fn follow(asked: Memo<Language>, shown: RwSignal<Texts>) {
    let first = shown.get_untracked();
    let cache = StoredValue::new(vec![Texts::english(), first]);
    // An Effect, not a Memo: the texts of a language not yet fetched come later, and until
    // then the language shown is the previous one (`shown` is written when they come, or at
    // once from the cache).
    Effect::new(move |_| {
        let lang = asked.get();
        if shown.with_untracked(|t| t.lang) == lang {
            return;
        }
        let cached = cache.with_value(|c| c.iter().find(|t| t.lang == lang).copied());
        if let Some(texts) = cached {
            shown.set(texts);
            return;
        }
        // The request belongs to the view: once it is gone, `try_` does nothing.
        spawn_local(async move {
            let Some(texts) = crate::load::load_texts(lang).await else {
                return;
            };
            cache.try_update_value(|c| c.push(texts));
            if asked.try_get_untracked() == Some(lang) {
                shown.try_set(texts);
            }
        });
    });
}
