//! CSV exports. A deals export is in the plain import format, so `dealbell import deals`
//! reads it back (deals made in chat get the id `dealbell:N`, which keeps a re-import
//! idempotent), with the amount also in minor units and as text in the team's language,
//! and what it counts for in the team's revenue (converted at the rate of its day, for a
//! deal in another currency). UTF-8 with a byte-order mark, so spreadsheet programs open
//! names in any script; machine-readable columns stay so (ISO dates, minor units, basis
//! points) whatever the language, and a text column beside each says it the team's way.

use super::closed_set::closed_set;
use super::deal::{Deal, Pipeline};

closed_set! {
    /// What an export holds.
    pub enum ExportKind {
        Deals => "deals";
        Leaderboard => "leaderboard";
        Activities => "activities";
        Quota => "quota";
    }
}

/// How the text columns write amounts and percentages: the team's language's way
/// (`i18n::Words` does it with CLDR's data).
pub trait TextColumns {
    /// `12.500,00 EUR`
    fn money(&self, money: crate::core::money::Money) -> String;
    /// `46,0 %`
    fn percent(&self, bp: i64) -> String;
}

/// One quota with where its subject stands, for the quota export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotaLine {
    /// everyone, team or rep
    pub subject_kind: &'static str,
    pub subject: String,
    pub period: String,
    pub period_start: chrono::NaiveDate,
    pub quota: crate::core::money::Money,
    pub won_minor: i64,
    pub attainment_bp: i64,
    /// Where a steady pace would be by today, and how far behind it (negative: ahead).
    pub expected_minor: i64,
    pub behind_minor: i64,
    pub projected_minor: Option<i64>,
}

/// Quotas and attainment as CSV text: amounts in minor units and as text, rates in
/// basis points and as text.
pub fn quota_csv(lines: &[QuotaLine], text: &dyn TextColumns) -> String {
    let header = [
        "subject_kind",
        "subject",
        "period",
        "period_start",
        "currency",
        "quota_minor",
        "quota",
        "won_minor",
        "won",
        "attainment_bp",
        "attainment",
        "expected_by_now_minor",
        "behind_pace_minor",
        "projected_minor",
    ];
    let rows = lines.iter().map(|l| {
        let money =
            |minor: i64| text.money(crate::core::money::Money::new(minor, l.quota.currency));
        vec![
            l.subject_kind.to_string(),
            l.subject.clone(),
            l.period.clone(),
            l.period_start.to_string(),
            l.quota.currency.code().to_string(),
            l.quota.minor.to_string(),
            text.money(l.quota),
            l.won_minor.to_string(),
            money(l.won_minor),
            l.attainment_bp.to_string(),
            text.percent(l.attainment_bp),
            l.expected_minor.to_string(),
            l.behind_minor.to_string(),
            l.projected_minor.map(|p| p.to_string()).unwrap_or_default(),
        ]
    });
    write_csv(&header, rows)
}

/// The first bytes of every export: UTF-8's byte-order mark.
pub const BOM: &str = "\u{feff}";

const DEAL_COLUMNS: [&str; 17] = [
    "external_id",
    "number",
    "rep",
    "customer",
    "product",
    "stage",
    "amount",
    "currency",
    "amount_minor",
    "amount_text",
    "opened_on",
    "expected_close",
    "closed_on",
    "lost_reason",
    "counted_minor",
    "counted_currency",
    "rate",
];

/// One row of a board as an export writes it.
pub struct BoardLine {
    pub rank: u32,
    pub name: String,
    /// Minor units for money, a count, or basis points for rates.
    pub value: i64,
    pub value_text: String,
    pub detail: String,
    /// Places gained since the previous period; None when not ranked then.
    pub movement: Option<i64>,
}

/// A board as CSV text.
pub fn board_csv(lines: &[BoardLine]) -> String {
    let header = ["rank", "name", "value", "value_text", "detail", "movement"];
    let rows = lines.iter().map(|l| {
        vec![
            l.rank.to_string(),
            l.name.clone(),
            l.value.to_string(),
            l.value_text.clone(),
            l.detail.clone(),
            l.movement.map(|m| m.to_string()).unwrap_or_default(),
        ]
    });
    write_csv(&header, rows)
}

/// Activity logs as CSV text.
pub fn activities_csv(logs: &[crate::core::records::ActivityRecord]) -> String {
    let header = [
        "id",
        "rep",
        "kind",
        "count",
        "occurred_on",
        "note",
        "logged_at",
    ];
    let rows = logs.iter().map(|a| {
        vec![
            a.id.to_string(),
            a.name.clone(),
            a.kind.key().to_string(),
            a.count.to_string(),
            a.occurred_on.to_string(),
            a.note.clone().unwrap_or_default(),
            a.logged_at.to_rfc3339(),
        ]
    });
    write_csv(&header, rows)
}

/// The header and rows as CSV text with the byte-order mark.
fn write_csv(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

/// Deals as CSV text, one row each, in the order given.
pub fn deals_csv(deals: &[Deal], pipeline: &Pipeline, text_columns: &dyn TextColumns) -> String {
    let rows = deals.iter().map(|d| {
        let s = &d.state;
        let date = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
        let (amount, currency, minor, text) = match s.amount {
            Some(m) => (
                m.plain_number(),
                m.currency.code().to_string(),
                m.minor.to_string(),
                text_columns.money(m),
            ),
            None => Default::default(),
        };
        vec![
            d.external_id
                .clone()
                .unwrap_or_else(|| format!("dealbell:{}", d.number)),
            d.number.to_string(),
            d.owner_name.clone(),
            s.customer.clone(),
            s.product.clone().unwrap_or_default(),
            pipeline.label(&s.stage).to_string(),
            amount,
            currency,
            minor,
            text,
            d.opened_on.to_string(),
            date(s.expected_close),
            date(s.closed_on),
            s.lost_reason.clone().unwrap_or_default(),
            s.counted_as()
                .map(|m| m.minor.to_string())
                .unwrap_or_default(),
            s.counted_as()
                .map(|m| m.currency.code().to_string())
                .unwrap_or_default(),
            s.converted.map(|c| c.rate.number()).unwrap_or_default(),
        ]
    });
    write_csv(&DEAL_COLUMNS, rows)
}
