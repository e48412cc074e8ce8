//! Numbers and dates written the way each language writes them, for the app and the static
//! pages alike.

use crate::dataset::Lang;
use crate::timeline::PartialDate;

/// A `YYYY-MM-DD` date written out in `lang` ("26 November 2026" / "26 novembre 2026"); other
/// text is returned as it is.
pub fn format_date(lang: Lang, iso: &str) -> String {
    write_date(lang, iso, true)
}

/// The month and year of a `YYYY-MM-DD` date in `lang` ("November 2026" / "novembre 2026").
pub fn format_month(lang: Lang, iso: &str) -> String {
    write_date(lang, iso, false)
}

fn write_date(lang: Lang, iso: &str, day_shown: bool) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<usize>().ok());
    let (Some(Some(year)), Some(Some(month @ 1..=12)), Some(Some(day @ 1..=31))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return iso.to_owned();
    };
    match (lang, day_shown) {
        (Lang::En, false) => format!("{} {year}", EN[month - 1]),
        (Lang::Fr, false) => format!("{} {year}", FR[month - 1]),
        (Lang::En, true) => format!("{day} {} {year}", EN[month - 1]),
        (Lang::Fr, true) => format!(
            "{}{} {} {year}",
            day,
            if day == 1 { "er" } else { "" },
            FR[month - 1]
        ),
    }
}

/// A date as precise as it is: "12 July 2005", "July 2005" or "2005" ("12 juillet 2005",
/// "juillet 2005", "2005").
pub fn format_partial(lang: Lang, date: PartialDate) -> String {
    match (date.month, date.day) {
        (Some(_), Some(_)) => format_date(lang, &date.to_string()),
        (Some(_), None) => format_month(lang, &format!("{date}-01")),
        _ => date.year.to_string(),
    }
}

/// A date with the preposition its precision takes: "on 12 July 2005", "in July 2005", "in
/// 2005" ("le 12 juillet 2005", "en juillet 2005", "en 2005").
pub fn on_date(lang: Lang, date: PartialDate) -> String {
    let day = date.day.is_some();
    let preposition = match (lang, day) {
        (Lang::En, true) => "on",
        (Lang::En, false) => "in",
        (Lang::Fr, true) => "le",
        (Lang::Fr, false) => "en",
    };
    format!("{preposition} {}", format_partial(lang, date))
}

/// A whole number with the language's digit grouping (`12,345` / `12 345`).
pub fn format_count(lang: Lang, n: usize) -> String {
    let separator = match lang {
        Lang::En => ",",
        Lang::Fr => "\u{202f}",
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

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

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(format_count(Lang::En, 100_000), "100,000");
        assert_eq!(format_count(Lang::Fr, 12_345), "12\u{202f}345");
        assert_eq!(format_count(Lang::En, 999), "999");
    }

    #[test]
    fn dates_are_written_per_language() {
        assert_eq!(format_date(Lang::En, "2026-11-26"), "26 November 2026");
        assert_eq!(format_date(Lang::Fr, "2024-01-01"), "1er janvier 2024");
        assert_eq!(format_date(Lang::Fr, "someday"), "someday");
        assert_eq!(format_date(Lang::En, "2026-13-01"), "2026-13-01");
        assert_eq!(format_month(Lang::En, "2026-11-27"), "November 2026");
        assert_eq!(format_month(Lang::Fr, "2026-11-27"), "novembre 2026");
        let date = |text| PartialDate::parse(text).unwrap();
        assert_eq!(on_date(Lang::En, date("2010-05-11")), "on 11 May 2010");
        assert_eq!(on_date(Lang::Fr, date("2024-01-01")), "le 1er janvier 2024");
        assert_eq!(on_date(Lang::En, date("2009-12")), "in December 2009");
        assert_eq!(on_date(Lang::Fr, date("2019")), "en 2019");
    }
}
