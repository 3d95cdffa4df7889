//! Which handler runs each command: the table of actions and handlers, and the two
//! handlers that combine others (`/ask` about one's own numbers, `/deal undo` of a deal
//! change or an activity log).

use super::catalogue::{self, Action};
use super::invocation::Invocation;
use super::{
    CommandError, Request, activity, alerts, arguments, ask, comp, contest, deals, docs, duel,
    export, forecast, help, import, language, leaderboard, nudges, path_error, prepare, privacy,
    quota, rates, schedule, setup, team, tv,
};
use crate::core::search::OwnNumbers;
use crate::reply::Reply;

/// Every action and the handler that runs it. A handler takes the request and its
/// arguments struct (see `arguments`), read before it runs; its type says which options
/// the handler reads, and `options_read_by` lists them for the test that holds them to
/// the catalogue.
macro_rules! handlers {
    ($($action:ident => $handler:path,)*) => {
        pub(super) async fn dispatch(req: &Request<'_>) -> Result<Reply, CommandError> {
            match req.command.action {
                $( Action::$action => $handler(req, arguments::Arguments::read(req)?).await, )*
            }
        }

        /// The options the handler of `action` reads.
        #[cfg(test)]
        fn options_read_by(action: Action) -> &'static [arguments::ArgSpec] {
            match action {
                $( Action::$action => arguments::options_of(&$handler), )*
            }
        }
    };
}

handlers! {
    Help => help::run,
    Setup => setup::run,
    Win => deals::win,
    DealAdd => deals::add,
    DealStage => deals::stage,
    DealWon => deals::won,
    DealLost => deals::lost,
    DealEdit => deals::edit,
    DealShow => deals::show,
    DealList => deals::list,
    DealUndo => undo_last,
    DealHistory => deals::history,
    DealForecast => deals::set_forecast_category,
    Forecast => forecast::show,
    ForecastAccuracy => forecast::accuracy,
    AlertRules => alerts::rules,
    AlertSet => alerts::set,
    AlertList => alerts::list,
    AlertSnooze => alerts::snooze,
    CompPlan => comp::plan,
    CompEstimate => comp::estimate,
    DocsAdd => docs::add,
    DocsList => docs::list,
    DocsRemove => docs::remove,
    Export => export::run,
    Ask => ask_or_route,
    ActivityLog => activity::log,
    ActivityList => activity::list,
    ActivityRemove => activity::remove,
    Leaderboard => leaderboard::run,
    Import => import::run,
    TeamLink => team::link,
    TeamList => team::list,
    TeamCreate => team::create,
    TeamAdd => team::add,
    TeamRemove => team::remove,
    TeamDelete => team::delete,
    QuotaSet => quota::set,
    QuotaCheck => quota::check,
    ScheduleAdd => schedule::add,
    ScheduleList => schedule::list,
    ScheduleRemove => schedule::remove,
    SchedulePause => schedule::pause,
    ScheduleResume => schedule::resume,
    SchedulePreview => schedule::preview,
    TvLink => tv::link,
    TvList => tv::list,
    TvRevoke => tv::revoke,
    NudgesOff => nudges::off,
    NudgesOn => nudges::on,
    NudgesStatus => nudges::status,
    Language => language::run,
    Away => nudges::away,
    RateSet => rates::set,
    RateList => rates::list,
    PrivacyForget => privacy::forget,
    ContestCreate => contest::create,
    ContestList => contest::list,
    ContestStandings => contest::standings,
    ContestEnd => contest::end,
    ContestCancel => contest::cancel,
    DuelChallenge => duel::challenge,
    DuelAccept => duel::accept,
    DuelDecline => duel::decline,
    DuelStatus => duel::status,
}

/// `/ask`: an answer from the documents, or, for a question about the asker's own
/// numbers, what `/comp estimate` or `/quota check` says (asked as that command with no
/// options, so it reads only their own), then the documents' words.
async fn ask_or_route(req: &Request<'_>, args: ask::AskArgs) -> Result<Reply, CommandError> {
    let own = match ask::run(req, &args).await? {
        ask::Answer::Ready(reply) => return Ok(*reply),
        ask::Answer::OwnNumbers(own) => own,
    };
    let path = match own {
        OwnNumbers::Commission => ["comp", "estimate"],
        OwnNumbers::Quota => ["quota", "check"],
    };
    let routed = Invocation {
        path: path.iter().map(|p| p.to_string()).collect(),
        options: Default::default(),
        ..req.inv.clone()
    };
    let target = catalogue::resolve(&routed.path).map_err(path_error)?;
    let routed_req = prepare(req.app, &routed, target).await?;
    let numbers = match own {
        OwnNumbers::Commission => {
            comp::estimate(&routed_req, arguments::Arguments::read(&routed_req)?).await
        }
        OwnNumbers::Quota => {
            quota::check(&routed_req, arguments::Arguments::read(&routed_req)?).await
        }
    };
    ask::about_own_numbers(req, &args, own, numbers).await
}

