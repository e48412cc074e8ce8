//! The texts of a picture: escaped for XML, and wrapped into lines (SVG does not wrap).

/// `text` safe inside an XML element or a quoted attribute: `&`, `<`, `>`, `"` and `'`
/// escaped, and the characters XML 1.0 does not allow (control characters but tab, line feed
/// and carriage return; U+FFFE and U+FFFF) left out, so that no data makes the document
/// unreadable.
#[inline(never)]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// `text` cut into lines of at most `width` characters, between words (a word longer than a
/// line has a line of its own, whole: nothing is cut off).
#[inline(never)]
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut length = 0;
    // Between words only at plain spaces: a no-break space (French before a colon) holds.
    for word in text.split([' ', '\t', '\n']).filter(|w| !w.is_empty()) {
        let n = word.chars().count();
        if length > 0 && length + 1 + n > width {
            lines.push(std::mem::take(&mut line));
            length = 0;
        }
        if length > 0 {
            line.push(' ');
            length += 1;
        }
        line.push_str(word);
        length += n;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
