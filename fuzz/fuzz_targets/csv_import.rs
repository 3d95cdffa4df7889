//! Any bytes as a CRM export: the importer must read it or refuse it with a reason,
//! and never panic, with the default pipeline and stage map.
#![no_main]

use dealbell::config::Config;
use dealbell::core::crm::{DealImportRules, parse_deals, parse_teams};
use dealbell::core::money::Currency;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(Config::defaults)
}

fuzz_target!(|data: &[u8]| {
    let config = config();
    let rules = DealImportRules {
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency: Currency::from_code("USD").expect("USD"),
    };
    let _ = parse_deals(data, &rules);
    let _ = parse_teams(data);
});
