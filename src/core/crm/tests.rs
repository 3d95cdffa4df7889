use super::*;
use crate::config::Config;

fn parse(csv: &str) -> ParsedDeals {
    let config = Config::defaults();
    let rules = DealImportRules {
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency: Currency::from_code("USD").unwrap(),
    };
    parse_deals(csv.as_bytes(), &rules).unwrap()
}

const MAVEN_HEADER: &str =
    "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";

#[test]
fn reads_the_maven_pipeline_format() {
    let p = parse(&format!(
        "{MAVEN_HEADER}1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,10/20/2016,3/1/2017,1054\n\
         HAXMC4IX,James Ascencio,MG Advanced,,Engaging,10/25/2016,,\n\
         PXXX,Anna Snelling,GTXPro,Acme,Prospecting,,,\n\
         LOST1,Anna Snelling,MG Special,Acme,Lost,1/2/2017,3/4/2017,0\n"
    ));
    assert_eq!(p.format, DealFormat::MavenPipeline);
    assert_eq!((p.rows_read, p.deals.len(), p.skipped.len()), (4, 4, 0));
    let won = &p.deals[0];
    assert_eq!(
        (won.outcome, won.amount.map(|m| m.minor)),
        (Outcome::Won, Some(105_400))
    );
    assert_eq!(won.closed_on, "2017-03-01".parse().ok());
    assert_eq!(p.deals[1].customer, NO_ACCOUNT);
    assert_eq!(p.deals[1].stage, "qualified");
    assert_eq!(p.without_account, 1);
    assert_eq!(p.deals[3].outcome, Outcome::Lost);
}

#[test]
fn skips_bad_rows_with_line_and_reason() {
    let p = parse(&format!(
        "{MAVEN_HEADER}A1,Moses Frase,GTX,Acme,Won,10/20/2016,,1054\n\
         A2,Moses Frase,GTX,Acme,Sleeping,10/20/2016,,\n\
         A3,,GTX,Acme,Won,10/20/2016,3/1/2017,10\n\
         A4,Moses Frase,GTX,Acme,Won,10/20/2016,13/45/2017,10\n\
         A5,Moses Frase,GTX,Acme,Won,10/20/2016,3/1/2017,ten\n\
         A6,Moses Frase,GTX,Acme,Won,10/20/2016,3/1/2017,10\n\
         A6,Moses Frase,GTX,Acme,Won,10/20/2016,3/1/2017,10\n"
    ));
    let skipped: Vec<(u64, &str)> = p
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.as_str()))
        .collect();
    assert_eq!(p.deals.len(), 1);
    assert_eq!(skipped.len(), 6);
    assert_eq!(skipped[0], (2, "a won deal needs its close date"));
    assert!(skipped[1].1.contains("Sleeping"));
    assert_eq!(skipped[2], (4, "sales_agent is empty"));
    assert!(skipped[3].1.contains("close_date"));
    assert!(skipped[4].1.contains("close_value"));
    assert_eq!(skipped[5], (8, "repeats id A6 from line 7"));
}

#[test]
fn reads_the_plain_format_in_any_script() {
    let p = parse(
        "external_id,rep,customer,product,amount,currency,stage,closed_on\n\
         X1,Zofia Wójcik,Zakład Łódź,Pro,\"12.500,00\",EUR,won,2026-03-02\n\
         X2,王芳,北京客户,,5000,CNY,proposal,\n",
    );
    assert_eq!(p.format, DealFormat::Dealbell);
    assert_eq!(p.skipped, vec![]);
    assert_eq!(
        p.deals[0]
            .amount
            .map(|m| (m.minor, m.currency.code().to_string())),
        Some((1_250_000, "EUR".into()))
    );
    assert_eq!(
        (p.deals[1].rep.as_str(), p.deals[1].customer.as_str()),
        ("王芳", "北京客户")
    );
}

