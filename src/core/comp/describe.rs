//! A plan in plain words, from the same data the estimates use, so the words cannot
//! disagree with the maths.

use super::{Plan, Rate, percent_text};

impl Plan {
    pub(super) fn rate_text(&self, rate: Rate) -> String {
        match rate {
            Rate::Percent(bp) => format!("{} of revenue", percent_text(bp)),
            Rate::Multiple(m) => format!(
                "{}× the on-target rate",
                format!("{}.{:02}", m / 100, m % 100)
                    .trim_end_matches('0')
                    .trim_end_matches('.')
            ),
        }
    }

    /// The plan in plain words, from the same data the estimates use.
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        out.push(format!(
            "Commission is counted per {} on won revenue in {}.",
            self.period.key(),
            self.currency
        ));
        if let Some(otc) = self.on_target {
            out.push(format!(
                "On-target commission: {} a {} at 100% of quota; the on-target rate is that ÷ your quota.",
                self.money(otc),
                self.period.key()
            ));
        }
        if self.tiers.len() == 1 {
            out.push(format!(
                "All won revenue pays {}.",
                self.rate_text(self.tiers[0].rate)
            ));
        } else {
            out.push(if self.retroactive {
                "Tiers by quota attainment; reaching a tier re-rates all revenue of the period at its rate:".to_string()
            } else {
                "Tiers by quota attainment; each part of revenue is paid at its own tier's rate:".to_string()
            });
            for t in &self.tiers {
                let range = match t.to_bp {
                    Some(to) => format!("{}–{}", percent_text(t.from_bp), percent_text(to)),
                    None => format!("above {}", percent_text(t.from_bp)),
                };
                out.push(format!("• {range}: {}", self.rate_text(t.rate)));
            }
            if let Some(edge) = self.tiers.iter().find_map(|t| t.to_bp) {
                out.push(format!(
                    "A tier begins just above its lower bound: exactly {} of quota is paid at the {} tier's rate.",
                    percent_text(edge),
                    self.tiers
                        .iter()
                        .find(|t| t.to_bp == Some(edge))
                        .map(|t| format!(
                            "{}–{}",
                            percent_text(t.from_bp),
                            percent_text(edge)
                        ))
                        .unwrap_or_default()
                ));
            }
        }
        if let Some(th) = self.threshold_bp {
            out.push(match self.split {
                Some(_) => format!(
                    "Below {} of your own quota no commission is paid, neither your own part nor the team part; SPIFFs are paid on top.",
                    percent_text(th)
                ),
                None => format!(
                    "Below {} of your own quota no commission is paid; SPIFFs are paid on top.",
                    percent_text(th)
                ),
            });
        }
        if let Some((ind, team)) = self.split {
            out.push(format!(
                "{ind}% is paid on your own attainment, {team}% on your team's."
            ));
        }
        if let Some(cap) = self.cap {
            out.push(format!(
                "Commission is capped at {} a {} (SPIFFs are paid on top).",
                self.money(cap),
                self.period.key()
            ));
        }
        for s in &self.spiffs {
            let what = match (&s.product, s.min_amount) {
                (Some(p), Some(m)) => format!("each won {p} deal of {} or more", self.money(m)),
                (Some(p), None) => format!("each won {p} deal"),
                (None, Some(m)) => format!("each won deal of {} or more", self.money(m)),
                (None, None) => "each won deal".to_string(),
            };
            out.push(format!(
                "SPIFF \"{}\": {} for {what}, won {} to {}.",
                s.name,
                self.money(s.bonus),
                s.from.format("%-d %b %Y"),
                s.to.format("%-d %b %Y")
            ));
        }
        if let Some(days) = self.clawback_days {
            out.push(format!(
                "A won deal marked lost within {days} days of its win is taken back (at the rate it was paid)."
            ));
        }
        out.push(format!(
            "Amounts are rounded {} to the cent (minor unit), once, at the end of each line.",
            self.rounding.label()
        ));
        out
    }
}
