//! Leaderboards, imports, sales teams, quotas and scheduled posts.

use super::*;

pub(super) const LEADERBOARD: CommandSpec = leaf(
    "leaderboard",
    "Who is winning this period",
    Everyone,
    Action::Leaderboard,
    &[
        choose("period", "Which period (default: this month)", PERIODS),
        choose(
            "metric",
            "What to rank by (default: revenue)",
            Metric::CHOICES,
        ),
        between(opt("top", Integer, "How many rows (default 10)"), 1, 50),
        suggest(text("team", 100, "Only this team's reps"), Suggest::Teams),
        choose("by", "Rank reps (default) or teams", BoardOf::CHOICES),
        day("from", "Custom period: first day (2026-01-01)"),
        day("to", "Custom period: last day (default: today)"),
        opt("chart", Boolean, "Also send it as a picture"),
        choose(
            "around",
            "Only your neighbours: two places above and below you",
            &[choice("Around", "Me", "me")],
        ),
    ],
);

pub(super) const IMPORT: CommandSpec = slow(leaf(
    "import",
    "Import a CRM export (CSV)",
    Manager,
    Action::Import,
    &[
        choose_one("kind", "What the file holds", ImportKind::CHOICES),
        req("file", Attachment, "The CSV file"),
        text(
            "currency",
            10,
            "Currency of amounts without one (default: the team's)",
        ),
        opt(
            "confirm",
            Boolean,
            "Apply even if it changes existing deals (skips the preview)",
        ),
        choose(
            "team_by",
            "Teams: the column that names each team (default: manager)",
            TeamColumn::CHOICES,
        ),
    ],
));

pub(super) const TEAM: CommandSpec = group(
    "team",
    "Teams and reps: from the CRM, or made by hand",
    Everyone,
    &[
        leaf(
            "list",
            "Show teams, regions and who is linked",
            Everyone,
            Action::TeamList,
            &[],
        ),
        leaf(
            "link",
            "Link a rep from the CRM to a chat user",
            Manager,
            Action::TeamLink,
            &[
                suggest(
                    req_text("rep", 100, "The rep's name as in the CRM"),
                    Suggest::CrmReps,
                ),
                req("user", User, "The chat user who is that rep"),
            ],
        ),
        leaf(
            "create",
            "Create a team by hand (an office, a squad)",
            Manager,
            Action::TeamCreate,
            &[
                req_text("name", 100, "The team's name"),
                text("region", 100, "Its region or office, if any"),
            ],
        ),
        leaf(
            "add",
            "Put a rep in a team",
            Manager,
            Action::TeamAdd,
            TEAM_AND_REP,
        ),
        leaf(
            "remove",
            "Take a rep out of a team",
            Manager,
            Action::TeamRemove,
            TEAM_AND_REP,
        ),
        leaf(
            "delete",
            "Delete a team (its reps and their deals stay)",
            Manager,
            Action::TeamDelete,
            &[WHICH_TEAM],
        ),
    ],
);

pub(super) const QUOTA: CommandSpec = group(
    "quota",
    "Quotas: where you stand, and setting them",
    Everyone,
    &[
        leaf(
            "check",
            "Where you (or a rep, a team, everyone) stand against quota",
            Everyone,
            Action::QuotaCheck,
            &[
                opt(
                    "rep",
                    Rep,
                    "Another rep (managers; teammates if the team shares)",
                ),
                TEAM_OPTION,
                EVERYONE_OPTION,
                choose(
                    "period",
                    "This or last month, quarter or year (default: the shortest with a quota)",
                    QuotaCheckPeriod::CHOICES,
                ),
                opt("chart", Boolean, "Also send it as a picture"),
            ],
        ),
        leaf(
            "set",
            "Set a quota for a rep, a team or everyone",
            Manager,
            Action::QuotaSet,
            &[
                required(amount(AMOUNT_HELP)),
                choose_one(
                    "period",
                    "Month, quarter or fiscal year",
                    QuotaPeriod::CHOICES,
                ),
                opt("rep", Rep, "Whose quota"),
                TEAM_OPTION,
                EVERYONE_OPTION,
                day(
                    "starting",
                    "A date in the period to set (default: the current one)",
                ),
            ],
        ),
    ],
);

pub(super) const SCHEDULE: CommandSpec = group(
    "schedule",
    "Scheduled posts: leaderboards, quota progress, digests",
    Manager,
    &[
        leaf(
            "add",
            "Post something on a schedule",
            Manager,
            Action::ScheduleAdd,
            &[
                choose_one("kind", "What to post", PostKind::CHOICES),
                req_text(
                    "cron",
                    60,
                    "When: \"0 9 * * MON\", daily 17:30, weekly monday 09:00, monthly 1 09:00",
                ),
                opt(
                    "channel",
                    Channel,
                    "Where to post (default: here; alerts: the managers' channel)",
                ),
                choose(
                    "metric",
                    "Leaderboard metric (default: revenue)",
                    Metric::CHOICES,
                ),
                choose(
                    "period",
                    "Leaderboard period (default: this month)",
                    PERIODS,
                ),
            ],
        ),
        leaf(
            "list",
            "The team's schedules, next and last posts",
            Manager,
            Action::ScheduleList,
            &[],
        ),
        leaf(
            "preview",
            "The next five posting times",
            Manager,
            Action::SchedulePreview,
            &[SCHEDULE_ID],
        ),
        leaf(
            "pause",
            "Stop a schedule for now",
            Manager,
            Action::SchedulePause,
            &[SCHEDULE_ID],
        ),
        leaf(
            "resume",
            "Start a paused schedule again",
            Manager,
            Action::ScheduleResume,
            &[SCHEDULE_ID],
        ),
        leaf(
            "remove",
            "Delete a schedule",
            Manager,
            Action::ScheduleRemove,
            &[SCHEDULE_ID],
        ),
    ],
);

pub(super) const TV: CommandSpec = group(
    "tv",
    "The live leaderboard page for an office screen or a phone",
    Manager,
    &[
        leaf(
            "link",
            "A new link to the team's live page (anyone with it can open the page)",
            Manager,
            Action::TvLink,
            &[
                choose(
                    "metric",
                    "What the board ranks (default: revenue)",
                    Metric::CHOICES,
                ),
                choose(
                    "period",
                    "The board's period (default: this month)",
                    PERIODS,
                ),
            ],
        ),
        leaf(
            "list",
            "The team's live page links",
            Manager,
            Action::TvList,
            &[],
        ),
        leaf(
            "revoke",
            "Close a live page link for good",
            Manager,
            Action::TvRevoke,
            &[between(
                req("link", Integer, "Link number, as in /tv list"),
                1,
                i64::MAX,
            )],
        ),
    ],
);

/// A team named as `/team list` names it.
const WHICH_TEAM: OptionSpec = suggest(req_text("team", 100, "Which team"), Suggest::Teams);

/// A team and a rep: whom `/team add` puts in it and `/team remove` takes out.
const TEAM_AND_REP: &[OptionSpec] = &[
    WHICH_TEAM,
    opt("rep", Rep, "The rep: a chat user or a rep's name"),
];
