use super::*;
use crate::config::Config;

const NO_ACCOUNT: &str = "(no account)";

/// The default settings' rules for an export in US dollars.
fn usd_rules(config: &Config) -> DealImportRules<'_> {
    DealImportRules {
        no_account: NO_ACCOUNT,
        pipeline: &config.pipeline,
        stage_map: &config.import_stage_map,
        currency: Currency::from_code("USD").unwrap(),
    }
}

fn parse(csv: &str) -> ParsedDeals {
    let config = Config::defaults();
    let rules = usd_rules(&config);
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
    let skipped: Vec<(u64, &RowProblem)> = p.skipped.iter().map(|s| (s.line, &s.problem)).collect();
    assert_eq!(p.deals.len(), 1);
    assert_eq!(skipped.len(), 6);
    assert_eq!(
        skipped[0],
        (
            2,
            &RowProblem::ClosedWithoutDate {
                outcome: crate::core::deal::Outcome::Won
            }
        )
    );
    assert_eq!(
        skipped[1],
        (
            3,
            &RowProblem::UnknownStage {
                stage: "Sleeping".into()
            }
        )
    );
    assert_eq!(
        skipped[2],
        (
            4,
            &RowProblem::Empty {
                column: "sales_agent".into()
            }
        )
    );
    assert_eq!(
        skipped[3],
        (
            5,
            &RowProblem::NotAUsDate {
                column: "close_date".into(),
                text: "13/45/2017".into()
            }
        )
    );
    assert_eq!(
        skipped[4],
        (6, &RowProblem::NotAWholeAmount { text: "ten".into() })
    );
    assert_eq!(
        skipped[5],
        (
            8,
            &RowProblem::RepeatsId {
                id: "A6".into(),
                first_line: 7
            }
        )
    );
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
    let rules = usd_rules(&config);
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
    let rules = usd_rules(&config);
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

/// A file that hands out its bytes a few at a time, as a pipe or a slow disk can.
struct Trickle<'a> {
    bytes: &'a [u8],
    step: usize,
}

impl CsvSource for Trickle<'_> {
    fn open(&self) -> std::io::Result<Box<dyn std::io::Read + Send + '_>> {
        struct Reader<'b>(&'b [u8], usize);
        impl std::io::Read for Reader<'_> {
            fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
                let n = self.1.min(buf.len()).min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        Ok(Box::new(Reader(self.bytes, self.step)))
    }
}

fn read_all(file: &(impl CsvSource + ?Sized)) -> Result<(Vec<ImportedDeal>, DealsRead), CrmError> {
    let config = Config::defaults();
    let rules = usd_rules(&config);
    let mut reader = DealReader::open(file, &rules)?;
    let mut deals = Vec::new();
    loop {
        let batch = reader.next_batch(7)?;
        if batch.is_empty() {
            return Ok((deals, reader.finish()));
        }
        deals.extend(batch);
    }
}

/// Rows enough to take the file past the first chunks the reader surveys it in.
fn long_file(rows: usize, rep: &str) -> String {
    let mut text = String::from(MAVEN_HEADER);
    for i in 0..rows {
        text.push_str(&format!(
            "ID{i},{rep},GTX Pro,Acme,Won,2017-01-01,2017-02-01,{}\r\n",
            (i + 1) * 100
        ));
    }
    text
}

#[test]
fn a_big_file_is_read_the_same_in_any_pieces_and_its_code_page_found_past_its_start() {
    // A character of two bytes lands across every chunk boundary somewhere in the file.
    let text = long_file(12_000, "Łukasz Żak");
    let whole = read_all(text.as_bytes()).unwrap();
    assert_eq!(whole.0.len(), 12_000);
    assert_eq!(whole.0[11_999].rep, "Łukasz Żak");
    assert_eq!(whole.1.read_as.encoding, "UTF-8");
    for step in [1, 3, 4096] {
        let trickled = read_all(&Trickle {
            bytes: text.as_bytes(),
            step,
        })
        .unwrap();
        assert_eq!(trickled.0, whole.0, "read {step} bytes at a time");
    }
    // A legacy byte far past the first chunks still makes the file legacy text,
    // read as such from its first line.
    let mut legacy = long_file(12_000, "Anna Snelling").into_bytes();
    legacy.extend(b"ID12000,Ren\xe9,GTX Pro,Acme,Won,2017-01-01,2017-02-01,300\n");
    assert!(legacy.len() > 700_000);
    let (deals, read) = read_all(legacy.as_slice()).unwrap();
    assert_eq!(deals.last().unwrap().rep, "René");
    assert_ne!(read.read_as.encoding, "UTF-8");
    // UTF-16 with its mark, longer than a chunk.
    let mut utf16 = vec![0xff, 0xfe];
    for unit in long_file(12_000, "Zoë").encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let (deals, read) = read_all(utf16.as_slice()).unwrap();
    assert_eq!((deals.len(), deals[5_000].rep.as_str()), (12_000, "Zoë"));
    assert_eq!(read.read_as.encoding, "UTF-16LE");
}

#[test]
fn a_file_of_many_bad_rows_keeps_the_first_reasons_and_counts_them_all() {
    let mut text = long_file(3, "Anna Snelling");
    for i in 0..2_500 {
        text.push_str(&format!(
            "BAD{i},Anna Snelling,GTX Pro,Acme,Won,2017-01-01,not a date,100\r\n"
        ));
    }
    text.push_str("ID1,Anna Snelling,GTX Pro,Acme,Won,2017-01-01,2017-02-01,100\n");
    let (deals, read) = read_all(text.as_bytes()).unwrap();
    assert_eq!(deals.len(), 3);
    assert_eq!(read.skipped_count, 2_501);
    assert_eq!(read.skipped.len(), SKIPS_KEPT);
    // A Windows file's rows (CR LF) are named by their own lines.
    assert_eq!((read.skipped[0].line, read.skipped[1].line), (5, 6));
    // The repeat at the end is counted, though its reason is past those kept.
    assert_eq!(read.rows_read, 2_504);
}

proptest::proptest! {
    /// Whatever the text, reading it in small pieces finds what reading it whole finds.
    #[test]
    fn reading_in_pieces_agrees_with_reading_whole(
        cells in proptest::collection::vec("[a-zé,;\"\n\r ]{0,12}", 0..40),
        step in 1usize..9,
    ) {
        let text = format!("external_id,rep,customer,stage\n{}", cells.join(","));
        let whole = read_all(text.as_bytes());
        let pieces = read_all(&Trickle { bytes: text.as_bytes(), step });
        proptest::prop_assert_eq!(
            whole.map(|(deals, read)| (deals, read.skipped_count, read.rows_read)),
            pieces.map(|(deals, read)| (deals, read.skipped_count, read.rows_read))
        );
    }
}
