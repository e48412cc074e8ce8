//! The time control, beside the filters: a slider of months from the first labels to today,
//! with ticks at the dates of the policy's milestones, the date said aloud, a Play button that
//! replays the years (a year a press under `prefers-reduced-motion`) and a way back to today.
//! It writes `at=` (`YYYY-MM`); the whole atlas follows the date of the selection.

use std::time::Duration;

use leptos::prelude::*;
use poles_model::{Day, PartialDate, Selection};

use crate::history::Entry;
use crate::state::View;

/// The first month of the slider: the first labels (July 2005).
const START: (u16, u8) = (2005, 7);
/// A year of months: a step of Play, and of Page Up / Page Down.
const YEAR: u32 = 12;
/// The time between two steps of Play.
const PLAY_STEP: Duration = Duration::from_millis(900);

/// Months since the slider's start (0: July 2005).
fn month_index(day: Day) -> u32 {
    (u32::from(day.year()) * 12 + u32::from(day.month()))
        .saturating_sub(u32::from(START.0) * 12 + u32::from(START.1))
}

/// The month at `index`.
fn month_at(index: u32) -> PartialDate {
    let months = u32::from(START.0) * 12 + u32::from(START.1) - 1 + index;
    PartialDate {
        year: (months / 12) as u16,
        month: Some((months % 12) as u8 + 1),
        day: None,
    }
}

#[component]
pub fn TimeControl(today: Day, ticks: Vec<Day>, selection: Memo<Selection>) -> impl IntoView {
    let view = expect_context::<View>();
    let last = month_index(today);
    let shown = Memo::new(move |_| selection.with(|s| month_index(s.day).min(last)));
    let at_today = move || {
        view.state
            .with(|s| s.filters.at.is_none() && !s.filters.brochure_2006)
    };
    // The date shown, in words: "Today (4 December 2026)", "May 2010".
    let label = move || {
        let t = view.texts();
        let dates = t.dates();
        selection.with(|s| {
            if at_today() {
                t.time_today(&dates.partial(s.day.date()))
            } else {
                view.state.with(|state| match state.filters.at {
                    Some(at) if !state.filters.brochure_2006 => dates.partial(at),
                    _ => dates.partial(month_at(month_index(s.day))),
                })
            }
        })
    };
    let go = move |index: u32, entry: Entry| {
        let at = (index < last).then(|| month_at(index));
        view.navigate(entry, |s| {
            s.filters.at = at;
            s.filters.brochure_2006 = false;
        });
    };
    let value_of = |event: &leptos::ev::Event| event_target_value(event).parse::<u32>().ok();

    // Play: a step a year, from the start again if the slider is at its end. Under reduced
    // motion, each press is one step.
    let playing = RwSignal::new(false);
    let reduced_motion = window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let step = move || {
        let next = (shown.get_untracked() + YEAR).min(last);
        go(next, Entry::Replace);
        if next >= last {
            playing.set(false);
        }
    };
    Effect::new(move |_| {
        if playing.get() {
            crate::defer::every(PLAY_STEP, step);
        }
    });
    let play = move |_| {
        if playing.get_untracked() {
            playing.set(false);
            return;
        }
        let from = if shown.get_untracked() >= last {
            0
        } else {
            shown.get_untracked()
        };
        go(from, Entry::Push);
        if reduced_motion {
            step();
        } else {
            playing.set(true);
        }
    };

    let tick_options = (ticks.into_iter())
        .map(month_index)
        .filter(|&i| i <= last)
        .map(|i| view! { <option value=i.to_string()></option> })
        .collect_view();
    view! {
        <div class="time-control" role="group" aria-labelledby="time-label">
            <label id="time-label" for="time">{move || view.texts().time_label()}</label>
            <input
                id="time"
                type="range"
                min="0"
                max=last.to_string()
                step="1"
                list="time-ticks"
                prop:value=move || shown.get().to_string()
                aria-valuetext=label
                on:input=move |event| {
                    if let Some(index) = value_of(&event) {
                        go(index, Entry::Preview);
                    }
                }
                on:change=move |event| {
                    if let Some(index) = value_of(&event) {
                        go(index, Entry::Push);
                    }
                }
            />
            <datalist id="time-ticks">{tick_options}</datalist>
            <output for="time" class="time-shown" aria-live="polite">{label}</output>
            <button type="button" class="tool time-play" aria-pressed=move || playing.get().to_string() on:click=play>
                // On phones the icon stands for the words, which stay the button's name.
                <span class="time-play-icon" aria-hidden="true">{move || if playing.get() { "❚❚" } else { "▶" }}</span>
                <span class="time-play-text">
                    {move || if playing.get() { view.texts().time_pause() } else { view.texts().time_play() }}
                </span>
            </button>
            // Hidden rather than removed: Leptos 0.8 keeps a removed view's reactive text
            // subscribed to the language for good (ARCHITECTURE.md).
            <button type="button" class="link-button time-now" hidden=at_today on:click=move |_| go(last, Entry::Push)>
                {move || view.texts().time_back_to_today()}
            </button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_count_from_july_2005() {
        let day = |text| Day::parse(text).unwrap();
        assert_eq!(month_index(day("2005-07-12")), 0);
        assert_eq!(month_index(day("2010-05-11")), 58);
        assert_eq!(month_at(58).to_string(), "2010-05");
        assert_eq!(month_at(0).to_string(), "2005-07");
        assert_eq!(
            month_index(day("2004-01-01")),
            0,
            "before the start: the start"
        );
        for index in 0..300 {
            assert_eq!(month_index(month_at(index).last_day()), index);
        }
    }
}
