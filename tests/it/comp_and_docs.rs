//! Commission plans and estimates, documents and /ask, through the console. The clock
//! is Tuesday 10 March 2026 (Q1).

use crate::support::{Driver, says, text};
use dealbell::config::Config;

async fn without_samples() -> Driver {
    let mut config = Config::defaults();
    config.docs_samples = dealbell::config::SampleDocs::None;
    Driver::with_config(config).await
}

#[tokio::test]
async fn a_plan_is_loaded_shown_and_estimated_from() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    assert!(d.refused("/comp plan").await.contains("No commission plan"));
    let r = d.ok("/comp plan file:@tests/fixtures/plan.toml").await;
    assert_eq!(
        r["message"]["title"],
        "💶 Plan loaded — Test plan (version t1)"
    );
    let shown = d.ok("/comp plan").await;
    let words = text(&shown);
    assert!(words.contains("• 50%–100%: 8% of revenue"), "{words}");
    assert!(
        words.contains("SPIFF \"Launch\": 500.00 EUR for each won GTK 500 deal"),
        "{words}"
    );

    d.script(
        ":as bob
/win amount:40k customer:Acme product:\"gtk 500\"
/win amount:55.8k customer:Initech
:as you manager
/quota set rep:@bob amount:100k period:quarter",
    )
    .await;
    d.ok(":as bob").await;
    let r = d.ok("/comp estimate amount:10k").await;
    assert_eq!(r["visibility"], "ephemeral");
    let c = &r["data"];
    assert_eq!(c["revenue"], 9_580_000);
    // 50,000 × 4 % + 45,800 × 8 % + SPIFF 500 = 2,000 + 3,664 + 500.
    assert_eq!(c["estimate"]["total"], 616_400);
    assert_eq!(
        c["estimate"]["next_step"],
        serde_json::json!({
            "kind": "tier", "more": 420_000, "all_of_it": false, "rate": {"percent": 1200}
        })
    );
    says(
        &r,
        "Next: 4,200.00 EUR more and the rest pays 12% of revenue.",
    );
    // 10,000 more: 4,200 × 8 % + 5,800 × 12 % = 336 + 696.
    assert_eq!(c["what_if_adds"], 103_200);
    let t = text(&r);
    assert!(
        t.contains("45,800.00 EUR in 50%–100% × 8% of revenue = 3,664.00 EUR"),
        "{t}"
    );
    assert!(t.contains("SPIFF \"Launch\": deal #1 = 500.00 EUR"), "{t}");
    assert_eq!(
        r["message"]["footer"],
        "An estimate from the plan on file (Test plan, version t1), not a pay statement."
    );
    assert!(
        d.refused("/comp estimate period:month")
            .await
            .contains("The plan counts commission per quarter")
    );
    // Reps see only their own; managers anyone's.
    assert!(
        d.refused("/comp estimate rep:@carol")
            .await
            .contains("Only managers")
    );
    d.ok(":as you manager").await;
    let r = d.ok("/comp estimate rep:@bob").await;
    assert_eq!(r["data"]["rep"], "bob");
    assert!(
        d.refused("/comp estimate rep:@carol")
            .await
            .contains("carol has no quota")
    );
}

