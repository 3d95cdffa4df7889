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

## 数字与周期

percent = { $number }%
period-week = { $start }起的一周
period-quarter = { $years }财年第{ $quarter }季度（{ $year }年{ $from }–{ $to }）
period-fiscal-year = { $years }财年
period-custom = { $from }至{ $to }
footer-period = { $period } · { $timezone }

## 按钮

button-undo = 撤销
button-apply-import = 执行导入
button-cancel = 取消
button-accept = 接受
button-decline = 拒绝
# The console has no buttons: what to type instead.
button-instead-apply = 用 confirm:true 再运行同一条命令
button-instead-cancel = 什么都不做

## 排行榜

metric-revenue = 赢单收入
metric-deals = 赢单数
metric-attainment = 指标完成率
metric-win_rate = 赢单率
metric-activities = 已记录的活动
metric-avg_deal = 平均交易额
board-of-teams = 团队
board-heading = { $metric } — { $period }
board-heading-scoped = { $metric } · { $scope } — { $period }
board-won = 赢单 { $count } 笔
board-closed = 已结束 { $count } 笔
board-of-amount = 指标 { $amount }
activities-count =
    { $count ->
       *[other] { $count } 项活动
    }
board-movement-new = 新
board-not-on-yet = 你还没有进入这个排行榜。
board-footer = { $period } · { $timezone } · 与{ $previous }相比的名次变化
board-empty = { $period }的排行榜上还没有人。{ $nudge }
board-empty-no-teams = 还没有团队：先用 /import kind:teams 导入，再用 /team link 关联销售代表。
board-empty-activities = 记录一项：/activity log kind:call count:5
board-empty-attainment = 经理可以用 /quota set 设置销售指标。
board-empty-win-rate = 销售代表需要 { $count } 笔已结束的交易才能上榜。
board-empty-be-first = 来拿下第一单：/win amount:… customer:…
board-attainment-private = 这里的销售指标是保密的，所以不会在频道里公布完成率。经理可用 /leaderboard metric:attainment 查看；每位销售代表只能看到自己的。
board-own-attainment = 这里的销售指标是保密的：你只能看到自己的完成率，经理可以看到所有人的。
board-other-currencies = 其他币种的 { $count } 笔赢单未计入 { $currency } 收入（当天没有汇率：/rates set）。

## /quota check

quota-heading = { $name } — { $period }
quota-attainment = { $bar } 已完成 { $quota } 的 { $percent }
quota-pace-behind = 已赢得 { $won }；按匀速进度，到今天应为 { $expected } — 落后 { $gap }。
quota-pace-ahead = 已赢得 { $won }；按匀速进度，到今天应为 { $expected } — 领先 { $gap }。
quota-pace-even = 已赢得 { $won }；按匀速进度，到今天应为 { $expected } — 正好符合进度。
quota-reached = 已完成指标 🎉（超出 { $over }）。
quota-to-go = 还差：{ $remaining } — 剩余 { $days } 个工作日，每周需 { $per_week }。
quota-to-go-no-days = 还差：{ $remaining }，本周期已没有剩余工作日。
quota-projected = 按当前速度：周期结束时约为 { $projected }（{ $percent }）。
quota-too-early = 现在预测还太早：需要本周期的 { $needed } 个工作日数据，目前只过了 { $days } 个。
quota-other-currencies = 其他币种的 { $count } 笔赢单未计入这项 { $currency } 指标（当天没有汇率：/rates set）。
quota-chart-summary = { $quota } 的 { $percent } · 已赢得 { $won }
quota-chart-to-go = 每周还需 { $per_week } · 剩余 { $days } 个工作日
quota-chart-days-left = 剩余 { $days } 个工作日
quota-none = { $name } 在{ $which }没有设置销售指标。
quota-none-any = 本月、本季度或本年度
quota-none-hint = 经理可以设置：/quota set amount:… period:month rep:@…
quota-choice-month = 本月
quota-choice-quarter = 本季度
quota-choice-year = 本财年
quota-choice-last_month = 上月
quota-choice-last_quarter = 上季度
quota-choice-last_year = 上一财年

## /comp estimate

comp-title = 💶 佣金估算 — { $name } — { $period }
comp-won-revenue = 赢单收入
comp-quota = 销售指标
comp-attainment = 完成率
comp-estimated = 预计佣金
comp-line = { $working } = { $amount }
comp-next = 下一步：{ $step }。
comp-what-if = 假如现在成交 { $amount }，大约增加 { $adds }（合计 { $total }）。
comp-footer = 根据现行方案（{ $plan }，版本 { $version }）的估算，不是工资单。
rate-percent = { $number }%
comp-rate-percent = 收入的 { $percent }
comp-rate-multiple = 目标佣金率的 { $multiple } 倍
comp-tier-range = { $from }–{ $to }
comp-tier-open = { $from }以上
comp-next-tier-rest = 再赢得 { $amount }，其余部分按 { $rate } 计
comp-next-tier-all = 再赢得 { $amount }，全部按 { $rate } 计
comp-own = 个人部分：{ $working }
comp-team = 团队部分：{ $working }
comp-flat = { $revenue } × { $rate }
comp-flat-share = { $revenue } × { $rate } × { $share }
comp-retroactive = 全部 { $revenue } × { $rate }（已达档位：{ $tier }）
comp-retroactive-share = 全部 { $revenue } × { $rate }（已达档位：{ $tier }）× { $share }
comp-band = { $tier } 档内的 { $revenue } × { $rate }
comp-band-share = { $tier } 档内的 { $revenue } × { $rate } × { $share }
comp-below-threshold = 未达到 { $threshold } 的门槛（你的指标完成了 { $attainment }）：暂无佣金
comp-below-threshold-split = 未达到 { $threshold } 的门槛（你的指标完成了 { $attainment }）：暂无佣金，团队部分也没有
comp-cap = 上限 { $cap }
comp-spiff = 专项奖励“{ $name }”：交易 #{ $number }
comp-clawback = 追回：交易 #{ $number }（{ $amount }）在 { $days } 天内丢单
comp-next-threshold = 再赢得 { $amount } 即达到 { $threshold } 的门槛
comp-note-nothing-won = 本周期没有设置销售指标，也没有赢单。
comp-note-no-team-quota = 团队没有设置指标，所以团队部分按你自己的完成率计算。

## 错误

error-no-deal = 这个服务器里没有交易 #{ $number }。
error-no-deal-hint = 用 /deal list 查看你的交易。
error-no-schedule = 没有计划 #{ $number }。
error-no-schedule-hint = 用 /schedule list 查看全部。
error-no-activity = 没有活动 #{ $number }。
error-no-activity-hint = 用 /activity list 查看编号。
error-no-document = 没有文档 #{ $number }。
error-no-document-hint = 用 /docs list 查看全部。
error-no-alert = 没有提醒 #{ $number }。
error-no-alert-hint = 用 /alerts list 查看未处理的提醒。
error-no-alert-rule = 没有名为“{ $name }”的提醒规则。
error-no-alert-rule-hint = 用 /alerts rules 查看全部。
error-no-contest = 没有名为“{ $name }”的竞赛。
error-no-contest-hint = 用 /contest list 查看全部。
error-no-team = 没有名为“{ $name }”的团队。
error-no-team-hint = 用 /team list 查看团队。
error-no-rep = 这里没有名为“{ $name }”的销售代表。
error-no-rep-hint = 请使用 /team list 中显示的名字，或提及一位聊天用户（@名字）。
error-no-crm-rep = 没有名为“{ $name }”的销售代表。
error-no-crm-rep-hint = 用 /team list 查看 CRM 中的销售代表。
error-no-stage = 没有“{ $name }”这个阶段。
error-no-stage-hint = 阶段：{ $stages }。
error-cannot-write = 无法写入数据库：{ $why ->
        [disk-full] 磁盘已满
        [read-only] 数据库为只读
       *[other] 磁盘故障
    }。没有保存任何内容。
error-cannot-write-hint = 请在管理员腾出空间或修好磁盘后再试（参考编号 { $reference }）。
error-internal = 我们这边出了问题（参考编号 { $reference }）。
error-internal-hint = 没有任何内容只保存了一半。请再试一次；如果仍然出错，请把参考编号告诉管理员。

## 阶段（默认名称；团队自定义的名称按原样显示）

stage-prospecting = 寻找客户
stage-qualified = 已确认需求
stage-proposal = 方案报价
stage-negotiation = 商务谈判
stage-won = 赢单
stage-lost = 丢单

## 赢单消息

win-this-month = 本月
win-in-period = { $period }
win-standing = { $rep } { $when }：{ $won } — { $place }。
win-won-amount = 共 { $deals }，赢得 { $amount }
win-won-deals = 赢得 { $deals }
win-place = { $of } 人中排第 { $rank }
win-elsewhere = （另有其他币种赢单 { $count } 笔，因当天没有汇率未计入）
win-not-counted = { $rep } { $when }：这笔赢单以 { $currency } 计价，{ $day }没有 { $currency } 汇率，因此未计入 { $team } 收入（经理可设置：/rates set rate:"{ $currency } …"）。
win-converted = { $amount }（按 { $rate } 折合 { $counted }）
names-two = { $a }和{ $b }
names-three = { $a }、{ $b }和{ $c }
names-more = { $a }、{ $b }等另外 { $others } 人
race-passing = ，超过了 { $names }
race-takes = 登上第 { $rank } 名{ $passing }
race-enters = 以第 { $rank } 名上榜{ $passing }
race-moves-up = 升至第 { $rank } 名{ $passing }
race-pulls-ahead = 在第 { $rank } 名拉开差距{ $passing }
race-holds = 保持第 { $rank } 名
race-behind = 距第 { $rank } 名的 { $names } 还差 { $gap }
race-level = 与 { $names } 并列
race-ahead = 领先 { $names } { $gap }
milestone-first-win = 🌱 人生第一单！
milestone-first-of-period = { $period }首单
milestone-quota-reached = 🎯 完成指标（100%）
milestone-quota = 🎯 已完成指标的 { $percent }
milestone-biggest = 🏆 { $period }最大一单
milestone-team-goal = 🏁 { $team } 达成了目标
milestone-everyone-goal = 🏁 团队达成了目标
milestone-streak = 🔥 连续 { $weeks } 周赢单
duel-takes-the-lead = ⚔️ { $me } 在与 { $them } 的对决中取得领先{ $score }
duel-stays-ahead = ⚔️ { $me } 在与 { $them } 的对决中保持领先{ $score }
duel-draws-level = ⚔️ { $me } 在与 { $them } 的对决中追平{ $score }
duel-closes-in = ⚔️ { $me } 在与 { $them } 的对决中缩小差距{ $score }
duel-score = ：{ $mine } 比 { $theirs }
duel-score-each = ：各 { $mine }
error-language-and-auto = 请选择一种语言或自动，不能同时选择。
error-language-and-auto-hint = 二选一：/language set:zh-CN 或 /language auto:true。
error-attainment-period = 指标完成率排行榜只按月、季度或财年统计（销售指标按这些周期设置）。
error-attainment-period-hint = 请使用 period:month、period:quarter 或 period:year。
error-team-board-metric = 团队排行榜只比较收入、交易数或活动数。
error-team-board-metric-hint = 在 by:teams 时请使用 metric:revenue、metric:deals 或 metric:activities。

## /help

help-title = Dealbell 命令
help-title-one = 帮助
help-line = { $command } — { $description }
help-line-managers = { $command } — { $description }（经理）
help-option-required = {"    "}{ $option }：{ $description }（{ $kind }，必填）
help-option-optional = {"    "}{ $option }：{ $description }（{ $kind }，可选）
help-option-required-managers = {"    "}{ $option }：{ $description }（{ $kind }，必填，经理）
help-option-optional-managers = {"    "}{ $option }：{ $description }（{ $kind }，可选，经理）
help-kind-text = 文本
help-kind-number = 整数
help-kind-boolean = true/false
help-kind-user = @用户
help-kind-rep = @用户或销售代表姓名
help-kind-channel = #频道
help-kind-role = @&角色
help-kind-file = 文件
help-details = 查看某个命令的详情：/help command:deal
help-footer = 标有（经理）的命令需要经理角色或“管理服务器”权限。
help-no-command = 没有 /{ $command } 这个命令。
help-no-command-hint = 输入 /help 查看列表。

## 交易变更

