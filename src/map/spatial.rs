//! Moving between markers with the keyboard, as geometry: the keys of the marker layer, the
//! first and last icons on screen in reading order and the nearest icon in an arrow's direction. Pure, so
//! it is tested natively; `keyboard.rs` measures the icons and moves the focus.

/// A point on screen (CSS pixels, y downwards): the centre of a marker or group icon.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    pub x: f64,
    pub y: f64,
}

/// A direction of an arrow key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// What a key does in the marker layer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// An arrow: to the nearest icon in that direction.
    Move(Direction),
    /// Home: to the first icon in reading order.
    First,
    /// End: to the last icon in reading order.
    Last,
    /// Enter or Space: open the card, or open the group (zoom in or spread it out).
    Activate,
    /// Escape: leave the markers for the map itself.
    Leave,
}

impl Key {
    /// The key of a `KeyboardEvent.key` value, if the marker layer handles it.
    pub fn from_name(name: &str) -> Option<Key> {
        Some(match name {
            "ArrowLeft" | "Left" => Key::Move(Direction::Left),
            "ArrowRight" | "Right" => Key::Move(Direction::Right),
            "ArrowUp" | "Up" => Key::Move(Direction::Up),
            "ArrowDown" | "Down" => Key::Move(Direction::Down),
            "Home" => Key::First,
            "End" => Key::Last,
            "Enter" | " " | "Spacebar" => Key::Activate,
            "Escape" | "Esc" => Key::Leave,
            _ => return None,
        })
    }
}

/// Icons whose centres are this close vertically (px) are read as one line.
const LINE_HEIGHT: f64 = 12.0;

/// The first spot in reading order: the leftmost of the top line (the spots within
/// [`LINE_HEIGHT`] of the topmost one).
pub fn first(spots: &[Spot]) -> Option<usize> {
    let top = spots.iter().map(|s| s.y).fold(f64::INFINITY, f64::min);
    pick(spots, |s| s.y - top <= LINE_HEIGHT, |a, b| a.x < b.x)
}

/// The last spot in reading order: the rightmost of the bottom line.
pub fn last(spots: &[Spot]) -> Option<usize> {
    let bottom = spots.iter().map(|s| s.y).fold(f64::NEG_INFINITY, f64::max);
    pick(spots, |s| bottom - s.y <= LINE_HEIGHT, |a, b| a.x > b.x)
}

/// The spot of the line `on_line` that is `better` than the others (no sorting: a linear scan
/// keeps the code small).
fn pick(
    spots: &[Spot],
    on_line: impl Fn(&Spot) -> bool,
    better: impl Fn(&Spot, &Spot) -> bool,
) -> Option<usize> {
    let mut best: Option<usize> = None;
    for (index, spot) in spots.iter().enumerate() {
        if on_line(spot) && best.is_none_or(|b| better(spot, &spots[b])) {
            best = Some(index);
        }
    }
    best
}

/// The spot nearest to `spots[from]` in `direction`, if any. Spots within 45° of the
/// direction come first (nearest by distance); failing those, any spot ahead, scored by how far
/// ahead plus twice how far aside. (Squared distances compare as distances do.)
pub fn nearest(spots: &[Spot], from: usize, direction: Direction) -> Option<usize> {
    let origin = spots[from];
    let mut in_cone: Option<(f64, usize)> = None;
    let mut ahead: Option<(f64, usize)> = None;
    for (index, spot) in spots.iter().enumerate() {
        let (dx, dy) = (spot.x - origin.x, spot.y - origin.y);
        let (forward, aside) = match direction {
            Direction::Left => (-dx, dy.abs()),
            Direction::Right => (dx, dy.abs()),
            Direction::Up => (-dy, dx.abs()),
            Direction::Down => (dy, dx.abs()),
        };
        if index == from || forward <= 0.5 {
            continue;
        }
        let best = |slot: &mut Option<(f64, usize)>, score: f64| {
            if slot.is_none_or(|(s, _)| score < s) {
                *slot = Some((score, index));
            }
        };
        if aside <= forward {
            best(&mut in_cone, forward * forward + aside * aside);
        }
        best(&mut ahead, forward + 2.0 * aside);
    }
    in_cone.or(ahead).map(|(_, index)| index)
}

