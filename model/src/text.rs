//! Accent- and case-insensitive text, for search.
//!
//! [`fold`] maps text to a search key: lowercase, Latin accents and ligatures removed,
//! punctuation dropped and white space collapsed, so that "Mov'eo", "MOVEO" and "moveo" meet.
//! A small table for the Latin letters French and its neighbours use (and the superscript
//! digits of names such as Team²) keeps the wasm bundle small; other characters are lowercased
//! (then looked up in the same table, so that "ẞ" and "ß" meet) and kept as they are.

/// The search key of `text`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        // '@' stands for 'a' in names such as System@tic and Nov@log.
        let c = if c == '@' { 'a' } else { c };
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            push_folded(&mut out, c);
        } else if c.is_whitespace()
            || matches!(
                c,
                '-' | '_' | '/' | '.' | ',' | ';' | ':' | '(' | ')' | '&' | '+'
            )
        {
            pending_space = true;
        }
        // Other punctuation (apostrophes, quotes...) joins the letters around it.
    }
    out
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if let Some(base) = base_of(c) {
        out.push_str(base);
    } else {
        // Capitals outside the table (such as 'ẞ' or the ångström sign) may lower to letters in
        // it: fold those too, so that both cases give the same key.
        for lower in c.to_lowercase() {
            match base_of(lower) {
                Some(base) => out.push_str(base),
                None => out.push(lower),
            }
        }
    }
}

/// The plain form of a non-ASCII letter or digit of the table.
fn base_of(c: char) -> Option<&'static str> {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'ľ' | 'Ł' | 'Ľ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű'
        | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        '¹' => "1",
        '²' => "2",
        '³' => "3",
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Mov'eo"), "moveo");
        assert_eq!(fold("Lyonbiopôle"), "lyonbiopole");
        assert_eq!(fold("  Île-de-France  "), "ile de france");
        assert_eq!(fold("System@tic"), "systematic");
        assert_eq!(fold("Végépolys Valley"), "vegepolys valley");
        assert_eq!(fold("ŒUVRE Cœur"), "oeuvre coeur");
        assert_eq!(fold("Images & Réseaux"), "images reseaux");
        assert_eq!(fold(""), "");
        assert_eq!(fold("!!!"), "");
    }

    #[test]
    fn superscript_digits_are_digits() {
        assert_eq!(fold("Team²"), "team2");
        assert_eq!(fold("m³ ¹"), "m3 1");
    }

    #[test]
    fn capitals_outside_the_table_fold_like_their_small_letters() {
        // U+1E9E capital sharp s, U+212B angstrom sign, U+212A kelvin sign.
        assert_eq!(fold("STRA\u{1e9e}E"), fold("straße"));
        assert_eq!(fold("\u{212b}ngström"), "angstrom");
        assert_eq!(fold("\u{212a}"), "k");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn decomposed_accents_are_dropped() {
        assert_eq!(fold("Mov'e\u{301}o"), "moveo");
        assert_eq!(fold("Po\u{302}le"), "pole");
    }
}
