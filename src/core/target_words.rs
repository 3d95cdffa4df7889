//! What a contest's target says by itself, as people type it in any of Dealbell's
//! languages: a percentage, a count of something, or an amount.

use crate::core::ranking::Metric;

/// What a typed target says by itself: a percentage, a count of something, or an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetWords {
    Percent(i64),
    /// A whole number, with the metric its unit names ("10 deals"), if it names one.
    Count(i64, Option<Metric>),
    Amount,
}

// Typed by people, not shown to them: the units a contest's target may name, in each
// of Dealbell's languages, lowercase (the catalogues' examples use them).
const TARGET_UNITS: &[(&str, Metric)] = &[
    ("deal", Metric::Deals),
    ("deals", Metric::Deals),
    ("won", Metric::Deals),
    ("win", Metric::Deals),
    ("wins", Metric::Deals),
    ("deals won", Metric::Deals),
    ("abschluss", Metric::Deals),
    ("abschlüsse", Metric::Deals),
    ("abschluesse", Metric::Deals),
    ("transakcja", Metric::Deals),
    ("transakcje", Metric::Deals),
    ("transakcji", Metric::Deals),
    ("wygrana", Metric::Deals),
    ("wygrane", Metric::Deals),
    ("wygranych", Metric::Deals),
    ("tranzacție", Metric::Deals),
    ("tranzacții", Metric::Deals),
    ("tranzacţie", Metric::Deals),
    ("tranzacţii", Metric::Deals),
    ("tranzactie", Metric::Deals),
    ("tranzactii", Metric::Deals),
    ("笔交易", Metric::Deals),
    ("笔成交", Metric::Deals),
    ("笔", Metric::Deals),
    ("单", Metric::Deals),
    ("صفقة", Metric::Deals),
    ("صفقه", Metric::Deals),
    ("صفقتان", Metric::Deals),
    ("صفقتين", Metric::Deals),
    ("صفقات", Metric::Deals),
    ("activity", Metric::Activities),
    ("activities", Metric::Activities),
    ("call", Metric::Activities),
    ("calls", Metric::Activities),
    ("meeting", Metric::Activities),
    ("meetings", Metric::Activities),
    ("aktivität", Metric::Activities),
    ("aktivitäten", Metric::Activities),
    ("aktivitaeten", Metric::Activities),
    ("anrufe", Metric::Activities),
    ("termine", Metric::Activities),
    ("aktywność", Metric::Activities),
    ("aktywności", Metric::Activities),
    ("aktywnosc", Metric::Activities),
    ("aktywnosci", Metric::Activities),
    ("rozmowy", Metric::Activities),
    ("rozmów", Metric::Activities),
    ("spotkania", Metric::Activities),
    ("spotkań", Metric::Activities),
    ("activitate", Metric::Activities),
    ("activități", Metric::Activities),
    ("activităţi", Metric::Activities),
    ("activitati", Metric::Activities),
    ("apeluri", Metric::Activities),
    ("întâlniri", Metric::Activities),
    ("intalniri", Metric::Activities),
    ("次活动", Metric::Activities),
    ("个活动", Metric::Activities),
    ("活动", Metric::Activities),
    ("次", Metric::Activities),
    ("نشاط", Metric::Activities),
    ("نشاطا", Metric::Activities),
    ("نشاطًا", Metric::Activities),
    ("أنشطة", Metric::Activities),
    ("نشاطات", Metric::Activities),
    ("مكالمات", Metric::Activities),
    ("اجتماعات", Metric::Activities),
];

/// The metric a typed unit names: `transakcji`, `Aktivitäten`, `de activități` (Romanian
/// puts "de" between a number from 20 and its noun), `笔交易`.
fn unit_metric(unit: &str) -> Option<Metric> {
    let unit = unit.strip_prefix("de ").unwrap_or(unit).trim();
    TARGET_UNITS
        .iter()
        .find(|(word, _)| *word == unit)
        .map(|(_, metric)| *metric)
}

/// Reads a target's own words: `120%`, `10 deals`, `25 aktywności`, `10笔`, `10`, or an
/// amount. Digits may be Arabic-Indic or full-width, as phones type them.
pub fn target_words(text: &str) -> TargetWords {
    let lower = crate::core::money::western_digits(text.trim()).to_lowercase();
    if let Some(number) = lower.strip_suffix(['%', '％']) {
        return match number.trim().parse::<i64>() {
            Ok(n) => TargetWords::Percent(n),
            Err(_) => TargetWords::Amount,
        };
    }
    // The number, then its unit with or without a space (Chinese writes none).
    let digits_end = lower
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
        .map_or(lower.len(), |(i, _)| i);
    let (number, unit) = lower.split_at(digits_end);
    let Ok(n) = number.parse::<i64>() else {
        return TargetWords::Amount;
    };
    let unit = unit.trim();
    let metric = match unit {
        "" => None,
        unit => match unit_metric(unit) {
            Some(metric) => Some(metric),
            None => return TargetWords::Amount,
        },
    };
    TargetWords::Count(n, metric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_read_in_every_language_with_or_without_a_space() {
        let deals = |n| TargetWords::Count(n, Some(Metric::Deals));
        let activities = |n| TargetWords::Count(n, Some(Metric::Activities));
        for (typed, read) in [
            ("10 deals", deals(10)),
            ("10 Abschlüsse", deals(10)),
            ("5 transakcji", deals(5)),
            ("2 transakcje", deals(2)),
            ("20 de tranzacții", deals(20)),
            ("10 笔交易", deals(10)),
            ("10笔", deals(10)),
            ("１０笔交易", deals(10)),
            ("١٠ صفقات", deals(10)),
            ("25 activities", activities(25)),
            ("25 Aktivitäten", activities(25)),
            ("25 aktywności", activities(25)),
            ("25 de activități", activities(25)),
            ("25次活动", activities(25)),
            ("25 نشاطًا", activities(25)),
            ("12", TargetWords::Count(12, None)),
            ("-3 deals", deals(-3)),
            ("120%", TargetWords::Percent(120)),
            ("120 %", TargetWords::Percent(120)),
            ("１２０％", TargetWords::Percent(120)),
            ("50k", TargetWords::Amount),
            ("10 tys.", TargetWords::Amount),
            ("3万", TargetWords::Amount),
            ("10 bananas", TargetWords::Amount),
            ("lots", TargetWords::Amount),
            ("", TargetWords::Amount),
        ] {
            assert_eq!(target_words(typed), read, "{typed:?}");
        }
    }
}
