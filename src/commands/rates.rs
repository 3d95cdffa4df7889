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
    let words = req.words;
    let mut m = Message::new(
        Tone::Success,
        words.say_with(
            "rates-set",
            &[
                ("from", rate.from.to_string().into()),
                ("number", rate.number().into()),
                ("team", team.to_string().into()),
                ("day", words.day(from).into()),
            ],
        ),
    );
    if let Some(old) = before {
        let old = Rate {
            micros: old,
            ..rate
        };
        m = m.line(words.say_with("rates-was", &[("number", old.number().into())]));
    }
    m = m.line(
        words.say_with(
            "rates-converted",
            &[
                ("from", rate.from.to_string().into()),
                ("one", words.money(one).into()),
                (
                    "worth",
                    rate.convert(one)
                        .map_or_else(String::new, |c| words.money(c))
                        .into(),
                ),
            ],
        ),
    );
    if converted > 0 {
        m = m.line(words.say_with(
            "rates-now-count",
            &[
                ("count", i64::try_from(converted).unwrap_or(i64::MAX).into()),
                ("from", rate.from.to_string().into()),
            ],
        ));
    }
    if from < open_from {
        m = m.line(words.say_with(
            "rates-closed-keep",
            &[("day", words.day_and_month(open_from).into())],
        ));
    }
    Ok(Reply::private(m.footer(req.footer(None)), ReplyData::None))
}

/// `/rates list`.
pub async fn list(req: &Request<'_>, _: NoArguments) -> Result<Reply, CommandError> {
    let team = req.guild.currency;
    let rates = req.app.db.rates(&req.inv.guild_id, team).await?;
    let words = req.words;
    let team_code = team.to_string();
    let mut m = Message::new(
        Tone::Info,
        words.say_with("rates-list-title", &[("team", team_code.as_str().into())]),
    );
    if rates.is_empty() {
        m = m.line(words.say_with("rates-list-empty", &[("team", team_code.as_str().into())]));
    }
    for r in &rates {
        let mut args = vec![
            ("from", r.rate.from.to_string().into()),
            ("number", r.rate.number().into()),
            ("team", team_code.as_str().into()),
            ("day", words.day(r.valid_from).into()),
        ];
        let key = match r.set_by.as_deref() {
            Some(who) => {
                args.push(("who", who.into()));
                "rates-list-line-by"
            }
            None => "rates-list-line",
        };
        m = m.line(words.say_with(key, &args));
    }
    Ok(Reply::private(
        m.footer(words.say("rates-list-footer")),
        ReplyData::None,
    ))
}
