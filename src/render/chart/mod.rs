//! PNG charts: a leaderboard and a quota progress bar, readable on a phone.
//!
//! Names come in any script, so text is laid out properly: unicode-bidi orders
//! right-to-left runs (Arabic), rustybuzz shapes them (joined Arabic letters), and each
//! run uses the first font that has all its characters. Fonts ship in `assets/fonts`
//! and are embedded: DejaVu Sans (Latin, Greek, Cyrillic, Arabic) and Droid Sans
//! Fallback (Chinese, Japanese, Korean). A character neither has is drawn as the
//! font's empty box.

use crate::reply::Attachment;
use rustybuzz::{Direction, Face, UnicodeBuffer};
use std::sync::OnceLock;
use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");
static CJK: &[u8] = include_bytes!("../../../assets/fonts/DroidSansFallback.ttf");

#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("a built-in font could not be read")]
    Font,
    #[error("the chart is too large to draw")]
    Size,
    #[error("the chart could not be encoded as PNG: {0}")]
    Png(String),
}

struct Fonts {
    regular: Face<'static>,
    bold: Face<'static>,
    cjk: Face<'static>,
}

fn fonts() -> Result<&'static Fonts, ChartError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            Some(Fonts {
                regular: Face::from_slice(REGULAR, 0)?,
                bold: Face::from_slice(BOLD, 0)?,
                cjk: Face::from_slice(CJK, 0)?,
            })
        })
        .as_ref()
        .ok_or(ChartError::Font)
}

#[derive(Clone, Copy)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    fn color(self) -> Color {
        Color::from_rgba8(self.0, self.1, self.2, 255)
    }
}

const BACKGROUND: Rgb = Rgb(0x2B, 0x2D, 0x31);
const HIGHLIGHT: Rgb = Rgb(0x3A, 0x3D, 0x44);
const TEXT: Rgb = Rgb(0xF2, 0xF3, 0xF5);
const MUTED: Rgb = Rgb(0xB5, 0xBA, 0xC1);
const TRACK: Rgb = Rgb(0x40, 0x44, 0x4B);
const BLURPLE: Rgb = Rgb(0x58, 0x65, 0xF2);
const GREEN: Rgb = Rgb(0x2E, 0xCC, 0x71);
const ORANGE: Rgb = Rgb(0xE6, 0x7E, 0x22);
const MEDALS: [Rgb; 3] = [
    Rgb(0xF1, 0xC4, 0x0F),
    Rgb(0xC0, 0xC6, 0xCC),
    Rgb(0xCD, 0x7F, 0x32),
];

/// One shaped glyph, ready to draw.
struct Glyph {
    face: &'static Face<'static>,
    id: u16,
    /// Byte offset of the character in the piece it was shaped from (the tests read
    /// it to check right-to-left order).
    #[cfg_attr(not(test), allow(dead_code))]
    cluster: u32,
    x: f32,
    dx: f32,
    dy: f32,
}

/// Does `face` draw every visible character of `text`?
fn covers(face: &Face, text: &str) -> bool {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .all(|c| face.glyph_index(c).is_some())
}

fn pick_face(fonts: &'static Fonts, text: &str, weight: Weight) -> &'static Face<'static> {
    let main = match weight {
        Weight::Bold => &fonts.bold,
        Weight::Regular => &fonts.regular,
    };
    if covers(main, text) {
        main
    } else if covers(&fonts.cjk, text) {
        &fonts.cjk
    } else {
        main
    }
}

/// Splits a run into pieces that each one font can draw (a Latin name with a Chinese
/// company in brackets needs both fonts).
fn font_pieces(
    fonts: &'static Fonts,
    text: &str,
    weight: Weight,
) -> Vec<(String, &'static Face<'static>)> {
    let mut pieces: Vec<(String, &'static Face<'static>)> = Vec::new();
    for c in text.chars() {
        let s = c.to_string();
        let face = if c.is_whitespace() {
            pieces
                .last()
                .map(|(_, f)| *f)
                .unwrap_or_else(|| pick_face(fonts, &s, weight))
        } else {
            pick_face(fonts, &s, weight)
        };
        match pieces.last_mut() {
            Some((t, f)) if std::ptr::eq(*f, face) => t.push(c),
            _ => pieces.push((s, face)),
        }
    }
    pieces
}

/// Lays out one line of text at `size` pixels; returns glyphs (x from 0) and width.
fn layout(text: &str, size: f32, weight: Weight) -> Result<(Vec<Glyph>, f32), ChartError> {
    let fonts = fonts()?;
    let bidi = unicode_bidi::BidiInfo::new(text, None);
    let mut glyphs = Vec::new();
    let mut pen = 0.0f32;
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let mut pieces = font_pieces(fonts, &text[run.clone()], weight);
            if rtl {
                // Visual order: the logically last piece of a right-to-left run is leftmost.
                pieces.reverse();
            }
            for (piece, face) in pieces {
                let mut buffer = UnicodeBuffer::new();
                buffer.push_str(&piece);
                buffer.guess_segment_properties();
                buffer.set_direction(if rtl {
                    Direction::RightToLeft
                } else {
                    Direction::LeftToRight
                });
                let shaped = rustybuzz::shape(face, &[], buffer);
                let scale = size / face.units_per_em() as f32;
                for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                    glyphs.push(Glyph {
                        face,
                        id: u16::try_from(info.glyph_id).unwrap_or(0),
                        cluster: info.cluster,
                        x: pen + pos.x_offset as f32 * scale,
                        dx: scale,
                        dy: pos.y_offset as f32 * scale,
                    });
                    pen += pos.x_advance as f32 * scale;
                }
            }
        }
    }
    Ok((glyphs, pen))
}