deal-added = 已添加交易 #{ $number } — { $customer }
deal-close-past = 预计成交日期已经过去；可用 /deal edit close:… 修改。
deal-moved = 交易 #{ $number } 已移动：{ $from } → { $to }
deal-marked-lost = 交易 #{ $number } 已标记为丢单
deal-lost-tip = 提示：填写原因（reason:价格、时机、竞争对手……）能帮助团队总结经验。
deal-updated = 交易 #{ $number } 已更新：{ $fields }
deal-undone-removed = 已撤销：交易 #{ $number } 已删除
deal-undone-taken-back = { $customer } — { $amount } 已撤回。
deal-undone-taken-back-unnamed = 该交易已撤回。
deal-undone =
    已撤销你对交易 #{ $number } 的{ $action ->
        [create] 添加
        [stage] 阶段变更
        [won] 赢单
        [lost] 丢单
        [forecast] 预测类别
        [import] 导入
        [convert] 币种换算
        [undo] 撤销
       *[other] 修改
    }

## 活动

activity-logged = 已记录：{ $activities }
activity-today = 今天：{ $activities }。
activity-week = 本周：{ $activities }。
activity-kind-call =
    { $count ->
       *[other] { $count } 通电话
    }
activity-kind-email =
    { $count ->
       *[other] { $count } 封邮件
    }
activity-kind-meeting =
    { $count ->
       *[other] { $count } 次会议
    }
activity-kind-demo =
    { $count ->
       *[other] { $count } 次演示
    }
activity-kind-proposal =
    { $count ->
       *[other] { $count } 份报价
    }

## 定时发布

scheduled-final-standings = 🏆 { $metric } — 最终排名，{ $period }
scheduled-nothing-yet = { $period }还没有赢单：以下是{ $previous }的最终结果。
scheduled-quota-title = 🎯 指标进度 — { $day }
scheduled-no-team-quotas = 尚未设置团队指标。经理可以设置：/quota set everyone:true amount:… period:month
scheduled-footer = { $timezone } · 计划 #{ $number }
scheduled-digest-title = 📬 摘要 — { $board }
progress-everyone = 所有人
progress-line = { $name } · { $period }：{ $bar } { $of }{ $percent } — { $standing }
progress-of-quota = 已完成指标的
progress-of = 已完成 { $amount } 的
progress-reached = 已达成 🎉
progress-behind = 落后于进度
progress-on-pace = 达到或超过进度
progress-behind-by = 落后进度 { $amount }
progress-ahead-by = 领先进度 { $amount }
digest-level = 🏎 并列：{ $chaser } 和 { $ahead } 同列第 { $place } 名
digest-within-reach = 🏎 { $chaser } 离第 { $place } 名的 { $ahead } 只差一步
digest-behind = 🏎 { $chaser } 落后第 { $place } 名的 { $ahead } { $gap }
digest-moved-most = 🚀 本周进步最多：{ $rep }，上升 { $places } 名至第 { $rank } 名
digest-most-improved = 📈 与{ $period }相比进步最大：{ $rep }
digest-most-improved-by = 📈 与{ $period }相比进步最大：{ $rep }（同期多 { $gain }）

## 提醒

nudge-inactive-title = 👋 { $rep }，有什么要记录的吗？
nudge-inactive = 已经 { $days } 个工作日没有记录了（上次是 { $day }）。
nudge-inactive-how = 用 /win、/deal add 或 /activity log 让你的数据保持最新。
nudge-behind-title = 📈 { $rep }，{ $period }需要加把劲
nudge-behind = 你落后于指标进度，还剩 { $days } 个工作日。/quota check 可查看你的进度（只有你能看到）。
nudge-check-in = 👋 近况如何
nudge-footer = 用 /nudges off 关闭提醒，外出时可用 /away until:…。
deal-show-title = 交易 #{ $number } — { $customer }
deal-amount-hidden = 已隐藏（本团队的金额只有销售代表本人和经理可见）

## 交易列表和指标设置

deal-list-yours =
    { $status ->
        [open] 你进行中的交易
        [won] 你赢单的交易
        [lost] 你丢单的交易
        [closed] 你已结束的交易
       *[other] 你的交易
    }
deal-list-of =
    { $status ->
        [open] { $rep } 进行中的交易
        [won] { $rep } 赢单的交易
        [lost] { $rep } 丢单的交易
        [closed] { $rep } 已结束的交易
       *[other] { $rep } 的交易
    }
deal-list-none = 没有符合条件的交易。可用 /deal add customer:… amount:… 添加。
deal-list-closes = 预计 { $day } 成交
deal-list-closed =
    { $outcome ->
        [won] 赢单于
       *[other] 丢单于
    } { $day }
deal-list-more = ……还有更多。只显示前 { $count } 笔；可用 status、stage 或 period 缩小范围。
deal-list-open-total = 显示的进行中管道
quota-set = 已设置指标：{ $name } — { $period } { $amount }
quota-set-same = 原来就是这个数。
quota-set-was = 原为 { $amount }。

## Discord's menu
discord-rep-name-option = 或按姓名选择销售代表（包括 CRM 中的）；代替 { $option }

## Contests
contest-proration-working = 每位销售代表销售指标的百分比，按竞赛的 { $days } 个工作日折算
contest-proration-calendar = 每位销售代表销售指标的百分比，按竞赛的 { $days } 个自然日折算（其中没有工作日）
contest-of-quota = 销售指标的 { $percent }
contest-ranks = { $metric } · { $who }
contest-ranks-of-quota = { $metric }（按销售指标百分比）· { $who }
contest-who-teams = 团队对团队
contest-who-team = { $team } 的销售代表
contest-who-everyone = 全体销售代表
contest-dates = { $start } – { $end }
contest-start-title = 🏁 { $name } 现在开始
contest-target-said = 🎯 达到 { $target } 的人都获胜。
contest-target-unsaid = 🎯 达到目标的人都获胜（每位销售代表可用 /contest list 查看目标）。
contest-prize = 🎁 奖品：{ $prize }
contest-start-footer = 随时查看排名：/contest standings name:{ $name }
contest-standings-title = 🏁 { $name } — 排名
contest-day-of = 第 { $day } 天，共 { $days } 天 · { $ranks }
contest-target-so-far-said = 🎯 目标 { $target }：目前已有 { $count } 人达到。
contest-target-so-far-unsaid = 🎯 目标：目前已有 { $count } 人达到。
contest-no-scores = 还没有成绩：第一笔赢单即领先。
contest-percent-private = 销售指标保密且显示金额时，百分比不公开。
contest-ends = { $day } 结束
contest-several-title = 🏁 进行中的竞赛：{ $count } 个
contest-several-footer = 查看某一个的完整排名：/contest standings name:…
contest-results-title = 🏆 { $name } — 结果
contest-nobody-won = 这次没有人获胜。
contest-reached-said = 🎯 达到目标（{ $target }）：{ $names }
contest-reached = 🎯 达到目标：{ $names }
contest-winner = 🥇 冠军：{ $name }
contest-winner-with = 🥇 冠军：{ $name }，成绩 { $score }
contest-tied = 🥇 并列第一：{ $names }
contest-tied-with = 🥇 并列第一（{ $score }）：{ $names }
contest-created = 已创建竞赛“{ $name }”
contest-starts-now = 现在开始：已在 { $channel } 公布。
contest-starts-on = { $day } 开始：当天早上在 { $channel } 公布。
contest-standings-when = 排名发布时间：{ $schedule }。
contest-results-when = 结果在 { $day } 的次日早上公布。
contest-list-title = 竞赛
contest-list-empty = 还没有。经理可用 /contest create name:… end:… 发起。
contest-when-scheduled = { $day } 开始
contest-when-running = 进行中，{ $day } 结束
contest-when-ended = 已于 { $day } 结束
contest-when-cancelled = 已取消
contest-list-line = • **{ $name }** — { $metric } · { $when }
contest-list-line-target = • **{ $name }** — { $metric } · 目标 { $target } · { $when }
contest-ended = { $name } 已结束
contest-results-posted = 结果已发布在 { $channel }。
contest-cancelled-post = 🚫 { $name } 已取消
contest-cancelled-post-line = 不会公布结果。感谢参与！
contest-cancelled = { $name } 已取消
contest-name-free = 该名称可以再次使用。

## Contests: refusals
error-contest-target = target：“{ $text }”不是{ $wants ->
        [percent-range] 1 到 1000 之间的百分比
        [percent] 百分比
        [amount] 金额
       *[count] 大于 0 的整数
    }。
error-contest-target-hint = 例如 { $example }
error-contest-target-unit = target：“{ $text }”计的是“{ $unit }”，但本竞赛按“{ $metric }”排名。
error-contest-target-unit-hint = 两者保持一致：metric:{ $key } target:"{ $text }"，或 { $example }。
error-contest-target-currency = target 的币种是 { $given }，但团队以 { $team } 计算收入。
error-contest-target-currency-hint = 请用 { $team } 填写。
error-contest-name = 竞赛需要一个 1 到 60 个字符的名称。
error-contest-name-hint = 例如 name:"三月冲刺"。
error-contest-channel = 竞赛要在哪里公布？
error-contest-channel-hint = 加上 channel:#sales（或设置 /setup wins_channel:…）。
error-contest-name-taken = 已经有名为“{ $name }”的竞赛。
error-contest-name-taken-hint = 换一个名称，或用 /contest list 查看。
error-contest-attainment = 竞赛通过计分方式来排名达成率。
error-contest-attainment-hint = 请用 metric:revenue scoring:percent_of_quota。
error-contest-percent-metric = percent_of_quota 按销售代表各自的销售指标衡量其收入。
error-contest-percent-metric-hint = 请与 metric:revenue 一起使用，且不要加 by:teams。
error-contest-percent-private = 按销售指标百分比的竞赛会在频道里公布每位销售代表的百分比；结合已公布赢单的金额，任何人都能推算出其销售指标，而这里的销售指标是保密的。
error-contest-percent-private-hint = 请先公开销售指标（/setup quota_visibility:team）或在公开帖子中隐藏金额（/setup amounts:hidden），或改用 scoring:total。
error-contest-team-metric = 团队竞赛把成员的成绩相加。
error-contest-team-metric-hint = 与 by:teams 一起使用 metric:revenue、deals 或 activities。
error-contest-over = 这个竞赛已经结束了。
error-contest-over-hint = 结束日期请填今天或之后。
error-contest-ends-before = 竞赛的结束早于开始。
error-contest-ends-before-hint = 结束日期请不早于开始日期。
error-contest-too-long = 竞赛最长一年。
error-contest-too-long-hint = 请选择更短的时间段。
error-contest-too-far-back = 竞赛最多只能从 { $days } 天前开始。
error-contest-too-far-back-hint = 请选择更晚的开始日期。
error-contest-none-running = 目前没有进行中的竞赛。
error-contest-none-running-hint = 用 /contest list 查看全部；经理可用 /contest create 发起。
error-contest-not-running = { $name } 没有在进行。
error-contest-not-running-hint = 只有进行中的竞赛才能结束；尚未开始的请用 /contest cancel 取消。
error-contest-already-ended = { $name } 已经结束。
error-contest-already-ended-hint = 其结果保持不变。

## Duels
duel-result-title = ⚔️ 对决：{ $a } 对 { $b } — { $verdict }
duel-result-wins = 🥇 { $name } 获胜！
duel-result-draw = 🤝 平局。
duel-result-over = { $metric }，为期 { $days } 天。
duel-result-scores = { $metric }，为期 { $days } 天：{ $a } { $a_score } · { $b } { $b_score }
duel-challenge-title = ⚔️ { $challenger } 向 { $opponent } 发起对决
duel-challenge-what = { $metric }，为期 { $days } 天，从接受当天开始。
duel-challenge-answer = { $mention }，请在 { $hours } 小时内接受或拒绝（/duel accept 或 /duel decline）。
duel-declined = { $b } 拒绝了 { $a } 的对决
duel-declined-line = 下次再战。
duel-on = ⚔️ 对决开始：{ $a } 对 { $b }
duel-on-line = { $metric }，从现在到 { $day } 结束（此前的赢单不计）；结果在次日早上公布。
duel-status-title = ⚔️ 你的对决
duel-what = { $metric }，{ $days } 天
duel-waiting-mine = ⏳ 你向 { $them } 发起了对决（{ $what }）：等待对方回应，还剩 { $hours } 小时。
duel-waiting-theirs = ⏳ { $them } 向你发起了对决（{ $what }）：请在 { $hours } 小时内用 /duel accept 或 /duel decline 回应。
duel-you-lead = 你领先
duel-they-lead = { $them } 领先
duel-level = 持平
duel-last-day = 今天是最后一天
duel-ends = { $day } 结束（今天之后还有 { $left } 天）
duel-over = 已结束；结果今天早上公布
duel-running = ⚔️ 你对 { $them }（{ $what }）：你 { $mine } · { $them } { $theirs }，{ $verdict }；{ $when }。
duel-none = 没有进行中或待回应的对决。
duel-none-hint = 挑战一位队友：/duel challenge rep:@… metric:deals days:7

