//! Decimal numbers (coordinates in messages) with each language's decimal mark. Whole numbers,
//! dates and the timeline are written with the catalogue (`catalogue::words`), for the app and
//! the pages alike.

use crate::dataset::Lang;

/// A decimal number as its shortest exact text, with the language's decimal mark (`48.39` /
/// `48,39`; `95`, not `95.0`). Written by serde_json's float printer, which the app needs for its
/// JSON anyway: Rust's own `f64` formatting would add about 10 KB to the wasm.
pub fn format_decimal(lang: Lang, x: f64) -> String {
    let text = serde_json::to_string(&x).unwrap_or_default();
    let text = text.strip_suffix(".0").unwrap_or(&text);
    match lang {
        Lang::En => text.to_owned(),
        Lang::Fr => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_shortest_and_marked_per_language() {
        assert_eq!(format_decimal(Lang::En, 147.7), "147.7");
        assert_eq!(format_decimal(Lang::Fr, -4.4861), "-4,4861");
        assert_eq!(format_decimal(Lang::En, 95.0), "95");
        assert_eq!(format_decimal(Lang::Fr, 0.1 + 0.2), "0,30000000000000004");
    }
}
