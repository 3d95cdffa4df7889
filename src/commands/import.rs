//! `/import`: a CRM export (deals, or teams) in one transaction, with a report.

use super::arguments::arguments;
use super::invocation::Attachment;
use super::{CommandError, Request};
use crate::core::crm::{self, DealFormat, DealImportRules, RowProblem};
use crate::core::crm::{ImportKind, TeamColumn};
use crate::core::deal::Outcome;
use crate::core::money::{Currency, Money};
use crate::i18n::{Said, Value, Words};
use crate::reply::{Button, DealImportReport, Message, Reply, ReplyData, Tone};
use crate::store::{DealImportRun, DealImportSummary, ImportMode};

/// How long an import preview can be applied.
pub const PREVIEW_MINUTES: i64 = 15;

/// Skips listed one by one before the report summarises the rest.
const SKIPS_SHOWN: usize = 20;

arguments! {
    /// `/import`
    pub struct ImportArgs {
        kind: ImportKind,
        file: Attachment,
        currency: Option<String>,
        confirm: Option<bool>,
        team_by: Option<TeamColumn>,
    }
}

pub async fn run(req: &Request<'_>, args: ImportArgs) -> Result<Reply, CommandError> {
    let file = &args.file;
    let lower = file.filename.to_lowercase();
    if !(lower.ends_with(".csv") || lower.ends_with(".txt")) {
        return Err(Said::new("error-import-not-csv")
            .with("file", file.filename.as_str())
            .into());
    }
    let max = req.app.config.import_max_bytes;
    super::check_size(file, max, super::FileUse::Import)?;
    match args.kind {
        ImportKind::Teams => {
            let bytes = super::attachment_bytes(file)?;
            teams(req, &args, &file.filename, &bytes).await
        }
        ImportKind::Deals => deals(req, &args, file).await,
    }
}

async fn deals(
    req: &Request<'_>,
    args: &ImportArgs,
    file: &Attachment,
) -> Result<Reply, CommandError> {
    let filename = file.filename.as_str();
    let currency = match args.currency.as_deref() {
        Some(code) => Currency::from_code(code).ok_or_else(|| {
            Said::new("error-import-currency")
                .with("code", code)
                .about_option("currency")
        })?,
        None => req.guild.currency,
    };
    // Stored as the deal's customer, so in the team's language.
    let no_account = crate::i18n::Words::team(&req.guild).say("crm-no-account");
    let rules = DealImportRules {
        pipeline: &req.pipeline,
        stage_map: &req.app.config.import_stage_map,
        currency,
        no_account: &no_account,
    };
    if args.confirm != Some(true) {
        let preview = import_file(req, file, &rules, ImportMode::Preview).await?;
        if preview.summary.updated > 0 {
            let (rows, skipped) = (preview.read.rows_read, preview.read.skipped_count);
            return preview_reply(
                req,
                filename,
                &super::attachment_bytes(file)?,
                currency,
                preview.summary,
                rows,
                skipped,
            )
            .await;
        }
    }
    let done = import_file(req, file, &rules, ImportMode::Apply).await?;
    let products = req.app.db.product_names(&req.inv.guild_id).await?;
    let product_variants = crm::product_variants(products.iter().map(|(n, c)| (n.as_str(), *c)));
    let read = done.read;
    let report = DealImportReport {
        format: match read.format {
            DealFormat::MavenPipeline => "maven_pipeline".into(),
            DealFormat::Dealbell => "dealbell".into(),
        },
        read_as: read.read_as,
        rows_read: read.rows_read,
        summary: done.summary,
        skipped: read.skipped,
        skipped_count: read.skipped_count,
        without_account: read.without_account,
        product_variants,
        won: done.won,
        won_total_minor: done.won_total_minor,
        currency: currency.to_string(),
    };
    let read_as = (read.format, currency, rules.no_account);
    let message = import_message(req.words, filename, read_as, &report);
    Ok(Reply::private(
        message.footer(req.footer(None)),
        ReplyData::DealImport(report),
    ))
}

/// Deals read and written per batch: a big file is never held parsed all at once.
const IMPORT_BATCH: usize = 10_000;

/// What importing a file did: the store's counts, what reading found, and its wins.
struct FileImport {
    summary: DealImportSummary,
    read: crm::DealsRead,
    won: usize,
    /// The won deals' amounts in the import's currency.
    won_total_minor: i64,
}

