//! The path of the value at a position of a JSON text: where serde_json stopped, as the issues
//! write it (`hq.lat`, `sectors[0]`).
//!
//! serde_json's errors carry the position where reading stopped: just after a value that does
//! not fit (a wrong number, an unknown variant, an object that lacks a field), just after a key
//! that is not allowed, or at the first character of a value of the wrong type. The path is
//! that of the deepest value (or key) whose text, ends included, holds the position.
//!
//! Found here, by reading the text's tokens up to the position, rather than tracked while
//! deserializing (`serde_path_to_error`): a tracking deserializer is a second copy of every
//! derived `Deserialize` in the wasm (about 20 KB gzip) for errors that are rare.

use super::quoted;

/// The path of the deepest value (or key) of the JSON `text` that holds byte `offset` (from its
/// first byte to just after its last), as issues write it; empty for the whole text or a
/// position outside any value. Never fails: a text that is not JSON gives some path.
pub(super) fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    // The containers open at `at`, each with the key or index of the member being read.
    let mut open: Vec<Member> = Vec::new();
    let mut at = 0;
    loop {
        while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        let start = at;
        if start > offset || start >= bytes.len() {
            // Inside the innermost open container (or outside any value).
            return written(open.split_last().map_or(&[][..], |(_, outer)| outer));
        }
        at += token_len(&bytes[start..]);
        let value_starts = !b"}],:".contains(&bytes[start]);
        let is_key = value_starts && matches!(open.last(), Some(Member::Key(None)));
        if start == offset && value_starts && !is_key {
            // A value of the wrong type, at its first byte.
            return written(&open);
        }
        match bytes[start] {
            b'{' => open.push(Member::Key(None)),
            b'[' => open.push(Member::Index(0)),
            b'}' | b']' => {
                open.pop();
                if at == offset {
                    return written(&open);
                }
            }
            b',' => match open.last_mut() {
                Some(Member::Key(key)) => *key = None,
                Some(Member::Index(index)) => *index += 1,
                None => {}
            },
            b':' => {}
            _ => {
                if let Some(Member::Key(key @ None)) = open.last_mut() {
                    *key = Some(unescaped(&text[start..at]));
                }
                if at >= offset {
                    return written(&open);
                }
            }
        }
    }
}

/// The byte offset of serde_json's `line` (from 1) and `column` (bytes from the start of the
/// line) in `text`.
pub(super) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line.checked_sub(2) {
        Some(newlines_before) => text
            .match_indices('\n')
            .nth(newlines_before)
            .map_or(text.len(), |(at, _)| at + 1),
        None => 0,
    };
    line_start + column
}

/// The member of a container being read: the key of an object's (once read), the index of an
/// array's.
enum Member {
    Key(Option<String>),
    Index(usize),
}

/// The length of the token at the start of `bytes` (at least 1): a punctuation byte, a string
/// with its quotes, or a number or literal.
fn token_len(bytes: &[u8]) -> usize {
    match bytes[0] {
        b'{' | b'[' | b'}' | b']' | b',' | b':' => 1,
        b'"' => {
            let mut at = 1;
            while let Some(&b) = bytes.get(at) {
                at += if b == b'\\' { 2 } else { 1 };
                if b == b'"' {
                    break;
                }
            }
            at.min(bytes.len())
        }
        _ => bytes
            .iter()
            .position(|b| b",:]}".contains(b) || b.is_ascii_whitespace())
            .unwrap_or(bytes.len())
            .max(1),
    }
}

/// A key's text from its JSON string literal, as issues quote it (`""` when empty).
fn unescaped(literal: &str) -> String {
    match serde_json::from_str::<String>(literal) {
        Ok(key) if key.is_empty() => "\"\"".to_owned(),
        Ok(key) => quoted(&key),
        Err(_) => "?".to_owned(),
    }
}

