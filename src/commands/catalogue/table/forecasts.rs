//! Forecasts and forecast alerts.

use super::*;

pub(super) const FORECAST: CommandSpec = group(
    "forecast",
    "What will close this period, and how good past forecasts were",
    Everyone,
    &[
        leaf(
            "show",
            "What will close this period, by several methods, and pipeline coverage",
            Everyone,
            Action::Forecast,
            &[
                opt("rep", Rep, "A rep's forecast (managers; default: yours)"),
                TEAM_OPTION,
                EVERYONE_OPTION,
                choose("period", "Which period (default: this quarter)", PERIODS),
            ],
        ),
        leaf(
            "accuracy",
            "What each method forecast day by day against what closed",
            Everyone,
            Action::ForecastAccuracy,
            &[
                opt("rep", Rep, "A rep's (managers; default: yours)"),
                TEAM_OPTION,
                EVERYONE_OPTION,
                choose(
                    "period",
                    "Which month or quarter (default: last month)",
                    PERIODS,
                ),
            ],
        ),
    ],
);

pub(super) const ALERTS: CommandSpec = group(
    "alerts",
    "Forecast alerts: rules, what is open, snooze",
    Manager,
    &[
        leaf(
            "rules",
            "The alert rules and their thresholds",
            Manager,
            Action::AlertRules,
            &[],
        ),
        leaf(
            "set",
            "Change a rule's threshold, or turn it on or off",
            Manager,
            Action::AlertSet,
            &[
                choose_one("rule", "Which rule", AlertSwitch::CHOICES),
                opt(
                    "threshold",
                    Integer,
                    "New threshold (percent, days, hundredths or amount: see /alerts rules)",
                ),
                opt("days", Integer, "Attainment only: days left in the period"),
                opt("enabled", Boolean, "Turn the rule on or off"),
            ],
        ),
        leaf(
            "list",
            "Alerts that are open now",
            Manager,
            Action::AlertList,
            &[],
        ),
        leaf(
            "snooze",
            "Quiet an alert for some days",
            Manager,
            Action::AlertSnooze,
            &[
                suggest(
                    between(
                        req("id", Integer, "Alert number, as in /alerts list"),
                        1,
                        i64::MAX,
                    ),
                    Suggest::OpenAlerts,
                ),
                between(req("days", Integer, "How many days (1-90)"), 1, 90),
            ],
        ),
    ],
);