/// `/deal undo`: takes back the caller's own last change, a deal's or an activity log,
/// within the undo window.
async fn undo_last(req: &Request<'_>, _: arguments::NoArguments) -> Result<Reply, CommandError> {
    let change = deals::last_change(req).await?;
    let log = activity::last_log(req).await?;
    match (change, log) {
        (Some(entry), Some(log)) if entry.at >= log.logged_at => {
            deals::undo_entry(req, &entry).await
        }
        (_, Some(log)) => activity::remove_log(req, log, activity::Removal::Undone).await,
        (Some(entry), None) => deals::undo_entry(req, &entry).await,
        (None, None) => {
            let window = req.app.config.undo_window_minutes;
            Err(crate::i18n::Said::new("error-nothing-to-undo")
                .with("minutes", window)
                .into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::arguments::ArgSpec;
    use super::catalogue::{Action, OptionSpec, all_commands, resolve};
    use super::options_read_by;

    /// Where what a handler reads (`read`) and what its command declares disagree: the
    /// same names, each of the same kind, required alike, and every choice the catalogue
    /// offers one the field's type reads (and a closed set's field offers choices).
    fn disagreements(path: &str, declared: &[OptionSpec], read: &[ArgSpec]) -> Vec<String> {
        let mut problems = Vec::new();
        for d in declared {
            let Some(r) = read.iter().find(|r| r.name == d.name) else {
                problems.push(format!("{path}: declares {} but never reads it", d.name));
                continue;
            };
            if r.kind != d.kind {
                problems.push(format!(
                    "{path} {}: declared {:?}, read as {:?}",
                    d.name, d.kind, r.kind
                ));
            }
            if r.required != d.required {
                problems.push(format!(
                    "{path} {}: required {} in the catalogue, {} in its arguments",
                    d.name, d.required, r.required
                ));
            }
            for choice in d.choices.iter().filter(|c| !(r.reads)(c.value)) {
                problems.push(format!(
                    "{path} {}: offers {:?}, which its type does not read",
                    d.name, choice.value
                ));
            }
            if r.closed && d.choices.is_empty() {
                problems.push(format!(
                    "{path} {}: a closed set, but no choices are offered",
                    d.name
                ));
            }
        }
        for r in read
            .iter()
            .filter(|r| !declared.iter().any(|d| d.name == r.name))
        {
            problems.push(format!("{path}: reads {} but does not declare it", r.name));
        }
        problems
    }

    /// A misspelt, missing, mistyped or wrongly required option in any command's
    /// arguments struct fails here.
    #[test]
    fn every_handler_reads_the_options_its_catalogue_entry_declares() {
        let problems: Vec<String> = all_commands()
            .iter()
            .flat_map(|c| disagreements(&c.display_path(), c.options, options_read_by(c.action)))
            .collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The check above can fail: `/win` read with a misspelt customer, an optional
    /// amount and a number for a date is caught three ways.
    #[test]
    fn a_misspelt_or_mistyped_option_is_caught() {
        let win = resolve(&["win".to_string()]).unwrap();
        assert_eq!(win.action, Action::Win);
        let mut read: Vec<ArgSpec> = options_read_by(Action::Win).to_vec();
        for r in &mut read {
            match r.name {
                "customer" => r.name = "costumer",
                "amount" => r.required = false,
                "date" => r.kind = super::catalogue::OptionKind::Integer,
                _ => {}
            }
        }
        let problems = disagreements("/win", win.options, &read);
        assert_eq!(problems.len(), 4, "{problems:#?}");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("never reads it") && p.contains("customer"))
        );
        assert!(problems.iter().any(|p| p.contains("reads costumer")));
        assert!(problems.iter().any(|p| p.contains("amount: required true")));
        assert!(
            problems
                .iter()
                .any(|p| p.contains("date: declared String, read as Integer"))
        );
    }
}