/// A path as issues write it: `a.b[1].c`.
fn written(members: &[Member]) -> String {
    let mut path = String::new();
    for member in members {
        match member {
            Member::Index(index) => path.push_str(&format!("[{index}]")),
            Member::Key(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Member::Key(None) => {}
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path at the position of the first `|` in `marked` (which is removed).
    fn at_mark(marked: &str) -> String {
        let offset = marked.find('|').expect("a mark");
        path_at(&marked.replacen('|', "", 1), offset)
    }

    #[test]
    fn values_hold_their_first_byte_and_the_position_after_their_last() {
        assert_eq!(at_mark(r#"{"hq": {"lat": |"x"}}"#), "hq.lat");
        assert_eq!(at_mark(r#"{"hq": {"lat": 95|}}"#), "hq.lat");
        assert_eq!(at_mark(r#"{"hq": |[1, 2]}"#), "hq");
        assert_eq!(at_mark(r#"{"hq": [1, 2]|}"#), "hq");
        assert_eq!(at_mark(r#"{"s": ["a", {}|]}"#), "s[1]");
        assert_eq!(at_mark(r#"{"s": [[| 1]]}"#), "s[0]");
        assert_eq!(at_mark(r#"{"s": [[|1]]}"#), "s[0][0]");
        assert_eq!(at_mark(r#"{"s": [[]|]}"#), "s[0]");
        assert_eq!(at_mark(r#"{"s": [[] , |{"t": 1}]}"#), "s[1]");
        // After a key (one that is not allowed).
        assert_eq!(at_mark(r#"{"a": {"b": 1, "c"|: 2}}"#), "a.c");
        // The whole text, and past its end.
        assert_eq!(at_mark(r#"{"a": 1}|"#), "");
        assert_eq!(at_mark(r#"{"a": 1} |{}"#), "");
        assert_eq!(at_mark("|{}"), "");
    }

    #[test]
    fn keys_are_unescaped_and_quoted_like_issues() {
        assert_eq!(at_mark(r#"{"k\"e}y": {"x,": [1|]}}"#), r#"k"e}y.x,[0]"#);
        assert_eq!(at_mark(r#"{"": 1|}"#), r#""""#);
        let long = "é".repeat(100);
        assert_eq!(
            at_mark(&format!(r#"{{"{long}": 1|}}"#)),
            format!("{}…", "é".repeat(80))
        );
    }

    #[test]
    fn positions_on_later_lines() {
        let text = "{\n \"a\": {\n  \"b\": 7\n }\n}";
        // serde_json's position just after the 7: line 3, column 8.
        assert_eq!(offset_of(text, 3, 8), text.find('7').unwrap() + 1);
        assert_eq!(path_at(text, offset_of(text, 3, 8)), "a.b");
        assert_eq!(offset_of(text, 1, 1), 1);
    }

    /// The minimal valid dataset of the corpus, each replacement of `edits` made once.
    fn minimal_with(edits: &[(&str, &str)]) -> String {
        let mut text = include_str!("../../../tests/datasets/valid-minimal.json").to_owned();
        for (from, to) in edits {
            assert_eq!(
                text.matches(from).count(),
                1,
                "{from:?} once in valid-minimal.json"
            );
            text = text.replacen(from, to, 1);
        }
        text
    }

    /// Asserts the test's premise: on the line of `text` that holds `wrong`, a column counted
    /// in characters rather than bytes, at the start of `wrong` or just after it (where
    /// serde_json stops depends on the type), would point into the `accented` text before it.
    fn assert_a_char_column_points_into(text: &str, accented: &str, wrong: &str) {
        let line = text
            .lines()
            .find(|l| l.contains(wrong))
            .expect("the wrong value");
        let at = line.find(wrong).unwrap();
        let start = line
            .find(accented)
            .expect("the accented text, on the same line");
        for end in [at, at + wrong.len()] {
            let in_chars = line[..end].chars().count();
            assert!(
                (start..start + accented.len()).contains(&in_chars),
                "the premise: column {in_chars} (in characters) is not in {start}..{}",
                start + accented.len()
            );
        }
    }

    // serde_json counts an error's column in bytes from the start of its line, and
    // `offset_of` takes it so. Were it ever counted in characters (a new serde_json), the paths
    // below would land in the accented value before the wrong one: these tests fail then.

    #[test]
    fn a_wrong_value_after_accented_text_on_its_line_is_found_in_a_record() {
        let city = "Saint-Étienne-du-Rouvray — Pôle Céréales Vallée — Hérault, Ariège, Pyrénées, \
                    Île-de-Ré, Château-d’Œx, Besançon, Orléans — « Bâtiment Élysée »";
        let one_line = format!(
            r#""hq": {{"city": "{city}", "lat": "N43", "insee": "31555", "lon": 1.4321}},"#
        );
        let text = minimal_with(&[(
            "\"hq\": {\n    \"city\": \"Toulouse\",\n    \"insee\": \"31555\",\n    \"lat\": 43.596,\n    \"lon\": 1.4321\n   },",
            &one_line,
        )]);
        assert_a_char_column_points_into(&text, city, "\"N43\"");

        let loaded = crate::load(text.as_bytes()).expect("the file reads; the record does not");
        let of_alpha: Vec<_> = loaded
            .issues
            .iter()
            .filter(|i| i.record.as_ref().is_some_and(|r| r.index == 0))
            .collect();
        let fields: Vec<&str> = of_alpha.iter().map(|i| i.field.as_str()).collect();
        assert_eq!(fields, ["hq.lat"], "{of_alpha:?}");
        assert!(
            matches!(&of_alpha[0].kind, crate::IssueKind::Unreadable { detail } if detail.contains("N43")),
            "{:?}",
            of_alpha[0].kind
        );
        let ids: Vec<String> = loaded
            .dataset
            .clusters
            .iter()
            .map(|c| c.id.to_string())
            .collect();
        assert!(
            !ids.contains(&"alpha".to_owned()) && ids.contains(&"beta".to_owned()),
            "{ids:?}"
        );
    }

    #[test]
    fn a_wrong_value_after_accented_text_on_its_line_is_found_in_the_file() {
        const TITLE: &str = "Données des pôles — réécrites à Orléans, Besançon, Épinal, Évry, Sète, \
                             Nîmes, Orée-d’Anjou, Créteil — « Hôtel-Dieu » — « Île-de-Ré » — édition";
        let text = minimal_with(&[(
            "\"title\": {\n  \"en\": \"Minimal test dataset\",\n  \"fr\": \"Jeu de données minimal de test\"\n },\n \"updated\": \"2026-01-15\",",
            &format!("\"title\": {{\"en\": \"Minimal test dataset\", \"fr\": \"{TITLE}\"}}, \"updated\": 20260115,"),
        )]);
        assert_a_char_column_points_into(&text, TITLE, "20260115");

        match crate::load(text.as_bytes()) {
            Err(crate::LoadError::Format { line, path, .. }) => {
                assert_eq!((line, path.as_str()), (4, "updated"));
            }
            other => panic!("a format error at `updated`, not {other:?}"),
        }
    }

    #[test]
    fn any_text_gives_a_path_without_recursion() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        // At the first byte of the 50,001st array: 50,000 indices deep (compared by length, so
        // that a failure does not print 150 KB).
        assert_eq!(path_at(&deep, 50_000).len(), "[0]".len() * 50_000);
        for text in ["", "{", "[}", "{\"a", "\"\\", "{]:,}", "[1,,2", "é\"é"] {
            for offset in 0..=text.len() + 1 {
                path_at(text, offset);
            }
        }
    }
}
