//! The deal rules: stages, wins and losses, close dates, conversions.

use super::*;
use crate::core::money::Currency;

pub fn default_pipeline() -> Pipeline {
    let s = |key: &str, p: u8, outcome| Stage {
        key: key.into(),
        label: key.into(),
        probability: p,
        outcome,
    };
    Pipeline::new(vec![
        s("prospecting", 10, Outcome::Open),
        s("proposal", 50, Outcome::Open),
        s("won", 100, Outcome::Won),
        s("lost", 0, Outcome::Lost),
    ])
    .unwrap()
}

fn open_deal() -> DealState {
    DealState {
        owner_id: crate::core::ids::MemberId(1),
        customer: "Acme".into(),
        product: None,
        amount: None,
        stage: "prospecting".into(),
        outcome: Outcome::Open,
        expected_close: None,
        closed_on: None,
        lost_reason: None,
        note: None,
        forecast_category: None,
        converted: None,
    }
}

#[test]
fn a_closed_deal_keeps_its_conversion_until_its_amount_or_day_changes() {
    let (pln, eur) = (
        Currency::from_code("PLN").unwrap(),
        Currency::from_code("EUR").unwrap(),
    );
    let at = |micros| Rate {
        from: eur,
        to: pln,
        micros,
    };
    let won = DealState {
        amount: Some(Money::new(100_000, eur)),
        outcome: Outcome::Won,
        closed_on: Some("2026-03-10".parse().unwrap()),
        ..open_deal()
    };
    let first = conversion(None, &won, pln, Some(at(4_300_000))).unwrap();
    assert_eq!(first.amount, Money::new(430_000, pln));
    let converted = DealState {
        converted: Some(first),
        ..won.clone()
    };
    // A note changes; a later rate does not rewrite it.
    let noted = DealState {
        note: Some("signed".into()),
        ..converted.clone()
    };
    assert_eq!(
        conversion(Some(&converted), &noted, pln, Some(at(4_400_000))),
        Some(first)
    );
    // A new amount is converted at the rate of its day.
    let bigger = DealState {
        amount: Some(Money::new(200_000, eur)),
        ..noted
    };
    assert_eq!(
        conversion(Some(&converted), &bigger, pln, Some(at(4_400_000))).map(|c| c.amount),
        Some(Money::new(880_000, pln))
    );
    // Open, in the team's currency, or without a rate: nothing to convert.
    assert_eq!(
        conversion(None, &open_deal(), pln, Some(at(4_300_000))),
        None
    );
    assert_eq!(conversion(None, &won, pln, None), None);
    let local = DealState {
        amount: Some(Money::new(100, pln)),
        ..won.clone()
    };
    assert_eq!(conversion(None, &local, pln, Some(at(4_300_000))), None);
    assert_eq!(converted.counted(pln), Some(Money::new(430_000, pln)));
    assert_eq!(won.counted(pln), None);
}

#[test]
fn a_close_date_is_not_in_the_future_nor_too_far_back_for_a_rep() {
    let today: NaiveDate = "2026-04-01".parse().unwrap();
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    assert_eq!(
        check_close_date(d("2026-03-31"), today, Some(90)),
        Ok(d("2026-03-31"))
    );
    assert_eq!(check_close_date(today, today, Some(0)), Ok(today));
    assert!(matches!(
        check_close_date(d("2026-04-02"), today, None),
        Err(DealError::CloseInFuture(_))
    ));
    assert!(matches!(
        check_close_date(d("2025-12-31"), today, Some(90)),
        Err(DealError::CloseTooOld { days: 90, .. })
    ));
    assert_eq!(
        check_close_date(d("2025-01-01"), today, None),
        Ok(d("2025-01-01"))
    );
}

#[test]
fn stages_move_win_and_lose() {
    let p = default_pipeline();
    let today: NaiveDate = "2026-03-10".parse().unwrap();
    let deal = move_to_stage(DealNumber(1), &open_deal(), p.find("Proposal").unwrap()).unwrap();
    assert_eq!(deal.stage, "proposal");
    assert_eq!(
        move_to_stage(DealNumber(1), &deal, p.find("proposal").unwrap()),
        Err(DealError::SameStage(DealNumber(1), "proposal".into()))
    );
    assert_eq!(
        move_to_stage(DealNumber(1), &deal, p.find("won").unwrap()),
        Err(DealError::CloseThroughStage)
    );
    assert_eq!(
        win(
            DealNumber(1),
            &deal,
            p.first_with(Outcome::Won),
            None,
            today
        ),
        Err(DealError::NoAmount(DealNumber(1)))
    );
    let eur = Currency::from_code("EUR").unwrap();
    let won = win(
        DealNumber(1),
        &deal,
        p.first_with(Outcome::Won),
        Some(Money::new(100, eur)),
        today,
    )
    .unwrap();
    assert_eq!((won.outcome, won.closed_on), (Outcome::Won, Some(today)));
    assert_eq!(
        win(DealNumber(1), &won, p.first_with(Outcome::Won), None, today),
        Err(DealError::AlreadyWon(DealNumber(1)))
    );
    let lost = lose(
        DealNumber(1),
        &won,
        p.first_with(Outcome::Lost),
        Some("price".into()),
        today,
    )
    .unwrap();
    assert_eq!(
        (lost.outcome, lost.lost_reason.as_deref()),
        (Outcome::Lost, Some("price"))
    );
    let reopened = move_to_stage(DealNumber(1), &lost, p.find("proposal").unwrap()).unwrap();
    assert_eq!(
        (reopened.outcome, reopened.closed_on, reopened.lost_reason),
        (Outcome::Open, None, None)
    );
}

#[test]
fn pipelines_are_validated_and_renamed() {
    let p = default_pipeline();
    let renamed = p.with_labels(&[("proposal".into(), "Angebot".into())]);
    assert_eq!(
        renamed.find("angebot").map(|s| s.key.as_str()),
        Some("proposal")
    );
    assert_eq!(renamed.label("proposal"), "Angebot");
    let clash = p.with_labels(&[("proposal".into(), "won".into())]);
    assert_eq!(
        clash.label("proposal"),
        "proposal",
        "a clashing rename is ignored"
    );
    let no_lost = Pipeline::new(
        p.stages()
            .iter()
            .filter(|s| s.outcome != Outcome::Lost)
            .cloned()
            .collect(),
    );
    assert_eq!(no_lost, Err(PipelineError::Incomplete));
}

#[test]
fn text_is_kept_in_any_script() {
    assert_eq!(
        clean_text("Customer", "  Zakład Łódź Sp. z o.o. ", 200),
        Ok("Zakład Łódź Sp. z o.o.".into())
    );
    assert_eq!(
        clean_text("Customer", "شركة الأفق", 200),
        Ok("شركة الأفق".into())
    );
    assert_eq!(
        clean_text("Customer", "北京客户\n有限公司", 200),
        Ok("北京客户 有限公司".into())
    );
    assert_eq!(
        clean_text("Customer", "  ", 200),
        Err(TextError::Empty("Customer"))
    );
    assert!(matches!(
        clean_text("Note", &"x".repeat(11), 10),
        Err(TextError::TooLong(..))
    ));
    assert_eq!(product_key("GTXPro"), product_key("GTX Pro"));
}
