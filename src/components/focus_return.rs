//! The way between the regions × sectors table and the panels that lead to it (the region
//! profile, the choropleth legend): they open the table ([`open_matrix`]), and a header of the
//! table that brings the map back says where the focus returns ([`ReturnTo`], kept in
//! [`MatrixReturn`]); the panel's heading takes it ([`focus_on_return`]).

use leptos::prelude::*;

use crate::history::Entry;
use crate::state::View;

/// Where focus goes when a header of the table brings the map back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnTo {
    /// The region profile's heading (a region was chosen).
    Profile,
    /// The choropleth legend's heading (a sector was chosen).
    Legend,
}

/// The pending [`ReturnTo`], shared by the table and the headings it returns to (provided by
/// the atlas view).
#[derive(Clone, Copy)]
pub struct MatrixReturn(StoredValue<Option<ReturnTo>>);

impl MatrixReturn {
    pub fn new() -> Self {
        MatrixReturn(StoredValue::new(None))
    }

    /// Sends the focus to `target` when the table closes next.
    pub fn set(self, target: ReturnTo) {
        self.0.set_value(Some(target));
    }
}

impl Default for MatrixReturn {
    fn default() -> Self {
        Self::new()
    }
}

/// Focuses `heading` when the table closes with `target` pending.
pub fn focus_on_return(target: ReturnTo, heading: NodeRef<leptos::html::H2>) {
    let view = expect_context::<View>();
    let pending = expect_context::<MatrixReturn>().0;
    Effect::new(move |was_on: Option<bool>| {
        let on = view.state.with(|s| s.matrix);
        if was_on == Some(true) && !on {
            let mine = pending
                .try_update_value(|p| p.take_if(|t| *t == target))
                .flatten()
                .is_some();
            if mine {
                crate::defer::next_frame(move || {
                    if let Some(heading) = heading.get_untracked() {
                        let _ = heading.focus();
                    }
                });
            }
        }
        on
    });
}

/// Shows the table (a new history entry: Back returns to the map).
pub fn open_matrix(view: View) {
    view.navigate(Entry::Push, |s| {
        s.matrix = true;
        s.cluster = None;
    });
}
