//! Forecasts and forecast alerts.

use super::*;

pub(super) const FORECAST: CommandSpec = group(
    "forecast",
    Everyone,
    &[
        leaf(
            "show",
            Everyone,
            Action::Forecast,
            &[
                opt("rep", Rep),
                TEAM_OPTION,
                EVERYONE_OPTION,
                choose("period", PERIODS),
            ],
        ),
        leaf(
            "accuracy",
            Everyone,
            Action::ForecastAccuracy,
            &[
                opt("rep", Rep),
                TEAM_OPTION,
                EVERYONE_OPTION,
                choose("period", PERIODS),
            ],
        ),
    ],
);

pub(super) const ALERTS: CommandSpec = group(
    "alerts",
    Manager,
    &[
        leaf("rules", Manager, Action::AlertRules, &[]),
        leaf(
            "set",
            Manager,
            Action::AlertSet,
            &[
                choose_one("rule", AlertSwitch::CHOICES),
                opt("threshold", Integer),
                opt("days", Integer),
                opt("enabled", Boolean),
            ],
        ),
        leaf("list", Manager, Action::AlertList, &[]),
        leaf(
            "snooze",
            Manager,
            Action::AlertSnooze,
            &[
                suggest(
                    between(req("id", Integer), 1, i64::MAX),
                    Suggest::OpenAlerts,
                ),
                between(req("days", Integer), 1, 90),
            ],
        ),
    ],
);
