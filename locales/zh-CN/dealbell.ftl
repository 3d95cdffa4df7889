# Dealbell 的简体中文用语。称呼用“你”（与 Discord 一致）。见 glossary.md。

## /language

language-title = 你的语言
language-chosen = 当你的 Discord 应用设置为 Dealbell 不支持的语言时，Dealbell 会用{ $language }回复你。
language-automatic = 如果 Dealbell 支持你的 Discord 应用语言，就用该语言回复你；否则使用团队语言（{ $language }）。
language-current = Dealbell 现在用{ $language }回复你。

## Wins

win-title = 🎉 { $rep } 赢得了 { $customer }！

## 交易卡片

amount-not-set = 未填写
deal-customer = 客户
deal-amount = 金额
deal-stage = 阶段
deal-owner = 负责人
deal-product = 产品
deal-expected-close = 预计成交
deal-won-on = 赢单日期
deal-lost-on = 丢单日期
deal-lost-because = 丢单原因
deal-note = 备注：{ $note }
deal-counted-as = 按 { $counted } 计入：{ $amount }，汇率 { $rate }（当日汇率）。
deal-recorded-until-closed = 按填写的 { $currency } 记录；成交时按当日汇率折算为 { $team } 计入（/rates list）。
deal-recorded-without-rate = 按填写的 { $currency } 记录；当日没有 { $currency } 汇率，排行榜计入这笔交易但不计其金额（经理可设置：/rates set rate:"{ $currency } …"）。
deal-footer = 交易 #{ $number }

## Counts

deals-count =
    { $count ->
       *[other] { $count } 笔交易
    }
