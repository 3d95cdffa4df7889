//! Friendly competition: a rep's own nudges and absences.

use super::*;

pub(super) const NUDGES: CommandSpec = CommandSpec {
    name: "nudges",
    description: "Reminders from Dealbell: yours on or off; managers see who opted out",
    access: Everyone,
    body: Body::Group(&[
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
    ]),
};

pub(super) const AWAY: CommandSpec = leaf(
    "away",
    "Away until a day: no nudges, and your streak waits for you",
    Everyone,
    Action::Away,
    &[
        text("until", 40, "Your last day away (2026-03-20, friday, eom)"),
        opt("back", Boolean, "Back early: end the absence now"),
    ],
);
