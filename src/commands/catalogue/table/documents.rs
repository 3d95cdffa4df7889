//! Commission plans, team documents and /ask.

use super::*;
use crate::core::export::ExportKind;
use crate::core::ranking::Metric;

pub(super) const COMP: CommandSpec = group(
    "comp",
    "Commission: the plan in plain words, and estimates from it",
    Everyone,
    &[
        leaf(
            "plan",
            "The team's commission plan; managers load a new one with file or text",
            Everyone,
            Action::CompPlan,
            &[
                manager_only(opt(
                    "file",
                    Attachment,
                    "A plan as TOML (see config/comp_plan.example.toml)",
                )),
                manager_only(text(
                    "text",
                    6000,
                    "A plan as TOML, pasted (\\n for a line break)",
                )),
            ],
        ),
        leaf(
            "estimate",
            "What you have earned this period, what the next tier needs, and what a deal adds",
            Everyone,
            Action::CompEstimate,
            &[
                amount("What-if: a deal of this size closing now"),
                choose(
                    "period",
                    "Which period (default: the plan's current one)",
                    PERIODS,
                ),
                manager_only(opt("rep", Rep, "Someone else's estimate (managers)")),
            ],
        ),
    ],
);

pub(super) const DOCS: CommandSpec = group(
    "docs",
    "The team's documents that /ask answers from",
    Everyone,
    &[
        leaf(
            "add",
            "Add (or replace) a document: a Markdown or text file, or a title and text",
            Manager,
            Action::DocsAdd,
            &[
                opt("file", Attachment, "A .md or .txt file"),
                text(
                    "title",
                    120,
                    "Title (default: the file's first heading or name)",
                ),
                text(
                    "text",
                    6000,
                    "The text, when there is no file (\\n for a line break)",
                ),
            ],
        ),
        leaf(
            "list",
            "The documents /ask searches",
            Everyone,
            Action::DocsList,
            &[],
        ),
        leaf(
            "remove",
            "Remove a document",
            Manager,
            Action::DocsRemove,
            &[suggest(
                between(
                    req("id", Integer, "Document number, as in /docs list"),
                    1,
                    i64::MAX,
                ),
                Suggest::Documents,
            )],
        ),
    ],
);

pub(super) const ASK: CommandSpec = leaf(
    "ask",
    "Ask the comp plan and sales documents: answers with the passages that say it",
    Everyone,
    Action::Ask,
    &[req_text("question", 300, "Your question, in any language")],
);

pub(super) const EXPORT: CommandSpec = leaf(
    "export",
    "Download a CSV (reps: their own deals; managers: everyone's, or one rep's)",
    Everyone,
    Action::Export,
    &[
        choose_one("kind", "What to export", ExportKind::CHOICES),
        opt(
            "rep",
            Rep,
            "Whose deals or activities (managers; default everyone's)",
        ),
        choose(
            "period",
            "For a leaderboard or activities: which period (default this month)",
            PERIODS,
        ),
        choose(
            "metric",
            "For a leaderboard: what it ranks (default revenue)",
            Metric::CHOICES,
        ),
    ],
);