## Duels: refusals
error-duel-yourself = 你不能和自己对决。
error-duel-yourself-hint = 挑战一位队友：rep:@…
error-duel-not-on-chat = { $name } 还没有加入聊天，无法接受。
error-duel-not-on-chat-hint = 挑战一位在这里使用 Dealbell 的人。
error-duel-metric = 对决累计赢单或活动。
error-duel-metric-hint = 请用 metric:revenue、deals 或 activities。
error-duel-days = 对决持续 1 到 { $max } 天。
error-duel-days-hint = 例如 days:7。
error-duel-already = 你和 { $name } 已有一场待回应或进行中的对决。
error-duel-already-hint = 请先完成那一场。
error-duel-channel = 对决要在哪里公布？
error-duel-channel-hint = 请在频道中发起，或用 /setup wins_channel:… 设置一个频道。
error-duel-none-waiting = 没有等待你回应的对决。
error-duel-none-waiting-hint = 别人用 /duel challenge rep:@你 向你发起对决。
error-duel-not-yours = 只有 { $name } 可以回应这次挑战。
error-duel-answered-or-expired = 这次挑战已被回应或已过期。
error-duel-answered = 这次挑战已被回应。

## Who may do what
error-managers-only-command = 只有经理可以使用 { $command }。
error-managers-only-command-hint = { $role ->
        [set] 请找拥有经理角色或“管理服务器”权限的人。
       *[unset] 请找拥有“管理服务器”权限的人（可用 /setup manager_role 设置经理角色）。
    }
error-managers-only-option = 只有经理可以在 { $command } 中使用 { $option }。
error-managers-only-option-hint = { $role ->
        [set] 请找拥有经理角色或“管理服务器”权限的人。
       *[unset] 请找拥有“管理服务器”权限的人（可用 /setup manager_role 设置经理角色）。
    }
error-not-your-deal = 交易 #{ $number } 属于 { $owner }；只有本人或经理可以修改。
error-not-your-deal-hint = 你自己的交易：/deal list
error-list-deals-of-others = 只有经理可以列出其他销售代表的交易。
error-list-deals-of-others-hint = 所有人的赢单见 /leaderboard；你自己的交易：/deal list
error-list-activities-of-others = 只有经理可以列出其他销售代表的活动。
error-list-activities-of-others-hint = 所有人的数量见 /leaderboard metric:activities；你自己的：/activity list
error-export-of-others = 只有经理可以导出其他销售代表的数据。
error-export-of-others-hint = 去掉 rep: 即可导出你自己的。
error-quota-of-others = 只有经理（以及在团队共享销售指标时的队友）可以查看其他销售代表的{ $what ->
        [forecast] 预测
       *[quota] 销售指标
    }。
error-quota-of-others-hint = 你自己的：{ $what ->
        [forecast] /forecast show
       *[quota] /quota check
    }。经理可用 /setup quota_visibility:team 在团队内共享销售指标。
error-team-forecasts = 团队和服务器的预测仅供经理查看。
error-team-forecasts-hint = 你自己的：/forecast show
error-history-open-deal = 交易 #{ $number } 是 { $owner } 的进行中 pipeline；只有本人和经理可以查看。
error-history-removed-deal = 交易 #{ $number } 已删除；经理可以查看其历史。
error-undo-not-yours = 只有做出此更改的人可以撤销。
error-import-not-yours = 只有发起此导入的经理可以应用或取消它。
error-activity-not-yours = 只有记录该活动的销售代表或经理可以删除它。

## Commands and their options, as typed
error-wrong-kind = { $option } 必须是：{ $kind }。
error-no-command = 没有 /{ $name } 这个命令。
error-no-command-hint = 输入 /help 查看所有命令。
error-needs-subcommand = /{ $command } 需要以下之一：{ $subcommands }。
error-needs-subcommand-hint = 例如：/{ $command } { $first }
error-no-subcommand = /{ $command } 没有“{ $given }”。
error-no-subcommand-hint = 请使用以下之一：{ $subcommands }。
error-takes-no-options = { $command } 没有选项。
error-no-option = { $command } 没有选项“{ $option }”。
error-no-option-hint = 它的选项：{ $options }。
error-not-a-choice = { $option } 不能是“{ $given }”。
error-not-a-choice-hint = 请使用以下之一：{ $choices }。
error-too-long = { $option } 太长（{ $length } 个字符）；最多 { $max } 个。
error-out-of-range = { $option } 必须{ $range ->
        [between] 在 { $min } 到 { $max } 之间
        [at-least] 至少为 { $min }
       *[at-most] 至多为 { $max }
    }。
error-missing-option = { $command } 需要 { $option }。
error-missing-option-hint = 请这样写：{ $command } { $example }
error-file-too-big = { $file } 有 { $size } 字节；{ $limit ->
        [csv] CSV 导入
        [plan] 提成方案
       *[document] 文档
    }最多 { $max } 字节。
error-not-utf8 = { $file } 不是 UTF-8 文本。
error-cannot-read-file = 无法读取 { $file }：{ $why }。
error-cannot-read-file-hint = 请检查文件路径以及 Dealbell 是否有权读取，然后重试。
announce-busy = { $channel } 现在很忙：你的赢单稍后会与接下来的几条一起发出。
announce-failed = 已保存，但无法在 { $channel } 公布。
storage-alarm-title = ⚠ Dealbell 目前无法保存任何内容
storage-alarm-why = { $why ->
        [disk-full] 磁盘已满。
        [read-only] 数据库为只读。
       *[other] 无法写入数据库文件。
    }在修复之前，赢单和修改都会被拒绝（并会说明）；已保存的内容不会丢失。
storage-alarm-fix = 需要管理员释放磁盘空间或修复数据库文件；此消息只发一次。

## Attached files
error-file-too-big-hint = { $limit ->
        [csv] 把导出文件（按年份或地区）拆分，再依次导入各部分。
        [plan] 文件对吗？提成方案是一个简短的 TOML 文件。
       *[document] 请拆成几个文档。
    }
error-not-utf8-hint = { $limit ->
        [csv] 请从 CRM 把报表导出为 CSV（UTF-8），再附上 .csv 文件。
        [plan] 请把方案另存为 UTF-8 编码的 TOML，再重新附上。
       *[document] 请另存为 UTF-8 编码，再重新附上。
    }

## Amounts, dates and rates as typed
error-in-option = { $option }：{ $message }
error-amount-hint = 可以这样写：12500、1.25万、12.5k、1.2m、$12,500.00 或 20.000,00 EUR。
error-amount-unreadable = 无法把“{ $input }”识别为金额。
error-amount-not-positive = 金额必须大于零。
error-amount-too-large = “{ $input }”超出了单笔交易的上限（最多 { $most }）。请检查是否多打了一位数。
error-amount-shared-symbol = “{ $input }”有歧义：{ $symbol } 可以表示 { $codes }；请改写货币代码，例如 100 { $first }。
error-amount-leading-zero = “{ $input }”有歧义：以 0 开头时，无法判断是千位分隔还是小数。
error-amount-thousands-or-decimals = “{ $input }”有歧义：可能是千位也可能是小数。请改写为 { $whole } 或 { $decimal }。
error-amount-digit-groups = “{ $input }”有歧义：数字没有按三位一组分隔。请不加分隔符书写，例如 1234567。
error-amount-too-precise = { $code } 有 { $exponent } 位小数，“{ $input }”的小数位太多。
error-amount-two-currencies = “{ $input }”包含两种不同的货币。
error-amount-unknown-currency = 不认识货币“{ $input }”。请使用 ISO 4217 代码，例如 EUR、USD 或 PLN。
error-date-unreadable = 无法把“{ $input }”识别为日期。
error-date-unreadable-hint = 请写 2026-03-31、31.03.2026（或 31.3.26）、今天、昨天、明天、星期几（星期五）、月底、季末或年底。
error-date-out-of-range = “{ $input }”是 { $date }，超出了 { $earliest }–{ $latest } 的范围。
error-date-out-of-range-hint = 请检查年份。
error-rate-hint = 请写出货币以及一单位在这里值多少：rate:"EUR 4.30"（或 EUR=4,30）。
error-rate-unreadable = rate：无法把“{ $input }”识别为汇率。
error-rate-unknown-currency = rate：不认识货币“{ $input }”。
error-rate-same-currency = rate：{ $code } 兑 { $code } 的汇率总是 1。
error-rate-out-of-range = rate：汇率必须大于零且不超过 1,000,000，最多六位小数。

## /setup
setup-title = 团队设置
setup-title-updated = 团队设置已更新
setup-field-timezone = 时区
setup-field-language = 语言
setup-field-currency = 货币
setup-field-fiscal-year = 财年起始月
setup-field-manager-role = 经理角色
setup-field-wins-channel = 赢单频道
setup-field-managers-channel = 经理频道
setup-field-quota-detail = 销售指标明细
setup-field-charts = 定时帖子附图表
setup-field-nudges = 提醒
setup-field-amounts = 公开金额
setup-field-working-days = 工作日
setup-field-stages = 阶段
setup-not-set = 未设置
setup-role-not-set = 未设置（以“管理服务器”权限为准）
setup-quota-private = 保密：仅本人和经理
setup-quota-team = 在各团队内共享
setup-on = 开
setup-off = 关
setup-amounts-hidden = 隐藏（显示销售指标百分比和数量）
setup-amounts-shown = 显示
setup-nudges-dm = 通过私信
setup-nudges-channel = 在 { $channel } 中提及
setup-nudges-no-channel = 在提醒频道中提及（未设置：/setup nudges_channel:…）
setup-changed = 已更改：{ $setting }：{ $from } → { $to }
setup-currency-note = 已记录的交易保留原币种；排行榜现在以 { $currency } 计算收入。
setup-change-any = 用以下命令修改任一项：/setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:… language:…
setup-setting-stage = 阶段 { $key }
setup-default-name = 默认名称
setup-no-country = 无国家
setup-weekend-off = { $weekend }休息
setup-holidays-of = { $country } 的法定假日
setup-no-holidays = 无法定假日（设置 country:…）
setup-own-days-off = 团队自定休息日 { $count } 天
setup-next-days-off = 接下来：{ $days }
setup-holidays-known-until = 法定假日只收录到 { $year } 年：之后的请用 days_off 添加

## /setup: refusals
error-setup-timezone = 不认识时区“{ $name }”。
error-setup-timezone-hint = 请使用 IANA 名称，例如 Asia/Shanghai、Europe/Berlin、Europe/Warsaw 或 America/New_York。
error-setup-currency = 不认识货币代码“{ $code }”。
error-setup-currency-hint = 请使用 ISO 4217 代码，例如 CNY、EUR、USD、PLN 或 RON。
error-setup-fiscal-year = fiscal_year_start 必须是 1 到 12 之间的月份。
error-setup-country = 没有“{ $code }”的法定假日数据。
error-setup-country-hint = 请使用 { $codes } 之一（或 country:none），其他休息日用 days_off:… 添加。
error-setup-stage-rename = 无法把“{ $text }”识别为阶段重命名。
error-setup-stage-rename-hint = 请写 键=新名称，例如 stage_label:proposal=报价。阶段的键：{ $keys }。
error-setup-stage-taken = 已有其他阶段叫“{ $label }”。

## The console's own words
console-posted-in = → 已发布到 { $place }：
console-edited-in = → 已在 { $place } 编辑：
console-lang-auto = 现在各行不带语言：使用你的 /language，否则用团队的语言。
console-lang-set = 现在各行以{ $language }提问。
console-lang-unknown = Dealbell 不支持“{ $tag }”。请使用以下之一：{ $tags }，或 auto。
console-lang-which = 请指定语言：:lang zh-CN（{ $tags } 之一，或 auto）。
console-file-note = 📎 { $what ->
        [chart] 图表
       *[file] 文件
    }：{ $filename }（{ $bytes } 字节；用 --charts DIR 保存图表和文件）
console-file-saved = 📊 { $what ->
        [chart] 图表
       *[file] 文件
    }已保存：{ $path }
console-file-not-saved = 📊 { $what ->
        [chart] 图表
       *[file] 文件
    }无法保存到 { $path }：{ $why }
