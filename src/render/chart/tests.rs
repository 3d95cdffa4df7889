use super::*;

#[test]
fn names_in_every_script_find_a_font() {
    let f = fonts().unwrap();
    for name in ["Zofia Wójcik", "Jürgen Groß", "Ștefan Popescu", "ليلى حداد"] {
        assert!(covers(&f.regular, name), "{name}");
    }
    for name in ["王芳", "北京星辰科技有限公司", "李伟"] {
        assert!(!covers(&f.regular, name) && covers(&f.cjk, name), "{name}");
    }
}

#[test]
fn arabic_is_shaped_and_right_to_left() {
    // Joined Arabic letters use contextual forms: shaping changes the glyphs.
    let (joined, _) = layout("ليلى", 20.0, Weight::Regular).unwrap();
    let isolated: Vec<u16> = "ليلى"
        .chars()
        .map(|c| {
            fonts()
                .unwrap()
                .regular
                .glyph_index(c)
                .map(|g| g.0)
                .unwrap_or(0)
        })
        .collect();
    let shaped: Vec<u16> = joined.iter().map(|g| g.id).collect();
    assert_ne!(shaped, isolated, "contextual forms were applied");
    // Right to left: left to right on the page, the glyphs come from the end of the
    // word to its start (the first letter, ل, is drawn rightmost).
    let clusters: Vec<u32> = joined.iter().map(|g| g.cluster).collect();
    assert!(clusters.windows(2).all(|w| w[0] > w[1]), "{clusters:?}");
    assert_eq!(*clusters.last().unwrap(), 0);
    // Latin stays left to right.
    let (latin, _) = layout("Bob", 20.0, Weight::Regular).unwrap();
    let clusters: Vec<u32> = latin.iter().map(|g| g.cluster).collect();
    assert_eq!(clusters, vec![0, 1, 2]);
}

#[test]
fn draws_pngs() {
    let rows = vec![
        ChartRow {
            rank: "1".into(),
            name: "Ioana Dumitrescu".into(),
            value: "172,000 EUR".into(),
            share_bp: 10_000,
            highlight: false,
        },
        ChartRow {
            rank: "2=".into(),
            name: "王芳".into(),
            value: "115,000 EUR".into(),
            share_bp: 6_686,
            highlight: true,
        },
        ChartRow {
            rank: "2=".into(),
            name: "ليلى حداد".into(),
            value: "115,000 EUR".into(),
            share_bp: 6_686,
            highlight: false,
        },
    ];
    let png = leaderboard(
        "Revenue won — March 2026",
        "Europe/Berlin · 10 Mar 2026",
        &rows,
        "Nobody on the board yet",
    )
    .unwrap();
    assert_eq!(&png[1..4], b"PNG");
    if let Ok(path) = std::env::var("DEALBELL_CHART_SAMPLE") {
        std::fs::write(path, &png).unwrap();
    }
    let png = quota(
        "Bob Brown — March 2026",
        "Europe/Berlin",
        3_000,
        3_181,
        &["30.0 % of 100,000 EUR".into()],
    )
    .unwrap();
    assert_eq!(&png[1..4], b"PNG");
}

#[test]
fn an_arabic_title_is_drawn_with_real_glyphs_isolation_marks_included() {
    use crate::core::language::Language;
    use crate::i18n::Words;
    // The catalogue wraps names in Unicode isolation marks in Arabic; the font has no
    // glyph for them, and shaping must leave them invisible rather than draw boxes.
    let title = Words::new(Language::Ar).say_with(
        "board-heading-scoped",
        &[
            (
                "metric",
                Words::new(Language::Ar).say("metric-revenue").into(),
            ),
            ("scope", "Zofia Wójcik".into()),
            ("period", "مارس 2026".into()),
        ],
    );
    assert!(title.contains('\u{2068}'), "{title}");
    let (glyphs, width) = layout(&title, 20.0, Weight::Bold).unwrap();
    assert!(width > 0.0);
    assert!(
        glyphs.iter().all(|g| g.id != 0),
        "every glyph is a real one: {:?}",
        glyphs.iter().map(|g| g.id).collect::<Vec<_>>()
    );
}
