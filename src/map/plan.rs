//! How the marker groups follow a new selection, as plain data: which markers each pane's two
//! groups hold, the [`Step`] each pane takes and which markers go in or out. Pure (no Leaflet),
//! so the choice is tested natively; `markers.rs` carries a [`PanePlan`] out on Leaflet.
//!
//! Each pane has two marker groups: the one on the map and a standby holding the previous
//! selection. A change the standby already holds (a chip toggled back, a letter erased) is a
//! swap of groups; a large change is clustered afresh in the standby (one `addLayers`), which
//! then becomes the shown group while the other keeps the previous selection; a small change
//! adds and removes what changed.

/// One of a pane's two marker groups (0 or 1).
pub type Slot = usize;

/// How one pane follows a new selection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// Nothing changed.
    Keep,
    /// The standby group holds exactly the selection: show it instead.
    Swap,
    /// Add and remove the changed markers in the shown group.
    Update,
    /// Cluster the selection afresh in the standby group, then show it.
    Rebuild,
}

/// Counts for one pane, to choose its [`Step`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Change {
    /// Markers to show.
    pub wanted: usize,
    /// Markers in the shown group.
    pub shown: usize,
    /// Markers in the standby group.
    pub standby: usize,
    /// Markers to add to or remove from the shown group.
    pub differ: usize,
    /// Markers the standby group holds and the selection does not, or the reverse.
    pub standby_differ: usize,
}

impl Change {
    pub fn step(&self) -> Step {
        if self.differ == 0 {
            Step::Keep
        } else if self.standby_differ == 0 {
            Step::Swap
        } else if self.shown == 0 || self.differ < self.wanted {
            // Adding or removing one marker costs about as much as clustering one: changing
            // fewer markers than the selection holds is cheaper than clustering it afresh (and
            // an empty shown group has nothing worth keeping in standby).
            Step::Update
        } else {
            Step::Rebuild
        }
    }
}

/// What one pane does to follow a selection.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PanePlan {
    pub step: Step,
    /// The group that markers go into or out of: the shown one (`Update`), or the standby that
    /// is shown afterwards (`Rebuild`). Unused by `Keep` and `Swap`.
    pub slot: Slot,
    /// Empty `slot` first (a `Rebuild` in a standby that holds markers).
    pub clear: bool,
    /// Dataset positions to add to `slot`, in dataset order.
    pub add: Vec<usize>,
    /// Dataset positions to remove from `slot` (`Update` only), in dataset order.
    pub remove: Vec<usize>,
}

/// Which markers each pane's two groups hold, and which group each pane shows.
#[derive(Clone, Debug)]
pub struct Holdings {
    /// Pane of each cluster (by dataset position).
    pane_of: Vec<usize>,
    /// The shown group of each pane.
    active: Vec<Slot>,
    /// For each slot, whether the cluster's marker is in its pane's group of that slot.
    held: [Vec<bool>; 2],
}

impl Holdings {
    /// Empty groups, group 0 shown, for clusters placed in `panes` panes by `pane_of`.
    pub fn new(pane_of: Vec<usize>, panes: usize) -> Self {
        debug_assert!(pane_of.iter().all(|&p| p < panes));
        let count = pane_of.len();
        Holdings {
            pane_of,
            active: vec![0; panes],
            held: [vec![false; count], vec![false; count]],
        }
    }

    /// The pane of the cluster at `position`.
    pub fn pane_of(&self, position: usize) -> usize {
        self.pane_of[position]
    }

    /// The shown group of `pane`.
    #[cfg(test)]
    pub fn active(&self, pane: usize) -> Slot {
        self.active[pane]
    }

    /// Whether the cluster's marker is in the shown group of its pane.
    pub fn is_shown(&self, position: usize) -> bool {
        self.held[self.active[self.pane_of[position]]][position]
    }

    /// The steps that make every pane show exactly `visible` (dataset positions).
    pub fn plan(&self, visible: &[usize]) -> Vec<PanePlan> {
        let mut wanted = vec![false; self.pane_of.len()];
        for &position in visible {
            wanted[position] = true;
        }
        let mut changes = vec![Change::default(); self.active.len()];
        for (position, &pane) in self.pane_of.iter().enumerate() {
            let active = self.active[pane];
            let (shown, standby) = (self.held[active][position], self.held[1 - active][position]);
            let want = wanted[position];
            let change = &mut changes[pane];
            change.wanted += usize::from(want);
            change.shown += usize::from(shown);
            change.standby += usize::from(standby);
            change.differ += usize::from(shown != want);
            change.standby_differ += usize::from(standby != want);
        }
        let mut plans: Vec<PanePlan> = changes
            .iter()
            .enumerate()
            .map(|(pane, change)| {
                let step = change.step();
                let active = self.active[pane];
                PanePlan {
                    step,
                    slot: if step == Step::Rebuild {
                        1 - active
                    } else {
                        active
                    },
                    clear: step == Step::Rebuild && change.standby > 0,
                    add: Vec::new(),
                    remove: Vec::new(),
                }
            })
            .collect();
        for (position, &pane) in self.pane_of.iter().enumerate() {
            let plan = &mut plans[pane];
            let want = wanted[position];
            match plan.step {
                Step::Keep | Step::Swap => {}
                Step::Update => match (self.held[plan.slot][position], want) {
                    (false, true) => plan.add.push(position),
                    (true, false) => plan.remove.push(position),
                    _ => {}
                },
                Step::Rebuild if want => plan.add.push(position),
                Step::Rebuild => {}
            }
        }
        plans
    }

    /// Records that `plans` (from [`Holdings::plan`]) were carried out.
    pub fn apply(&mut self, plans: &[PanePlan]) {
        for (pane, plan) in plans.iter().enumerate() {
            if plan.clear {
                for (position, _) in self.pane_of.iter().enumerate().filter(|(_, &p)| p == pane) {
                    self.held[plan.slot][position] = false;
                }
            }
            for &position in &plan.add {
                self.held[plan.slot][position] = true;
            }
            for &position in &plan.remove {
                self.held[plan.slot][position] = false;
            }
            if matches!(plan.step, Step::Swap | Step::Rebuild) {
                self.active[pane] = 1 - self.active[pane];
            }
        }
    }
}

#[cfg(test)]
mod tests;