#[tokio::test]
async fn an_invalid_plan_is_refused_with_its_line_and_nothing_changes() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan file:@tests/fixtures/plan.toml").await;
    let why = d
        .refused("/comp plan file:@tests/fixtures/plan_overlapping.toml")
        .await;
    assert!(
        why.contains(
            "line 10: tiers overlap: this one starts at 50% but the one before ends at 60%"
        ),
        "{why}"
    );
    assert!(why.contains("nothing was changed"), "{why}");
    // The same refusal in the reader's language, the line and the percentages their way.
    d.ok(":lang de").await;
    let warum = d
        .refused("/comp plan file:@tests/fixtures/plan_overlapping.toml")
        .await;
    assert!(
        warum.contains(
            "Zeile 10: Stufen überlappen: diese beginnt bei 50 %, die vorige endet aber bei 60 %"
        ),
        "{warum}"
    );
    d.ok(":lang auto").await;
    let why = d
        .refused(
            "/comp plan text:\"name = 'x'\nversion = '1'\ncurrency = 'EUR'\nbase_rate = '-5%'\"",
        )
        .await;
    assert!(
        why.contains("line 4: base_rate must be a percentage between 0% and 100%"),
        "{why}"
    );
    let why = d
        .refused(
            "/comp plan text:\"name = 'x'\nversion = '1'\ncurrency = 'USD'\nbase_rate = '5%'\"",
        )
        .await;
    assert!(
        why.contains("pays in USD but the team counts revenue in EUR"),
        "{why}"
    );
    // Typed on one line, as Discord's text options are: \n stands for a line break.
    let why = d
        .refused("/comp plan text:\"name = 'x'\\nversion = '1'\\ncurrency = 'EUR'\\n[[tiers]]\\nfrom = 0\\nto = 60\\nrate = 4\\n[[tiers]]\\nfrom = 50\\nrate = 8\"")
        .await;
    assert!(why.contains("line 8: tiers overlap"), "{why}");
    let why = d
        .refused("/comp plan text:\"name = 'x' version = '1'\"")
        .await;
    assert!(why.contains("one setting per line"), "{why}");
    assert_eq!(
        d.ok("/comp plan").await["message"]["title"],
        "💶 Commission plan — Test plan (version t1)"
    );
    d.ok(":as bob").await;
    assert!(
        d.refused("/comp plan file:@tests/fixtures/plan.toml")
            .await
            .contains("Only managers")
    );
}

