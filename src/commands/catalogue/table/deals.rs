//! Logging wins, pipeline deals and activities.

use super::*;

pub(super) const WIN: CommandSpec = leaf(
    "win",
    Everyone,
    Action::Win,
    &[
        required(amount()),
        suggest(required(customer()), Suggest::Customers),
        product(),
        note(),
        day("date"),
        manager_only(opt("rep", Rep)),
    ],
);

pub(super) const DEAL: CommandSpec = group(
    "deal",
    Everyone,
    &[
        leaf(
            "add",
            Everyone,
            Action::DealAdd,
            &[
                suggest(required(customer()), Suggest::Customers),
                required(amount()),
                product(),
                stage(),
                day("close"),
                note(),
                manager_only(opt("rep", Rep)),
            ],
        ),
        leaf(
            "stage",
            Everyone,
            Action::DealStage,
            &[DEAL_ID, required(stage())],
        ),
        leaf(
            "won",
            Everyone,
            Action::DealWon,
            &[DEAL_ID, amount(), day("date")],
        ),
        leaf(
            "lost",
            Everyone,
            Action::DealLost,
            &[DEAL_ID, text("reason", max_chars::LOST_REASON)],
        ),
        leaf(
            "edit",
            Everyone,
            Action::DealEdit,
            &[
                DEAL_ID,
                customer(),
                amount(),
                product(),
                day("close"),
                note(),
                manager_only(opt("owner", Rep)),
            ],
        ),
        leaf("show", Everyone, Action::DealShow, &[DEAL_ID]),
        leaf(
            "list",
            Everyone,
            Action::DealList,
            &[
                opt("owner", Rep),
                stage(),
                choose("status", StatusFilter::CHOICES),
                choose("period", PERIODS),
            ],
        ),
        leaf("undo", Everyone, Action::DealUndo, &[]),
        leaf("history", Everyone, Action::DealHistory, &[DEAL_ID]),
        leaf(
            "forecast",
            Everyone,
            Action::DealForecast,
            &[DEAL_ID, choose_one("category", CategoryChoice::CHOICES)],
        ),
    ],
);

pub(super) const ACTIVITY: CommandSpec = group(
    "activity",
    Everyone,
    &[
        leaf(
            "log",
            Everyone,
            Action::ActivityLog,
            &[
                choose_one("kind", ActivityKind::CHOICES),
                between(opt("count", Integer), 1, crate::core::activity::MAX_COUNT),
                note(),
            ],
        ),
        leaf("list", Everyone, Action::ActivityList, &[opt("rep", Rep)]),
        leaf(
            "remove",
            Everyone,
            Action::ActivityRemove,
            &[between(req("id", Integer), 1, i64::MAX)],
        ),
    ],
);
