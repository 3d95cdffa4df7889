//! A `Message` as a Discord embed, and who it may ping.

use crate::reply::{Button, Message, Table, Tone};
use serenity::all::{
    ButtonStyle, Colour, CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateButton,
    CreateEmbed, CreateEmbedFooter, UserId,
};

/// Discord's limits on an embed, in characters (fields: how many).
struct EmbedLimits {
    title: usize,
    description: usize,
    field_name: usize,
    field_value: usize,
    fields: usize,
    footer: usize,
}

const LIMITS: EmbedLimits = EmbedLimits {
    title: 256,
    description: 4096,
    field_name: 256,
    field_value: 1024,
    fields: 25,
    footer: 2048,
};

pub fn colour(tone: Tone) -> Colour {
    Colour::new(match tone {
        Tone::Info => 0x5865F2,
        Tone::Success => 0x2ECC71,
        Tone::Celebration => 0xF1C40F,
        Tone::Leaderboard => 0x9B59B6,
        Tone::Warning => 0xE67E22,
        Tone::Error => 0xE74C3C,
    })
}

/// Cuts text to `max` characters, marking the cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars()
            .take(max.saturating_sub(1))
            .chain(std::iter::once('…'))
            .collect()
    }
}

fn table_block(table: &Table) -> String {
    format!(
        "```\n{}\n```",
        crate::render::table::lines(table).join("\n")
    )
}

pub fn embed(m: &Message) -> CreateEmbed {
    let mut description = String::new();
    if let Some(table) = &m.table {
        description.push_str(&table_block(table));
        description.push('\n');
    }
    description.push_str(&m.lines.join("\n"));
    let mut e = CreateEmbed::new()
        .title(clip(&m.title, LIMITS.title))
        .colour(colour(m.tone));
    if !description.trim().is_empty() {
        e = e.description(clip(&description, LIMITS.description));
    }
    for f in m.fields.iter().take(LIMITS.fields) {
        e = e.field(
            clip(&f.name, LIMITS.field_name),
            clip(&f.value, LIMITS.field_value),
            f.inline,
        );
    }
    if let Some(footer) = &m.footer {
        e = e.footer(CreateEmbedFooter::new(clip(footer, LIMITS.footer)));
    }
    if let Some(chart) = &m.chart {
        e = e.image(format!("attachment://{}", chart.filename));
    }
    e
}

/// The files to upload with a message: its chart (the embed shows it as its image) and
/// any other file (an export).
pub fn attachments(m: &Message) -> Vec<CreateAttachment> {
    let chart = m
        .chart
        .as_ref()
        .map(|c| CreateAttachment::bytes(c.data.clone(), c.filename.clone()));
    let file = m
        .file
        .as_ref()
        .map(|f| CreateAttachment::bytes(f.data.clone(), f.filename.clone()));
    chart.into_iter().chain(file).collect()
}

/// Pings only the users a message means to mention: never @everyone, never roles,
/// whatever a customer or a note happens to contain.
pub fn allowed_mentions(m: &Message) -> CreateAllowedMentions {
    let users: Vec<UserId> = m
        .mentions
        .iter()
        .filter_map(|id| id.as_str().parse::<u64>().ok())
        .map(UserId::new)
        .collect();
    CreateAllowedMentions::new()
        .everyone(false)
        .all_roles(false)
        .all_users(false)
        .users(users)
}

/// The message's own mentions as text, so they ping (mentions inside embeds never do).
pub fn mention_content(m: &Message) -> Option<String> {
    let mentions: Vec<String> = m.mentions.iter().map(|id| format!("<@{id}>")).collect();
    (!mentions.is_empty()).then(|| mentions.join(" "))
}

/// The buttons under a reply, labelled in the reply's language.
pub fn buttons(buttons: &[Button], words: crate::i18n::Words) -> Vec<CreateActionRow> {
    if buttons.is_empty() {
        return Vec::new();
    }
    let row: Vec<CreateButton> = buttons
        .iter()
        .map(|b| {
            let style = match b {
                Button::Undo { .. } | Button::Cancel { .. } | Button::DuelDecline { .. } => {
                    ButtonStyle::Secondary
                }
                Button::Confirm { .. } => ButtonStyle::Danger,
                Button::DuelAccept { .. } => ButtonStyle::Success,
            };
            CreateButton::new(b.custom_id())
                .label(words.say(b.label_key()))
                .style(style)
        })
        .collect();
    vec![CreateActionRow::Buttons(row)]
}
