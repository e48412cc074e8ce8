//! The plan of each branch, and sequences of selections.

use super::*;

/// Ten clusters: 0..8 in the main pane, 8 and 9 in an inset.
fn holdings() -> Holdings {
    Holdings::new(vec![0, 0, 0, 0, 0, 0, 0, 0, 1, 1], 2)
}

/// Plans `visible`, checks that applying it shows exactly `visible`, returns the plans.
fn show(h: &mut Holdings, visible: &[usize]) -> Vec<PanePlan> {
    let plans = h.plan(visible);
    h.apply(&plans);
    let shown: Vec<usize> = (0..10).filter(|&p| h.is_shown(p)).collect();
    let mut want = visible.to_vec();
    want.sort_unstable();
    assert_eq!(shown, want, "after {plans:?}");
    plans
}

fn steps(plans: &[PanePlan]) -> Vec<Step> {
    plans.iter().map(|p| p.step).collect()
}

#[test]
fn step_of_each_change() {
    let change = |wanted, shown, standby, differ, standby_differ| Change {
        wanted,
        shown,
        standby,
        differ,
        standby_differ,
    };
    assert_eq!(change(5, 5, 0, 0, 5).step(), Step::Keep);
    assert_eq!(change(3, 5, 3, 2, 0).step(), Step::Swap);
    assert_eq!(
        change(5, 0, 0, 5, 5).step(),
        Step::Update,
        "an empty shown group"
    );
    assert_eq!(change(5, 6, 0, 1, 5).step(), Step::Update, "a small change");
    assert_eq!(
        change(2, 6, 0, 8, 2).step(),
        Step::Rebuild,
        "a large change"
    );
    assert_eq!(
        change(3, 3, 0, 3, 3).step(),
        Step::Rebuild,
        "as many as wanted"
    );
}

#[test]
fn first_show_adds_to_the_shown_group() {
    let mut h = holdings();
    let plans = show(&mut h, &[0, 1, 2, 8]);
    assert_eq!(steps(&plans), [Step::Update, Step::Update]);
    assert_eq!(plans[0].slot, 0);
    assert_eq!(plans[0].add, [0, 1, 2]);
    assert_eq!(plans[1].add, [8]);
    assert!(plans.iter().all(|p| p.remove.is_empty() && !p.clear));
}

#[test]
fn the_same_selection_keeps_everything() {
    let mut h = holdings();
    show(&mut h, &[0, 1, 2, 8]);
    let plans = show(&mut h, &[2, 1, 0, 8]);
    assert_eq!(steps(&plans), [Step::Keep, Step::Keep]);
    assert!(plans
        .iter()
        .all(|p| p.add.is_empty() && p.remove.is_empty()));
}

#[test]
fn a_small_change_updates_the_shown_group() {
    let mut h = holdings();
    show(&mut h, &[0, 1, 2, 3, 4, 8]);
    let plans = show(&mut h, &[0, 1, 2, 3, 5, 8]);
    assert_eq!(steps(&plans), [Step::Update, Step::Keep]);
    assert_eq!(
        (plans[0].slot, &plans[0].add, &plans[0].remove),
        (0, &vec![5], &vec![4])
    );
    assert_eq!(h.active(0), 0, "no swap");
}

#[test]
fn a_large_change_rebuilds_in_the_standby_then_swaps_back() {
    let mut h = holdings();
    show(&mut h, &[0, 1, 2, 3]);
    let plans = show(&mut h, &[4, 5]);
    assert_eq!(plans[0].step, Step::Rebuild);
    assert_eq!(
        (plans[0].slot, plans[0].clear),
        (1, false),
        "the standby was empty"
    );
    assert_eq!(plans[0].add, [4, 5]);
    assert_eq!(h.active(0), 1, "the standby is shown");
    // Back to the first selection: the other group still holds it.
    let plans = show(&mut h, &[0, 1, 2, 3]);
    assert_eq!(steps(&plans), [Step::Swap, Step::Keep]);
    assert!(plans[0].add.is_empty() && plans[0].remove.is_empty());
    assert_eq!(h.active(0), 0);
}

#[test]
fn a_rebuild_clears_a_standby_that_holds_markers() {
    let mut h = holdings();
    show(&mut h, &[0, 1, 2, 3]);
    show(&mut h, &[4, 5, 6]); // rebuilt in group 1; group 0 keeps 0..4
    let plans = show(&mut h, &[7]);
    assert_eq!(plans[0].step, Step::Rebuild);
    assert_eq!((plans[0].slot, plans[0].clear), (0, true));
    assert_eq!(plans[0].add, [7]);
    // Group 1 (now standby) kept 4, 5, 6: showing them again is a swap.
    assert_eq!(steps(&show(&mut h, &[4, 5, 6])), [Step::Swap, Step::Keep]);
}

#[test]
fn nothing_to_show_swaps_to_an_empty_standby() {
    let mut h = holdings();
    show(&mut h, &[0, 1, 8, 9]);
    let plans = show(&mut h, &[]);
    assert_eq!(steps(&plans), [Step::Swap, Step::Swap]);
    assert_eq!(
        steps(&show(&mut h, &[0, 1, 8, 9])),
        [Step::Swap, Step::Swap]
    );
}

#[test]
fn panes_are_planned_apart() {
    let mut h = holdings();
    show(&mut h, &[0, 1, 2, 3, 8]);
    let plans = show(&mut h, &[0, 1, 2, 3, 9]);
    assert_eq!(steps(&plans), [Step::Keep, Step::Rebuild]);
    assert_eq!(plans[1].add, [9]);
    assert_eq!((h.active(0), h.active(1)), (0, 1));
    assert_eq!(h.pane_of(9), 1);
}

#[test]
fn any_sequence_shows_exactly_the_selection() {
    // A fixed pseudo-random walk through selections; `show` checks every one.
    let mut h = holdings();
    let mut seed = 0x2545_f491_u32;
    let mut kinds = std::collections::HashSet::new();
    for _ in 0..400 {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let visible: Vec<usize> = (0..10).filter(|p| seed >> p & 1 == 1).collect();
        kinds.extend(steps(&show(&mut h, &visible)));
    }
    assert_eq!(kinds.len(), 4, "every step was taken: {kinds:?}");
}