console-as-who = 请说明以谁的身份操作：:as alice（加上 'manager' 表示经理角色）。
console-as-unknown-word = 不认识名字后面的“{ $word }”。多个词的名字请加引号：:as "{ $whole }"（唯一的角色是 'manager'：:as "{ $whole }" manager）。
console-you-are = 你现在是 { $who }{ $role ->
        [manager] （经理）
       *[rep] {""}
    }。
console-too-far = 超出了 Dealbell 的时间范围（到 9999 年）；时钟保持不变。
console-clock-now = 时钟现在是 { $time }（{ $timezone }）。
console-how-far = 请说明前进多久：:advance 30m、:advance 2h、:advance 3d 或 :advance 1d6h（或 :down 8h）。
console-scheduler-step = 调度器在 { $time } UTC 运行了一步。
console-now-in-team = 现在在团队 { $team } 中。
console-which-team = 请指定团队：:guild acme
console-now-in-channel = 现在在 { $channel } 中。
console-which-channel = 请指定频道：:channel sales
console-no-directive = 没有 :{ $name } 这个指令。输入 :help 查看列表。
console-whole-number = { $option } 必须是整数，例如 { $option }:12（收到的是“{ $text }”）。
console-true-or-false = { $option } 必须是 true 或 false。
console-a-user = { $option } 必须指定一个用户，例如 { $option }:@bob。
console-a-file = { $option } 需要一个文件：{ $option }:@path/to/file.csv
console-cannot-read = 无法读取 { $path }：{ $why }。
console-clock-real = 时钟跟随真实时间（{ $time } UTC）。
console-not-a-time = 无法把“{ $text }”识别为时间。请写 :now 2026-03-10 09:00（团队当地时间）或 :now real。
console-time-out-of-range = Dealbell 的时间范围是公元 1 年到 9999 年；请在此范围内选择。
console-scheduler-failed = 调度器这一步失败了；请查看日志。
console-scheduled-posts = 定时帖子：{ $posts }。
console-not-utf8 = 这一行不是 UTF-8 文本（在第 { $at } 字节后有无法读取的字节），已跳过。
console-not-utf8-hint = 请把文件另存为 UTF-8 后重新运行。
console-help = 像在 Discord 中一样输入斜杠命令，例如 /win amount:12.5k customer:"Acme GmbH"
    指令：
      :as 名字 [manager]   以某人身份操作（manager = 经理角色）
      :now 2026-03-10 09:00   设置时钟（团队当地时间）；:now real 跟随真实时间
      :advance 2h|3d|30m   经历这段时间：每条帖子在各自的时间发出
      :down 8h             机器人停机这么久：跳过，然后运行一步（迟到或跳过的帖子）
      :tick                发布现在到期的内容
      :guild 名字          切换团队
      :channel 名字        切换频道
      :lang zh-CN|auto     用某种语言提问，就像手机设成该语言
      :quit
    命令：
console-help-attach = 这样附加文件：file:@path/to/file.csv

## The console: lines that do not parse
console-open-quote = 引号没有闭合。请在值后面加上闭合的 "，例如 customer:"Acme GmbH"。
console-not-a-command = 命令以 / 开头（如 /win），指令以 : 开头（如 :as alice）。输入 :help 了解更多。
console-empty-value = “{ $option }”没有值。请写成 { $option }:值。
console-not-an-option = “{ $word }”不是选项。选项写作 名称:值，例如 customer:"Acme GmbH"。
console-repeated-option = 选项 { $option } 重复给出。
console-quote-hint = 带空格的值要加引号：{ $option }:"{ $value }"

## Forecasts
forecast-title = 🔮 预测 — { $name } — { $period }
forecast-everyone = 全体
forecast-closed-won = 已赢单
forecast-commit = Commit（承诺）
forecast-best-case = Best case（最佳情况）
forecast-open-pipeline = 未结 pipeline
forecast-weighted = 加权 pipeline
forecast-run-rate = 按当前速度
forecast-no-business-day = —（还没有工作日）
forecast-blended = 综合预测
forecast-quota = 销售指标
forecast-quota-not-set = 未设置
forecast-projected-attainment = 预计达成率
forecast-coverage = pipeline 覆盖率
forecast-coverage-value = 剩余目标的 { $times } 倍
forecast-big-deal = 大额未结交易：#{ $number } { $customer } — { $amount } · { $category } { $probability }% · 预计 { $day } 成交
forecast-big-deal-of = 大额未结交易：#{ $number } { $customer } — { $amount } · { $category } { $probability }% · 预计 { $day } 成交 · { $owner }
forecast-slipping = 已延误：#{ $number } { $customer } — { $amount }，原定 { $day }；请用 /deal edit id:{ $number } close:… 更新
forecast-undated = 有 { $count } 笔未结交易没有预计成交日期，因此不计入任何期间。
forecast-left-out = 未计入：{ $other } 笔币种没有汇率的未结交易（/rates set），{ $no_amount } 笔没有金额的交易。
forecast-footer = { $period } · { $timezone } · 方法见 README

## /ask
ask-footer = 来自团队文档（/docs list）；匹配的词以粗体显示
ask-also-searched = 还搜索了：{ $words }
ask-not-sure = 🔎 不确定文档能回答这个问题
ask-no-document = 没有文档提到这些词。用 /docs list 查看现有文档。
ask-closest-passage = 最接近的段落，供参考：
ask-other-documents = 其他相近的文档：
ask-try-other-words = 换个说法试试，或请经理添加文档：/docs add
ask-about-own = 🔎 关于你的{ $topic ->
        [commission] 提成
       *[quota] 销售指标
    }
ask-cannot-work-out = 还无法计算你的{ $topic ->
        [commission] 提成
       *[quota] 销售指标
    }：{ $why }
ask-documents-say = 文档是这样说的：
ask-own-numbers = 这涉及你自己的数据，所以这里是 { $command }（只有你能看到）：

## Forecast accuracy
error-forecast-kept-for = 预测按月和按季度保存。
error-forecast-kept-for-hint = 请选择月份或季度：period:last_month、period:last_quarter、period:month。
error-forecast-none-kept = 没有保存 { $name } 在 { $period } 的预测。
error-forecast-none-kept-hint = Dealbell 运行时每天保存一次预测；等某个期间有了预测再来问（本期用 period:month）。
forecast-accuracy-title = 🎯 预测准确度 — { $name } — { $period }
forecast-closed-so-far = 目前已赢单
forecast-days-forecast = 有预测的天数
forecast-nothing-closed = 该期间没有赢单，因此无法以百分比给出误差。
forecast-method-error = { $method } 误差
forecast-closest = 平均最接近：{ $methods }（{ $days } 天的平均绝对误差）。
forecast-still-running = { $period } 尚未结束：误差是相对目前已赢单计算的。
forecast-accuracy-footer = { $timezone } · 方法见 README

## Forecast methods
forecast-method-commit = Commit
forecast-method-best_case = Best case
forecast-method-weighted = 已赢单 + 加权
forecast-method-run_rate = 按当前速度
forecast-method-blended = 综合

## /docs
error-docs-file-and-text = 请以文件或文本提供文档，不要同时提供。
error-docs-not-text = { $file } 不是 Markdown 或文本文件。
error-docs-not-text-hint = 请另存为 .md 或 .txt（UTF-8）；不读取 Word 和 PDF 文件。
error-docs-needs-title = 粘贴的文档需要标题。
error-docs-needs-title-hint = /docs add title:"折扣规则" text:"…"
error-docs-nothing = 请附上或粘贴一份文档。
error-docs-nothing-hint = /docs add file:playbook.md，或 /docs add title:"…" text:"…"
docs-added = 📄 文档 #{ $number } 已{ $replaced ->
        [yes] 替换
       *[no] 添加
    }：{ $title }
docs-added-line = { $passages } 个段落，语言 { $language }。/ask 从现在起会搜索它。
docs-list-title = 📚 文档（{ $count }）
docs-list-empty = 还没有。经理可以添加：/docs add file:playbook.md
docs-list-line = #{ $number } { $title } — { $passages } 个段落，{ $language }{ $sample ->
        [yes] {" "}· 示例
       *[no] {""}
    }
docs-list-footer = 提问：/ask question:… · 经理：/docs add、/docs remove
docs-removed = 🗑 文档 #{ $number } 已删除：{ $title }

## /rates
rates-set = 汇率已设置：自 { $day } 起 1 { $from } = { $number } { $team }
rates-was = 当天原来是 { $number }。
rates-converted = 此后以 { $from } 计的赢单会换算计入：{ $one } 等于 { $worth }。
rates-now-count = 有 { $count } 笔没有汇率的 { $from } 已赢或已输交易现在计入。
rates-closed-keep = { $day } 之前成交的交易保留其当月结账时的数字。
rates-list-title = 💱 兑换为 { $team } 的汇率
rates-list-empty = 还没有：其他币种的赢单按笔数计算，不计入 { $team } 收入。经理可用 /rates set rate:"EUR 4.30" 设置。
rates-list-line = 自 { $day } 起 1 { $from } = { $number } { $team }
rates-list-line-by = 自 { $day } 起 1 { $from } = { $number } { $team }（由 { $who } 设置）
rates-list-footer = 赢单按当天汇率计算；之后修改汇率不会改变已结束的月份。

## /privacy
error-privacy-nothing = Dealbell 没有保存任何关于 { $name } 的信息。
error-privacy-yourself = 你不能在这里删除自己的数据。
error-privacy-yourself-hint = 请另一位经理替你执行。
privacy-preview-title = 删除 { $name } 的数据？目前尚未做任何更改
privacy-preview-removed = 将删除：姓名、聊天 ID 和 CRM 名称（显示为“former member N”）、活动备注、提醒设置、提醒和待处理的上传，以及为撤销而保留的公告中的姓名和提及。
privacy-preview-kept = 以匿名名称保留：其交易（团队总数保持正确）、活动数量、销售指标和审计记录。已发布在 Discord 频道中的帖子归 Discord 管理，请在那里删除。
privacy-preview-go = 确认执行：/privacy forget user:@{ $name } confirm:true
privacy-done-title = 已删除 { $name } 的数据
privacy-done = 今后显示为“{ $shown_as }”：保留 { $deals } 笔交易，清除 { $notes } 条活动备注，匿名化 { $posts } 条公告。
privacy-done-recorded = 已记录你的名字和时间。如果此人回来，将作为新成员开始。

## /tv
error-tv-no-link-made = 暂时无法生成安全链接。请稍后再试。
tv-link-title = 📺 实时页面链接 #{ $number }
tv-link-anyone = 任何拥有此链接的人都无需登录即可打开页面：可放在办公室屏幕上，或分享给团队。它只显示团队频道中显示的内容。
tv-link-once = 链接只显示这一次。可用 /tv revoke link:{ $number } 永久关闭。
tv-not-served = 页面尚未对外提供：需要服务器管理员在 Dealbell 设置中配置 web.listen（和 web.public_url）。
tv-list-title = 📺 实时页面链接
tv-list-empty = 还没有。创建一个：/tv link metric:revenue period:month
tv-revoked-on = 已于 { $day } 撤销
tv-open-since = 自 { $day } 起有效
tv-list-footer = 链接地址只在创建时显示。
error-tv-no-link = 没有有效的实时页面链接 #{ $number }。
error-tv-no-link-hint = 用 /tv list 查看团队的链接。
tv-revoked-title = 📺 链接 #{ $number } 已撤销
tv-revoked-line = 用它打开的页面停止更新，该链接也不再能打开任何内容。

## /nudges and /away
nudges-on-title = 提醒已开启
nudges-on-line = 当一段时间没有记录或落后于进度时，Dealbell 会在团队的限制内提醒你。
nudges-off-title = 提醒已关闭
nudges-off-line = Dealbell 不会再提醒你。赢单、排行榜和竞赛不受影响；/nudges on 可恢复提醒。
nudges-status-title = 提醒
nudges-yours-off = 你的提醒已关闭（/nudges on 可重新开启）。
nudges-yours-on = 你的提醒已开启（/nudges off 可关闭）。
nudges-you-away = 你在 { $day } 之前不在。
nudges-nobody-out = 没有人关闭提醒或请假。
nudges-member-off-away = • { $name }：提醒已关闭，{ $day } 前不在
nudges-member-off = • { $name }：提醒已关闭
nudges-member-away = • { $name }：{ $day } 前不在
away-welcome-back = 欢迎回来
away-welcome-back-line = 提醒（如已开启）从今天起恢复。
error-away-until = 请说明你不在到哪一天。
error-away-until-hint = /away until:2026-03-20（你不在的最后一天），或提前回来时用 /away back:true。
error-away-passed = { $day } 已经过去了。
error-away-passed-hint = 请给出你不在的最后一天，今天或之后。
error-away-too-far = 那已超过一年。
error-away-too-far-hint = 请给出一年内的最后一天；回来后可以再次设置。
away-title = { $day } 前不在
away-line = 在此之前不会提醒，不在的几周也不会中断你的连胜。
away-back-early = 提前回来？/away back:true。

