//! Friendly competition: contests, duels, and a rep's own nudges and absences.

use super::*;
use crate::core::contest::Scoring;

pub(super) const CONTEST: CommandSpec = group(
    "contest",
    "Contests: managers start them, everyone sees the standings",
    Everyone,
    &[
        leaf(
            "create",
            "Start a contest",
            Manager,
            Action::ContestCreate,
            &[
                req_text("name", 60, "What it is called"),
                required(day("end", "Its last day (2026-03-31, eom, friday)")),
                choose(
                    "metric",
                    "What it ranks (default: revenue)",
                    Metric::CHOICES,
                ),
                day("start", "Its first day (default: today)"),
                suggest(text("team", 100, "Only this team's reps"), Suggest::Teams),
                text("prize", 200, "What the winner gets"),
                text(
                    "target",
                    40,
                    "Everyone who reaches it wins (50k, 10 deals, 120%)",
                ),
                choose(
                    "scoring",
                    "Total, or % of each rep's quota",
                    Scoring::CHOICES,
                ),
                choose(
                    "by",
                    "Reps (default) or team against team",
                    BoardOf::CHOICES,
                ),
                opt(
                    "channel",
                    Channel,
                    "Where it is announced (default: the wins channel)",
                ),
                text(
                    "standings",
                    60,
                    "When standings are posted: daily 17:00, weekly friday 16:00",
                ),
            ],
        ),
        leaf(
            "list",
            "Contests running, coming and past",
            Everyone,
            Action::ContestList,
            &[],
        ),
        leaf(
            "standings",
            "Where a contest stands",
            Everyone,
            Action::ContestStandings,
            &[text("name", 60, "Which contest (default: the running one)")],
        ),
        leaf(
            "end",
            "End a contest now and post its results",
            Manager,
            Action::ContestEnd,
            &[req_text("name", 60, "Which contest")],
        ),
        leaf(
            "cancel",
            "Cancel a contest: no results",
            Manager,
            Action::ContestCancel,
            &[req_text("name", 60, "Which contest")],
        ),
    ],
);

pub(super) const DUEL: CommandSpec = group(
    "duel",
    "Challenge a teammate to a head-to-head",
    Everyone,
    &[
        leaf(
            "challenge",
            "Challenge a rep; it starts when they accept",
            Everyone,
            Action::DuelChallenge,
            &[
                req("rep", User, "Whom you challenge"),
                choose("metric", "What counts (default: revenue)", Metric::CHOICES),
                between(opt("days", Integer, "How many days (default 7)"), 1, 31),
            ],
        ),
        leaf(
            "accept",
            "Accept a challenge",
            Everyone,
            Action::DuelAccept,
            &[opt(
                "id",
                Integer,
                "Which challenge (default: the newest to you)",
            )],
        ),
        leaf(
            "decline",
            "Decline a challenge",
            Everyone,
            Action::DuelDecline,
            &[opt(
                "id",
                Integer,
                "Which challenge (default: the newest to you)",
            )],
        ),
        leaf(
            "status",
            "Your duels: the score so far, and challenges waiting",
            Everyone,
            Action::DuelStatus,
            &[],
        ),
    ],
);

pub(super) const NUDGES: CommandSpec = group(
    "nudges",
    "Reminders from Dealbell: yours on or off; managers see who opted out",
    Everyone,
    &[
        leaf(
            "off",
            "No more nudges to you",
            Everyone,
            Action::NudgesOff,
            &[],
        ),
        leaf("on", "Nudges to you again", Everyone, Action::NudgesOn, &[]),
        leaf(
            "status",
            "Your nudge settings (managers: who opted out or is away)",
            Everyone,
            Action::NudgesStatus,
            &[],
        ),
    ],
);

pub(super) const AWAY: CommandSpec = leaf(
    "away",
    "Away until a day: no nudges, and your streak waits for you",
    Everyone,
    Action::Away,
    &[
        day("until", "Your last day away (2026-03-20, friday, eom)"),
        opt("back", Boolean, "Back early: end the absence now"),
    ],
);
