//! `/import`: a CRM export (deals, or teams) in one transaction, with a report.

use super::arguments::arguments;
use super::invocation::Attachment;
use super::{CommandError, Request};
use crate::core::crm::{self, DealFormat, DealImportRules};
use crate::core::crm::{ImportKind, TeamColumn};
use crate::core::deal::Outcome;
use crate::core::money::{Currency, Money, group_thousands};
use crate::core::words;
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
        return Err(CommandError::with_hint(
            format!("{} is not a CSV file.", file.filename),
            "Export the report from your CRM as CSV (UTF-8) and attach the .csv file.",
        ));
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
            CommandError::user(format!(
                "{code:?} is not an ISO 4217 currency code (EUR, USD, PLN...)."
            ))
        })?,
        None => req.guild.currency,
    };
    let rules = DealImportRules {
        pipeline: &req.pipeline,
        stage_map: &req.app.config.import_stage_map,
        currency,
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
    let message = import_message(filename, read.format, &report, currency);
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
    filename: &str,
    format: DealFormat,
    report: &DealImportReport,
    currency: Currency,
) -> Message {
    let summary = &report.summary;
    let mut message = Message::new(
        if report.skipped_count == 0 {
            Tone::Success
        } else {
            Tone::Warning
        },
        format!("Imported {filename}"),
    )
    .field("Rows read", group_thousands(report.rows_read as u64))
    .field("Created", group_thousands(summary.created as u64))
    .field("Updated", group_thousands(summary.updated as u64))
    .field("Unchanged", group_thousands(summary.unchanged as u64))
    .field("Skipped", group_thousands(report.skipped_count as u64))
    .field(
        "Won in file",
        format!(
            "{} {}, {}",
            group_thousands(report.won as u64),
            words::form(report.won as i64, "deal", "deals"),
            Money::new(report.won_total_minor, currency).display_whole()
        ),
    );
    message = message.line(match format {
        DealFormat::MavenPipeline => {
            "Format: CRM pipeline export (opportunity_id, sales_agent, ...; US dates)."
        }
        DealFormat::Dealbell => "Format: Dealbell columns (external_id, rep, customer, ...).",
    });
    message = message.line(read_as_text(&report.read_as));
    if summary.reps_created > 0 {
        message = message.line(format!(
            "{} {} new; they own their deals until a manager links them: /team link rep:\"Name\" user:@them",
            summary.reps_created,
            words::form(summary.reps_created as i64, "rep was", "reps were"),
        ));
    }
    if report.without_account > 0 {
        message = message.line(format!(
            "{} {} no account; they were imported with the customer {:?}.",
            group_thousands(report.without_account as u64),
            words::form(report.without_account as i64, "row names", "rows name"),
            crm::NO_ACCOUNT
        ));
    }
    for group in &report.product_variants {
        let spellings: Vec<String> = group.iter().map(|(n, c)| format!("{n:?} ({c})")).collect();
        message = message.line(format!(
            "Product names that look alike were kept apart: {}. Fix the spelling in the CRM if they are one product.",
            spellings.join(" and ")
        ));
    }
    for skip in report.skipped.iter().take(SKIPS_SHOWN) {
        message = message.line(format!("Skipped line {}: {}", skip.line, skip.reason));
    }
    if report.skipped_count > SKIPS_SHOWN {
        message = message.line(format!(
            "…and {} more skipped lines.",
            group_thousands((report.skipped_count - SKIPS_SHOWN) as u64)
        ));
    }
    message
}

/// How the file was read, as the report says it: "Read as windows-1250 text, columns
/// separated by ;".
fn read_as_text(read_as: &crm::ReadAs) -> String {
    let separator = match read_as.separator {
        ',' => "commas".to_string(),
        ';' => "semicolons".to_string(),
        '\t' => "tabs".to_string(),
        other => format!("{other:?}"),
    };
    format!(
        "Read as {} text, columns separated by {separator}.",
        read_as.encoding
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
    let message = Message::new(Tone::Warning, format!("{filename} would change {} existing deals", preview.updated))
        .line(format!(
            "It would also create {} and leave {} unchanged ({skipped} rows skipped).",
            preview.created, preview.unchanged
        ))
        .line("Changes overwrite what is stored, including corrections made in chat since the last import; each change is audited.")
        .line(format!("Apply it or cancel within {PREVIEW_MINUTES} minutes."))
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
    let mut message = Message::new(Tone::Success, format!("Imported teams from {filename}"))
        .field("Rows read", parsed.rows_read.to_string())
        .field("Teams created", summary.teams_created.to_string())
        .field("People created", summary.people_created.to_string())
        .field("Memberships added", summary.memberships_added.to_string())
        .field("Skipped", parsed.skipped.len().to_string())
        .line(format!(
            "Teams named by the {} column. {}",
            team_by.key(),
            read_as_text(&parsed.read_as)
        ))
        .line("See them with /team list; link reps to chat users with /team link.");
    for skip in parsed.skipped.iter().take(SKIPS_SHOWN) {
        message = message.line(format!("Skipped line {}: {}", skip.line, skip.reason));
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
