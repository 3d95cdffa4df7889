# Dealbell 的简体中文用语。称呼用“你”（与 Discord 一致）。见 glossary.md。

## /language

language-title = 你的语言
language-chosen = 当你的 Discord 应用设置为 Dealbell 不支持的语言时，Dealbell 会用{ $language }回复你。
language-automatic = 如果 Dealbell 支持你的 Discord 应用语言，就用该语言回复你；否则使用团队语言（{ $language }）。
language-current = Dealbell 现在用{ $language }回复你。

## Wins

win-title = 🎉 { $rep } 赢得了 { $customer }！

## Counts

deals-count =
    { $count ->
       *[other] { $count } 笔交易
    }
