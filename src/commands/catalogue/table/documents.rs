//! Commission plans, team documents and /ask.

use super::*;
use crate::core::export::ExportKind;
use crate::core::ranking::Metric;

pub(super) const COMP: CommandSpec = group(
    "comp",
    Everyone,
    &[
        leaf(
            "plan",
            Everyone,
            Action::CompPlan,
            &[
                manager_only(opt("file", Attachment)),
                manager_only(text("text", 6000)),
            ],
        ),
        leaf(
            "estimate",
            Everyone,
            Action::CompEstimate,
            &[
                amount(),
                choose("period", PERIODS),
                manager_only(opt("rep", Rep)),
            ],
        ),
    ],
);

pub(super) const DOCS: CommandSpec = group(
    "docs",
    Everyone,
    &[
        leaf(
            "add",
            Manager,
            Action::DocsAdd,
            &[
                opt("file", Attachment),
                text("title", 120),
                text("text", 6000),
            ],
        ),
        leaf("list", Everyone, Action::DocsList, &[]),
        leaf(
            "remove",
            Manager,
            Action::DocsRemove,
            &[suggest(
                between(req("id", Integer), 1, i64::MAX),
                Suggest::Documents,
            )],
        ),
    ],
);

pub(super) const ASK: CommandSpec =
    leaf("ask", Everyone, Action::Ask, &[req_text("question", 300)]);

pub(super) const EXPORT: CommandSpec = leaf(
    "export",
    Everyone,
    Action::Export,
    &[
        choose_one("kind", ExportKind::CHOICES),
        opt("rep", Rep),
        choose("period", PERIODS),
        choose("metric", Metric::CHOICES),
    ],
);