/// Reads the file batch by batch into one import transaction, applied or (a preview)
/// rolled back. A line the file cannot be read past stops it with nothing written.
async fn import_file(
    req: &Request<'_>,
    file: &Attachment,
    rules: &DealImportRules<'_>,
    mode: ImportMode,
) -> Result<FileImport, CommandError> {
    let mut reader = crm::DealReader::open(file, rules)?;
    let run = DealImportRun {
        guild_id: &req.inv.guild_id,
        actor_id: req.caller.id,
        today: req.today,
        now: req.now,
        mode,
        rows_expected: reader.rows_expected(),
        progress: &req.app.progress,
    };
    let mut import = req.app.db.begin_deal_import(run).await?;
    let (mut won, mut won_total_minor) = (0, 0);
    loop {
        let batch = reader.next_batch(IMPORT_BATCH)?;
        if batch.is_empty() {
            break;
        }
        for deal in batch.iter().filter(|d| d.outcome == Outcome::Won) {
            won += 1;
            if let Some(amount) = deal.amount.filter(|a| a.currency == rules.currency) {
                won_total_minor += amount.minor;
            }
        }
        import.add(&batch).await?;
    }
    Ok(FileImport {
        summary: import.finish().await?,
        read: reader.finish(),
        won,
        won_total_minor,
    })
}

/// What an import says: the counts, the format and encoding it was read as, new reps,
/// rows without an account, look-alike product names and the lines skipped.
fn import_message(
    words: Words,
    filename: &str,
    (format, currency, no_account): (DealFormat, Currency, &str),
    report: &DealImportReport,
) -> Message {
    let summary = &report.summary;
    let count = |n: usize| words.number(n as i64);
    let field = |key: &str| words.say(key);
    let mut message = Message::new(
        if report.skipped_count == 0 {
            Tone::Success
        } else {
            Tone::Warning
        },
        words.say_with("import-title", &[("file", filename.into())]),
    )
    .field(field("import-rows-read"), count(report.rows_read))
    .field(field("import-created"), count(summary.created))
    .field(field("import-updated"), count(summary.updated))
    .field(field("import-unchanged"), count(summary.unchanged))
    .field(field("import-skipped"), count(report.skipped_count))
    .field(
        field("import-won-in-file"),
        words.say_with(
            "import-won",
            &[
                ("count", (report.won as i64).into()),
                ("grouped", count(report.won).into()),
                (
                    "amount",
                    words
                        .money_whole(Money::new(report.won_total_minor, currency))
                        .into(),
                ),
            ],
        ),
    );
    message = message.line(words.say(match format {
        DealFormat::MavenPipeline => "import-format-maven",
        DealFormat::Dealbell => "import-format-dealbell",
    }));
    message = message.line(read_as_text(words, &report.read_as));
    if summary.reps_created > 0 {
        message = message.line(words.say_with(
            "import-reps-created",
            &[("count", (summary.reps_created as i64).into())],
        ));
    }
    if report.without_account > 0 {
        message = message.line(words.say_with(
            "import-without-account",
            &[
                ("count", (report.without_account as i64).into()),
                ("grouped", count(report.without_account).into()),
                ("customer", no_account.into()),
            ],
        ));
    }
    for group in &report.product_variants {
        let spellings: Vec<String> = group
            .iter()
            .map(|(n, c)| format!("\"{n}\" ({c})"))
            .collect();
        message = message.line(words.say_with(
            "import-product-variants",
            &[("names", spellings.join(", ").into())],
        ));
    }
    for skip in report.skipped.iter().take(SKIPS_SHOWN) {
        message = message.line(skipped_line(words, skip));
    }
    if report.skipped_count > SKIPS_SHOWN {
        message = message.line(words.say_with(
            "import-more-skipped",
            &[("count", count(report.skipped_count - SKIPS_SHOWN).into())],
        ));
    }
    message
}

/// "Skipped line 8: stage "Sleeping" is not one of the team's stages".
fn skipped_line(words: Words, skip: &crm::Skip) -> String {
    words.say_with(
        "import-skipped-line",
        &[
            ("line", (skip.line as i64).into()),
            ("why", row_problem(words, &skip.problem).into()),
        ],
    )
}

/// Why a row was skipped, in the reader's words; columns and values as in the file.
fn row_problem(words: Words, problem: &RowProblem) -> String {
    let text = |s: &str| Value::from(s.to_string());
    match problem {
        RowProblem::Empty { column } => {
            words.say_with("import-row-empty", &[("column", text(column))])
        }
        RowProblem::TooLong {
            column,
            count,
            most,
        } => words.say_with(
            "import-row-too-long",
            &[
                ("column", text(column)),
                ("count", (*count as i64).into()),
                ("most", (*most as i64).into()),
            ],
        ),
        RowProblem::UnknownStage { stage } => {
            words.say_with("import-row-unknown-stage", &[("stage", text(stage))])
        }
        RowProblem::StageMapsNowhere { stage, key } => words.say_with(
            "import-row-stage-maps-nowhere",
            &[("stage", text(stage)), ("key", text(key))],
        ),
        RowProblem::NotAUsDate { column, text: t } => words.say_with(
            "import-row-not-a-date",
            &[
                ("column", text(column)),
                ("text", text(t)),
                ("form", "M/D/YYYY".into()),
            ],
        ),
        RowProblem::NotAnIsoDate { column, text: t } => words.say_with(
            "import-row-not-a-date",
            &[
                ("column", text(column)),
                ("text", text(t)),
                ("form", "YYYY-MM-DD".into()),
            ],
        ),
        RowProblem::NotAWholeAmount { text: t } => {
            words.say_with("import-row-not-whole", &[("text", text(t))])
        }
        RowProblem::UnknownCurrency { code } => {
            words.say_with("import-row-currency", &[("code", text(code))])
        }
        RowProblem::Amount { error, .. } => words.say_with(
            "import-row-amount",
            &[(
                "why",
                crate::error::money_said(error.clone()).word(words).into(),
            )],
        ),
        RowProblem::ClosedWithoutDate { outcome } => words.say_with(
            "import-row-closed-without-date",
            &[("outcome", outcome.key().into())],
        ),
        RowProblem::WonWithoutValue => words.say("import-row-won-without-value"),
        RowProblem::RepeatsId { id, first_line } => words.say_with(
            "import-row-repeats-id",
            &[("id", text(id)), ("first", (*first_line as i64).into())],
        ),
    }
}

