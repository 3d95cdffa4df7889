//! `/rates set|list`: what a unit of another currency is worth in the team's, from a
//! day on. A win in that currency counts converted at the rate of its day.

use super::arguments::{NoArguments, PastDay, arguments};
use super::{CommandError, Request};
use crate::core::money::{Money, Rate, RateError};
use crate::core::period::{Period, PeriodKind};
use crate::i18n::Said;
use crate::reply::{Message, Reply, ReplyData, Tone};

impl From<RateError> for CommandError {
    fn from(e: RateError) -> Self {
        let said = match e {
            RateError::Unreadable(input) => Said::new("error-rate-unreadable").with("input", input),
            RateError::UnknownCurrency(input) => {
                Said::new("error-rate-unknown-currency").with("input", input)
            }
            RateError::SameCurrency(currency) => {
                Said::new("error-rate-same-currency").with("code", currency.to_string())
            }
            RateError::OutOfRange => Said::new("error-rate-out-of-range"),
        };
        said.hinted_by("error-rate-hint").into()
    }
}

arguments! {
    /// `/rates set`
    pub struct SetArgs {
        rate: String,
        from: Option<PastDay>,
    }
}

/// `/rates set rate:"EUR 4.30" [from:…]`.
pub async fn set(req: &Request<'_>, args: SetArgs) -> Result<Reply, CommandError> {
    let team = req.guild.currency;
    let rate = Rate::parse(&args.rate, team)?;
    let from = args.from.map_or(req.today, |PastDay(d)| d);
    // Months that have ended keep the figures they closed with.
    let open_from =
        Period::containing(PeriodKind::Month, req.today, req.guild.fiscal_year_start).start;
    let (before, converted) = req
        .app
        .db
        .set_rate(
            &req.inv.guild_id,
            rate,
            from,
            open_from,
            req.caller.id,
            req.now,
        )
        .await?;
    let one = Money::new(rate.from.minor_per_major(), rate.from);
    let mut m = Message::new(
        Tone::Success,
        format!(
            "Rate set: 1 {} = {} {team} from {}",
            rate.from,
            rate.number(),
            from.format("%-d %b %Y")
        ),
    );
    if let Some(old) = before {
        let old = Rate {
            micros: old,
            ..rate
        };
        m = m.line(format!("It was {} for that day.", old.number()));
    }
    m = m.line(format!(
        "A win in {} from then on counts converted: {} is {}.",
        rate.from,
        one.display(),
        rate.convert(one).map_or_else(String::new, |c| c.display())
    ));
    if converted > 0 {
        m = m.line(format!(
            "{} in {} without a rate now count{}.",
            crate::core::words::count(converted as i64, "won or lost deal", "won or lost deals"),
            rate.from,
            if converted == 1 { "s" } else { "" }
        ));
    }
    if from < open_from {
        m = m.line(format!(
            "Deals closed before {} keep the figures their month closed with.",
            open_from.format("%-d %b")
        ));
    }
    Ok(Reply::private(m.footer(req.footer(None)), ReplyData::None))
}

/// `/rates list`.
pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let team = req.guild.currency;
    let rates = req.app.db.rates(&req.inv.guild_id, team).await?;
    let mut m = Message::new(Tone::Info, format!("💱 Rates into {team}"));
    if rates.is_empty() {
        m = m.line(format!(
            "None yet: wins in other currencies are counted as deals, not added to {team} revenue. A manager sets one with /rates set rate:\"EUR 4.30\"."
        ));
    }
    for r in &rates {
        m = m.line(format!(
            "1 {} = {} {team} from {}{}",
            r.rate.from,
            r.rate.number(),
            r.valid_from.format("%-d %b %Y"),
            r.set_by
                .as_deref()
                .map(|who| format!(" (set by {who})"))
                .unwrap_or_default()
        ));
    }
    Ok(Reply::private(
        m.footer("A win counts at the rate of its day; a rate changed later does not change a month that has ended."),
        ReplyData::None,
    ))
}
