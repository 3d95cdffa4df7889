//! CSV exports. A deals export is in the plain import format, so `dealbell import deals`
//! reads it back (deals made in chat get the id `dealbell:N`, which keeps a re-import
//! idempotent), with the amount also in minor units and as formatted text. UTF-8 with a
//! byte-order mark, so spreadsheet programs open names in any script; ISO dates.

use super::closed_set::closed_set;
use super::deal::{Deal, Pipeline};

closed_set! {
    /// What an export holds.
    pub enum ExportKind {
        Deals => "deals", "Deals (the import's own format)";
    }
}

/// The first bytes of every export: UTF-8's byte-order mark.
pub const BOM: &str = "\u{feff}";

const DEAL_COLUMNS: [&str; 14] = [
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
];

/// Deals as CSV text, one row each, in the order given.
pub fn deals_csv(deals: &[Deal], pipeline: &Pipeline) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<Vec<String>> = vec![DEAL_COLUMNS.iter().map(|c| c.to_string()).collect()];
    for d in deals {
        let s = &d.state;
        let date = |x: Option<chrono::NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
        let (amount, currency, minor, text) = match s.amount {
            Some(m) => (
                m.plain_number(),
                m.currency.code().to_string(),
                m.minor.to_string(),
                m.display(),
            ),
            None => Default::default(),
        };
        rows.push(vec![
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
        ]);
    }
    for row in rows {
        // Writing to memory cannot fail.
        let _ = writer.write_record(&row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}