## /team
team-list-title = 团队
team-list-empty = 还没有团队。经理可以导入：/import kind:teams file:sales_teams.csv
team-in-none = 不在任何团队：{ $names }
team-linked-legend = ✓ = 已关联聊天用户。关联销售代表：/team link rep:"姓名" user:@对方
error-team-already-linked = { $rep } 已关联到 { $user }。关联会保留，以免任何人的历史被意外转移。
team-linked = 已将 { $rep } 关联到 { $user }
team-linked-deals = 现在有 { $deals } 笔交易在每个排行榜上计入此人。
error-team-exists = 已经有名为“{ $name }”的团队。
error-team-exists-hint = 用 /team list 查看团队；用 /team add 把销售代表加入团队。
team-created = 已创建团队“{ $name }”
team-created-line = 加入销售代表：/team add team:"{ $name }" rep:@…
error-team-which-rep = 请指明哪位销售代表。
error-team-which-rep-hint = 加上 rep:@某人，或用 rep:"姓名" 指定 CRM 中的销售代表。
team-added = { $rep } 现在在 { $team }
team-already-in = { $rep } 已经在 { $team }
team-added-line = 其赢单计入 { $team } 的排行榜、销售指标和竞赛。
error-team-not-in = { $rep } 不在 { $team }。
error-team-not-in-hint = 用 /team list 查看谁在哪个团队。
team-removed = { $rep } 已离开 { $team }
team-removed-line = 其交易仍归本人；不再计入该团队。
error-team-has-contest = { $team } 有竞赛，因此保留：竞赛的排名和结果会提到它。
error-team-has-contest-hint = 请改用 /team remove 移出其销售代表。
team-deleted = 已删除团队 { $team }
team-deleted-line = 其销售代表及其交易保留；他们现在只是不在任何团队（或仍在其他团队）。

## Forecast alerts
times = { $number } 倍
alert-rule-attainment = 预计未达标
alert-rule-slipped = 逾期交易
alert-rule-stale = 停滞交易
alert-rule-coverage = pipeline 不足
alert-rule-forecast-drop = 预测下降
alert-rule-large-deal = 大额交易
alert-watches-attainment = 周期剩余 { $days } 天或更少时，预计达成率低于 { $threshold }%
alert-watches-slipped-any = 未结交易已过预计成交日期
alert-watches-slipped = 未结交易超过预计成交日期 { $days } 天以上
alert-watches-stale = 未结交易已 { $days } 天未更新
alert-watches-coverage = 未结 pipeline 低于剩余指标的 { $times }
alert-watches-forecast-drop = 综合预测较前一天下降超过 { $threshold }%
alert-watches-large-deal = { $amount } 及以上的交易变更阶段、赢单或丢单
alert-dm-nudges = 向逾期和停滞交易的负责人发送私信提醒：{ $state }
alert-rules-title = 🚨 预警规则
alert-rules-footer = 修改规则：/alerts set rule:stale threshold:21 · 由 /schedule add kind:alerts 定时检查
alert-rule-changed = 🚨 预警规则 `{ $rule }` 已修改
alert-closed-with-rule = 该规则的 { $count } 条未处理预警已关闭。
alert-list-title = 🚨 未处理预警（{ $count }）
alert-list-empty = 没有未处理的预警。预警由定时任务检查：/schedule add kind:alerts cron:"daily 08:30"
alert-list-newest = 显示最新 { $shown } 条，共 { $count } 条；太多的话，用 /alerts set 提高规则的阈值。
alert-list-snoozed = {" "}· 💤 暂停至 { $day }
alert-list-line = `#{ $number }` { $rule } — { $finding } · 已发送 { $times } 次{ $snoozed }
alert-list-resolved = 今天已有 { $count } 条预警不再出现；下次检查时会关闭。
alert-list-footer = 数据截至今天 · 暂停提醒：/alerts snooze id:{ $number } days:7
alert-snoozed-title = 💤 预警 #{ $number } 暂停至 { $day }
alert-snoozed-how = 在此之前不会再提醒；之后若仍存在且比上次发送时更糟，会再次发送。
alert-who-team = 团队 { $name }
alert-deal = #{ $number } { $customer }（{ $owner }）— { $amount }
alert-deal-no-amount = 无金额
alert-found-attainment = { $who }：{ $period } 预计达成 { $percent }（{ $blended } / { $quota }），还剩 { $days } 天
alert-found-coverage = { $who }：{ $period } 剩余指标 { $left }，pipeline 覆盖 { $times }（规则：{ $rule }）
alert-found-forecast-drop = { $who }：{ $period } 的综合预测较上次快照下降 { $percent }（{ $before } → { $after }）
alert-found-slipped = { $deal }，预计 { $due } 成交，已逾期 { $days } 天
alert-found-stale = { $deal }，已 { $days } 天未更新
alert-found-large-deal = #{ $number } { $customer }（{ $owner }）{ $what } — { $amount }
alert-large-won = 🎉 赢单
alert-large-lost = 丢单
alert-large-lost-because = 丢单（{ $reason }）
alert-large-opened = 新建于 { $stage } 阶段
alert-large-moved = 从 { $from } 移到 { $to }
alert-post-title = 🚨 预测预警 — { $day }
alert-post-line =
    `#{ $number }` **{ $rule }**{ $why ->
        [worse] {" "}· 恶化
        [back] {" "}· 再次出现
       *[new] {""}
    } — { $finding }
alert-post-more-of = { $count } × { $rule }
alert-post-more = ……还有 { $count } 条：{ $rules }。用 /alerts list 查看全部。
alert-post-footer = { $period } · 暂停提醒：/alerts snooze id:… days:7 · 规则：/alerts rules
alert-nudge-title = 👋 { $rep }，交易 #{ $number } 需要更新
alert-nudge = { $rule }：请更新，让预测保持准确。
alert-nudge-how = 先 /deal show id:{ $number }，再 /deal edit id:{ $number } close:…，或 /deal stage、/deal won、/deal lost。

## Alert refusals
error-alert-dm-nudges-say = 请说明是否发送提醒。
error-alert-dm-nudges-say-hint = /alerts set rule:dm_nudges enabled:true
error-alert-dm-nudges-only = dm_nudges 只有开和关：请用 enabled。
error-alert-nothing-to-change = 没有要修改的内容。
error-alert-nothing-to-change-hint = 请加上 threshold、days 或 enabled，例如 /alerts set rule:{ $rule } threshold:…
error-alert-threshold-attainment = attainment 的阈值是指标的百分比，{ $min }–{ $max }。
error-alert-threshold-slipped = slipped 的阈值是宽限天数，{ $min }–{ $max }。
error-alert-threshold-stale = stale 的阈值是天数，{ $min }–{ $max }。
error-alert-threshold-coverage = coverage 的阈值是剩余指标的百分之几，{ $min }–{ $max }（200 = 2 倍）。
error-alert-threshold-forecast-drop = forecast_drop 的阈值是百分比，{ $min }–{ $max }。
error-alert-threshold-large-deal = large_deal 的阈值是团队货币的整数单位，{ $min }–{ $max }。
error-alert-days = attainment 的天数必须在 0–366 之间（周期剩余天数）。
error-alert-no-days = { $rule } 没有天数设置；只有 attainment 有。
error-alert-threshold-hint = 每个数字的含义见 /alerts rules。

## Schedules
moment = { $day } { $time } { $zone }
post-kind-leaderboard = 排行榜
post-kind-quota = 指标进度
post-kind-digest = 汇总
post-kind-forecast = 预测
post-kind-alerts = 预警
schedule-board-of = { $kind }（{ $metric }，{ $period }）
schedule-line = #{ $number } { $what }，发到 <#{ $channel }> — { $cron }
schedule-added = 已添加定时任务 #{ $number }
schedule-next = 接下来：{ $times }
schedule-next-one = 下次 { $time }
schedule-paused = 已暂停
schedule-last =
    上次 { $time }{ $late ->
        [yes] {" "}（迟发）
       *[no] {""}
    }：{ $status }
firing-claimed = 正在发布
firing-posted = 已发布
firing-skipped = 已跳过
firing-retrying = 正在重试
firing-failed = 失败
schedule-list-title = 定时任务
schedule-list-empty = 还没有。添加一个：/schedule add kind:leaderboard cron:"weekly monday 09:00" channel:#sales
schedule-preview-title = 定时任务 #{ $number }：接下来的五次发布
schedule-preview-paused = 它已暂停；恢复后会在这些时间发布。
schedule-paused-title = 定时任务 #{ $number } 已暂停
schedule-resumed-title = 定时任务 #{ $number } 已恢复
schedule-resumed-missed = 暂停期间错过的发布不会补发。
schedule-removed = 定时任务 #{ $number } 已删除
schedule-early =
    这些发布落在每{ $kind ->
        [week] 周
        [month] 月
        [quarter] 季度
       *[other] 年
    }的第一天，周期才刚开始：在有人赢单之前，每次都会显示上一{ $kind ->
        [week] 周
        [month] 个月
        [quarter] 个季度
       *[other] 年
    }的最终排名。想看上一周期的排行榜，用 period:last_{ $kind }。
schedule-sample = 如果现在发布：{ $title }
schedule-posted-late = ⏰ 迟发：原定于 { $time } 发布，当时 Dealbell 不在线。
error-schedule-unreadable = 无法把“{ $typed }”识别为定时规则。
error-schedule-unreadable-hint = 可以写 daily 17:30、weekdays 09:00、weekly monday 09:00、monthly 1 09:00，或五个 cron 字段，如 "0 9 * * MON"（分 时 日 月 星期）。
error-schedule-too-frequent = “{ $typed }”每小时会发布不止一次；定时任务最多每小时发布一次。
error-schedule-never = “{ $typed }”永远不会触发。
error-schedule-where = 请说明发到哪里。
error-schedule-where-hint = 加上 channel:#sales（预警也可以先用 /setup managers_channel:#… 设置经理频道）。
error-schedule-options = metric 只用于排行榜和汇总；period 用于这两者以及预测和预警。
error-schedule-alerts-period = 预警只关注当前月份或季度。
error-schedule-alerts-period-hint = 用 period:month 或 period:quarter。
error-schedule-already-paused = 定时任务 #{ $number } 已经暂停了。
error-schedule-already-running = 定时任务 #{ $number } 已经在运行。

## Announcements sent together, taken back, or not delivered
burst-title = 🔥 最近几分钟赢单 { $count } 笔
burst-undone = ~~{ $summary }~~（已撤销）
burst-footer = 合并公布：这个频道在 { $minutes } 分钟内有多笔赢单。
win-taken-back = ↩ 已撤销：这笔赢单已收回。
post-failed-schedule-title = 定时任务 #{ $number } 无法发布
post-failed-schedule = 原定 { $time } 发到 { $place } 的内容失败了 { $attempts } 次：{ $error }。
post-failed-schedule-how = 请确认 Dealbell 能在那里查看和发送消息，或者换个地方：先 /schedule remove，再 /schedule add。
post-failed-title = 有一条公告无法发布
post-failed = “{ $summary }”，在 { $place }：{ $error }。
post-failed-how = 请确认 Dealbell 能在那里查看和发送消息（用 /setup wins_channel:… 换频道）。
post-failed-direct = { $user } 的私信

## Leaderboard: where one more deal takes you
error-board-to-needs-from = 用 to 时也要写 from。
error-board-to-needs-from-hint = 写成 from:2026-01-01 to:2026-03-31。
board-not-on-yet-first-win = 你还不在这个排行榜上：第一笔赢单就会让你上榜。
board-one-more-average-of = 再赢一笔你的平均金额（{ $amount }）的交易
board-one-more-average = 再赢一笔你的平均金额的交易
board-one-more = 再赢一笔交易
board-one-more-passes = { $deal }，你就会升到第 { $rank } 名，超过 { $names }。
board-one-more-short = { $deal }，你仍是第 { $rank } 名 — 离第 { $place } 名 { $names } 还差 { $gap }。
board-one-more-keeps = { $deal }，你仍是第 { $rank } 名。