#[test]
fn refuses_files_it_cannot_read() {
    let config = Config::defaults();
    let rules = DealImportRules {
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency: Currency::from_code("USD").unwrap(),
    };
    assert!(matches!(
        parse_deals(b"name,value\nx,1\n", &rules),
        Err(CrmError::UnknownColumns { .. })
    ));
    assert_eq!(
        parse_deals(b"\xff\xfe\x00", &rules).unwrap_err(),
        CrmError::NotText {
            encoding: "UTF-16LE"
        },
        "a UTF-16 mark with half a character after it"
    );
    assert_eq!(parse_deals(b"  \n", &rules).unwrap_err(), CrmError::Empty);
}

#[test]
fn teams_and_product_variants() {
    let t = parse_teams(
        b"sales_agent,manager,regional_office\nAnna Snelling,Dustin Brinkmann,Central\n,X,Y\n",
        TeamColumn::Manager,
    )
    .unwrap();
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.skipped[0].line, 3);
    // Named by office, a manager over two offices gives two teams.
    let t = parse_teams(
        "sales_agent;manager;regional_office\nAna;Ewa Nowak;Warszawa\nBartek;Ewa Nowak;Kraków\n"
            .as_bytes(),
        TeamColumn::Office,
    )
    .unwrap();
    let teams: Vec<&str> = t.rows.iter().map(|r| r.team.as_str()).collect();
    assert_eq!(teams, ["Warszawa", "Kraków"]);
    assert_eq!(t.read_as.separator, ';');
    assert!(matches!(
        parse_teams(b"rep,manager\nAna,Ewa\n", TeamColumn::Team),
        Err(CrmError::NoTeamColumn { column: "team", .. })
    ));
    let v = product_variants([("GTXPro", 3), ("GTX Pro", 1), ("MG Special", 4)]);
    assert_eq!(
        v,
        vec![vec![("GTX Pro".to_string(), 1), ("GTXPro".to_string(), 3)]]
    );
}

#[test]
fn csv_quirks_are_refused_with_the_line_and_the_reason() {
    let config = Config::defaults();
    let rules = DealImportRules {
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency: Currency::from_code("USD").unwrap(),
    };
    let header = "opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value\n";
    let row =
        |i: usize| format!("ID{i},Anna Snelling,GTX Pro,Acme,Won,2017-01-01,2017-02-01,{i}00\n");
    // One unclosed quote on line 3 would swallow every row after it.
    let mut text = String::from(header);
    text.push_str(&row(1));
    text.push_str("ID2,Anna Snelling,\"GTX Pro,Acme,Won,2017-01-01,2017-02-01,200\n");
    for i in 3..50 {
        text.push_str(&row(i));
    }
    match parse_deals(text.as_bytes(), &rules).unwrap_err() {
        CrmError::UnclosedQuote { line, rows, .. } => {
            assert_eq!(line, 3);
            assert_eq!(rows, 49);
        }
        other => panic!("{other:?}"),
    }
    // A column named twice.
    let twice = format!(
        "{}{}",
        header.replace("\n", ",close_value\n"),
        row(1).replace("\n", ",5\n")
    );
    assert_eq!(
        parse_deals(twice.as_bytes(), &rules).unwrap_err(),
        CrmError::DuplicateColumn {
            name: "close_value".into(),
            first: 8,
            second: 9
        }
    );
    // A byte that is not UTF-8 on line 4: the file is read in its legacy code page.
    let mut bytes = format!("{header}{}{}", row(1), row(2)).into_bytes();
    bytes.extend(b"ID3,Ren\xe9,GTX Pro,Acme,Won,2017-01-01,2017-02-01,300\n");
    let legacy = parse_deals(&bytes, &rules).unwrap();
    assert_eq!(legacy.deals[2].rep, "René");
    assert_ne!(legacy.read_as.encoding, "UTF-8");
    // A quoted field with a line break inside is still fine.
    let note = format!(
        "{header}ID1,Anna Snelling,GTX Pro,\"Acme\nEurope\",Won,2017-01-01,2017-02-01,100\n"
    );
    assert_eq!(parse_deals(note.as_bytes(), &rules).unwrap().deals.len(), 1);
}
