use super::*;

fn english() -> Words {
    Words::new(Language::En)
}

#[test]
fn built_in_defaults_are_valid() {
    let c = Config::defaults();
    assert_eq!(c.team_defaults.currency.code(), "USD");
    assert_eq!(
        c.pipeline.find("negotiation").map(|s| s.probability),
        Some(75)
    );
    assert_eq!(
        c.import_stage_map.get("engaging").map(String::as_str),
        Some("qualified")
    );
    assert_eq!(
        c.database,
        DatabaseLocation::Sqlite(PathBuf::from("data/dealbell.db"))
    );
}

#[test]
fn file_and_environment_override_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    std::fs::write(
        &path,
        "[team]\ncurrency = \"EUR\"\n[deals]\nundo_window_minutes = 5\n",
    )
    .unwrap();
    let env = Environment::empty()
        .with("DEALBELL_DATABASE_URL", "sqlite://elsewhere.db?mode=rwc")
        .with("DISCORD_TOKEN", "abc.def.ghi");
    let c = Config::load(Some(&path), &env).unwrap();
    assert_eq!(c.team_defaults.currency.code(), "EUR");
    assert_eq!(
        c.team_defaults.timezone,
        Tz::UTC,
        "untouched keys keep defaults"
    );
    assert_eq!(c.undo_window_minutes, 5);
    assert_eq!(
        c.database,
        DatabaseLocation::Sqlite(PathBuf::from("elsewhere.db"))
    );
    assert_eq!(c.discord.token.expose(), "abc.def.ghi");
    let shown = format!("{c:?}\n{}", c.redacted_summary(english()));
    assert!(
        !shown.contains("abc.def.ghi"),
        "the token never appears: {shown}"
    );
}

#[test]
fn bad_settings_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c.toml");
    for (text, needle) in [
        ("[team]\ntimezone = \"Mars/Base\"\n", "IANA"),
        ("[team]\ncurrency = \"XXQ\"\n", "ISO 4217"),
        ("[import.stage_map]\nfoo = \"nowhere\"\n", "not a stage key"),
        ("[deals]\nundo_windo = 3\n", "unknown field"),
        ("[discord]\napi_url = \"ftp://x\"\n", "origin"),
        ("not toml at all [", "not valid TOML"),
        (
            "[deals]\nbackdate_days = 5000\n",
            "deals.backdate_days must be between 0 and 3660 (ten years)",
        ),
        (
            "[nudges]\nper_week = 101\n",
            "nudges.per_week must be between 0 and 100",
        ),
        (
            "[schedules]\npost_attempts = 0\n",
            "schedules.post_attempts must be between 1 and 10",
        ),
    ] {
        std::fs::write(&path, text).unwrap();
        let err = Config::load(Some(&path), &Environment::empty())
            .unwrap_err()
            .to_string();
        assert!(err.contains(needle), "{text:?} gave {err}");
    }
}

#[test]
fn a_postgresql_url_selects_postgresql_and_other_schemes_are_refused_with_the_forms_that_work() {
    for url in [
        "postgres://user@localhost/db",
        "postgresql://user@localhost/db?host=/run/pg",
        "POSTGRES://dealbell:secret@db.example.com:5432/sales?sslmode=require",
    ] {
        let env = Environment::empty().with("DEALBELL_DATABASE_URL", url);
        let config = Config::load(None, &env).unwrap();
        assert_eq!(config.database, DatabaseLocation::Postgres(url.to_string()));
        // The password never shows: not in check-config, not in a log of the settings.
        assert!(!config.redacted_summary(english()).contains("secret"));
        assert!(!format!("{config:?}").contains("secret"));
    }
    for url in ["mysql://localhost/db", "mongodb://x/y"] {
        let env = Environment::empty().with("DEALBELL_DATABASE_URL", url);
        let Err(e) = Config::load(None, &env) else {
            panic!("{url} was accepted");
        };
        let said = e.to_string();
        assert!(said.contains("sqlite://data/dealbell.db"), "{said}");
        assert!(said.contains("postgres://user@host/database"), "{said}");
    }
    let env = Environment::empty().with("DEALBELL_DATABASE_URL", "data/team.db");
    assert_eq!(
        Config::load(None, &env).unwrap().database,
        DatabaseLocation::Sqlite(PathBuf::from("data/team.db"))
    );
}

#[test]
fn a_shard_range_is_read_inside_its_total() {
    use super::ShardRange;
    assert_eq!(
        ShardRange::parse("0-3", 8).unwrap(),
        ShardRange {
            first: 0,
            last: 3,
            total: 8
        }
    );
    assert_eq!(ShardRange::parse("5", 8).unwrap().last, 5);
    for (range, total) in [("3-1", 8), ("0-8", 8), ("0-3", 0), ("a-b", 8), ("", 8)] {
        assert!(
            ShardRange::parse(range, total).is_err(),
            "{range} of {total}"
        );
    }
}

#[test]
fn check_config_says_a_nightly_backup_cannot_be_taken_of_postgresql() {
    let backup = Some(NightlyBackup {
        folder: PathBuf::from("backups"),
        keep: 7,
        hour: 2,
    });
    let mut on_file = Config::defaults();
    on_file.nightly_backup = backup.clone();
    let said = on_file.redacted_summary(english());
    assert!(
        said.contains("nightly backup:     into backups from 02:00 UTC, the last 7 kept"),
        "{said}"
    );
    let env = Environment::empty().with("DEALBELL_DATABASE_URL", "postgres://u@localhost/db");
    let mut on_server = Config::load(None, &env).unwrap();
    on_server.nightly_backup = backup;
    let said = on_server.redacted_summary(english());
    assert!(said.contains("not taken"), "{said}");
    assert!(said.contains("pg_dump"), "{said}");
    on_server.nightly_backup = None;
    assert!(
        on_server
            .redacted_summary(english())
            .contains("nightly backup:     off")
    );
}