## Quota refusals
error-quota-whose = 请说明是谁的销售指标。
error-quota-whose-hint = 加上 rep:@某人、team:"团队名" 或 everyone:true。
error-quota-currency = 销售指标使用团队货币 { $currency }。
error-quota-currency-hint = 请用 { $currency } 填写金额（或用 /setup 更改团队货币）。
error-quota-period-over = { $period } 已经结束。
error-quota-period-over-hint = 请为当前或未来的周期设置指标（starting:2026-04-01）。

## Buttons: undo and import previews
error-undo-already = 这个更改已经撤销了。
error-undo-too-old = 这个更改已超过 { $minutes } 分钟，不能再一键撤销。
error-undo-too-old-hint = 请用 /deal edit、/deal stage 或 /deal lost 更正。
error-preview-settled = 这次导入已经应用或取消了。
error-preview-too-old = 这个预览太旧了，无法应用；数据可能已经变化。
error-preview-too-old-hint = 请重新运行导入。
import-cancelled = 导入已取消
import-cancelled-nothing = 没有任何更改。

## Activities
error-activity-kind = “{ $kind }”不是我记录的活动类型。
error-activity-kind-hint = 可用 call、email、meeting、demo 或 proposal。
error-activity-already-removed = 活动 #{ $number } 已经删除了。
activity-list-title = { $rep } 记录的活动
activity-list-empty = 还没有。记录一条：/activity log kind:call count:5
activity-list-footer = 记错了？/activity remove id:…（或刚记完时用 /deal undo）
activity-removed =
    { $how ->
        [undone] 已撤销
       *[removed] 已删除
    }：{ $rep } 在 { $day } 记录的 { $activities }
activity-removed-counts = 它不再计入任何排行榜。

## Deals: fields, changes, history and refusals
deal-field-stage = 阶段
deal-field-amount = 金额
deal-field-customer = 客户
deal-field-product = 产品
deal-field-expected-close = 预计成交日期
deal-field-closed-on = 成交日期
deal-field-won-on = 赢单日期
deal-field-lost-on = 丢单日期
deal-field-lost-reason = 丢单原因
deal-field-note = 备注
deal-field-owner = 负责人
deal-field-forecast-category = 预测类别
deal-action-create = 新建
deal-action-stage = 阶段变更
deal-action-won = 赢单
deal-action-lost = 丢单
deal-action-edit = 编辑
deal-action-forecast = 预测类别
deal-action-import = 导入
deal-action-convert = 货币换算
deal-action-undo = 撤销
deal-change = { $field }：{ $from } → { $to }
deal-change-removed = 已删除
deal-change-owner = 负责人已变更
deal-history-amount-hidden = 金额已隐藏
deal-category-follows-stage = 跟随阶段
deal-history-title = 交易 #{ $number } 的历史
deal-history-someone = 某人
deal-history-no-change = 交易显示的内容没有变化
deal-history-line =
    { $day } { $time } { $actor }：{ $action }{ $undone ->
        [yes] {" "}（已撤销）
       *[no] {""}
    }：{ $changes }
deal-forecast-from-stage = { $category }（按阶段）
deal-forecast-now = 交易 #{ $number } 现在的预测类别：{ $category }
error-deal-add-closed-stage = { $stage } 会结束交易；/deal add 用于未结交易。
error-deal-add-closed-stage-hint = 用 /win amount:… customer:… 记录赢单。
error-deal-edit-nothing = 没有要修改的内容。
error-deal-edit-nothing-hint = 请说明要改什么，例如 /deal edit id:{ $number } amount:15k close:eoq
error-deal-edit-same = 交易 #{ $number } 已经是这些信息了。
error-deal-forecast-closed = 交易 #{ $number } 已结束；预测只针对未结交易。
error-deal-forecast-same = 交易 #{ $number } 已经在这个类别了。
error-deal-not-yours = 交易 #{ $number } 属于 { $owner } 的未结 pipeline；只有本人和经理能查看。
error-deal-not-yours-hint = 你自己的交易：/deal list
error-undo-changed-since = 交易 #{ $number } 在你的{ $action }之后又被改过，撤销会覆盖别人的修改。
error-undo-changed-since-hint = 用 /deal show id:{ $number } 查看，再用 /deal edit 更正。
error-deal-conflict = 交易 #{ $number } 刚被别人修改，所以没有保存任何内容。
error-deal-conflict-hint = 用 /deal show id:{ $number } 再看一下，然后重试。
error-deal-already-won = 交易 #{ $number } 已经赢单了。
error-deal-already-lost = 交易 #{ $number } 已经丢单了。
error-deal-same-stage = 交易 #{ $number } 已经在 { $stage } 阶段了。
error-deal-no-amount = 交易 #{ $number } 还没有金额，不能标记为赢单。
error-deal-no-amount-hint = 加上金额：/deal won id:{ $number } amount:12500
error-deal-close-through-stage = 用 /deal won 或 /deal lost 结束交易；/deal stage 只在未结阶段之间移动。
error-deal-close-in-future = { $date } 还没到；交易只能在已到来的日期成交。
error-deal-close-too-old = { $date } 已超过 { $days } 天；更早的日期需要经理来填。
error-text-empty = 不能为空。
error-text-too-long = 太长了（{ $count } 个字符）；请控制在 { $most } 以内。
error-period-unknown = 不认识周期“{ $typed }”。
error-period-unknown-hint = 可用 week、month、quarter 或 year，加 last_ 表示上一个（last_month）。
error-period-backwards = 周期的结束早于开始（{ $from } 至 { $to }）。
error-period-too-long = 这个周期超过五年；请选更短的范围。
error-days-off-too-many = 每个团队最多设置 { $most } 个自己的休息日。

## Commission plan in words
comp-plan-period =
    佣金按{ $period ->
        [month] 月
        [quarter] 季度
       *[year] 年
    }计算，基于以 { $currency } 计的赢单收入。
comp-plan-on-target =
    目标佣金：每{ $period ->
        [month] 月
        [quarter] 季度
       *[year] 年
    } { $amount }（达成 100% 指标时）；目标费率 = 该金额 ÷ 你的指标。
comp-plan-flat = 所有赢单收入按 { $rate } 计佣。
comp-plan-tiers-retroactive = 按指标达成率分档；达到某档后，本周期全部收入都按该档费率计算：
comp-plan-tiers-marginal = 按指标达成率分档；每段收入按其所在档的费率计算：
comp-plan-tier = • { $range }：{ $rate }
comp-plan-tier-above = { $from } 以上
comp-plan-tier-edge = 每档从其下限之上开始：恰好 { $edge } 的达成按 { $tier } 档的费率计算。
comp-plan-threshold = 个人指标达成低于 { $threshold } 时不发佣金；SPIFF 另计。
comp-plan-threshold-split = 个人指标达成低于 { $threshold } 时不发佣金，个人部分和团队部分都不发；SPIFF 另计。
comp-plan-split = { $own }% 按你个人的达成率计算，{ $team }% 按团队的达成率计算。
comp-plan-cap =
    佣金每{ $period ->
        [month] 月
        [quarter] 季度
       *[year] 年
    }封顶 { $amount }（SPIFF 另计）。
comp-plan-spiff-product-from = 每笔 { $amount } 及以上的 { $product } 赢单
comp-plan-spiff-product = 每笔 { $product } 赢单
comp-plan-spiff-from = 每笔 { $amount } 及以上的赢单
comp-plan-spiff-any = 每笔赢单
comp-plan-spiff = SPIFF“{ $name }”：{ $what }奖励 { $bonus }，赢单日期 { $from } 至 { $to }。
comp-plan-clawback = 赢单后 { $days } 天内被标为丢单的，佣金会被追回（按当时支付的费率）。
comp-plan-rounding =
    金额在每行末尾{ $rounding ->
        [half_even] 按四舍六入五成双
        [down] 向下
       *[half_up] 按四舍五入
    }取整到分（最小单位），只取整一次。
comp-plan-title = 💶 佣金方案 — { $name }（版本 { $version }）
comp-plan-footer = 你自己的数字：/comp estimate · 有问题：/ask
comp-plan-loaded = 💶 方案已加载 — { $name }（版本 { $version }）
comp-plan-loaded-footer = 销售代表用 /comp plan 查看方案，用 /comp estimate 查看自己的数字
error-comp-plan-on-file = 已保存的方案无法再读取：{ $error }。
error-comp-plan-on-file-hint = 经理可以修正后重新加载：/comp plan file:…
error-comp-no-plan = 还没有加载佣金方案。
error-comp-no-plan-hint = 经理用 /comp plan file:plan.toml 加载（每个字段的说明见 config/comp_plan.example.toml）。
error-comp-file-and-text = 方案请用 file 或 text 提供，不要同时用两者。
error-comp-plan-unusable = 这个方案无法使用：{ $error }。
error-comp-plan-unusable-hint = 修正后重新加载；没有做任何更改。每个字段的说明见 config/comp_plan.example.toml。
error-comp-plan-one-line-hint = 方案每行一个设置：请附上 .toml 文件，或在行与行之间写 \n。没有做任何更改。
error-comp-plan-currency = 方案以 { $plan } 支付，但团队以 { $team } 计算收入。
error-comp-plan-currency-hint = 请用 { $team } 编写方案（或用 /setup 更改团队货币）。
error-comp-no-quota = 方案按指标达成率计佣，而 { $rep } 在 { $period } 没有指标。
error-comp-no-quota-hint = 由经理设置：/quota set rep:@… amount:… period:quarter
error-comp-plan-period =
    方案按{ $period ->
        [month] 月
        [quarter] 季度
       *[year] 年
    }计算佣金。
error-comp-plan-period-hint = 请用 period:{ $period } 或 period:last_{ $period }。
error-comp-amount-currency = 方案以 { $currency } 支付。
error-comp-amount-currency-hint = 请用 { $currency } 填写金额。

## Imports: the report, skipped rows and unreadable files
import-title = 已导入 { $file }
import-rows-read = 读取行数
import-created = 新建
import-updated = 已更新
import-unchanged = 未变化
import-skipped = 已跳过
import-won-in-file = 文件中的赢单
import-won =
    { $count ->
       *[other] { $grouped } 笔
    }，{ $amount }
import-format-maven = 格式：CRM 的 pipeline 导出（opportunity_id、sales_agent 等；美式日期）。
import-format-dealbell = 格式：Dealbell 列（external_id、rep、customer 等）。
import-read-as =
    按 { $encoding } 文本读取，列以{ $separator ->
        [comma] 逗号
        [semicolon] 分号
        [tab] 制表符
       *[other] { $separator }
    }分隔。
import-reps-created = 新增销售代表 { $count } 人；在经理关联账号之前，交易归他们所有：/team link rep:"姓名" user:@对方
import-without-account =
    { $count ->
       *[other] { $grouped } 行
    }没有客户账户；已用客户“{ $customer }”导入。
import-product-variants = 相似的产品名称已分开保留：{ $names }。如果是同一产品，请在 CRM 中统一拼写。
import-skipped-line = 跳过第 { $line } 行：{ $why }
import-more-skipped = ……另有 { $count } 行被跳过。
import-row-empty = { $column } 为空
import-row-too-long = { $column } 太长（{ $count } 个字符；最多 { $most }）
import-row-unknown-stage = 阶段“{ $stage }”既不是团队的阶段，也不在 import.stage_map 中
import-row-stage-maps-nowhere = 阶段“{ $stage }”映射到“{ $key }”，但那不是一个阶段
import-row-not-a-date = { $column }“{ $text }”不是日期（{ $form }）
import-row-not-whole = close_value“{ $text }”不是整数金额
import-row-currency = 货币“{ $code }”不是 ISO 4217 代码
import-row-amount = amount：{ $why }
import-row-closed-without-date =
    { $outcome ->
        [won] 赢单
       *[lost] 丢单
    }需要成交日期