/// How the file was read, as the report says it: "Read as windows-1250 text, columns
/// separated by ;".
fn read_as_text(words: Words, read_as: &crm::ReadAs) -> String {
    let separator = match read_as.separator {
        ',' => "comma".to_string(),
        ';' => "semicolon".to_string(),
        '\t' => "tab".to_string(),
        other => other.to_string(),
    };
    words.say_with(
        "import-read-as",
        &[
            ("encoding", read_as.encoding.to_string().into()),
            ("separator", separator.into()),
        ],
    )
}

/// An import that would overwrite existing deals waits for the manager's click.
async fn preview_reply(
    req: &Request<'_>,
    filename: &str,
    bytes: &[u8],
    currency: Currency,
    preview: DealImportSummary,
    rows_read: usize,
    skipped: usize,
) -> Result<Reply, CommandError> {
    let options = serde_json::json!({"kind": "deals", "currency": currency.code()});
    let pending_id = req
        .app
        .db
        .save_pending_action(
            &req.inv.guild_id,
            req.caller.id,
            "import",
            &options,
            Some((filename, bytes)),
            req.now,
        )
        .await?;
    let words = req.words;
    let number = |n: usize| Value::from(words.number(n as i64));
    let message = Message::new(
        Tone::Warning,
        words.say_with(
            "import-preview-title",
            &[
                ("file", filename.into()),
                ("count", (preview.updated as i64).into()),
            ],
        ),
    )
    .line(words.say_with(
        "import-preview-also",
        &[
            ("created", number(preview.created)),
            ("unchanged", number(preview.unchanged)),
            ("skipped", number(skipped)),
        ],
    ))
    .line(words.say("import-preview-overwrites"))
    .line(words.say_with(
        "import-preview-within",
        &[("minutes", PREVIEW_MINUTES.into())],
    ))
    .footer(req.footer(None));
    let mut reply = Reply::private(
        message,
        ReplyData::ImportPreview {
            pending_id,
            rows_read,
            summary: preview,
            skipped,
        },
    );
    reply.buttons = vec![
        Button::Confirm {
            action_id: pending_id,
        },
        Button::Cancel {
            action_id: pending_id,
        },
    ];
    Ok(reply)
}

async fn teams(
    req: &Request<'_>,
    args: &ImportArgs,
    filename: &str,
    bytes: &[u8],
) -> Result<Reply, CommandError> {
    let team_by = args.team_by.unwrap_or(TeamColumn::Manager);
    let parsed = crm::parse_teams(bytes, team_by)?;
    let summary = req
        .app
        .db
        .import_teams(&req.inv.guild_id, &parsed.rows, req.now)
        .await?;
    let words = req.words;
    let count = |n: usize| words.number(n as i64);
    let field = |key: &str| words.say(key);
    let mut message = Message::new(
        Tone::Success,
        words.say_with("import-teams-title", &[("file", filename.into())]),
    )
    .field(field("import-rows-read"), count(parsed.rows_read))
    .field(field("import-teams-created"), count(summary.teams_created))
    .field(
        field("import-people-created"),
        count(summary.people_created),
    )
    .field(
        field("import-memberships-added"),
        count(summary.memberships_added),
    )
    .field(field("import-skipped"), count(parsed.skipped.len()))
    .line(words.say_with(
        "import-teams-named-by",
        &[
            ("column", team_by.key().into()),
            ("read_as", read_as_text(words, &parsed.read_as).into()),
        ],
    ))
    .line(words.say("import-teams-how"));
    for skip in parsed.skipped.iter().take(SKIPS_SHOWN) {
        message = message.line(skipped_line(words, skip));
    }
    Ok(Reply::private(
        message,
        ReplyData::TeamImport {
            read_as: parsed.read_as,
            rows_read: parsed.rows_read,
            summary,
            skipped: parsed.skipped,
        },
    ))
}
