//! Logging wins, pipeline deals and activities.

use super::*;

pub(super) const WIN: CommandSpec = leaf(
    "win",
    "Log a closed-won deal in one step",
    Everyone,
    Action::Win,
    &[
        required(amount(AMOUNT_HELP)),
        suggest(required(customer("Who bought")), Suggest::Customers),
        product("What they bought"),
        note("Anything worth remembering"),
        day("date", WON_ON_HELP),
        manager_only(opt("rep", Rep, "Log it for another rep (managers)")),
    ],
);

pub(super) const DEAL: CommandSpec = group(
    "deal",
    "Pipeline deals: add, move, close, list, undo",
    Everyone,
    &[
        leaf(
            "add",
            "Add a deal to your pipeline",
            Everyone,
            Action::DealAdd,
            &[
                suggest(
                    required(customer("Who you are selling to")),
                    Suggest::Customers,
                ),
                required(amount(AMOUNT_HELP)),
                product("What you are selling"),
                stage("Pipeline stage (default: the first)"),
                day("close", DATE_HELP),
                note("Anything worth remembering"),
                manager_only(opt("rep", Rep, "Add it for another rep (managers)")),
            ],
        ),
        leaf(
            "stage",
            "Move a deal to another open stage",
            Everyone,
            Action::DealStage,
            &[DEAL_ID, required(stage("The new stage"))],
        ),
        leaf(
            "won",
            "Mark a deal won",
            Everyone,
            Action::DealWon,
            &[
                DEAL_ID,
                amount("Final amount, if it changed"),
                day("date", WON_ON_HELP),
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
                    max_chars::LOST_REASON,
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
                customer("New customer name"),
                amount(AMOUNT_HELP),
                product("New product"),
                day("close", CLOSE_EDIT_HELP),
                note("New note"),
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
                stage("Only this stage"),
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
    ],
);

pub(super) const ACTIVITY: CommandSpec = group(
    "activity",
    "Log the calls, emails, meetings and demos behind the wins",
    Everyone,
    &[
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
                note("Anything worth remembering"),
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
    ],
);