import-row-won-without-value = 赢单的金额必须大于零
import-row-repeats-id = 与第 { $first } 行的 id { $id } 重复
import-preview-title = { $file } 会修改 { $count } 笔已有交易
import-preview-also = 还会新建 { $created } 笔，{ $unchanged } 笔保持不变（跳过 { $skipped } 行）。
import-preview-overwrites = 更改会覆盖已保存的内容，包括上次导入后在聊天中做的更正；每次更改都有记录。
import-preview-within = 请在 { $minutes } 分钟内应用或取消。
import-teams-title = 已从 { $file } 导入团队
import-teams-created = 新建团队
import-people-created = 新建人员
import-memberships-added = 新增成员关系
import-teams-named-by = 团队按 { $column } 列命名。{ $read_as }
import-teams-how = 用 /team list 查看；用 /team link 把销售代表关联到聊天用户。
error-import-not-csv = { $file } 不是 CSV 文件。
error-import-not-csv-hint = 请从 CRM 导出 CSV（UTF-8）报表，并附上 .csv 文件。
error-import-currency = “{ $code }”不是 ISO 4217 货币代码（EUR、USD、PLN…）。
error-import-not-text = 这个文件不是可读的文本（不是有效的 { $encoding }）。
error-import-not-text-hint = 请导出为 CSV（UTF-8）后重试。
error-import-duplicate-column = 列“{ $name }”出现了两次（第 { $first } 和第 { $second } 列），无法确定读哪一列。
error-import-duplicate-column-hint = 删除或重命名其中一列后重试。
error-import-unclosed-quote = 第 { $line } 行的引号没有闭合，其后的 { $swallowed } 行会被当作一个字段读取（文件似乎有 { $rows } 行）。
error-import-unclosed-quote-hint = 请闭合引号，或删除多余的 "，然后重试。
error-import-empty = 文件是空的。
error-import-unknown-columns = 无法识别这些列：{ $found }。
error-import-unknown-columns-hint = 请使用 CRM 导出的列（{ $crm }）或 Dealbell 的列（{ $dealbell }；可选：{ $optional }）。
error-import-no-team-column = 文件没有用来命名团队的 { $column } 列（现有列：{ $found }）。
error-import-no-team-column-hint = 用 team_by:manager、team_by:office 或 team_by:team 换一列。
error-import-malformed = CSV 在第 { $line } 行附近无法读取：{ $error }
error-import-unreadable = 文件无法完整读取（{ $error }）。
error-import-unreadable-hint = 请确认文件仍在且可读，然后重试。

## Scheduled posts in the console, exports, documents, Discord's own notes
firing-outcome-posted = 已发布
firing-outcome-queued = 排队中
firing-outcome-late = 迟发
firing-outcome-quiet = 无新内容
firing-outcome-skipped = 已跳过
firing-outcome-retrying = 重试中
firing-outcome-failed = 失败
export-title = 📎 导出：{ $count } 行
export-deals-format = UTF-8 CSV，与导入格式相同：`dealbell import deals` 可以读回。
export-values-format = UTF-8 CSV：数值以最小单位、计数或基点表示，旁边附有文字。
error-export-quota-period = 销售指标按月、季度或财年设置。
error-export-quota-period-hint = 用 period:month、period:quarter 或 period:year。
error-document-empty = 文档是空的。
discord-could-not-post =
    无法在 { $channel } 发布：{ $error }。{ $retry ->
        [yes] 我会在几分钟后重试。
       *[no] {""}
    }请确认我能在那里查看和发送消息。
discord-restarting = Dealbell 正在重启
discord-restarting-how = 请一分钟后再试。

## The live page's own words
tv-page-leaderboard = 排行榜
tv-page-empty = 排行榜上还没有人：第一笔赢单就会领先。
tv-page-duels = 对决
tv-page-latest-wins = 最新赢单
tv-page-new-win = 新赢单
tv-page-live = 实时

## Why a commission plan cannot be used
plan-problem-at-line = 第 { $line } 行：{ $problem }
plan-problem-toml = { $text }
plan-problem-currency = 货币“{ $code }”不是 EUR、USD 这样的 ISO 4217 代码
plan-problem-name-empty = name 不能为空
plan-problem-version-empty = version 不能为空（估算会引用它）
plan-problem-not-one-of = { $field }“{ $typed }”必须是以下之一：{ $choices }
plan-problem-not-positive = { $field } 必须是以 { $currency } 计的正数金额
plan-problem-on-target = on_target_commission 必须是以 { $currency } 计的正数金额，例如 20000
plan-problem-spiff-bonus = SPIFF 的 bonus 必须是以 { $currency } 计的正数金额
plan-problem-multiple-needs-on-target = 以倍数（1.5x）写的费率需要 on_target_commission
plan-problem-threshold = threshold 必须是大于 0% 的指标百分比（"50%"）
plan-problem-clawback-days = clawback 的 days 必须在 1 到 730 之间
plan-problem-base-rate-and-tiers = base_rate 和 tiers 只能用其一
plan-problem-base-rate = base_rate 必须是 0% 到 100% 之间的百分比
plan-problem-pays-nothing = 这个方案不支付任何佣金：请加上 base_rate、tiers 或 on_target_commission
plan-problem-tier-from = 每档的 from 必须是 0 或以上的指标百分比（"50%"）
plan-problem-tier-to-below-from = 每档的 to 必须大于其 from
plan-problem-tier-to = 每档的 to 必须是指标百分比（"100%"）
plan-problem-tier-rate-negative = 每档的 rate 不能为负
plan-problem-tier-rate-over-100 = 每档的 rate 最多为收入的 100%
plan-problem-tier-rate = 每档的 rate 必须是百分比（"8%"）或倍数（"1.5x"）
plan-problem-first-tier-not-at-zero = 第一档必须从 0% 开始
plan-problem-only-last-tier-open = 只有最后一档可以省略 to
plan-problem-tiers-overlap = 档位重叠：这一档从 { $starts } 开始，但上一档到 { $ends } 才结束
plan-problem-tiers-gap = 档位之间从 { $from } 到 { $to } 有空缺
plan-problem-last-tier-closed = 最后一档必须省略 to（没有上限）
plan-problem-split = split 的 individual 和 team 必须是整数百分比，合计 100%（75% 和 25%）
plan-problem-spiff-dates = SPIFF 需要 from 和 to 日期（2026-03-01）
plan-problem-spiff-dates-backwards = SPIFF 的 to 日期早于 from 日期
plan-problem-spiff-target = SPIFF 需要 product、min_amount 或两者（否则就是每笔交易都有的奖金）

## The terminal: start-up, the console's banner and the shell's commands
shell-line = 第 { $line } 行：{ $text }
shell-lines-failed = { $count } 行失败。
shell-console-banner = Dealbell 控制台 — 输入 /help 查看命令，:help 查看控制台指令，:quit 退出。
shell-no-token-console = 没有设置 Discord 令牌，所以现在运行的是本地控制台。要连接 Discord，请设置 DISCORD_TOKEN 并运行 `dealbell run`（见 README）。
shell-no-token-help = Dealbell 需要 Discord 机器人令牌才能在 Discord 上运行。
      1. 在 https://discord.com/developers/applications 创建应用，添加机器人（Bot），复制它的令牌。
      2. export DISCORD_TOKEN=...（或在配置文件中设置 discord.token_file）
      3. 邀请机器人：{ $invite }
      4. dealbell run
    在此之前，`dealbell console` 可以在本地运行所有命令。
shell-live-page = 实时页面在 { $address } 上运行 — 用 /tv link 生成链接
shell-demo-ready = 演示团队已就绪：{ $seconds } 秒内重放了 { $commands } 条命令（{ $wins } 笔赢单）。试试 /leaderboard 或 /leaderboard metric:deals period:quarter
shell-no-runtime = 无法启动异步运行时：{ $why }
shell-not-a-time = “{ $text }”不是时间；请写成 2026-03-10 09:00（UTC）或 2026-03-10T09:00:00+01:00
shell-time-out-of-range = “{ $text }”超出了 Dealbell 支持的 1 到 9999 年
shell-loading-settings = 加载设置
shell-opening-database = 打开数据库
shell-opening = 打开 { $what }
shell-reading = 读取 { $path }
shell-writing = 写入 { $path }
shell-settings-valid = 设置有效
shell-indexed = { $file } 已在 { $ms } 毫秒内建立索引
shell-import-took = 导入用时 { $ms } 毫秒
shell-cause = 原因：{ $cause }
shell-export-no-file = /export 的回复没有附带文件
shell-rows-written = 已将 { $rows } 行写入 { $path }。
shell-not-a-currency = “{ $code }”不是 ISO 4217 货币代码（如 EUR、USD 或 PLN）
shell-backtest-read = 读取交易：{ $deals }；产品价格：{ $prices }（来自 { $path }）；跟进中交易的概率：{ $probability } %；因缺少历史而略去的月份：{ $skipped }。
shell-none = 无
shell-invite-replace = 请把 YOUR_APPLICATION_ID 换成你的应用 ID（或设置 DISCORD_TOKEN，或传入 --app-id）。
shell-progress-reading = 正在读取文件
shell-progress = { $done }/{ $total } 行 · { $rate } · 剩余 { $left }
shell-backing-up = 备份
shell-backed-up = 已在 { $ms } 毫秒内备份到 { $path }。
shell-restore-not-a-file = restore 用备份文件替换 SQLite 数据库文件（--db 路径）；PostgreSQL 数据库请用其服务器的工具（pg_restore）恢复。
shell-restoring = 恢复
shell-restored = 已从 { $backup } 恢复 { $database }。
shell-restore-kept = 原来的数据库保留为 { $path }。
shell-from-not-sqlite = --from 指定要复制的 SQLite 数据库：路径或 sqlite://路径
shell-to-not-postgres = --to 指定要填充的 PostgreSQL 数据库：postgres://user@host/database
shell-no-database-at = { $path } 处没有数据库
shell-copied = 已将 { $teams } 个团队复制到 { $target }：
shell-copied-rows = { $rows ->
       *[other] 行
    }
shell-copy-checked = 已按团队和表核对 { $checks } 项行数与金额合计：全部一致。
shell-use-postgres-now = 从现在起，请在运行 Dealbell 时把 DEALBELL_DATABASE_URL 设为 PostgreSQL 的 URL。

## When Discord will not take the bot (printed at start)
shell-discord-bad-token = Discord 拒绝了机器人令牌（401 Unauthorized）。请从应用的 Bot 页面重新复制令牌并设置 DISCORD_TOKEN。
shell-discord-unreachable = 无法连接 { $origin } 上的 Discord API：{ $reason }。请检查 DEALBELL_DISCORD_API_URL 和网络；不会改用其他地址。
shell-discord-closed = Discord 关闭了连接：{ $why }
shell-refusal-token = Discord 网关拒绝了机器人令牌（关闭码 4004）。请从应用的 Bot 页面重新复制令牌并设置 DISCORD_TOKEN。
shell-refusal-invalid-shard = Discord 网关拒绝了分片 { $shard }/{ $total }（关闭码 4010，分片无效）。请检查 --shards 和 --shard-total（discord.shards 和 discord.shard_total）：每个分片编号都必须小于总数，所有进程必须使用相同的总数。
shell-refusal-sharding-required = Discord 要求把这个机器人分到更多分片上（关闭码 4011，需要分片）：对 { $total } 个分片来说，它所在的服务器太多了。请调高 --shard-total（Discord 在 GET /gateway/bot 给出建议数量），并把分片分配到各个进程。
shell-refusal-api-version = Discord 网关不再支持此版本 Dealbell 使用的 API 版本（关闭码 4012）。请更新 Dealbell。
shell-refusal-invalid-intents = Discord 网关不认识 Dealbell 请求的 intents（关闭码 4013）。这是 Dealbell 的缺陷，请报告。
shell-refusal-disallowed-intents = Discord 拒绝了特权 intent（关闭码 4014）。Dealbell 只需要 Guilds intent；如果你改过这一点，请在 Developer Portal 的 Bot 页面启用该 intent。

## Settings that cannot be used (config/dealbell.toml and the environment)
config-read = 无法读取设置文件 { $path }：{ $why }
config-syntax = 设置文件 { $path } 不是有效的 TOML：{ $why }
config-timezone = team.timezone “{ $value }”不是 IANA 时区（如 Asia/Shanghai）
config-currency = team.currency “{ $value }”不是 ISO 4217 代码（如 CNY）
config-fiscal-year = team.fiscal_year_start 必须是月份，1–12
config-between = { $key } 必须在 { $min } 到 { $max } 之间{ $upper ->
        [week] （一周）
        [two-weeks] （两周）
        [ten-years] （十年）
       *[none] {""}
    }
