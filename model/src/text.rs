//! Accent- and case-insensitive text, for search.
//!
//! [`fold`] maps text to a search key: lowercase, Latin accents and ligatures removed,
//! punctuation dropped and white space collapsed, so that "Mov'eo", "MOVEO" and "moveo" meet.
//! A small table for the Latin letters French and its neighbours use keeps the wasm bundle
//! small; other scripts are lowercased and kept as they are.

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
        return;
    }
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
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(base);
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
}
