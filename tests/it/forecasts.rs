//! /forecast and /deal forecast through the console. Clock: Tuesday 10 March 2026, in
//! Q1 (64 business days, 49 of them elapsed by the end of today).

use crate::support::{Driver, text};

async fn pipeline() -> Driver {
    let mut d = Driver::new().await;
    d.ok("/setup currency:EUR").await;
    d.script(
        ":as bob
/win amount:30k customer:Won
/deal add customer:A amount:20k stage:negotiation close:2026-03-20
/deal add customer:B amount:10k stage:proposal close:2026-03-25
/deal add customer:C amount:40k stage:qualified close:2026-03-31
/deal add customer:D amount:8k stage:qualified close:2026-02-20
/deal add customer:E amount:5k
/deal add customer:F amount:$9k stage:proposal close:2026-03-30
/deal add customer:G amount:70k stage:proposal close:2026-04-20
:as you manager
/quota set rep:@bob amount:150k period:quarter",
    )
    .await;
    d
}

#[tokio::test]
async fn a_reps_forecast_by_every_method() {
    let mut d = pipeline().await;
    d.ok(":as bob").await;
    let r = d.ok("/forecast show show").await;
    assert_eq!(r["visibility"], "ephemeral");
    let f = &r["data"]["forecast"];
    assert_eq!(f["closed_won"], 3_000_000);
    assert_eq!(f["commit"], 5_000_000, "won + A (negotiation, 75 %)");
    assert_eq!(f["best_case"], 6_000_000, "+ B (proposal, 50 %)");
    assert_eq!(
        f["pipeline"], 7_800_000,
        "A + B + C + D: due this quarter; F is USD, G is April"
    );
    assert_eq!(f["weighted"], 3_200_000, "15k + 5k + 10k + 2k");
    assert_eq!(f["run_rate"], 3_918_367, "30k × 64 ÷ 49");
    assert_eq!(
        f["blended"], 4_453_124,
        "(49 × run-rate + 15 × (won + weighted)) ÷ 64"
    );
    assert_eq!(f["projected_attainment_bp"], 2_968);
    assert_eq!(f["coverage_x100"], 65, "78k ÷ (150k − 30k)");
    let largest: Vec<i64> = f["largest"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["number"].as_i64().unwrap())
        .collect();
    assert_eq!(largest, vec![4, 2, 3, 5]);
    assert_eq!(f["slipping"][0]["number"], 5);
    assert_eq!(f["undated"], 1);
    let t = text(&r);
    assert!(
        t.contains("Slipping: #5 D — 8,000 EUR was due 20 Feb"),
        "{t}"
    );
    assert!(
        t.contains("Left out: 1 open deal in currencies without a rate"),
        "{t}"
    );
    assert!(t.contains("Pipeline coverage: 0.65× what is left"), "{t}");
}

#[tokio::test]
async fn owners_override_a_deals_category() {
    let mut d = pipeline().await;
    d.ok(":as bob").await;
    let r = d.ok("/deal forecast id:4 category:commit").await;
    assert!(
        r["message"]["title"]
            .as_str()
            .unwrap()
            .contains("forecast as Commit")
    );
    assert_eq!(
        d.ok("/forecast show show").await["data"]["forecast"]["commit"],
        9_000_000
    );
    d.ok("/deal forecast id:4 category:omit").await;
    let f = d.ok("/forecast show show").await["data"]["forecast"].clone();
    assert_eq!(
        (f["pipeline"].as_i64(), f["weighted"].as_i64()),
        (Some(3_800_000), Some(2_200_000))
    );
    let r = d.ok("/deal forecast id:4 category:auto").await;
    assert!(
        r["message"]["title"]
            .as_str()
            .unwrap()
            .contains("Pipeline (from its stage)")
    );
    assert_eq!(
        d.ok("/forecast show show").await["data"]["forecast"]["pipeline"],
        7_800_000
    );
    // The change is audited and can be undone like any other.
    let h = d.ok("/deal history id:4").await;
    assert_eq!(h["data"]["entries"].as_array().unwrap().len(), 4);
    d.ok("/deal undo").await;
    assert_eq!(
        d.ok("/forecast show show").await["data"]["forecast"]["weighted"],
        2_200_000,
        "back to omitted"
    );
    assert!(
        d.refused("/deal forecast id:4 category:omit")
            .await
            .contains("already there")
    );
    assert!(
        d.refused("/deal forecast id:1 category:commit")
            .await
            .contains("closed")
    );
    assert!(
        d.refused("/deal forecast id:4 category:maybe")
            .await
            .contains("Use one of")
    );
    d.ok(":as carol").await;
    assert!(
        d.refused("/deal forecast id:4 category:commit")
            .await
            .contains("belongs to bob")
    );
}

#[tokio::test]
async fn who_sees_which_forecast() {
    let mut d = pipeline().await;
    d.ok(":as carol").await;
    assert!(
        d.refused("/forecast show rep:@bob")
            .await
            .contains("Only managers")
    );
    assert!(
        d.refused("/forecast show everyone:true")
            .await
            .contains("for managers")
    );
    let own = d.ok("/forecast show period:month").await;
    assert_eq!(own["data"]["forecast"]["closed_won"], 0);
    assert_eq!(own["data"]["period_label"], "March 2026");
    d.ok(":as you manager").await;
    let r = d.ok("/forecast show rep:@bob period:month").await;
    assert_eq!(
        r["data"]["forecast"]["quota"],
        serde_json::Value::Null,
        "the quota is quarterly"
    );
    let r = d.ok("/forecast show everyone:true").await;
    assert_eq!(r["data"]["forecast"]["closed_won"], 3_000_000);
    assert!(text(&r).contains("· bob"), "team forecasts name the owner");
    assert!(
        d.refused("/forecast show rep:@bob everyone:true")
            .await
            .contains("Choose one")
    );
}

#[tokio::test]
async fn a_rep_refused_another_reps_forecast_hears_about_forecasts() {
    let mut d = Driver::new().await;
    d.ok(":as bob").await;
    d.ok(":as alice").await;
    let refused = d.refused("/forecast show rep:@bob").await;
    assert!(refused.contains("another rep's forecast"), "{refused}");
    assert!(refused.contains("/forecast show"), "{refused}");
    let now = crate::support::directive(&mut d, ":as you manager").await;
    assert!(now.contains("manager"), "acting as a manager now: {now}");
    let r = d.ok("/setup").await;
    let t = text(&r);
    for field in [
        "Managers' channel",
        "Quota detail",
        "Charts on scheduled posts",
    ] {
        assert!(t.contains(field), "/setup shows {field}: {t}");
    }
}