/// Turns glyph outlines into a tiny-skia path, scaled and flipped (fonts grow upwards).
struct Outline {
    builder: PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl rustybuzz::ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.builder
            .move_to(self.x + x * self.scale, self.y - y * self.scale);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.builder
            .line_to(self.x + x * self.scale, self.y - y * self.scale);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.builder.quad_to(
            self.x + x1 * self.scale,
            self.y - y1 * self.scale,
            self.x + x * self.scale,
            self.y - y * self.scale,
        );
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.builder.cubic_to(
            self.x + x1 * self.scale,
            self.y - y1 * self.scale,
            self.x + x2 * self.scale,
            self.y - y2 * self.scale,
            self.x + x * self.scale,
            self.y - y * self.scale,
        );
    }
    fn close(&mut self) {
        self.builder.close();
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

/// Which face of the font a piece of text is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    Regular,
    Bold,
}

impl Weight {
    /// Bold where something stands out (the caller's own row, the first line).
    const fn bold_if(stands_out: bool) -> Weight {
        if stands_out {
            Weight::Bold
        } else {
            Weight::Regular
        }
    }
}

/// How a piece of text is drawn.
#[derive(Clone, Copy)]
struct TextStyle {
    size: f32,
    colour: Rgb,
    weight: Weight,
    align: Align,
    max_width: f32,
}

const fn style(size: f32, colour: Rgb, weight: Weight, align: Align, max_width: f32) -> TextStyle {
    TextStyle {
        size,
        colour,
        weight,
        align,
        max_width,
    }
}

struct Canvas {
    pixmap: Pixmap,
}

impl Canvas {
    fn new(width: u32, height: u32) -> Result<Canvas, ChartError> {
        let mut pixmap = Pixmap::new(width, height).ok_or(ChartError::Size)?;
        pixmap.fill(BACKGROUND.color());
        Ok(Canvas { pixmap })
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Rgb) {
        if let Some(r) = Rect::from_xywh(x, y, w.max(0.5), h.max(0.5)) {
            let mut paint = Paint::default();
            paint.set_color(colour.color());
            paint.anti_alias = true;
            self.pixmap
                .fill_rect(r, &paint, Transform::identity(), None);
        }
    }

    /// Draws `text` with its baseline at `y`; shortens it with "…" to fit the style's
    /// width. Returns the width drawn.
    fn text(&mut self, text: &str, x: f32, y: f32, style: TextStyle) -> Result<f32, ChartError> {
        let TextStyle {
            size,
            colour,
            weight,
            align,
            max_width,
        } = style;
        let mut shown = text.to_string();
        let (mut glyphs, mut width) = layout(&shown, size, weight)?;
        while width > max_width && shown.chars().count() > 1 {
            let keep = shown.chars().count().saturating_sub(2);
            shown = shown
                .chars()
                .take(keep)
                .chain(std::iter::once('…'))
                .collect();
            (glyphs, width) = layout(&shown, size, weight)?;
        }
        let start = match align {
            Align::Left => x,
            Align::Right => x - width,
        };
        let mut paint = Paint::default();
        paint.set_color(colour.color());
        paint.anti_alias = true;
        for g in glyphs {
            let mut outline = Outline {
                builder: PathBuilder::new(),
                x: start + g.x,
                y: y - g.dy,
                scale: g.dx,
            };
            if g.face
                .outline_glyph(rustybuzz::ttf_parser::GlyphId(g.id), &mut outline)
                .is_some()
                && let Some(path) = outline.builder.finish()
            {
                self.pixmap.fill_path(
                    &path,
                    &paint,
                    FillRule::Winding,
                    Transform::identity(),
                    None,
                );
            }
        }
        Ok(width)
    }

    /// The title and the line under it, as every chart starts.
    fn header(&mut self, title: &str, subtitle: &str) -> Result<(), ChartError> {
        let w = self.pixmap.width() as f32;
        self.text(
            title,
            32.0,
            52.0,
            style(30.0, TEXT, Weight::Bold, Align::Left, w - 64.0),
        )?;
        self.text(
            subtitle,
            32.0,
            86.0,
            style(18.0, MUTED, Weight::Regular, Align::Left, w - 64.0),
        )?;
        Ok(())
    }

    fn png(self) -> Result<Vec<u8>, ChartError> {
        self.pixmap
            .encode_png()
            .map_err(|e| ChartError::Png(e.to_string()))
    }
}

