//! The one rule for figures worked out by dividing: each is rounded half up exactly
//! once, to the precision it is shown at.
//!
//! A ratio is kept in basis points, cut toward zero, and rounded half up only where it
//! is shown, to a tenth of a percent (`percent`): the halfway point of a tenth is a
//! whole basis point, so cutting to basis points first never changes the digit shown.
//! The same holds for money kept in minor units and shown in whole units. A figure
//! shown at the precision it is kept at (hundredths of a multiple, an amount to the
//! cent) is rounded half up when it is worked out (`hundredths`, `div_round`).

/// A figure worked out in i128 (to keep products exact), back in i64: the largest
/// or smallest i64 if it does not fit, never wrapped around.
pub fn to_i64(v: i128) -> i64 {
    i64::try_from(v).unwrap_or(if v < 0 { i64::MIN } else { i64::MAX })
}

/// `part ÷ whole` in basis points (10 000 = 100 %), cut toward zero; 0 for no whole.
pub fn ratio_bp(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        return 0;
    }
    to_i64((i128::from(part) * 10_000) / i128::from(whole))
}

/// `part ÷ whole` in hundredths (46 = 0.46×), rounded half up: shown as it is.
pub fn hundredths(part: i64, whole: i64) -> i64 {
    div_round(i128::from(part) * 100, i128::from(whole))
}

/// `num ÷ den` rounded half up (away from zero at exactly half); `den` positive.
pub fn div_round(num: i128, den: i128) -> i64 {
    if den <= 0 {
        return 0;
    }
    let q = (2 * num.abs() + den) / (2 * den);
    let signed = if num < 0 { -q } else { q };
    i64::try_from(signed).unwrap_or(if num < 0 { i64::MIN } else { i64::MAX })
}

/// `52.3 %` from basis points, rounded half up to a tenth (68.75 % shows as 68.8 %).
pub fn percent(bp: i64) -> String {
    let tenths = percent_tenths(bp);
    let sign = if tenths < 0 { "-" } else { "" };
    let t = tenths.unsigned_abs();
    format!("{sign}{}.{} %", t / 10, t % 10)
}

/// A percentage in tenths of a percent, from basis points: the one rounding of every
/// percentage shown, in any language (half away from zero).
pub fn percent_tenths(bp: i64) -> i64 {
    let tenths = (bp.saturating_abs() + 5) / 10;
    if bp < 0 { -tenths } else { tenths }
}

/// `0.46×` from hundredths.
pub fn times(hundredths: i64) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.unsigned_abs();
    format!("{sign}{}.{:02}×", h / 100, h % 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_rounded_half_up_once_where_shown() {
        // Pipeline coverage 290,000 ÷ 635,000 = 0.4567: 0.46×, not 0.45×.
        assert_eq!(times(hundredths(290_000, 635_000)), "0.46×");
        // 8.885 % of quota is 888 basis points kept, and 8.9 % shown.
        assert_eq!(ratio_bp(8_885, 100_000), 888);
        assert_eq!(percent(ratio_bp(8_885, 100_000)), "8.9 %");
        // 12.345 % shows as 12.3 % (the hundredth is 4): cutting to basis points first
        // does not round twice.
        assert_eq!(percent(ratio_bp(12_345, 100_000)), "12.3 %");
        assert_eq!(percent(ratio_bp(12_350, 100_000)), "12.4 %");
        // 760,000.01 ÷ 7 = 108,571.43 to the cent (cut, it read 108,571.42).
        assert_eq!(div_round(76_000_001, 7), 10_857_143);
        assert_eq!(div_round(-5, 10), -1, "away from zero at half");
        assert_eq!(ratio_bp(1, 0), 0);
    }
}
