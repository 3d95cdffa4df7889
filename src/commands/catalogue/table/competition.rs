//! Friendly competition: contests, duels, and a rep's own nudges and absences.

use super::*;
use crate::core::contest::Scoring;

pub(super) const CONTEST: CommandSpec = group(
    "contest",
    Everyone,
    &[
        leaf(
            "create",
            Manager,
            Action::ContestCreate,
            &[
                req_text("name", 60),
                required(day("end")),
                choose("metric", Metric::CHOICES),
                day("start"),
                suggest(text("team", 100), Suggest::Teams),
                text("prize", 200),
                text("target", 40),
                choose("scoring", Scoring::CHOICES),
                choose("by", BoardOf::CHOICES),
                opt("channel", Channel),
                text("standings", 60),
            ],
        ),
        leaf("list", Everyone, Action::ContestList, &[]),
        leaf(
            "standings",
            Everyone,
            Action::ContestStandings,
            &[text("name", 60)],
        ),
        leaf("end", Manager, Action::ContestEnd, &[req_text("name", 60)]),
        leaf(
            "cancel",
            Manager,
            Action::ContestCancel,
            &[req_text("name", 60)],
        ),
    ],
);

pub(super) const DUEL: CommandSpec = group(
    "duel",
    Everyone,
    &[
        leaf(
            "challenge",
            Everyone,
            Action::DuelChallenge,
            &[
                req("rep", User),
                choose("metric", Metric::CHOICES),
                between(opt("days", Integer), 1, 31),
            ],
        ),
        leaf(
            "accept",
            Everyone,
            Action::DuelAccept,
            &[opt("id", Integer)],
        ),
        leaf(
            "decline",
            Everyone,
            Action::DuelDecline,
            &[opt("id", Integer)],
        ),
        leaf("status", Everyone, Action::DuelStatus, &[]),
    ],
);

pub(super) const NUDGES: CommandSpec = group(
    "nudges",
    Everyone,
    &[
        leaf("off", Everyone, Action::NudgesOff, &[]),
        leaf("on", Everyone, Action::NudgesOn, &[]),
        leaf("status", Everyone, Action::NudgesStatus, &[]),
    ],
);

pub(super) const AWAY: CommandSpec = leaf(
    "away",
    Everyone,
    Action::Away,
    &[day("until"), opt("back", Boolean)],
);
