# Discord 命令菜单中的命令说明（不超过 100 个字符）。英文说明在命令表中。

command-leaderboard = 本期谁领先
command-import = 导入 CRM 导出文件（CSV）
command-team = 团队和销售代表：来自 CRM 或手动创建
command-quota = 销售指标：查看你的进度，或设置指标
command-schedule = 定时帖子：排行榜、指标进度、摘要
command-tv = 适合办公室大屏或手机的实时排行榜
command-contest = 竞赛：经理发起，所有人可查看排名
command-duel = 向队友发起一对一对决
command-nudges = Dealbell 的提醒：开启或关闭你的提醒；经理可查看谁关闭了提醒
command-away = 离开到某一天：不发提醒，你的连胜记录会为你保留
command-win = 一步记录一笔赢单
command-deal = 管道中的交易：添加、推进、关闭、列出、撤销
command-activity = 记录赢单背后的电话、邮件、会议和演示
command-comp = 佣金：用通俗的话讲解方案，并据此估算
command-docs = /ask 用来作答的团队文档
command-ask = 询问佣金方案和销售文档：回答附带出处段落
command-export = 下载 CSV（销售代表：自己的交易；经理：所有人或某个人的交易）
command-forecast = 本期将成交的交易，以及过往预测的准确度
command-alerts = 预测提醒：规则、未处理的提醒、暂停
command-setup = 团队设置：时区、货币、财年、角色、频道、语言
command-rates = 汇率：其他货币的赢单按团队货币计入
command-privacy = 成员的个人数据
command-language = Dealbell 回复你时使用的语言
command-help = Dealbell 能做什么