/// The spot nearest to `point`, leaving out `except`.
pub fn closest(spots: &[Spot], point: Spot, except: Option<usize>) -> Option<usize> {
    spots
        .iter()
        .enumerate()
        .filter(|&(index, _)| Some(index) != except)
        .min_by(|(_, a), (_, b)| {
            let d =
                |s: &Spot| (s.x - point.x) * (s.x - point.x) + (s.y - point.y) * (s.y - point.y);
            d(a).total_cmp(&d(b))
        })
        .map(|(index, _)| index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spots(points: &[(f64, f64)]) -> Vec<Spot> {
        points.iter().map(|&(x, y)| Spot { x, y }).collect()
    }

    #[test]
    fn keys_by_name() {
        assert_eq!(Key::from_name("ArrowUp"), Some(Key::Move(Direction::Up)));
        assert_eq!(Key::from_name("Left"), Some(Key::Move(Direction::Left)));
        assert_eq!(Key::from_name("Home"), Some(Key::First));
        assert_eq!(Key::from_name("End"), Some(Key::Last));
        assert_eq!(Key::from_name("Enter"), Some(Key::Activate));
        assert_eq!(Key::from_name(" "), Some(Key::Activate));
        assert_eq!(Key::from_name("Escape"), Some(Key::Leave));
        assert_eq!(Key::from_name("Tab"), None, "Tab leaves by itself");
        assert_eq!(Key::from_name("a"), None);
    }

    #[test]
    fn first_and_last_in_reading_order() {
        // Two lines: y 10..18 and y 50..55; a spot 8 px lower still belongs to the top line.
        let s = spots(&[
            (300.0, 50.0),
            (200.0, 15.0),
            (100.0, 10.0),
            (50.0, 18.0),
            (10.0, 55.0),
        ]);
        assert_eq!(first(&s), Some(3), "the leftmost of the top line");
        assert_eq!(last(&s), Some(0), "the rightmost of the bottom line");
        assert_eq!(first(&[]), None);
        assert_eq!(last(&[]), None);
    }

    #[test]
    fn a_spot_below_the_line_is_not_on_it() {
        // The third spot is 16 px below the first: on a line of its own.
        let s = spots(&[(30.0, 0.0), (20.0, 8.0), (10.0, 16.0)]);
        assert_eq!(first(&s), Some(1));
        assert_eq!(
            last(&s),
            Some(1),
            "the bottom line holds the second and the third"
        );
    }

    #[test]
    fn arrows_go_to_the_nearest_spot_in_their_direction() {
        //        1
        //   3    0    2
        //        4
        let s = spots(&[
            (100.0, 100.0),
            (100.0, 40.0),
            (180.0, 100.0),
            (20.0, 110.0),
            (110.0, 170.0),
        ]);
        assert_eq!(nearest(&s, 0, Direction::Up), Some(1));
        assert_eq!(nearest(&s, 0, Direction::Right), Some(2));
        assert_eq!(nearest(&s, 0, Direction::Left), Some(3));
        assert_eq!(nearest(&s, 0, Direction::Down), Some(4));
        assert_eq!(
            nearest(&s, 1, Direction::Up),
            None,
            "nothing above the top spot"
        );
        assert_eq!(nearest(&s, 2, Direction::Right), None);
    }

    #[test]
    fn a_spot_within_45_degrees_beats_a_closer_one_aside() {
        // 1 is closer but mostly above; 2 is farther but straight to the right.
        let s = spots(&[(0.0, 0.0), (10.0, -40.0), (100.0, 5.0)]);
        assert_eq!(nearest(&s, 0, Direction::Right), Some(2));
        // With nothing within 45°, the spot ahead with the least detour is taken.
        let s = spots(&[(0.0, 0.0), (10.0, -40.0), (20.0, 90.0)]);
        assert_eq!(nearest(&s, 0, Direction::Right), Some(1));
    }

    #[test]
    fn spots_at_the_same_place_are_not_ahead() {
        let s = spots(&[(0.0, 0.0), (0.0, 0.0)]);
        assert_eq!(nearest(&s, 0, Direction::Right), None);
    }

    #[test]
    fn closest_leaves_out_the_excepted_spot() {
        let s = spots(&[(0.0, 0.0), (30.0, 0.0), (5.0, 5.0)]);
        let centre = Spot { x: 0.0, y: 0.0 };
        assert_eq!(closest(&s, centre, None), Some(0));
        assert_eq!(closest(&s, centre, Some(0)), Some(2));
        assert_eq!(closest(&[], centre, None), None);
    }
}
