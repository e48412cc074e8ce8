//! Whole numbers with each language's digit grouping (CLDR's `group` symbol and
//! `minimumGroupingDigits`).

use super::plural::Language;

/// `n` written with the thousands separator of `language`: `12,345` (en, ja, zh), `12 345`
/// with a narrow no-break space (fr), `12.345` (de, it, and es from five digits: `1234`).
pub fn group_digits(language: Language, n: u64) -> String {
    let (separator, minimum_grouping) = match language {
        Language::En | Language::Ja | Language::Zh => (',', 1),
        Language::Fr => ('\u{202F}', 1),
        Language::De | Language::It => ('.', 1),
        // CLDR's minimumGroupingDigits 2: a group separator only when at least two digits
        // stand before it.
        Language::Es => ('.', 2),
    };
    let digits = n.to_string();
    if digits.len() < 3 + minimum_grouping {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}
