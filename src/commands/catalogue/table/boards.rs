//! Leaderboards, imports, sales teams, quotas and scheduled posts.

use super::*;

pub(super) const LEADERBOARD: CommandSpec = leaf(
    "leaderboard",
    Everyone,
    Action::Leaderboard,
    &[
        choose("period", PERIODS),
        choose("metric", Metric::CHOICES),
        between(opt("top", Integer), 1, 50),
        suggest(text("team", 100), Suggest::Teams),
        choose("by", BoardOf::CHOICES),
        day("from"),
        day("to"),
        opt("chart", Boolean),
        choose("around", &[choice("Around", "me")]),
    ],
);

pub(super) const IMPORT: CommandSpec = slow(leaf(
    "import",
    Manager,
    Action::Import,
    &[
        choose_one("kind", ImportKind::CHOICES),
        req("file", Attachment),
        text("currency", 10),
        opt("confirm", Boolean),
        choose("team_by", TeamColumn::CHOICES),
    ],
));

pub(super) const TEAM: CommandSpec = group(
    "team",
    Everyone,
    &[
        leaf("list", Everyone, Action::TeamList, &[]),
        leaf(
            "link",
            Manager,
            Action::TeamLink,
            &[
                suggest(req_text("rep", 100), Suggest::CrmReps),
                req("user", User),
            ],
        ),
        leaf(
            "create",
            Manager,
            Action::TeamCreate,
            &[req_text("name", 100), text("region", 100)],
        ),
        leaf("add", Manager, Action::TeamAdd, TEAM_AND_REP),
        leaf("remove", Manager, Action::TeamRemove, TEAM_AND_REP),
        leaf("delete", Manager, Action::TeamDelete, &[WHICH_TEAM]),
    ],
);

pub(super) const QUOTA: CommandSpec = group(
    "quota",
    Everyone,
    &[
        leaf(
            "check",
            Everyone,
            Action::QuotaCheck,
            &[
                opt("rep", Rep),
                TEAM_OPTION,
                EVERYONE_OPTION,
                choose("period", QuotaCheckPeriod::CHOICES),
                opt("chart", Boolean),
            ],
        ),
        leaf(
            "set",
            Manager,
            Action::QuotaSet,
            &[
                required(amount()),
                choose_one("period", QuotaPeriod::CHOICES),
                opt("rep", Rep),
                TEAM_OPTION,
                EVERYONE_OPTION,
                day("starting"),
            ],
        ),
    ],
);

pub(super) const SCHEDULE: CommandSpec = group(
    "schedule",
    Manager,
    &[
        leaf(
            "add",
            Manager,
            Action::ScheduleAdd,
            &[
                choose_one("kind", PostKind::CHOICES),
                req_text("cron", 60),
                opt("channel", Channel),
                choose("metric", Metric::CHOICES),
                choose("period", PERIODS),
            ],
        ),
        leaf("list", Manager, Action::ScheduleList, &[]),
        leaf("preview", Manager, Action::SchedulePreview, &[SCHEDULE_ID]),
        leaf("pause", Manager, Action::SchedulePause, &[SCHEDULE_ID]),
        leaf("resume", Manager, Action::ScheduleResume, &[SCHEDULE_ID]),
        leaf("remove", Manager, Action::ScheduleRemove, &[SCHEDULE_ID]),
    ],
);

pub(super) const TV: CommandSpec = group(
    "tv",
    Manager,
    &[
        leaf(
            "link",
            Manager,
            Action::TvLink,
            &[choose("metric", Metric::CHOICES), choose("period", PERIODS)],
        ),
        leaf("list", Manager, Action::TvList, &[]),
        leaf(
            "revoke",
            Manager,
            Action::TvRevoke,
            &[between(req("link", Integer), 1, i64::MAX)],
        ),
    ],
);

/// A team named as `/team list` names it.
const WHICH_TEAM: OptionSpec = suggest(req_text("team", 100), Suggest::Teams);

/// A team and a rep: whom `/team add` puts in it and `/team remove` takes out.
const TEAM_AND_REP: &[OptionSpec] = &[WHICH_TEAM, opt("rep", Rep)];