config-competition = competition：burst_posts 必须为 1–1000，burst_minutes 为 1–1440，burst_hold_minutes 为 0–1440
config-forecast = forecast：best_case_at 不能高于 commit_at，且两者都不超过 100
config-alert-threshold = alerts：{ $rule } 的阈值必须为 { $min }–{ $max }
config-alert-days = alerts：attainment_days_left 必须为 0–366
config-alert-no-days = alerts：{ $rule } 没有天数设置
config-alerts-period = alerts.period 必须是 month 或 quarter
config-stages-incomplete = stages：pipeline 至少需要一个进行中阶段、一个赢单阶段和一个输单阶段
config-stage-twice = stages：阶段“{ $stage }”出现了两次
config-stage-probability = stages：阶段“{ $stage }”的概率是 { $probability }；必须为 0–100
config-stage-key = stages：阶段键“{ $stage }”只能包含小写字母、数字或 _
config-stage-map = import.stage_map 把“{ $crm }”映射到“{ $key }”，但它不是阶段键
config-posts-per-second = discord.posts_per_second 是 { $value }：请填 1 到 50 之间的数（Discord 允许一个机器人的所有进程合计每秒 50 个请求）
config-web-listen = web.listen “{ $value }”不是地址加端口（如 127.0.0.1:8080）
config-web-public-url = web.public_url “{ $value }”必须以 https://（或 http://）开头
config-web-requests = web.requests_per_minute 至少为 1
config-nudge-time = nudges：{ $name } “{ $value }”不是 HH:MM 格式的时间
config-weekend = team.weekend “{ $value }”必须是以下之一：{ $choices }
config-country = team.country “{ $value }”：Dealbell 只有这些国家的公共假日：{ $codes }
config-day-off = team.days_off：“{ $value }”不是 YYYY-MM-DD 格式的日期
config-shards = 分片“{ $range }”/{ $total }：{ $why }（写成 0-3，总数如 8）
config-shards-not-numbers = 不是分片编号
config-shards-no-total = 缺少分片总数
config-shards-backwards = 范围是倒着写的
config-shards-beyond-total = 分片编号从 0 到总数减一
config-database-scheme = Dealbell 不支持数据库协议 { $scheme }://；请使用 SQLite 文件（写成路径 data/dealbell.db 或 sqlite://data/dealbell.db），或 PostgreSQL 服务器（写成 postgres://user@host/database）
config-dev-guild = dev guild “{ $value }”必须是服务器 ID（一个数字）
config-api-origin = Discord API 源“{ $value }”必须形如 https://host 或 http://127.0.0.1:7777（不带路径）

## The settings as check-config prints them
summary-read-from = 来源
summary-built-in = 内置默认值
summary-database = 数据库
summary-backup = 夜间备份
summary-backup-off = 关闭（schedules.backup_folder）
summary-backup-postgres = 已设置，但不会执行：数据库是 PostgreSQL，Dealbell 无法把它的数据复制成文件。请用 pg_dump 备份（并取消 schedules.backup_folder）
summary-backup-on = 从 UTC { $hour } 起备份到 { $folder }，保留最近 { $keep } 份
summary-team-defaults = 团队默认值
summary-team-defaults-value = 时区 { $timezone }，货币 { $currency }，财年从 { $month } 月开始，周末 { $weekend }，公共假日 { $country }，其他休息日 { $days } 天
summary-no-country = 无国家
summary-undo = 撤销时限
summary-minutes = { $minutes } 分钟
summary-board-rows = 排行榜行数
summary-live-page = 实时页面
summary-live-on = 在 { $address } 上运行，链接以 { $origin } 开头
summary-live-off = 关闭（web.listen）
summary-bursts = 赢单高峰
summary-bursts-value = { $minutes } 分钟内超过 { $posts } 条时，等待 { $hold } 分钟后合并为一条发出
summary-nudges = 提醒
summary-nudges-value = 每位销售代表每天最多 { $day } 条、每周最多 { $week } 条，{ $from }–{ $until } 静默{ $weekends ->
        [yes] ，周末也静默
       *[no] {""}
    }，连续 { $days } 个工作日无动静后提醒
summary-stages = 阶段
summary-token = Discord 令牌
summary-token-unset = 未设置（改为运行控制台）
summary-token-set = 已设置（隐藏）
summary-dev-guild = 开发服务器
summary-api-origin = Discord API 源

## A chart with nobody on it, and a subject chosen twice
chart-board-empty = 排行榜上还没有人
error-subject-one = 请只选一个：rep、team 或 everyone。

## The database, as the shell reports it (opening, backups, restores, migrate-db)
shell-store-not-dealbell = { $database } 不是 Dealbell 数据库：{ $why ->
        [other-tables] 它包含其他表（{ $detail }）
       *[not-sqlite] 它不是 SQLite 数据库（{ $detail }）
    }。没有做任何改动；请让 --db（或 DEALBELL_DATABASE_URL）指向 Dealbell 数据库或一个新的空数据库。
shell-store-newer = { $database } 是由更新版本的 Dealbell 写入的（架构版本 { $version }）；此版本无法安全读取。没有做任何改动；请运行更新的 Dealbell，或恢复备份。
shell-store-cannot-write = 数据库无法写入：{ $why ->
        [disk-full] 磁盘已满
       *[read-only] 它是只读的
    }。没有保存任何内容。
shell-store-folder = 无法创建数据库文件夹 { $path }：{ $why }
shell-store-lock = 检查数据库时无法锁定 { $path }：{ $why }
shell-backup-postgres = PostgreSQL 数据库请用服务器自己的工具备份（pg_dump 或主机快照），而不是用 Dealbell
shell-backup-exists = { $path } 已存在；请指定一个新文件
shell-backup-not-a-file = { $path } 不是文件
shell-backup-empty = { $path } 是空的
shell-backup-failed = { $step ->
        [sync] 把备份写入磁盘时
        [keep-current] 保留当前数据库时
       *[copy-in] 放入备份时
    }：{ $why }
shell-copy-wrong-way = migrate-db 只能从 SQLite 数据库复制到 PostgreSQL 数据库
shell-copy-not-empty = 目标数据库不是空的（{ $table } 有 { $rows } 行）；migrate-db 只填充空数据库，以免覆盖或混入已有数据。请让 --to 指向一个新数据库
shell-copy-mismatch = 副本与原始数据不一致（{ $detail }）；没有向目标写入任何内容

## The live page's plain answers (in the browser's language), and serving it
web-not-found = 未找到
web-too-many-requests = 来自此地址的请求太多；请一分钟后再试。
shell-live-page-cannot-serve = 无法在 { $address } 上提供实时页面（web.listen）：{ $why }

## The backtest's table (dealbell backtest)
backtest-month = 月份
backtest-won = 赢单（{ $currency }）
backtest-weighted = 加权 pipeline
backtest-error = 误差
backtest-win-rate = pipeline × 赢单率
backtest-last-month = 上月
backtest-expected = 预期交易数
backtest-cycle = 周期中位数（天）
backtest-mean-absolute = 平均绝对误差
backtest-mean-signed = 平均有符号误差（偏差）

## Discord's interaction that cannot be read as a command
discord-not-in-server = Dealbell 只在服务器中工作，不支持私信。
discord-file-too-large = { $file } 有 { $size } 字节；上限是 { $limit }。请把文件拆开，分几次发送。
discord-download-failed = 无法下载 { $file }：{ $why }
discord-download-missing = Discord 没有发送 { $file }；请重新附上它。
discord-rep-twice = 销售只需指定一次：{ $option }（聊天用户）或 { $option }_name（名字），不要两个都填。

## Nothing to undo
error-nothing-to-undo = 过去 { $minutes } 分钟内你没有可撤销的更改。
error-nothing-to-undo-hint = 更早的更改可以用 /deal edit、/deal stage、/deal lost 或 /activity remove 修正。

## Why a post could not be delivered
post-error-bad-destination = { $place } 不是我能发帖的地方
post-error-refused = Discord 拒绝了这条帖子：{ $why }

## Names Dealbell gives data: a forgotten member, a CRM deal without an account
privacy-former-member = 前成员 { $number }
crm-no-account = （无客户）
shell-discord-wrong-gateway = serenity 选择了网关 { $chosen }，而不是 { $expected }

## The command line's help (dealbell --help): each command and option
cli = 面向销售团队的聊天机器人：记录赢单、排行榜、销售指标等。
cli--config = 设置文件（默认：存在时为 config/dealbell.toml）
cli--db = 数据库：SQLite 文件或 postgres://user@host/db（默认：data/dealbell.db 或 DEALBELL_DATABASE_URL）
cli--memory = 使用临时数据库，退出时删除
cli--now = 把时钟固定在这个 UTC 时间（“2026-03-10 09:00”或 RFC 3339），不跟随真实时间：用于测试、演示和重放
cli--lang = Dealbell 在此输出所用的语言（默认：终端的 locale，即 LC_ALL 或 LANG）；控制台也用它提问，就像设成该语言的手机
cli-run = 启动 Discord 机器人（需要 DISCORD_TOKEN）
cli-run--shards = 只运行这些网关分片，写作 0-3（配合 --shard-total）；多个进程各管一段，共用数据库
cli-run--shard_total = 所有进程合计的分片总数
cli-console = 终端里的本地团队频道：所有命令，无需 Discord
cli-console--script = 运行 FILE 中的各行，而不是读取键盘输入
cli-console--format = 以文本或每行一个 JSON 对象的形式输出回复
cli-console--demo = 先为临时团队填入一个季度的演示历史
cli-console--guild = 要使用的团队（控制台频道所在的服务器）
cli-console--charts = 把图表（chart:true、定时帖子）保存为 DIR 中的 PNG 文件
cli-import = 把 CRM 导出文件导入团队
cli-import--kind = 文件内容：deals 或 teams
cli-import--file = CSV 文件
cli-import--guild = 导入的目标团队：Discord 服务器 ID 或控制台团队名
cli-import--currency = 未注明货币的金额所用货币（默认：团队货币）
cli-import--team_by = 团队：给每个团队命名的列（manager、office 或 team）
cli-docs = 向团队的 /ask 资料库添加 Markdown 或文本文档（同名文件会替换原有的）
cli-docs-add = 添加（或替换）文档：dealbell docs add FILE... [--guild NAME]
cli-docs-add--files = 文档（.md 或 .txt）
cli-docs-add--guild = 团队：Discord 服务器 ID 或控制台团队名
cli-backtest = 逐月重放 CRM 导出数据，报告每种预测方法的表现
cli-backtest--file = CRM 的交易导出文件（CSV）
cli-backtest--products = 产品标价（product、series、sales_price）；默认：FILE 旁边的 products.csv
cli-backtest--currency = 导出文件中金额的货币
cli-eval-ask = /ask 回答一组问题的效果，按语言统计（供 Dealbell 开发者使用）：DIR 包含 docs/ 和 questions.json 或 questions.tsv
cli-eval-ask--dir = 问题集所在文件夹（默认：项目自带的 tests/ask_eval）
cli-eval-ask--explain = 对每个未命中的问题，输出其词语的权重以及排名第一的结果
cli-check-config = 检查设置并输出（令牌只显示是否已设置）
cli-export = 像 /export 一样写出 CSV（带 BOM 的 UTF-8）：交易（`import deals` 可读取的格式）、排行榜、销售指标或活动
cli-export--kind = 导出内容：deals、leaderboard、quota 或 activities
cli-export--guild = 团队：Discord 服务器 ID 或控制台团队名
cli-export--period = 用于排行榜、销售指标或活动：哪个时段，写法同聊天（month、last_quarter、year、2026-03……；默认本月）
cli-export--metric = 用于排行榜：按什么排名（revenue、deals……；默认 revenue）
cli-export--output = 写入 FILE，而不是标准输出
cli-backup = 把数据库的一致副本写入 FILE（机器人运行时也安全）
cli-backup--file = 新的备份文件（不能已存在）
cli-restore = 用备份 FILE 替换数据库（先停止 Dealbell）；原来的数据库保留在旁边
cli-restore--file = 要恢复的备份
cli-migrate-db = 把每个团队的全部历史从 SQLite 数据库复制到空的 PostgreSQL 数据库，并按团队核对行数和金额合计（先停止 Dealbell）
cli-migrate-db--from = SQLite 数据库：路径或 sqlite://路径
cli-migrate-db--to = PostgreSQL 数据库：postgres://user@host/database
cli-invite-url = 输出邀请机器人加入服务器的链接，附带所需权限
cli-invite-url--app_id = 应用 ID（默认：用已配置的令牌向 Discord 查询）

## A backup into a folder that is not there
shell-backup-no-folder = 文件夹 { $path } 不存在；请先创建它，或指定另一个

## Examples of a contest's target, as typed in each language
contest-example-percent-of-quota = target:120%
contest-example-amount = target:50k
contest-example-win-rate = target:40%
contest-example-deals = target:"10 笔交易"
contest-example-activities = target:"25 次活动"

## A combined post lists so many wins, then counts the rest
burst-more = ……还有 { $count } 笔赢单