/// The first passage's section heading for a question.
async fn first_section(d: &mut Driver, question: &str) -> String {
    let r = d.ok(&format!("/ask question:\"{question}\"")).await;
    let passages = r["data"]["passages"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    passages
        .first()
        .map(|p| p["heading"].as_str().unwrap_or("").to_string())
        .unwrap_or_else(|| format!("nothing: {}", text(&r)))
}

#[tokio::test]
async fn the_right_section_ranks_first_in_six_languages() {
    let mut d = without_samples().await;
    for lang in ["en", "de", "pl", "ro", "ar", "zh"] {
        let r = d
            .ok(&format!("/docs add file:@tests/fixtures/docs/{lang}.md"))
            .await;
        says(&r, &format!("language {lang}"));
    }
    let cases = [
        (
            "When are commissions paid?",
            "Team handbook › Commission payments",
        ),
        (
            "who approves a discount above 15%",
            "Team handbook › Discount approval",
        ),
        (
            "receipts for train travel",
            "Team handbook › Travel expenses",
        ),
        // German: inflection (Provisionen → Provision), case.
        (
            "Wann werden Provisionen ausgezahlt?",
            "Teamhandbuch › Provision",
        ),
        ("WER GENEHMIGT RABATTE", "Teamhandbuch › Rabatte"),
        // Polish: prefix matching for inflection, ł and diacritics folded by hand.
        ("kiedy wypłata prowizji", "Podręcznik zespołu › Prowizja"),
        ("PROWIZJA", "Podręcznik zespołu › Prowizja"),
        (
            "platnosc faktury",
            "Podręcznik zespołu › Płatności i faktury",
        ),
        // Romanian without diacritics.
        (
            "cand se plateste comisionul pentru vanzari",
            "Manualul echipei › Comisioane",
        ),
        ("cine aproba reducerile", "Manualul echipei › Reduceri"),
        // Arabic: short vowels and letter forms folded, stemmed.
        ("متى تدفع العمولة؟", "دليل الفريق › العمولة"),
        ("من يوافق على الخصم", "دليل الفريق › الخصومات"),
        // Chinese without spaces: character pairs.
        ("佣金什么时候支付", "团队手册 › 佣金"),
        ("客户", "团队手册 › 客户管理"),
        ("折扣需要谁审批", "团队手册 › 折扣审批"),
    ];
    let mut wrong = Vec::new();
    for (question, expected) in cases {
        let got = first_section(&mut d, question).await;
        if got != expected {
            wrong.push(format!("{question:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn a_long_passage_leads_with_the_sentence_that_answers() {
    let mut d = without_samples().await;
    d.ok("/docs add file:@tests/fixtures/docs-long/travel.md")
        .await;
    let r = d
        .ok("/ask question:\"Do flights need approval before booking?\"")
        .await;
    let p = &r["data"]["passages"][0];
    assert_eq!(p["heading"], "Travel policy › Booking trips");
    assert_eq!(
        p["sentence"],
        "**Flights** need a manager's **approval** before they are **booked**."
    );
    let t = text(&r);
    let lead = t
        .find("💬 **Flights**")
        .expect("the answer leads with its sentence");
    assert!(lead < t.find("> ").unwrap(), "{t}");
}

#[tokio::test]
async fn answers_cite_and_highlight_or_say_nothing_good() {
    let mut d = without_samples().await;
    d.ok("/docs add file:@tests/fixtures/docs/de.md").await;
    let r = d
        .ok("/ask question:\"Wann wird die Provision ausgezahlt?\"")
        .await;
    let p = &r["data"]["passages"][0];
    assert_eq!(p["title"], "Teamhandbuch");
    assert_eq!(
        p["excerpt"],
        "Die **Provision** wird am Monatsende mit dem Gehalt **ausgezahlt**."
    );
    says(&r, "📄 **Teamhandbuch › Provision**");

    // Words no document has: nothing good, and no guess.
    let r = d.ok("/ask question:\"parking garage rules\"").await;
    assert_eq!(r["data"]["passages"], serde_json::json!([]));
    assert!(text(&r).contains("not sure the documents answer that"));
    // Three known words, each in a different section: the sections that hold them are
    // the answers (the n-grams find "Urlaub" inside the compound "Urlaubsanträge").
    let r = d.ok("/ask question:\"Provision Urlaub Reisekosten\"").await;
    let headings: Vec<&str> = r["data"]["passages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["heading"].as_str().unwrap())
        .collect();
    assert!(
        headings.contains(&"Teamhandbuch › Urlaub")
            && headings.contains(&"Teamhandbuch › Reisekosten"),
        "{headings:?}"
    );
    // One known word of three: the passage that holds it, and no other (further
    // answers must be as sure as the first).
    let r = d.ok("/ask question:\"Provision Parkplatz Kantine\"").await;
    let passages = r["data"]["passages"].as_array().unwrap();
    assert_eq!(passages.len(), 1, "{r}");
    assert_eq!(passages[0]["heading"], "Teamhandbuch › Provision");
    // When not sure, the closest passage is shown as such, with the closest documents.
    let r = d
        .ok("/ask question:\"Urlaub für Parkplatz der Kantine im Juli\"")
        .await;
    assert_eq!(r["data"]["passages"], serde_json::json!([]), "{r}");
    assert_eq!(r["data"]["unsure"]["title"], "Teamhandbuch");
    says(&r, "The closest passage, in case it helps:");

    // Another team sees none of it.
    d.ok(":guild other").await;
    let r = d.ok("/ask question:\"Provision\"").await;
    assert_eq!(r["data"]["passages"], serde_json::json!([]));
}

#[tokio::test]
async fn documents_are_added_replaced_listed_and_removed() {
    let mut d = Driver::new().await;
    // Every team starts with the samples: the playbook and explainer, English and German.
    let r = d.ok("/docs list").await;
    let titles: Vec<&str> = r["data"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        vec![
            "So funktioniert die Provision",
            "How commission works",
            "Vertriebshandbuch",
            "Sales playbook"
        ]
    );
    assert_eq!(
        first_section(&mut d, "How much discount can I give?").await,
        "Sales playbook › Discounts and approvals"
    );
    assert_eq!(
        first_section(&mut d, "Wie viel Rabatt darf ich geben?").await,
        "Vertriebshandbuch › Rabatte und Freigaben"
    );
    // A section named for the question wins over one that only mentions its words.
    assert_eq!(
        first_section(&mut d, "When is commission paid?").await,
        "How commission works › When commission is paid"
    );
    assert_eq!(
        first_section(&mut d, "What happens if a deal is lost after I was paid?").await,
        "How commission works › Clawback"
    );
    assert_eq!(
        first_section(&mut d, "Was ist eine Rückforderung?").await,
        "So funktioniert die Provision › Rückforderung"
    );
    let r = d
        .ok("/docs add title:\"Parking\" text:\"## Garage\nThe parking garage opens at 7.\"")
        .await;
    assert_eq!(r["message"]["title"], "📄 Document #5 added: Parking");
    let r = d
        .ok("/docs add title:\"parking\" text:\"## Garage\nThe parking garage opens at 6.\"")
        .await;
    assert_eq!(r["message"]["title"], "📄 Document #5 replaced: parking");
    let r = d
        .ok("/ask question:\"when does the parking garage open\"")
        .await;
    assert!(
        r["data"]["passages"][0]["excerpt"]
            .as_str()
            .unwrap()
            .contains("** at 6."),
        "the old version is gone"
    );
    d.ok("/docs remove id:5").await;
    assert!(
        d.refused("/docs remove id:5")
            .await
            .contains("no document #5")
    );
    // Numbers are never reused.
    let r = d
        .ok("/docs add title:\"Canteen\" text:\"Lunch at noon.\"")
        .await;
    assert_eq!(r["message"]["title"], "📄 Document #6 added: Canteen");
    assert!(
        d.refused("/docs add text:\"no title\"")
            .await
            .contains("needs a title")
    );
    assert!(
        d.refused("/docs add file:@tests/fixtures/plan.toml")
            .await
            .contains("not a Markdown or text file")
    );
    d.ok(":as bob").await;
    assert!(
        d.refused("/docs remove id:1")
            .await
            .contains("Only managers")
    );
    assert_eq!(
        d.ok("/docs list").await["data"]["documents"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
    // A removed sample stays removed.
    d.ok(":as you manager").await;
    d.ok("/docs remove id:1").await;
    assert_eq!(
        d.ok("/docs list").await["data"]["documents"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
}

#[tokio::test]
async fn questions_about_own_numbers_go_to_the_numbers() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan file:@tests/fixtures/plan.toml").await;
    d.script(
        ":as bob
/win amount:30k customer:Acme
:as you manager
/quota set rep:@bob amount:100k period:quarter",
    )
    .await;
    d.ok(":as bob").await;
    let r = d
        .ok("/ask question:\"How much commission do I have?\"")
        .await;
    assert_eq!(r["data"]["kind"], "commission");
    assert!(text(&r).contains("That is about your own numbers, so here is /comp estimate"));
    assert_eq!(r["data"]["estimate"]["total"], 120_000, "30,000 × 4 %");
    let r = d.ok("/ask question:\"Jaka jest moja kwota?\"").await;
    assert_eq!(r["data"]["kind"], "quota");
    assert!(text(&r).contains("here is /quota check"));
}

#[tokio::test]
async fn a_win_lost_within_the_clawback_window_is_taken_back_next_period() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan text:\"name = 'C'\nversion = 'c1'\ncurrency = 'EUR'\n[[tiers]]\nfrom = 0\nto = 50\nrate = 4\n[[tiers]]\nfrom = 50\nrate = 8\n[clawback]\ndays = 90\"")
        .await;
    d.script(
        ":as bob
/win amount:20k customer:Acme
:as you manager
/quota set rep:@bob amount:100k period:quarter
/quota set rep:@bob amount:100k period:quarter starting:2026-04-01",
    )
    .await;
    // Q1: 20 % of quota, all at 4 %.
    d.ok(":as bob").await;
    assert_eq!(
        d.ok("/comp estimate").await["data"]["estimate"]["total"],
        80_000
    );
    // 26 days later, in Q2, the deal falls through.
    d.ok(":advance 26d").await;
    d.ok("/deal lost id:1 reason:\"payment failed\"").await;
    let r = d.ok("/comp estimate").await;
    assert_eq!(r["data"]["period_label"], "Q2 FY2026 (Apr–Jun 2026)");
    assert_eq!(
        r["data"]["estimate"]["lines"],
        serde_json::json!([{
            "working": {"kind": "clawback", "deal": 1, "amount": 2_000_000, "days": 90},
            "amount": -80_000
        }])
    );
    says(
        &r,
        "clawback: deal #1 (20,000.00 EUR) lost within 90 days = -800.00 EUR",
    );
    // Q1 paid on the deal, and stays as it was: the clawback alone takes it back (it
    // read 0 before, counting the loss twice).
    let r = d.ok("/comp estimate period:last_quarter").await;
    assert_eq!(r["data"]["estimate"]["total"], 80_000);
}

#[tokio::test]
async fn a_spiff_stays_in_the_period_that_paid_it_when_the_deal_is_lost_later() {
    // Found by the reference model (reference_pipeline.rs): the period's revenue kept
    // the lost deal, but its SPIFF vanished, so the past period's estimate changed.
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan text:\"name = 'C'\nversion = 'c1'\ncurrency = 'EUR'\n[[tiers]]\nfrom = 0\nrate = 4\n[[spiffs]]\nname = 'Big'\nmin_amount = 50000\nbonus = 1000\nfrom = 2026-01-01\nto = 2026-12-31\n[clawback]\ndays = 90\"")
        .await;
    d.script(":as bob\n/win amount:60k customer:Acme").await;
    // Q1: 60k × 4 % and the big-deal SPIFF.
    assert_eq!(
        d.ok("/comp estimate").await["data"]["estimate"]["total"],
        340_000
    );
    d.ok(":advance 26d").await;
    d.ok("/deal lost id:1 reason:\"payment failed\"").await;
    let r = d.ok("/comp estimate period:last_quarter").await;
    assert_eq!(r["data"]["estimate"]["total"], 340_000, "{}", text(&r));
    says(&r, "SPIFF \"Big\": deal #1");
    // Q2 takes back the tiers' pay on it; the SPIFF is not clawed back.
    let r = d.ok("/comp estimate").await;
    assert_eq!(r["data"]["estimate"]["total"], -240_000, "{}", text(&r));
}

#[tokio::test]
async fn a_split_plan_keeps_the_team_part_when_a_teammate_loses_a_deal_later() {
    // Found by the reference model (reference_pipeline.rs): the team part of a past
    // period lost a teammate's deal that was lost later, and the clawback was priced as
    // if the team part had been paid on the rep's own revenue.
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.small_teams_linked().await;
    d.ok("/comp plan text:\"name = 'S'\nversion = 's1'\ncurrency = 'EUR'\nthreshold = 5\n[[tiers]]\nfrom = 0\nrate = 10\n[split]\nindividual = 50\nteam = 50\n[clawback]\ndays = 90\"")
        .await;
    d.script(
        "/quota set rep:@darcel amount:100k period:quarter
/quota set rep:@zofia amount:100k period:quarter
/quota set team:\"Melvin Marxen\" amount:100k period:quarter
/quota set rep:@darcel amount:100k period:quarter starting:2026-04-01
/quota set rep:@zofia amount:100k period:quarter starting:2026-04-01
/quota set team:\"Melvin Marxen\" amount:100k period:quarter starting:2026-04-01
:as darcel
/win amount:60k customer:Acme
:as zofia
/win amount:10k customer:Globex
:as you manager",
    )
    .await;
    let estimate = |r: &serde_json::Value| r["data"]["estimate"]["total"].clone();
    // Q1: the team stands at 70 % (70k of 100k). Darcel: 60k × 10 % × 50 % own and
    // 70k × 10 % × 50 % team. Zofia (at 10 %, above the 5 % threshold of her own):
    // 500 on her own, 3,500 on the team.
    assert_eq!(estimate(&d.ok("/comp estimate rep:@darcel").await), 650_000);
    assert_eq!(estimate(&d.ok("/comp estimate rep:@zofia").await), 400_000);
    d.ok(":advance 26d").await;
    d.ok(":as darcel").await;
    d.ok("/deal lost id:1 reason:\"payment failed\"").await;
    d.ok(":as you manager").await;
    // Q1 stays as it paid, for both; Q2 takes back what Q1 paid Darcel on the deal.
    let last = "period:last_quarter";
    let r = d.ok(&format!("/comp estimate rep:@darcel {last}")).await;
    assert_eq!(estimate(&r), 650_000, "{}", text(&r));
    let r = d.ok(&format!("/comp estimate rep:@zofia {last}")).await;
    assert_eq!(estimate(&r), 400_000, "{}", text(&r));
    let r = d.ok("/comp estimate rep:@darcel").await;
    assert_eq!(estimate(&r), -650_000, "{}", text(&r));
}

#[tokio::test]
async fn a_clawback_shows_even_without_a_quota_in_the_period_it_falls_in() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan text:\"name = 'C'\nversion = 'c1'\ncurrency = 'EUR'\n[[tiers]]\nfrom = 0\nto = 50\nrate = 4\n[[tiers]]\nfrom = 50\nrate = 8\n[clawback]\ndays = 90\"")
        .await;
    d.script(":as bob\n/win amount:20k customer:Acme\n:as you manager\n/quota set rep:@bob amount:100k period:quarter")
        .await;
    d.ok(":as bob").await;
    d.ok(":advance 26d").await;
    d.ok("/deal lost id:1 reason:\"payment failed\"").await;
    // No quota for Q2 and nothing won in it: the clawback is still due, and shown.
    let r = d.ok("/comp estimate").await;
    assert_eq!(r["data"]["estimate"]["total"], -80_000, "{}", text(&r));
    says(&r, "clawback: deal #1");
}

#[tokio::test]
async fn odd_questions_get_an_answer_not_an_error() {
    let mut d = Driver::new().await;
    for q in [
        "\\\"quoted\\\" AND OR NOT NEAR(a b)",
        "prowizja* -rabat ^start",
        "👍🏽👍🏽 ﷺ ــ",
        "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}",
        "١٢٣ ٤٥٦",
        "???",
        "a",
    ] {
        d.ok(&format!("/ask question:\"{q}\"")).await;
    }
}

#[tokio::test]
async fn the_what_if_counts_the_spiffs_the_deal_would_earn() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan file:@config/comp_plan.example.toml").await;
    d.ok("/quota set rep:@bob amount:100k period:quarter").await;
    d.script(":as bob\n/win amount:20k customer:Initech").await;
    let r = d.ok("/comp estimate amount:60k").await;
    // 4,400 EUR of commission and the 1,000 EUR big-deal SPIFF (50k or more).
    assert_eq!(r["data"]["what_if_adds"], 540_000, "{}", text(&r));
    says(&r, "adds about 5,400.00 EUR");
}

/// The /ask evaluation on the project's own set (tests/ask_eval: six documents in six
/// languages beside the samples, 123 questions) must not fall back; `dealbell eval-ask
/// --explain` shows what went wrong when it does.
#[tokio::test]
async fn the_projects_own_ask_set_does_not_fall_back() {
    let dir = crate::support::project_dir().join("tests/ask_eval");
    let run = dealbell::eval_ask::evaluate(&dir).await.unwrap();
    let f = run.shipped();
    let report = run.report();
    let (all, cross) = (&f.answerable, f.group("cross-language"));
    assert!(
        all.questions >= 80 && f.unanswerable.questions >= 10 && cross.questions >= 10,
        "{f:?}"
    );
    // 6 Dec 2026 (issue 24): 81/93 first, 91/93 in the top 3, 22/30 unanswerable
    // declined, 1 answerable declined, 19/21 across languages in the top 3.
    assert!(
        all.hit1 * 100 >= all.questions * 85,
        "hit@1 below 85 %:\n{report}"
    );
    assert!(
        all.hit3 * 100 >= all.questions * 95,
        "hit@3 below 95 %:\n{report}"
    );
    assert!(
        f.unanswerable.declined * 3 >= f.unanswerable.questions * 2,
        "unanswerable declined below two thirds:\n{report}"
    );
    assert!(
        all.declined <= 2,
        "answerable questions declined:\n{report}"
    );
    assert!(
        cross.hit3 * 100 >= cross.questions * 85,
        "cross-language in the top 3 below 85 %:\n{report}"
    );
}

/// ask-dev (real help pages in five languages and questions typed the way reps type,
/// not written for Dealbell): the figures on held-out folds, with `/ask`'s numbers
/// chosen on the other folds, must not fall back.
#[tokio::test]
async fn ask_dev_held_out_figures_do_not_fall_back() {
    let Some(dir) = crate::support::ask_dev("ask_dev_held_out_figures_do_not_fall_back") else {
        return;
    };
    let run = dealbell::eval_ask::evaluate(&dir).await.unwrap();
    let f = run.held_out_figures().unwrap();
    let report = run.report();
    let (all, cross) = (&f.answerable, f.group("cross-language"));
    assert_eq!((all.questions, f.unanswerable.questions), (72, 12), "{f:?}");
    // 6 Dec 2026 (issue 24): 42 first, 60 in the top 3, 1 answerable declined, 4 of 12
    // unanswerable declined, 7 of 12 across languages in the top 3 (trigram BM25 alone,
    // the README's floor: 42 and 59).
    assert!(all.hit1 >= 42, "held-out hit@1 fell:\n{report}");
    assert!(all.hit3 >= 60, "held-out hit@3 fell:\n{report}");
    assert!(all.declined <= 2, "answerable declined:\n{report}");
    assert!(
        f.unanswerable.declined >= 4,
        "unanswerable answered:\n{report}"
    );
    assert!(cross.hit3 >= 7, "cross-language fell:\n{report}");
}

#[tokio::test]
async fn own_number_questions_say_what_is_missing_and_when_questions_read_the_documents() {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.ok("/comp plan file:@tests/fixtures/plan.toml").await;
    d.script(":as bob\n/win amount:30k customer:Acme").await;
    // A plan but no quota: the answer names the quota as what is missing.
    let r = d
        .ok("/ask question:\"How much commission do I have?\"")
        .await;
    let t = text(&r);
    assert!(t.contains("I cannot work out your commission yet"), "{t}");
    assert!(t.to_lowercase().contains("quota"), "{t}");
    assert!(!t.contains("no plan"), "the plan is there: {t}");
    d.ok(":as you manager").await;
    d.ok("/quota set rep:@bob amount:100k period:quarter").await;
    d.ok(":as bob").await;
    let r = d.ok("/ask question:\"What is my quota?\"").await;
    assert_eq!(r["data"]["kind"], "quota", "{r}");
    says(&r, "100,000");
    // When it is paid is in the documents, not in an estimate.
    let r = d
        .ok("/ask question:\"Wann bekomme ich meine Provision ausgezahlt?\"")
        .await;
    assert_eq!(r["data"]["kind"], "ask", "{r}");
    assert_eq!(
        r["data"]["passages"][0]["heading"],
        "So funktioniert die Provision › Auszahlung"
    );
}

#[tokio::test]
async fn a_question_in_one_language_finds_a_document_in_another_and_says_what_it_also_searched() {
    let mut d = without_samples().await;
    d.ok("/docs add file:@tests/ask_eval/docs/zasady-prognozowania.pl.md")
        .await;
    let r = d
        .ok("/ask question:\"How much of a rep's variable pay depends on the team result?\"")
        .await;
    assert_eq!(
        r["data"]["passages"][0]["heading"],
        "Zasady prognozowania sprzedaży › Podział wynagrodzenia zmiennego",
        "{}",
        text(&r)
    );
    let also = r["data"]["also_searched"].as_array().unwrap();
    assert!(also.iter().any(|a| a == "wynik zespołu"), "{also:?}");
    says(&r, "Also searched: ");
}