/// Draws off the async threads; a chart that cannot be drawn is logged and left out,
/// never failing the reply it belongs to.
pub async fn render(
    filename: &str,
    draw: impl FnOnce() -> Result<Vec<u8>, ChartError> + Send + 'static,
) -> Option<Attachment> {
    match tokio::task::spawn_blocking(draw).await {
        Ok(Ok(png)) => Some(Attachment::new(filename, png)),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "chart not drawn");
            None
        }
        Err(e) => {
            tracing::warn!(error = %e, "chart drawing stopped");
            None
        }
    }
}

/// One row of a leaderboard chart.
#[derive(Debug, Clone)]
pub struct ChartRow {
    pub rank: String,
    pub name: String,
    pub value: String,
    /// Bar length relative to the longest bar, 0–10 000.
    pub share_bp: i64,
    pub highlight: bool,
}

const WIDTH: u32 = 900;

/// A horizontal bar chart of a leaderboard.
/// `empty` is what the board says with nobody on it, in the reader's language.
pub fn leaderboard(
    title: &str,
    subtitle: &str,
    rows: &[ChartRow],
    empty: &str,
) -> Result<Vec<u8>, ChartError> {
    let row_h = 56.0;
    let top = 112.0;
    // A board has at most 50 rows: a few thousand pixels, well inside a u32.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let height = (top + row_h * rows.len().max(1) as f32 + 36.0) as u32;
    let mut c = Canvas::new(WIDTH, height)?;
    let w = WIDTH as f32;
    c.header(title, subtitle)?;
    if rows.is_empty() {
        c.text(
            empty,
            32.0,
            top + 36.0,
            style(22.0, MUTED, Weight::Regular, Align::Left, w - 64.0),
        )?;
    }
    let (bar_x, bar_w) = (380.0, w - 380.0 - 214.0);
    for (i, row) in rows.iter().enumerate() {
        let y = top + row_h * i as f32;
        if row.highlight {
            c.rect(16.0, y + 2.0, w - 32.0, row_h - 4.0, HIGHLIGHT);
        }
        let baseline = y + 36.0;
        let medal = row
            .rank
            .trim_end_matches('=')
            .parse::<usize>()
            .ok()
            .filter(|r| (1..=3).contains(r));
        let bar_colour = medal.map(|r| MEDALS[r - 1]).unwrap_or(BLURPLE);
        c.text(
            &row.rank,
            32.0,
            baseline,
            style(
                22.0,
                medal.map(|r| MEDALS[r - 1]).unwrap_or(MUTED),
                Weight::Bold,
                Align::Left,
                56.0,
            ),
        )?;
        c.text(
            &row.name,
            96.0,
            baseline,
            style(
                22.0,
                TEXT,
                Weight::bold_if(row.highlight),
                Align::Left,
                bar_x - 96.0 - 16.0,
            ),
        )?;
        c.rect(bar_x, y + 14.0, bar_w, 28.0, TRACK);
        c.rect(
            bar_x,
            y + 14.0,
            bar_w * row.share_bp.clamp(0, 10_000) as f32 / 10_000.0,
            28.0,
            bar_colour,
        );
        c.text(
            &row.value,
            w - 32.0,
            baseline,
            style(22.0, TEXT, Weight::Bold, Align::Right, 170.0),
        )?;
    }
    c.png()
}

/// A quota progress bar with a marker where a steady pace would be.
pub fn quota(
    title: &str,
    subtitle: &str,
    attainment_bp: i64,
    pace_bp: i64,
    lines: &[String],
) -> Result<Vec<u8>, ChartError> {
    let height = 190 + 34 * u32::try_from(lines.len()).unwrap_or(u32::MAX / 64);
    let mut c = Canvas::new(WIDTH, height)?;
    let w = WIDTH as f32;
    c.header(title, subtitle)?;
    let (x, y, bw, bh) = (32.0, 112.0, w - 64.0, 40.0);
    c.rect(x, y, bw, bh, TRACK);
    let colour = if attainment_bp >= 10_000 {
        MEDALS[0]
    } else if attainment_bp >= pace_bp {
        GREEN
    } else {
        ORANGE
    };
    c.rect(
        x,
        y,
        bw * attainment_bp.clamp(0, 10_000) as f32 / 10_000.0,
        bh,
        colour,
    );
    let marker = x + bw * pace_bp.clamp(0, 10_000) as f32 / 10_000.0;
    c.rect(marker - 2.0, y - 8.0, 4.0, bh + 16.0, TEXT);
    c.text(
        "pace",
        (marker + 6.0).min(w - 80.0),
        y - 10.0,
        style(14.0, MUTED, Weight::Regular, Align::Left, 60.0),
    )?;
    for (i, line) in lines.iter().enumerate() {
        c.text(
            line,
            32.0,
            190.0 + 34.0 * i as f32,
            style(20.0, TEXT, Weight::bold_if(i == 0), Align::Left, w - 64.0),
        )?;
    }
    c.png()
}

#[cfg(test)]
mod tests;
