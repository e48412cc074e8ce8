//! Moving between markers with the keyboard, as geometry: the keys of the marker layer, the
//! reading order of the icons on screen and the nearest icon in an arrow's direction. Pure, so
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

/// Icons whose centres are this close vertically (px) are read as one line, left to right.
const LINE_HEIGHT: f64 = 12.0;

/// The indices of `spots` in reading order: lines from top to bottom (a line holds the spots
/// within [`LINE_HEIGHT`] below its first), each from left to right.
pub fn reading_order(spots: &[Spot]) -> Vec<usize> {
    let mut by_height: Vec<usize> = (0..spots.len()).collect();
    by_height.sort_by(|&a, &b| spots[a].y.total_cmp(&spots[b].y).then(a.cmp(&b)));
    let mut order = Vec::with_capacity(spots.len());
    let mut line: Vec<usize> = Vec::new();
    let mut top = f64::NEG_INFINITY;
    for index in by_height {
        if spots[index].y - top > LINE_HEIGHT {
            flush(&mut line, spots, &mut order);
            top = spots[index].y;
        }
        line.push(index);
    }
    flush(&mut line, spots, &mut order);
    order
}

fn flush(line: &mut Vec<usize>, spots: &[Spot], order: &mut Vec<usize>) {
    line.sort_by(|&a, &b| spots[a].x.total_cmp(&spots[b].x).then(a.cmp(&b)));
    order.append(line);
}

/// The spot nearest to `spots[from]` in `direction`, if any. Spots within 45° of the
/// direction come first (nearest by distance); failing those, any spot ahead, scored by how far
/// ahead plus twice how far aside.
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
            best(&mut in_cone, forward.hypot(aside));
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
            let d = |s: &Spot| (s.x - point.x).hypot(s.y - point.y);
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
    fn reading_order_is_by_lines_then_left_to_right() {
        // Two lines: y 10..18 and y 50; a spot 5 px lower still belongs to the first line.
        let s = spots(&[
            (300.0, 50.0),
            (200.0, 15.0),
            (100.0, 10.0),
            (50.0, 18.0),
            (10.0, 50.0),
        ]);
        assert_eq!(reading_order(&s), [3, 2, 1, 4, 0]);
        assert_eq!(reading_order(&[]), Vec::<usize>::new());
    }

    #[test]
    fn a_line_does_not_creep_downwards() {
        // Each spot is 8 px below the previous one: the third is 16 px below the first.
        let s = spots(&[(30.0, 0.0), (20.0, 8.0), (10.0, 16.0)]);
        assert_eq!(reading_order(&s), [1, 0, 2]);
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
        assert_eq!(reading_order(&s), [0, 1], "Home and End still reach both");
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
