//! Which of a record's `unverified` flags a shown fact carries: a flag on a field or on one of
//! its parts (`member_count` covers `member_count.year`, `hq` covers `hq.city`), so that a flag
//! on a part shows on its field, in the card and on the static page alike.

use crate::Cluster;

/// The notes of `cluster`'s flags on `fields` or their parts (flags without a note add none),
/// `None` when there is no such flag.
pub fn notes<'a>(cluster: &'a Cluster, fields: &[&str]) -> Option<Vec<&'a str>> {
    let covers = |flag: &str| {
        (fields.iter())
            .any(|&f| flag == f || (flag.starts_with(f) && flag[f.len()..].starts_with('.')))
    };
    let flags: Vec<_> = (cluster.unverified.iter())
        .filter(|u| covers(&u.field))
        .collect();
    (!flags.is_empty()).then(|| flags.iter().filter_map(|u| u.note.as_deref()).collect())
}

/// The hint of a mark on `fields`: `words` (“No retrieved source confirms this field.”), then
/// the notes in brackets; `None` when no flag covers them.
pub fn hint(cluster: &Cluster, fields: &[&str], words: &str) -> Option<String> {
    Some(match notes(cluster, fields)?.as_slice() {
        [] => words.to_owned(),
        notes => format!("{words} ({})", notes.join("; ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Unverified;

    #[test]
    fn a_flag_on_a_part_is_a_flag_on_the_field() {
        let mut cluster: Cluster = serde_json::from_value(serde_json::json!({
            "id": "c", "name": "C", "status": "current", "sectors": [], "regions": [],
            "hq": {"city": "X", "lat": 45.0, "lon": 5.0}, "description": {"en": "", "fr": ""},
        }))
        .expect("a record");
        let flag = |field: &str, note: Option<&str>| Unverified {
            field: field.into(),
            note: note.map(Into::into),
        };
        cluster.unverified = vec![
            flag("member_count.year", Some("undated")),
            flag("hq.city", None),
            flag("members", None),
        ];
        assert_eq!(notes(&cluster, &["member_count"]), Some(vec!["undated"]));
        assert_eq!(notes(&cluster, &["hq"]), Some(vec![]));
        assert_eq!(
            hint(&cluster, &["member_count"], "Unsure.").as_deref(),
            Some("Unsure. (undated)")
        );
        assert_eq!(
            hint(&cluster, &["hq"], "Unsure.").as_deref(),
            Some("Unsure.")
        );
        assert_eq!(
            notes(&cluster, &["member"]),
            None,
            "a prefix of a name is not a part"
        );
        assert_eq!(notes(&cluster, &["website"]), None);
    }
}
