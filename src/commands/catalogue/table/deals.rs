//! Logging wins, pipeline deals and activities.

use super::*;

pub(super) const WIN: CommandSpec = leaf(
    "win",
    "Log a closed-won deal in one step",
    Everyone,
    Action::Win,
    &[
        req_text("amount", 40, AMOUNT_HELP),
        suggest(req_text("customer", 200, "Who bought"), Suggest::Customers),
        text("product", 100, "What they bought"),
        text("note", 500, "Anything worth remembering"),
        text("date", 40, WON_ON_HELP),
        manager_only(opt("rep", Rep, "Log it for another rep (managers)")),
    ],
);

pub(super) const DEAL: CommandSpec = CommandSpec {
    name: "deal",
    description: "Pipeline deals: add, move, close, list, undo",
    access: Everyone,
    body: Body::Group(&[
        leaf(
            "add",
            "Add a deal to your pipeline",
            Everyone,
            Action::DealAdd,
            &[
                suggest(
                    req_text("customer", 200, "Who you are selling to"),
                    Suggest::Customers,
                ),
                req_text("amount", 40, AMOUNT_HELP),
                text("product", 100, "What you are selling"),
                text("stage", 60, "Pipeline stage (default: the first)"),
                text("close", 40, DATE_HELP),
                text("note", 500, "Anything worth remembering"),
                manager_only(opt("rep", Rep, "Add it for another rep (managers)")),
            ],
        ),
        leaf(
            "stage",
            "Move a deal to another open stage",
            Everyone,
            Action::DealStage,
            &[DEAL_ID, req_text("stage", 60, "The new stage")],
        ),
        leaf(
            "won",
            "Mark a deal won",
            Everyone,
            Action::DealWon,
            &[
                DEAL_ID,
                text("amount", 40, "Final amount, if it changed"),
                text("date", 40, WON_ON_HELP),
            ],
        ),
        leaf(
            "lost",
            "Mark a deal lost",
            Everyone,
            Action::DealLost,
            &[
                DEAL_ID,
                text(
                    "reason",
                    300,
                    "Why it was lost (price, timing, competitor...)",
                ),
            ],
        ),
        leaf(
            "edit",
            "Change a deal's details",
            Everyone,
            Action::DealEdit,
            &[
                DEAL_ID,
                text("customer", 200, "New customer name"),
                text("amount", 40, AMOUNT_HELP),
                text("product", 100, "New product"),
                text("close", 40, CLOSE_EDIT_HELP),
                text("note", 500, "New note"),
                manager_only(opt("owner", Rep, "Give the deal to another rep (managers)")),
            ],
        ),
        leaf(
            "show",
            "Show one deal",
            Everyone,
            Action::DealShow,
            &[DEAL_ID],
        ),
        leaf(
            "list",
            "List deals",
            Everyone,
            Action::DealList,
            &[
                opt("owner", Rep, "Whose deals (default: yours)"),
                text("stage", 60, "Only this stage"),
                choose(
                    "status",
                    "Open, won, lost, closed or all (default: open)",
                    StatusFilter::CHOICES,
                ),
                choose("period", "Closing (or closed) in this period", PERIODS),
            ],
        ),
        leaf(
            "undo",
            "Take back your last change to a deal",
            Everyone,
            Action::DealUndo,
            &[],
        ),
        leaf(
            "history",
            "Who changed a deal, when, and how",
            Everyone,
            Action::DealHistory,
            &[DEAL_ID],
        ),
        leaf(
            "forecast",
            "Put a deal in a forecast category (commit, best case, pipeline, omit)",
            Everyone,
            Action::DealForecast,
            &[
                DEAL_ID,
                choose_one("category", "Where the deal stands", CategoryChoice::CHOICES),
            ],
        ),
    ]),
};

pub(super) const ACTIVITY: CommandSpec = CommandSpec {
    name: "activity",
    description: "Log the calls, emails, meetings and demos behind the wins",
    access: Everyone,
    body: Body::Group(&[
        leaf(
            "log",
            "Log activities",
            Everyone,
            Action::ActivityLog,
            &[
                choose_one("kind", "What you did", ActivityKind::CHOICES),
                between(
                    opt("count", Integer, "How many (default 1)"),
                    1,
                    crate::core::activity::MAX_COUNT,
                ),
                text("note", 500, "Anything worth remembering"),
            ],
        ),
        leaf(
            "list",
            "Your latest activity logs (managers: anyone's)",
            Everyone,
            Action::ActivityList,
            &[opt(
                "rep",
                Rep,
                "Whose (default: yours; others' for managers)",
            )],
        ),
        leaf(
            "remove",
            "Take back an activity log that was wrong (it stops counting)",
            Everyone,
            Action::ActivityRemove,
            &[between(
                req("id", Integer, "Activity number, as in /activity list"),
                1,
                i64::MAX,
            )],
        ),
    ]),
};
