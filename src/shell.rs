//! What the shell commands do beyond running a command: the backtest and exports.
//! `main.rs` parses the arguments and calls these.

use crate::app::App;
use crate::config::Config;
use crate::core::ids::GuildId;
use anyhow::{Context, Result};
use std::path::Path;
use std::process::ExitCode;

/// `dealbell export deals`: the guild's deals as CSV, to `output` or standard output.
pub async fn export_deals(app: &App, guild_id: &GuildId, output: Option<&Path>) -> Result<()> {
    let settings = app.db.guild(guild_id).await?;
    let pipeline = match &settings {
        Some(g) => app.config.pipeline.with_labels(&g.stage_labels),
        None => app.config.pipeline.clone(),
    };
    let deals = app.db.all_deals(guild_id, None).await?;
    let csv = crate::core::export::deals_csv(&deals, &pipeline);
    app.db.close().await;
    match output {
        Some(path) => {
            std::fs::write(path, csv).with_context(|| format!("writing {}", path.display()))?;
            eprintln!("{} deals written to {}.", deals.len(), path.display());
        }
        None => print!("{csv}"),
    }
    Ok(())
}

/// `dealbell backtest`: replays a CRM export month by month.
pub fn backtest(
    config: &Config,
    file: &Path,
    products: Option<&Path>,
    currency: &str,
) -> Result<ExitCode> {
    use crate::core::{backtest, crm, money::Currency};
    let currency = Currency::from_code(currency)
        .with_context(|| format!("{currency:?} is not an ISO 4217 currency code"))?;
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let rules = crm::DealImportRules {
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency,
    };
    let parsed = crm::parse_deals(&bytes, &rules).map_err(|e| anyhow::anyhow!("{e}"))?;
    let products_path = products
        .map(Path::to_path_buf)
        .unwrap_or_else(|| file.with_file_name("products.csv"));
    let minor = 10_i64.pow(u32::from(currency.exponent()));
    let mut prices = std::collections::HashMap::new();
    if let Ok(text) = std::fs::read_to_string(&products_path) {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        for record in reader.records().flatten() {
            if let (Some(name), Some(price)) = (
                record.get(0),
                record.get(2).and_then(|p| p.trim().parse::<i64>().ok()),
            ) {
                prices.insert(name.trim().to_string(), price * minor);
            }
        }
    }
    // An engaged deal's probability: the stage the import maps "Engaging" to.
    let probability = config
        .import_stage_map
        .get("engaging")
        .and_then(|key| config.pipeline.by_key(key))
        .map(|s| s.probability)
        .unwrap_or(25);
    let result = backtest::run(&parsed.deals, &prices, probability);
    println!("{}", result.markdown(currency.code(), minor));
    println!(
        "Deals read: {}; product prices: {} (from {}); engaged-deal probability: {probability} %; months left out for lack of history: {}.",
        parsed.deals.len(),
        prices.len(),
        products_path.display(),
        result
            .skipped
            .iter()
            .map(|m| m.format("%Y-%m").to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(ExitCode::SUCCESS)
}
