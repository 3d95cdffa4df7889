# Dealbell's words in English: the reference catalogue. Every other language has the
# same messages with the same variables (tests/…: the catalogues' check).

## /language

language-title = Your language
language-chosen = When your Discord app is set to a language Dealbell does not speak, it answers you in { $language }.
language-automatic = Dealbell answers you in your Discord app's language when it speaks it, else in your team's language ({ $language }).
language-current = Dealbell is answering you in { $language } now.

## Wins

# The reply to /win and the wins channel's announcement.
win-title = 🎉 { $rep } won { $customer }!

## A deal's card

amount-not-set = not set
deal-customer = Customer
deal-amount = Amount
deal-stage = Stage
deal-owner = Owner
deal-product = Product
deal-expected-close = Expected close
deal-won-on = Won on
deal-lost-on = Lost on
deal-lost-because = Lost because
deal-note = Note: { $note }
deal-counted-as = Counted as { $counted }: { $amount } at { $rate }, the rate of its day.
deal-recorded-until-closed = Recorded in { $currency } as given; when it closes it counts in { $team } at the rate of its day (/rates list).
deal-recorded-without-rate = Recorded in { $currency } as given; with no { $currency } rate for its day, leaderboards count this deal but not its amount (a manager sets one: /rates set rate:"{ $currency } …").
deal-footer = Deal #{ $number }

## Counts

deals-count =
    { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }

## Numbers and periods

# A percentage: the number comes written the language's way (`46.0`).
percent = { $number } %
period-week = week of { $start }
period-quarter = Q{ $quarter } FY{ $years } ({ $from }–{ $to } { $year })
period-fiscal-year = FY{ $years }
period-custom = { $from } – { $to }
# Under a reply: the period it is about (or today) and the team's timezone.
footer-period = { $period } · { $timezone }

## Buttons

button-undo = Undo
button-apply-import = Apply import
button-cancel = Cancel
button-accept = Accept
button-decline = Decline
# The console has no buttons: what to type instead.
button-instead-apply = run the same command with confirm:true
button-instead-cancel = do nothing

## Leaderboards

metric-revenue = Revenue won
metric-deals = Deals won
metric-attainment = Quota attainment
metric-win_rate = Win rate
metric-activities = Activities logged
metric-avg_deal = Average deal size
board-of-teams = teams
board-heading = { $metric } — { $period }
board-heading-scoped = { $metric } · { $scope } — { $period }
board-won = { $count } won
board-closed = { $count } closed
board-of-amount = of { $amount }
activities-count =
    { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
board-movement-new = new
board-not-on-yet = You are not on this board yet.
board-footer = { $period } · { $timezone } · movement since { $previous }
board-empty = Nobody is on the board for { $period } yet. { $nudge }
board-empty-no-teams = There are no teams yet: import them with /import kind:teams, then link reps with /team link.
board-empty-activities = Log one: /activity log kind:call count:5
board-empty-attainment = A manager sets quotas with /quota set.
board-empty-win-rate = Reps need { $count } closed deals to qualify.
board-empty-be-first = Be the first: /win amount:… customer:…
board-attainment-private = Quotas are private here, so attainment is not posted in a channel. Managers see it with /leaderboard metric:attainment; each rep sees their own.
board-own-attainment = Quotas are private here: you see your own attainment; managers see everyone's.
board-other-currencies =
    { $count ->
        [one] { $count } won deal in other currencies is
       *[other] { $count } won deals in other currencies are
    } not added to { $currency } revenue (no rate for their day: /rates set).

## /quota check

# A quota's heading: the reply puts 🎯 before it; the chart, whose font has no emoji, does not.
quota-heading = { $name } — { $period }
quota-attainment = { $bar } { $percent } of { $quota }
quota-pace-behind = Won { $won }; a steady pace would be at { $expected } by today — behind by { $gap }.
quota-pace-ahead = Won { $won }; a steady pace would be at { $expected } by today — ahead by { $gap }.
quota-pace-even = Won { $won }; a steady pace would be at { $expected } by today — right on pace.
quota-reached = Quota reached 🎉 ({ $over } over).
quota-to-go = To go: { $remaining } — { $per_week } a week over the { $days } business days left.
quota-to-go-no-days = To go: { $remaining }, and no business days are left in the period.
quota-projected = At this pace: { $projected } ({ $percent }) by the end of the period.
quota-too-early =
    Too early to project a finish: a run-rate needs { $needed } business days of the period, and { $days ->
        [one] { $days } has
       *[other] { $days } have
    } passed.
quota-other-currencies =
    { $count ->
        [one] { $count } won deal in other currencies is
       *[other] { $count } won deals in other currencies are
    } not counted against this { $currency } quota (no rate for their day: /rates set).
quota-chart-summary = { $percent } of { $quota } · won { $won }
quota-chart-to-go = { $per_week } a week to go · { $days } business days left
quota-chart-days-left = { $days } business days left
quota-none = No quota is set for { $name } for { $which }.
quota-none-any = this month, quarter or year
quota-none-hint = A manager can set one: /quota set amount:… period:month rep:@…
quota-choice-month = this month
quota-choice-quarter = this quarter
quota-choice-year = this fiscal year
quota-choice-last_month = last month
quota-choice-last_quarter = last quarter
quota-choice-last_year = last fiscal year

## /comp estimate

comp-title = 💶 Commission estimate — { $name } — { $period }
comp-won-revenue = Won revenue
comp-quota = Quota
comp-attainment = Attainment
comp-estimated = Estimated commission
comp-line = { $working } = { $amount }
comp-next = Next: { $step }.
comp-what-if = What if: closing { $amount } now adds about { $adds } (total { $total }).
comp-footer = An estimate from the plan on file ({ $plan }, version { $version }), not a pay statement.
comp-own = Own: { $working }
comp-team = Team: { $working }
# A plan's own figures, as the plan gives them: 4%, 12.5%.
rate-percent = { $number }%
comp-rate-percent = { $percent } of revenue
comp-rate-multiple = { $multiple }× the on-target rate
comp-tier-range = { $from }–{ $to }
comp-tier-open = { $from }+
comp-next-tier-rest = { $amount } more and the rest pays { $rate }
comp-next-tier-all = { $amount } more and all of it pays { $rate }
comp-flat = { $revenue } × { $rate }
comp-flat-share = { $revenue } × { $rate } × { $share }
comp-retroactive = all { $revenue } × { $rate } (tier reached: { $tier })
comp-retroactive-share = all { $revenue } × { $rate } (tier reached: { $tier }) × { $share }
comp-band = { $revenue } in { $tier } × { $rate }
comp-band-share = { $revenue } in { $tier } × { $rate } × { $share }
comp-below-threshold = below the { $threshold } threshold ({ $attainment } of your quota): no commission yet
comp-below-threshold-split = below the { $threshold } threshold ({ $attainment } of your quota): no commission yet, not the team part either
comp-cap = cap of { $cap }
comp-spiff = SPIFF "{ $name }": deal #{ $number }
comp-clawback = clawback: deal #{ $number } ({ $amount }) lost within { $days } days
comp-next-threshold = { $amount } more reaches the { $threshold } threshold
comp-note-nothing-won = No quota is set for this period and nothing was won in it.
comp-note-no-team-quota = No team quota is set, so the team part uses your own attainment.

## Errors

error-no-deal = There is no deal #{ $number } in this server.
error-no-deal-hint = See your deals with /deal list.
error-no-schedule = There is no schedule #{ $number }.
error-no-schedule-hint = See them with /schedule list.
error-no-activity = There is no activity #{ $number }.
error-no-activity-hint = See the numbers with /activity list.
error-no-document = There is no document #{ $number }.
error-no-document-hint = See them with /docs list.
error-no-alert = There is no alert #{ $number }.
error-no-alert-hint = See the open ones with /alerts list.
error-no-alert-rule = There is no alert rule called "{ $name }".
error-no-alert-rule-hint = See them with /alerts rules.
error-no-contest = There is no contest called "{ $name }".
error-no-contest-hint = See them with /contest list.
error-no-team = There is no team called "{ $name }".
error-no-team-hint = See the teams with /team list.
error-no-rep = There is no rep called "{ $name }" here.
error-no-rep-hint = Use a rep's name as /team list shows it, or mention a chat user (@name).
error-no-crm-rep = There is no rep called "{ $name }".
error-no-crm-rep-hint = See the reps from the CRM with /team list.
error-no-stage = There is no stage "{ $name }".
error-no-stage-hint = Stages: { $stages }.
error-cannot-write = The database cannot be written: { $why ->
        [disk-full] disk full
        [read-only] it is read-only
       *[other] the disk failed
    }. Nothing was saved.
error-cannot-write-hint = Try again once an admin has made room or fixed the disk (reference { $reference }).
error-internal = Something went wrong on our side (reference { $reference }).
error-internal-hint = Nothing was half-saved. Try again; if it keeps happening, quote the reference to your admin.

## Stages (the shipped names; a team's own names are shown as written)

stage-prospecting = Prospecting
stage-qualified = Qualified
stage-proposal = Proposal
stage-negotiation = Negotiation
stage-won = Won
stage-lost = Lost

## A win's news: the rep's month, the race, milestones, duels

win-this-month = this month
win-in-period = in { $period }
win-standing = { $rep } { $when }: { $won } — { $place }.
win-won-amount = { $amount } won across { $deals }
win-won-deals = { $deals } won
win-place = #{ $rank } of { $of }
win-elsewhere =
    (+{ $count ->
        [one] { $count } won deal
       *[other] { $count } won deals
    } in other currencies, not added: no rate for their day)
win-not-counted = { $rep } { $when }: this win is in { $currency }, and with no { $currency } rate for { $day } it is not added to { $team } revenue (a manager sets one: /rates set rate:"{ $currency } …").
win-converted = { $amount } ({ $counted } at { $rate })
names-two = { $a } and { $b }
names-three = { $a }, { $b } and { $c }
names-more = { $a }, { $b } and { $others } others
race-passing = , passing { $names }
race-takes = takes #{ $rank }{ $passing }
race-enters = enters the board at #{ $rank }{ $passing }
race-moves-up = moves up to #{ $rank }{ $passing }
race-pulls-ahead = pulls ahead at #{ $rank }{ $passing }
race-holds = holds #{ $rank }
race-behind = { $gap } behind { $names } for #{ $rank }
race-level = level with { $names }
race-ahead = { $gap } ahead of { $names }
milestone-first-win = 🌱 first win ever!
milestone-first-of-period = first win of { $period }
milestone-quota-reached = 🎯 quota reached (100%)
milestone-quota = 🎯 { $percent } of quota
milestone-biggest = 🏆 biggest deal of { $period }
milestone-team-goal = 🏁 { $team } reached the goal
milestone-everyone-goal = 🏁 The team reached the goal
milestone-streak = 🔥 { $weeks }-week streak
duel-takes-the-lead = ⚔️ { $me } takes the lead over { $them } in their duel{ $score }
duel-stays-ahead = ⚔️ { $me } stays ahead of { $them } in their duel{ $score }
duel-draws-level = ⚔️ { $me } draws level with { $them } in their duel{ $score }
duel-closes-in = ⚔️ { $me } closes in on { $them } in their duel{ $score }
duel-score = : { $mine } to { $theirs }
duel-score-each = : { $mine } each
error-language-and-auto = A language or automatic, not both.
error-language-and-auto-hint = Pick one: /language set:pl, or /language auto:true.
error-attainment-period = Attainment boards cover a month, a quarter or a fiscal year (quotas are set for those).
error-attainment-period-hint = Ask for period:month, period:quarter or period:year.
error-team-board-metric = A board of teams ranks revenue, deals or activities.
error-team-board-metric-hint = Ask for metric:revenue, metric:deals or metric:activities with by:teams.

## /help

help-title = Dealbell commands
help-title-one = Help
help-line = { $command } — { $description }
help-line-managers = { $command } — { $description } (managers)
help-option-required = {"    "}{ $option }: { $description } ({ $kind }, required)
help-option-optional = {"    "}{ $option }: { $description } ({ $kind }, optional)
help-option-required-managers = {"    "}{ $option }: { $description } ({ $kind }, required, managers)
help-option-optional-managers = {"    "}{ $option }: { $description } ({ $kind }, optional, managers)
help-kind-text = text
help-kind-number = whole number
help-kind-boolean = true/false
help-kind-user = @user
help-kind-rep = @user or a rep's name
help-kind-channel = #channel
help-kind-role = @&role
help-kind-file = file
help-details = Details of one command: /help command:deal
help-footer = Commands marked (managers) need the manager role or Manage Server.
help-no-command = There is no command /{ $command }.
help-no-command-hint = Type /help for the list.

## Deal changes

deal-added = Added deal #{ $number } — { $customer }
deal-close-past = Its expected close date is already past; change it with /deal edit close:….
deal-moved = Deal #{ $number } moved: { $from } → { $to }
deal-marked-lost = Deal #{ $number } marked lost
deal-lost-tip = Tip: a reason (reason:price, timing, competitor…) helps the team learn from it.
deal-updated = Deal #{ $number } updated: { $fields }
deal-undone-removed = Undone: deal #{ $number } is removed
deal-undone-taken-back = { $customer } — { $amount } was taken back.
deal-undone-taken-back-unnamed = The deal was taken back.
deal-undone =
    Undone: your { $action ->
        [create] adding
        [stage] stage change
        [won] win
        [lost] loss
        [forecast] forecast category
        [import] import
        [convert] currency conversion
        [undo] undo
       *[other] edit
    } of deal #{ $number }

## Activities

activity-logged = Logged { $activities }
activity-today = Today: { $activities }.
activity-week = This week: { $activities }.
activity-kind-call =
    { $count ->
        [one] { $count } call
       *[other] { $count } calls
    }
activity-kind-email =
    { $count ->
        [one] { $count } email
       *[other] { $count } emails
    }
activity-kind-meeting =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
activity-kind-demo =
    { $count ->
        [one] { $count } demo
       *[other] { $count } demos
    }
activity-kind-proposal =
    { $count ->
        [one] { $count } proposal
       *[other] { $count } proposals
    }

## Scheduled posts

scheduled-final-standings = 🏆 { $metric } — final standings, { $period }
scheduled-nothing-yet = Nothing won yet in { $period }: here is how { $previous } ended.
scheduled-quota-title = 🎯 Quota progress — { $day }
scheduled-no-team-quotas = No team quotas are set. A manager can set them: /quota set everyone:true amount:… period:month
scheduled-footer = { $timezone } · schedule #{ $number }
scheduled-digest-title = 📬 Digest — { $board }
progress-everyone = Everyone
progress-line = { $name } · { $period }: { $bar } { $percent } { $of } — { $standing }
progress-of-quota = of quota
progress-of = of { $amount }
progress-reached = reached 🎉
progress-behind = behind pace
progress-on-pace = on or ahead of pace
progress-behind-by = behind pace by { $amount }
progress-ahead-by = ahead of pace by { $amount }
digest-level = 🏎 Level: { $chaser } and { $ahead } share #{ $place }
digest-within-reach = 🏎 { $chaser } is within reach of { $ahead } for #{ $place }
digest-behind = 🏎 { $chaser } is { $gap } behind { $ahead } for #{ $place }
digest-moved-most =
    🚀 Moved most this week: { $rep }, up { $places ->
        [one] { $places } place
       *[other] { $places } places
    } to #{ $rank }
digest-most-improved = 📈 Most improved on { $period }: { $rep }
digest-most-improved-by = 📈 Most improved on { $period }: { $rep } (+{ $gain } on the same days)

## Nudges

nudge-inactive-title = 👋 { $rep }, anything to log?
nudge-inactive = Nothing logged for { $days } working days (last on { $day }).
nudge-inactive-how = /win, /deal add or /activity log keep your numbers current.
nudge-behind-title = 📈 { $rep }, { $period } needs a push
nudge-behind = You are behind your quota's pace with { $days } working days left. /quota check shows where you stand (only you see it).
nudge-check-in = 👋 Check-in
nudge-footer = Turn these off with /nudges off, or /away until:… while you are out.
deal-show-title = Deal #{ $number } — { $customer }
# What a colleague's deal shows for its amount when the team keeps amounts private.
deal-amount-hidden = hidden (this team keeps amounts to each rep and managers)

## Deal lists and quotas set

deal-list-yours =
    { $status ->
        [all] Your deals
       *[other] Your { $status } deals
    }
deal-list-of =
    { $status ->
        [all] { $rep }'s deals
       *[other] { $rep }'s { $status } deals
    }
deal-list-none = No deals match. Add one with /deal add customer:… amount:…
deal-list-closes = closes { $day }
deal-list-closed = { $outcome } { $day }
deal-list-more = …and more. Showing the first { $count }; narrow it with status, stage or period.
deal-list-open-total = Open pipeline shown
quota-set = Quota set: { $name } — { $amount } for { $period }
quota-set-same = It was already that.
quota-set-was = It was { $amount }.

## Discord's menu
discord-rep-name-option = Or a rep by name (reps from the CRM too); instead of { $option }

## Contests
contest-proration-working = % of each rep's quotas, prorated over the contest's { $days ->
        [one] { $days } working day
       *[other] { $days } working days
    }
contest-proration-calendar = % of each rep's quotas, prorated over the contest's { $days ->
        [one] { $days } calendar day
       *[other] { $days } calendar days
    } (it has no working day)
contest-of-quota = { $percent } of quota
contest-ranks = { $metric } · { $who }
contest-ranks-of-quota = { $metric } as % of quota · { $who }
contest-who-teams = team against team
contest-who-team = { $team }'s reps
contest-who-everyone = every rep
contest-dates = { $start } – { $end }
contest-start-title = 🏁 { $name } starts now
contest-target-said = 🎯 Everyone who reaches { $target } wins.
contest-target-unsaid = 🎯 Everyone who reaches the target wins (each rep sees it with /contest list).
contest-prize = 🎁 Prize: { $prize }
contest-start-footer = Standings any time: /contest standings name:{ $name }
contest-standings-title = 🏁 { $name } — standings
contest-day-of = Day { $day } of { $days } · { $ranks }
contest-target-so-far-said = 🎯 Target { $target }: reached by { $count } so far.
contest-target-so-far-unsaid = 🎯 The target: reached by { $count } so far.
contest-no-scores = No scores yet: the first win takes the lead.
contest-percent-private = Percentages stay private while quotas are private and amounts are shown.
contest-ends = Ends { $day }
contest-several-title = 🏁 Contests running: { $count }
contest-several-footer = One in full: /contest standings name:…
contest-results-title = 🏆 { $name } — results
contest-nobody-won = Nobody won this time.
contest-reached-said = 🎯 Reached the target ({ $target }): { $names }
contest-reached = 🎯 Reached the target: { $names }
contest-winner = 🥇 Winner: { $name }
contest-winner-with = 🥇 Winner: { $name } with { $score }
contest-tied = 🥇 Tied for first: { $names }
contest-tied-with = 🥇 Tied for first with { $score }: { $names }
contest-created = Contest "{ $name }" created
contest-starts-now = It starts now: announced in { $channel }.
contest-starts-on = It starts { $day }: announced in { $channel } that morning.
contest-standings-when = Standings are posted { $schedule }.
contest-results-when = Results are posted the morning after { $day }.
contest-list-title = Contests
contest-list-empty = None yet. Managers start one with /contest create name:… end:…
contest-when-scheduled = starts { $day }
contest-when-running = running, ends { $day }
contest-when-ended = ended { $day }
contest-when-cancelled = cancelled
contest-list-line = • **{ $name }** — { $metric } · { $when }
contest-list-line-target = • **{ $name }** — { $metric } · target { $target } · { $when }
contest-ended = { $name } has ended
contest-results-posted = The results are posted in { $channel }.
contest-cancelled-post = 🚫 { $name } is cancelled
contest-cancelled-post-line = No results will be posted. Thanks for playing!
contest-cancelled = { $name } is cancelled
contest-name-free = Its name is free again.

## Contests: refusals
error-contest-target = target: "{ $text }" is not { $wants ->
        [percent-range] a percentage from 1 to 1000
        [percent] a percentage
        [amount] an amount
       *[count] a whole number above 0
    }.
error-contest-target-hint = For example { $example }
error-contest-target-unit = target: "{ $text }" counts “{ $unit }”, but this contest ranks “{ $metric }”.
error-contest-target-unit-hint = Give both the same way: metric:{ $key } target:"{ $text }", or { $example }.
error-contest-target-currency = target is in { $given }, but the team counts revenue in { $team }.
error-contest-target-currency-hint = Give it in { $team }.
error-contest-name = A contest needs a name of 1 to 60 characters.
error-contest-name-hint = For example name:"March Madness".
error-contest-channel = Where should the contest be announced?
error-contest-channel-hint = Add channel:#sales (or set /setup wins_channel:…).
error-contest-name-taken = There is already a contest called "{ $name }".
error-contest-name-taken-hint = Pick another name, or see them with /contest list.
error-contest-attainment = Contests rank attainment through their scoring.
error-contest-attainment-hint = Use metric:revenue scoring:percent_of_quota.
error-contest-percent-metric = percent_of_quota scores reps' revenue against their own quotas.
error-contest-percent-metric-hint = Use it with metric:revenue and without by:teams.
error-contest-percent-private = A % of quota contest posts each rep's percentage in the channel; beside the amounts of their announced wins, anyone could work out their quota, and quotas are private here.
error-contest-percent-private-hint = Share quotas (/setup quota_visibility:team) or keep amounts off public posts (/setup amounts:hidden) first, or use scoring:total.
error-contest-team-metric = A team contest adds its reps' scores up.
error-contest-team-metric-hint = Use metric:revenue, deals or activities with by:teams.
error-contest-over = That contest would already be over.
error-contest-over-hint = Give an end of today or later.
error-contest-ends-before = The contest ends before it starts.
error-contest-ends-before-hint = Give an end on or after the start.
error-contest-too-long = A contest lasts at most a year.
error-contest-too-long-hint = Pick a shorter run.
error-contest-too-far-back = A contest can start at most { $days } days back.
error-contest-too-far-back-hint = Pick a later start.
error-contest-none-running = No contest is running.
error-contest-none-running-hint = See all of them with /contest list; managers start one with /contest create.
error-contest-not-running = { $name } is not running.
error-contest-not-running-hint = Only a running contest can be ended; cancel one that has not started with /contest cancel.
error-contest-already-ended = { $name } has already ended.
error-contest-already-ended-hint = Its results stand.

## Duels
duel-result-title = ⚔️ Duel: { $a } vs { $b } — { $verdict }
duel-result-wins = 🥇 { $name } wins!
duel-result-draw = 🤝 A draw.
duel-result-over = { $metric } over { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
duel-result-scores = { $metric } over { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: { $a } { $a_score } · { $b } { $b_score }
duel-challenge-title = ⚔️ { $challenger } challenges { $opponent } to a duel
duel-challenge-what = { $metric } over { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, from the day it is accepted.
duel-challenge-answer = { $mention }, accept or decline within { $hours } hours (/duel accept or /duel decline).
duel-declined = { $b } declined { $a }'s duel
duel-declined-line = Maybe next time.
duel-on = ⚔️ Duel on: { $a } vs { $b }
duel-on-line = { $metric } from now to the end of { $day } (what was won before now does not count); the result is posted the morning after.
duel-status-title = ⚔️ Your duels
duel-what = { $metric } over { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
duel-waiting-mine = ⏳ You challenged { $them } ({ $what }): waiting for their answer, { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } left.
duel-waiting-theirs = ⏳ { $them } challenged you ({ $what }): answer within { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } with /duel accept or /duel decline.
duel-you-lead = you lead
duel-they-lead = { $them } leads
duel-level = level
duel-last-day = today is the last day
duel-ends = ends { $day } ({ $left ->
        [one] { $left } day
       *[other] { $left } days
    } after today)
duel-over = over; the result is posted this morning
duel-running = ⚔️ You vs { $them } ({ $what }): you { $mine } · { $them } { $theirs }, { $verdict }; { $when }.
duel-none = No duel is running or waiting.
duel-none-hint = Challenge a teammate: /duel challenge rep:@… metric:deals days:7

## Duels: refusals
error-duel-yourself = You cannot duel yourself.
error-duel-yourself-hint = Challenge a teammate: rep:@…
error-duel-not-on-chat = { $name } is not on chat yet, so cannot accept.
error-duel-not-on-chat-hint = Challenge someone who uses Dealbell here.
error-duel-metric = A duel adds up wins or activities.
error-duel-metric-hint = Use metric:revenue, deals or activities.
error-duel-days = A duel lasts 1 to { $max } days.
error-duel-days-hint = For example days:7.
error-duel-already = You already have a duel with { $name } waiting or running.
error-duel-already-hint = Finish that one first.
error-duel-channel = Where should the duel be announced?
error-duel-channel-hint = Challenge from a channel, or set one with /setup wins_channel:….
error-duel-none-waiting = No duel is waiting for your answer.
error-duel-none-waiting-hint = Someone challenges you with /duel challenge rep:@you.
error-duel-not-yours = Only { $name } can answer this challenge.
error-duel-answered-or-expired = This challenge was already answered, or has expired.
error-duel-answered = This challenge was already answered.

## Who may do what
error-managers-only-command = Only managers can use { $command }.
error-managers-only-command-hint = { $role ->
        [set] Ask someone with the manager role or Manage Server permission.
       *[unset] Ask someone with Manage Server permission (a manager role can be set with /setup manager_role).
    }
error-managers-only-option = Only managers can use { $option } with { $command }.
error-managers-only-option-hint = { $role ->
        [set] Ask someone with the manager role or Manage Server permission.
       *[unset] Ask someone with Manage Server permission (a manager role can be set with /setup manager_role).
    }
error-not-your-deal = Deal #{ $number } belongs to { $owner }; only they or a manager can change it.
error-not-your-deal-hint = Your own deals: /deal list
error-list-deals-of-others = Only managers can list another rep's deals.
error-list-deals-of-others-hint = Everyone's wins are on /leaderboard; your own deals: /deal list
error-list-activities-of-others = Only managers can list another rep's activities.
error-list-activities-of-others-hint = Everyone's counts are on /leaderboard metric:activities; your own: /activity list
error-export-of-others = Only managers can export another rep's numbers.
error-export-of-others-hint = Leave out rep: to export your own.
error-quota-of-others = Only managers (and teammates, where the team shares quotas) can see another rep's { $what ->
        [forecast] forecast
       *[quota] quota
    }.
error-quota-of-others-hint = Your own: { $what ->
        [forecast] /forecast show
       *[quota] /quota check
    }. A manager can share quotas within teams with /setup quota_visibility:team.
error-team-forecasts = Team and server forecasts are for managers.
error-team-forecasts-hint = Your own: /forecast show
error-history-open-deal = Deal #{ $number } is { $owner }'s open pipeline; only they and managers can see it.
error-history-removed-deal = Deal #{ $number } was removed; managers can see its history.
error-undo-not-yours = Only the person who made this change can undo it.
error-import-not-yours = Only the manager who started this import can apply or cancel it.
error-activity-not-yours = Only the rep who logged it, or a manager, can remove an activity.

## Commands and their options, as typed
error-wrong-kind = { $option } must be: { $kind }.
error-no-command = There is no command /{ $name }.
error-no-command-hint = Type /help to see every command.
error-needs-subcommand = /{ $command } needs one of: { $subcommands }.
error-needs-subcommand-hint = For example: /{ $command } { $first }
error-no-subcommand = /{ $command } has no "{ $given }".
error-no-subcommand-hint = Use one of: { $subcommands }.
error-takes-no-options = { $command } takes no options.
error-no-option = { $command } has no option "{ $option }".
error-no-option-hint = Its options: { $options }.
error-not-a-choice = { $option } cannot be "{ $given }".
error-not-a-choice-hint = Use one of: { $choices }.
error-too-long = { $option } is too long ({ $length } characters); { $max } at most.
error-out-of-range = { $option } must be { $range ->
        [between] from { $min } to { $max }
        [at-least] at least { $min }
       *[at-most] at most { $max }
    }.
error-missing-option = { $command } needs { $option }.
error-missing-option-hint = Write it as { $command } { $example }
error-file-too-big = { $file } is { $size } bytes; { $limit ->
        [csv] a CSV import takes
        [plan] a comp plan takes
       *[document] a document takes
    } at most { $max }.
error-not-utf8 = { $file } is not UTF-8 text.
error-cannot-read-file = I could not read { $file }: { $why }.
error-cannot-read-file-hint = Check the file's path and that Dealbell may read it, and try again.
announce-busy = { $channel } is busy right now: your win goes out with the next few in a moment.
announce-failed = It is saved, but I could not announce it in { $channel }.
storage-alarm-title = ⚠ Dealbell cannot save anything right now
storage-alarm-why = { $why ->
        [disk-full] The disk is full.
        [read-only] The database is read-only.
       *[other] The database file cannot be written.
    } Wins and changes are refused (and say so) until this is fixed; nothing already saved is lost.
storage-alarm-fix = An admin needs to free disk space or fix the database file; this is said once.

## Attached files
error-file-too-big-hint = { $limit ->
        [csv] Split the export (by year or by region) and import the parts one after another.
        [plan] Is this the right file? A plan is a short TOML file.
       *[document] Split it into several documents.
    }
error-not-utf8-hint = { $limit ->
        [csv] Export the report from your CRM as CSV (UTF-8) and attach the .csv file.
        [plan] Save the plan as UTF-8 TOML and attach it again.
       *[document] Save it as UTF-8 and attach it again.
    }

## Amounts, dates and rates as typed
error-in-option = { $option }: { $message }
error-amount-hint = Write it like 12500, 12.5k, 1.2m, $12,500.00, 12 500,50 € or 20.000,00 EUR.
error-amount-unreadable = I could not read "{ $input }" as an amount.
error-amount-not-positive = The amount must be more than zero.
error-amount-too-large = "{ $input }" is more than one deal can be (at most { $most }). Check for an extra digit.
error-amount-shared-symbol = "{ $input }" is ambiguous: { $symbol } is used by { $codes }; write the code instead, e.g. 100 { $first }.
error-amount-leading-zero = "{ $input }" is ambiguous: with a leading zero it is neither clearly thousands nor decimals.
error-amount-thousands-or-decimals = "{ $input }" is ambiguous: it could mean thousands or decimals. Write { $whole } or { $decimal } instead.
error-amount-digit-groups = "{ $input }" is ambiguous: the digit groups are not in threes. Write the number without separators, e.g. 1234567.
error-amount-too-precise = { $code } has { $exponent } decimal places, so "{ $input }" has too many.
error-amount-two-currencies = "{ $input }" names two different currencies.
error-amount-unknown-currency = "{ $input }" is not a currency I know. Use an ISO 4217 code such as EUR, USD or PLN.
error-date-unreadable = I could not read "{ $input }" as a date.
error-date-unreadable-hint = Use 2026-03-31, 31.03.2026 (or 31.3.26), today, yesterday, tomorrow, a weekday (friday), eom, eoq or eoy.
error-date-out-of-range = "{ $input }" is { $date }, outside { $earliest }–{ $latest }.
error-date-out-of-range-hint = Check the year.
error-rate-hint = Write it as the currency and what one of it is worth here: rate:"EUR 4.30" (or EUR=4,30).
error-rate-unreadable = rate: I could not read "{ $input }" as a rate.
error-rate-unknown-currency = rate: "{ $input }" is not a currency I know.
error-rate-same-currency = rate: a rate for { $code } into { $code } is always 1.
error-rate-out-of-range = rate: a rate must be more than zero and at most 1,000,000, with at most six decimals.

## /setup
setup-title = Team settings
setup-title-updated = Team settings updated
setup-field-timezone = Timezone
setup-field-language = Language
setup-field-currency = Currency
setup-field-fiscal-year = Fiscal year starts
setup-field-manager-role = Manager role
setup-field-wins-channel = Wins channel
setup-field-managers-channel = Managers' channel
setup-field-quota-detail = Quota detail
setup-field-charts = Charts on scheduled posts
setup-field-nudges = Nudges
setup-field-amounts = Amounts in public
setup-field-working-days = Working days
setup-field-stages = Stages
setup-not-set = not set
setup-role-not-set = not set (Manage Server counts)
setup-quota-private = private: the rep and managers
setup-quota-team = shared within each team
setup-on = on
setup-off = off
setup-amounts-hidden = hidden (% of quota and counts)
setup-amounts-shown = shown
setup-nudges-dm = by direct message
setup-nudges-channel = a mention in { $channel }
setup-nudges-no-channel = a mention in the nudges channel (not set: /setup nudges_channel:…)
setup-changed = Changed: { $setting }: { $from } → { $to }
setup-currency-note = Deals already logged keep the currency they were logged in; leaderboards now count revenue in { $currency }.
setup-change-any = Change any of these with /setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:… language:…
setup-setting-stage = stage { $key }
setup-default-name = its default name
setup-no-country = no country
setup-weekend-off = { $weekend } off
setup-holidays-of = public holidays of { $country }
setup-no-holidays = no public holidays (set country:…)
setup-own-days-off = { $count ->
        [one] { $count } day off
       *[other] { $count } days off
    } of the team's own
setup-next-days-off = next: { $days }
setup-holidays-known-until = public holidays are known up to { $year }: add later ones with days_off

## /setup: refusals
error-setup-timezone = "{ $name }" is not a timezone I know.
error-setup-timezone-hint = Use an IANA name such as Europe/Berlin, Europe/Warsaw, America/New_York or Asia/Shanghai.
error-setup-currency = "{ $code }" is not a currency code I know.
error-setup-currency-hint = Use an ISO 4217 code such as EUR, USD, PLN, RON or CNY.
error-setup-fiscal-year = fiscal_year_start must be a month from 1 to 12.
error-setup-country = I do not have the public holidays of "{ $code }".
error-setup-country-hint = Use one of { $codes } (or country:none), and add other days off with days_off:….
error-setup-stage-rename = I could not read "{ $text }" as a stage rename.
error-setup-stage-rename-hint = Write key=New name, e.g. stage_label:proposal=Angebot. Stage keys: { $keys }.
error-setup-stage-taken = Another stage is already called "{ $label }".

## The console's own words
console-posted-in = → posted in { $place }:
console-edited-in = → edited in { $place }:
console-lang-auto = Lines carry no language now: your /language, else the team's.
console-lang-set = Lines are asked in { $language } now.
console-lang-unknown = Dealbell does not speak "{ $tag }". Use one of: { $tags }, or auto.
console-lang-which = Say which language: :lang pl (one of { $tags }, or auto).
console-file-note = 📎 { $what ->
        [chart] chart
       *[file] file
    }: { $filename } ({ $bytes } bytes; save charts and files with --charts DIR)
console-file-saved = 📊 { $what ->
        [chart] chart
       *[file] file
    } saved: { $path }
console-file-not-saved = 📊 the { $what ->
        [chart] chart
       *[file] file
    } could not be saved to { $path }: { $why }
console-as-who = Say who to act as: :as alice (add 'manager' for the manager role).
console-as-unknown-word = I don't know "{ $word }" after the name. A name of several words goes in quotes: :as "{ $whole }" (the one role is 'manager': :as "{ $whole }" manager).
console-you-are = You are { $who }{ $role ->
        [manager] {" "}(manager)
       *[rep] {""}
    }.
console-too-far = That is further than Dealbell keeps time (to the year 9999); the clock stays where it is.
console-clock-now = The clock is now { $time } ({ $timezone }).
console-how-far = Say how far: :advance 30m, :advance 2h, :advance 3d or :advance 1d6h (or :down 8h).
console-scheduler-step = Scheduler step at { $time } UTC.
console-now-in-team = Now in team { $team }.
console-which-team = Say which team: :guild acme
console-now-in-channel = Now in { $channel }.
console-which-channel = Say which channel: :channel sales
console-no-directive = There is no directive :{ $name }. Type :help for the list.
console-whole-number = { $option } must be a whole number, e.g. { $option }:12 (got "{ $text }").
console-true-or-false = { $option } must be true or false.
console-a-user = { $option } must name a user, e.g. { $option }:@bob.
console-a-file = { $option } takes a file: { $option }:@path/to/file.csv
console-cannot-read = Cannot read { $path }: { $why }.
console-clock-real = The clock follows real time ({ $time } UTC).
console-not-a-time = I could not read "{ $text }" as a time. Write :now 2026-03-10 09:00 (the team's local time) or :now real.
console-time-out-of-range = Dealbell keeps time from the year 1 to 9999; choose a time inside them.
console-scheduler-failed = The scheduler step failed; see the log.
console-scheduled-posts = Scheduled posts: { $posts }.
console-not-utf8 = This line is not UTF-8 text (an unreadable byte after { $at } bytes), so it was skipped.
console-not-utf8-hint = Save the file as UTF-8 and run it again.
console-help = Type slash commands as in Discord, e.g. /win amount:12.5k customer:"Acme GmbH"
    Directives:
      :as NAME [manager]   act as someone (manager = manager role)
      :now 2026-03-10 09:00   set the clock (team's local time); :now real to follow real time
      :advance 2h|3d|30m   live through the time: each post falls due at its own time
      :down 8h             the bot is off that long: jump, then one step (late or skipped posts)
      :tick                post what is due now
      :guild NAME          switch team
      :channel NAME        switch channel
      :lang pl|auto        ask in a language, as a phone set to it would
      :quit
    Commands:
console-help-attach = Attach files as file:@path/to/file.csv

## The console: lines that do not parse
console-open-quote = A quote is not closed. Put the closing " after the value, e.g. customer:"Acme GmbH".
console-not-a-command = Start a command with / (like /win) or a directive with : (like :as alice). Type :help for more.
console-empty-value = "{ $option }" has no value. Write it as { $option }:value.
console-not-an-option = "{ $word }" is not an option. Options are written name:value, e.g. customer:"Acme GmbH".
console-repeated-option = Option { $option } is given twice.
console-quote-hint = A value with spaces goes in quotes: { $option }:"{ $value }"

## Forecasts
forecast-title = 🔮 Forecast — { $name } — { $period }
forecast-everyone = Everyone
forecast-closed-won = Closed won
forecast-commit = Commit
forecast-best-case = Best case
forecast-open-pipeline = Open pipeline
forecast-weighted = Weighted pipeline
forecast-run-rate = Run-rate
forecast-no-business-day = — (no business day yet)
forecast-blended = Blended projection
forecast-quota = Quota
forecast-quota-not-set = not set
forecast-projected-attainment = Projected attainment
forecast-coverage = Pipeline coverage
forecast-coverage-value = { $times }× what is left
forecast-big-deal = Big open deal: #{ $number } { $customer } — { $amount } · { $category } { $probability }% · closes { $day }
forecast-big-deal-of = Big open deal: #{ $number } { $customer } — { $amount } · { $category } { $probability }% · closes { $day } · { $owner }
forecast-slipping = Slipping: #{ $number } { $customer } — { $amount } was due { $day }; update it with /deal edit id:{ $number } close:…
forecast-undated = { $count ->
        [one] 1 open deal has no expected close date, so no period counts it.
       *[other] { $count } open deals have no expected close date, so no period counts them.
    }
forecast-left-out = Left out: { $other ->
        [one] { $other } open deal
       *[other] { $other } open deals
    } in currencies without a rate (/rates set), { $no_amount } without an amount.
forecast-footer = { $period } · { $timezone } · methods in the README

## /ask
ask-footer = From the team's documents (/docs list); the words that matched are in bold
ask-also-searched = Also searched: { $words }
ask-not-sure = 🔎 I'm not sure the documents answer that
ask-no-document = No document mentions those words. See what there is with /docs list.
ask-closest-passage = The closest passage, in case it helps:
ask-other-documents = Other documents that come close:
ask-try-other-words = Try other words, or ask a manager to add the document: /docs add
ask-about-own = 🔎 About { $topic ->
        [commission] your commission
       *[quota] your quota
    }
ask-cannot-work-out = I cannot work out { $topic ->
        [commission] your commission
       *[quota] your quota
    } yet: { $why }
ask-documents-say = This is what the documents say:
ask-own-numbers = That is about your own numbers, so here is { $command } (only you see it):

## Forecast accuracy
error-forecast-kept-for = Forecasts are kept for months and quarters.
error-forecast-kept-for-hint = Pick a month or quarter: period:last_month, period:last_quarter, period:month.
error-forecast-none-kept = No forecasts of { $period } were kept for { $name }.
error-forecast-none-kept-hint = Dealbell keeps one a day while it runs; ask again once a period has some (period:month for this one).
forecast-accuracy-title = 🎯 Forecast accuracy — { $name } — { $period }
forecast-closed-so-far = Closed so far
forecast-days-forecast = Days forecast
forecast-nothing-closed = Nothing closed won in the period, so errors cannot be given as a percentage.
forecast-method-error = { $method } error
forecast-closest = Closest on average: { $methods } (mean absolute error over { $days ->
        [one] { $days } day
       *[other] { $days } days
    }).
forecast-still-running = { $period } is still running: errors are against what has closed so far.
forecast-accuracy-footer = { $timezone } · methods in the README

## Forecast methods
forecast-method-commit = Commit
forecast-method-best_case = Best case
forecast-method-weighted = Won + weighted
forecast-method-run_rate = Run-rate
forecast-method-blended = Blended

## /docs
error-docs-file-and-text = Give the document as file or as text, not both.
error-docs-not-text = { $file } is not a Markdown or text file.
error-docs-not-text-hint = Save it as .md or .txt (UTF-8); Word and PDF files are not read.
error-docs-needs-title = A pasted document needs a title.
error-docs-needs-title-hint = /docs add title:"Discount rules" text:"…"
error-docs-nothing = Attach a document or paste one.
error-docs-nothing-hint = /docs add file:playbook.md, or /docs add title:"…" text:"…"
docs-added = 📄 Document #{ $number } { $replaced ->
        [yes] replaced
       *[no] added
    }: { $title }
docs-added-line = { $passages ->
        [one] { $passages } passage
       *[other] { $passages } passages
    }, language { $language }. /ask searches it from now on.
docs-list-title = 📚 Documents ({ $count })
docs-list-empty = None yet. A manager adds one: /docs add file:playbook.md
docs-list-line = #{ $number } { $title } — { $passages ->
        [one] { $passages } passage
       *[other] { $passages } passages
    }, { $language }{ $sample ->
        [yes] {" "}· sample
       *[no] {""}
    }
docs-list-footer = Ask them: /ask question:… · managers: /docs add, /docs remove
docs-removed = 🗑 Document #{ $number } removed: { $title }

## /rates
rates-set = Rate set: 1 { $from } = { $number } { $team } from { $day }
rates-was = It was { $number } for that day.
rates-converted = A win in { $from } from then on counts converted: { $one } is { $worth }.
rates-now-count = { $count ->
        [one] { $count } won or lost deal in { $from } without a rate now counts.
       *[other] { $count } won or lost deals in { $from } without a rate now count.
    }
rates-closed-keep = Deals closed before { $day } keep the figures their month closed with.
rates-list-title = 💱 Rates into { $team }
rates-list-empty = None yet: wins in other currencies are counted as deals, not added to { $team } revenue. A manager sets one with /rates set rate:"EUR 4.30".
rates-list-line = 1 { $from } = { $number } { $team } from { $day }
rates-list-line-by = 1 { $from } = { $number } { $team } from { $day } (set by { $who })
rates-list-footer = A win counts at the rate of its day; a rate changed later does not change a month that has ended.

## /privacy
error-privacy-nothing = Dealbell holds nothing about { $name }.
error-privacy-yourself = You cannot forget yourself here.
error-privacy-yourself-hint = Ask another manager to run it for you.
privacy-preview-title = Forget { $name }? Nothing is changed yet
privacy-preview-removed = Removed: their name, chat id and CRM name (they become "former member N"), their activity notes, nudge settings, nudges and pending uploads, and their name and mention in announcements kept for undo.
privacy-preview-kept = Kept, under the anonymous name: their deals (team totals stay right), activity counts, quotas and the audit trail. Posts already in Discord channels are Discord's; delete those there.
privacy-preview-go = To go ahead: /privacy forget user:@{ $name } confirm:true
privacy-done-title = { $name } is forgotten
privacy-done = They are shown as "{ $shown_as }" from now on: { $deals ->
        [one] { $deals } deal
       *[other] { $deals } deals
    } kept, { $notes ->
        [one] { $notes } activity note
       *[other] { $notes } activity notes
    } cleared, { $posts ->
        [one] { $posts } announcement
       *[other] { $posts } announcements
    } anonymised.
privacy-done-recorded = Recorded with your name and the time. If they come back they start as a new member.

## /tv
error-tv-no-link-made = I could not make a safe link just now. Please try again in a moment.
tv-link-title = 📺 Live page link #{ $number }
tv-link-anyone = Anyone with this link can open the page, without logging in: put it on the office screen, or share it with the team. It shows what the team's channels show, nothing more.
tv-link-once = This is the only time the link is shown. Close it for good with /tv revoke link:{ $number }
tv-not-served = The page is not being served yet: a server admin sets web.listen (and web.public_url) in Dealbell's settings.
tv-list-title = 📺 Live page links
tv-list-empty = None yet. Make one: /tv link metric:revenue period:month
tv-revoked-on = revoked { $day }
tv-open-since = open since { $day }
tv-list-footer = A link's address is shown only when it is made.
error-tv-no-link = There is no open live page link #{ $number }.
error-tv-no-link-hint = See the team's links with /tv list.
tv-revoked-title = 📺 Link #{ $number } revoked
tv-revoked-line = Pages opened with it stop updating and it opens nothing any more.

## /nudges and /away
nudges-on-title = Nudges are on
nudges-on-line = Dealbell will remind you when nothing has been logged for a while or you fall behind pace, within the team's limits.
nudges-off-title = Nudges are off
nudges-off-line = Dealbell will not nudge you. Wins, boards and contests are unchanged; /nudges on brings reminders back.
nudges-status-title = Nudges
nudges-yours-off = Yours are off (/nudges on to turn them back on).
nudges-yours-on = Yours are on (/nudges off to stop them).
nudges-you-away = You are away until { $day }.
nudges-nobody-out = Nobody has opted out or is away.
nudges-member-off-away = • { $name }: nudges off, away until { $day }
nudges-member-off = • { $name }: nudges off
nudges-member-away = • { $name }: away until { $day }
away-welcome-back = Welcome back
away-welcome-back-line = Nudges (if on) resume from today.
error-away-until = Say until when you are away.
error-away-until-hint = /away until:2026-03-20 (your last day away), or /away back:true when you are back early.
error-away-passed = { $day } has passed.
error-away-passed-hint = Give your last day away, today or later.
error-away-too-far = That is more than a year away.
error-away-too-far-hint = Give a last day within a year; you can set it again when you are back.
away-title = Away until { $day }
away-line = No nudges until then, and weeks away do not break your win streak.
away-back-early = Back early? /away back:true.

## /team
team-list-title = Teams
team-list-empty = No teams yet. A manager can import them: /import kind:teams file:sales_teams.csv
team-in-none = In no team: { $names }
team-linked-legend = ✓ = linked to a chat user. Link a rep: /team link rep:"Name" user:@them
error-team-already-linked = { $rep } is already linked to { $user }. Links are kept so nobody's history moves by accident.
team-linked = Linked { $rep } to { $user }
team-linked-deals = { $deals ->
        [one] { $deals } deal now counts
       *[other] { $deals } deals now count
    } for them on every board.
error-team-exists = There is already a team called "{ $name }".
error-team-exists-hint = See the teams with /team list; put reps in one with /team add.
team-created = Team "{ $name }" created
team-created-line = Put reps in it: /team add team:"{ $name }" rep:@…
error-team-which-rep = Say which rep.
error-team-which-rep-hint = Add rep:@someone, or rep:"Name" for a rep from the CRM.
team-added = { $rep } is now in { $team }
team-already-in = { $rep } was already in { $team }
team-added-line = Their wins count on { $team }'s boards, quota and contests.
error-team-not-in = { $rep } is not in { $team }.
error-team-not-in-hint = See who is in which team with /team list.
team-removed = { $rep } is out of { $team }
team-removed-line = Their deals stay theirs; they no longer count for this team.
error-team-has-contest = { $team } has a contest, so it stays: its standings and results name it.
error-team-has-contest-hint = Take its reps out with /team remove instead.
team-deleted = Team { $team } deleted
team-deleted-line = Its reps and their deals stay; they are simply in no team now (or in their others).

## Forecast alerts
times = { $number }×
alert-rule-attainment = Projected to miss
alert-rule-slipped = Slipped deal
alert-rule-stale = Stale deal
alert-rule-coverage = Thin pipeline
alert-rule-forecast-drop = Forecast dropped
alert-rule-large-deal = Large deal
alert-watches-attainment = projected attainment below { $threshold }% with { $days } or fewer days left in the period
alert-watches-slipped-any = an open deal is past its expected close date
alert-watches-slipped = an open deal is more than { $days } days past its expected close date
alert-watches-stale = an open deal has not changed for { $days } days
alert-watches-coverage = open pipeline is below { $times } what is left of the quota
alert-watches-forecast-drop = the blended projection fell more than { $threshold }% since the day before
alert-watches-large-deal = a deal of { $amount } or more moved stage, was won or was lost
alert-dm-nudges = DM nudges to owners of slipped and stale deals: { $state }
alert-rules-title = 🚨 Alert rules
alert-rules-footer = Change one: /alerts set rule:stale threshold:21 · checked by /schedule add kind:alerts
alert-rule-changed = 🚨 Alert rule `{ $rule }` changed
alert-closed-with-rule =
    { $count ->
        [one] Its open alert is closed.
       *[other] Its { $count } open alerts are closed.
    }
alert-list-title = 🚨 Open alerts ({ $count })
alert-list-empty = Nothing open. Alerts are checked by a schedule: /schedule add kind:alerts cron:"daily 08:30"
alert-list-newest = The newest { $shown } of { $count }; raise a rule's threshold with /alerts set if these are too many.
alert-list-snoozed = {" "}· 💤 until { $day }
alert-list-line = `#{ $number }` { $rule } — { $finding } · sent { $times }×{ $snoozed }
alert-list-resolved =
    { $count ->
        [one] 1 alert is no longer found today; the next check closes it.
       *[other] { $count } alerts are no longer found today; the next check closes them.
    }
alert-list-footer = Figures as of today · quiet one: /alerts snooze id:{ $number } days:7
alert-snoozed-title = 💤 Alert #{ $number } snoozed until { $day }
alert-snoozed-how = It stays quiet until then; if it is still there afterwards and worse than when it was last sent, it is sent again.
alert-who-team = Team { $name }
alert-deal = #{ $number } { $customer } ({ $owner }) — { $amount }
alert-deal-no-amount = no amount
alert-found-attainment =
    { $who } is projected at { $percent } of quota for { $period } ({ $blended } of { $quota }), { $days ->
        [one] { $days } day
       *[other] { $days } days
    } left
alert-found-coverage = { $who } has { $times } pipeline for the { $left } of quota left in { $period } (rule: { $rule })
alert-found-forecast-drop = { $who }'s blended projection for { $period } fell { $percent } since the last snapshot ({ $before } → { $after })
alert-found-slipped =
    { $deal } was due { $due }, { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago
alert-found-stale =
    { $deal }, no change for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
alert-found-large-deal = #{ $number } { $customer } ({ $owner }) { $what } — { $amount }
alert-large-won = 🎉 won
alert-large-lost = lost
alert-large-lost-because = lost ({ $reason })
alert-large-opened = opened at { $stage }
alert-large-moved = moved { $from } → { $to }
alert-post-title = 🚨 Forecast alerts — { $day }
alert-post-line =
    `#{ $number }` **{ $rule }**{ $why ->
        [worse] {" "}· worse
        [back] {" "}· back
       *[new] {""}
    } — { $finding }
alert-post-more-of = { $count } × { $rule }
alert-post-more = …and { $count } more: { $rules }. See them all with /alerts list.
alert-post-footer = { $period } · snooze one: /alerts snooze id:… days:7 · rules: /alerts rules
alert-nudge-title = 👋 { $rep }, deal #{ $number } needs an update
alert-nudge = { $rule }: update it so the forecast is right.
alert-nudge-how = /deal show id:{ $number }, then /deal edit id:{ $number } close:… or /deal stage, /deal won, /deal lost.

## Alert refusals
error-alert-dm-nudges-say = Say whether to send nudges.
error-alert-dm-nudges-say-hint = /alerts set rule:dm_nudges enabled:true
error-alert-dm-nudges-only = dm_nudges is only on or off: use enabled.
error-alert-nothing-to-change = Nothing to change.
error-alert-nothing-to-change-hint = Add threshold, days or enabled, e.g. /alerts set rule:{ $rule } threshold:…
error-alert-threshold-attainment = The attainment threshold is a percentage of quota, { $min }–{ $max }.
error-alert-threshold-slipped = The slipped threshold is days of grace, { $min }–{ $max }.
error-alert-threshold-stale = The stale threshold is days, { $min }–{ $max }.
error-alert-threshold-coverage = The coverage threshold is hundredths of the remaining quota, { $min }–{ $max } (200 = 2×).
error-alert-threshold-forecast-drop = The forecast_drop threshold is a percentage, { $min }–{ $max }.
error-alert-threshold-large-deal = The large_deal threshold is whole units of the team's currency, { $min }–{ $max }.
error-alert-days = Attainment days must be 0–366 (days left in the period).
error-alert-no-days = { $rule } has no days setting; only attainment does.
error-alert-threshold-hint = See /alerts rules for what each number means.

## Schedules
moment = { $day } { $time } { $zone }
post-kind-leaderboard = leaderboard
post-kind-quota = quota
post-kind-digest = digest
post-kind-forecast = forecast
post-kind-alerts = alerts
schedule-board-of = { $kind } ({ $metric }, { $period })
schedule-line = #{ $number } { $what } in <#{ $channel }> — { $cron }
schedule-added = Schedule #{ $number } added
schedule-next = Next: { $times }
schedule-next-one = next { $time }
schedule-paused = paused
schedule-last =
    last { $time }{ $late ->
        [yes] {" "}(late)
       *[no] {""}
    }: { $status }
firing-claimed = being posted
firing-posted = posted
firing-skipped = skipped
firing-retrying = retrying
firing-failed = failed
schedule-list-title = Schedules
schedule-list-empty = None yet. Add one: /schedule add kind:leaderboard cron:"weekly monday 09:00" channel:#sales
schedule-preview-title = Schedule #{ $number }: the next five posts
schedule-preview-paused = It is paused; these are the times it would post once resumed.
schedule-paused-title = Schedule #{ $number } paused
schedule-resumed-title = Schedule #{ $number } resumed
schedule-resumed-missed = Posts missed while it was paused are not sent.
schedule-removed = Schedule #{ $number } removed
schedule-early = These posts fall on the first day of their { $kind }, when it has barely begun: until someone wins, each shows the { $kind } before's final standings. For last { $kind }'s board, use period:last_{ $kind }.
schedule-sample = If it posted now: { $title }
schedule-posted-late = ⏰ Posted late: this was due { $time } while Dealbell was offline.
error-schedule-unreadable = I could not read "{ $typed }" as a schedule.
error-schedule-unreadable-hint = Use daily 17:30, weekdays 09:00, weekly monday 09:00, monthly 1 09:00, or five cron fields like "0 9 * * MON" (minute hour day month weekday).
error-schedule-too-frequent = "{ $typed }" would post more than once an hour; schedules post at most hourly.
error-schedule-never = "{ $typed }" never happens.
error-schedule-where = Say where to post.
error-schedule-where-hint = Add channel:#sales (for alerts, or set a managers' channel with /setup managers_channel:#…).
error-schedule-options = metric is for leaderboard and digest posts; period for those, forecasts and alerts.
error-schedule-alerts-period = Alerts watch the current month or quarter.
error-schedule-alerts-period-hint = Use period:month or period:quarter.
error-schedule-already-paused = Schedule #{ $number } is already paused.
error-schedule-already-running = Schedule #{ $number } is already running.

## Announcements sent together, taken back, or not delivered
burst-title =
    🔥 { $count ->
        [one] { $count } win
       *[other] { $count } wins
    } in the last few minutes
burst-undone = ~~{ $summary }~~ (undone)
burst-footer = Announced together: this channel had many wins within { $minutes } minutes.
win-taken-back = ↩ Undone: this win was taken back.
post-failed-schedule-title = Schedule #{ $number } could not post
post-failed-schedule = The post due { $time } in { $place } failed { $attempts } times: { $error }.
post-failed-schedule-how = Check that Dealbell can view and send messages there, or move it: /schedule remove, then /schedule add.
post-failed-title = An announcement could not be posted
post-failed = “{ $summary }” in { $place }: { $error }.
post-failed-how = Check that Dealbell can view and send messages there (/setup wins_channel:… to move it).
post-failed-direct = { $user }'s direct messages

## Leaderboard: where one more deal takes you
error-board-to-needs-from = to needs from.
error-board-to-needs-from-hint = Write from:2026-01-01 to:2026-03-31.
board-not-on-yet-first-win = You are not on this board yet: your first win puts you on it.
board-one-more-average-of = One more deal of your average size ({ $amount })
board-one-more-average = One more deal of your average size
board-one-more = One more deal
board-one-more-passes = { $deal } would take you to #{ $rank }, passing { $names }.
board-one-more-short = { $deal } would keep you at #{ $rank } — { $gap } short of { $names } for #{ $place }.
board-one-more-keeps = { $deal } would keep you at #{ $rank }.

## Quota refusals
error-quota-whose = Say whose quota it is.
error-quota-whose-hint = Add rep:@someone, team:"Team name" or everyone:true.
error-quota-currency = Quotas are in the team's currency, { $currency }.
error-quota-currency-hint = Write the amount in { $currency } (or change the team's currency with /setup).
error-quota-period-over = { $period } is over.
error-quota-period-over-hint = Set quotas for the current period or a future one (starting:2026-04-01).

## Buttons: undo and import previews
error-undo-already = That change was already undone.
error-undo-too-old = This change is older than { $minutes } minutes, so it can no longer be undone with a click.
error-undo-too-old-hint = Correct it with /deal edit, /deal stage or /deal lost.
error-preview-settled = This import was already applied or cancelled.
error-preview-too-old = This preview is too old to apply; the data may have changed since.
error-preview-too-old-hint = Run the import again.
import-cancelled = Import cancelled
import-cancelled-nothing = Nothing was changed.

## Activities
error-activity-kind = "{ $kind }" is not an activity I track.
error-activity-kind-hint = Use call, email, meeting, demo or proposal.
error-activity-already-removed = Activity #{ $number } was already removed.
activity-list-title = Activities logged by { $rep }
activity-list-empty = None yet. Log one: /activity log kind:call count:5
activity-list-footer = A wrong one? /activity remove id:… (or /deal undo right after)
activity-removed =
    { $how ->
        [undone] Undone
       *[removed] Removed
    }: { $activities } logged by { $rep } on { $day }
activity-removed-counts = It no longer counts on any board.

## Deals: fields, changes, history and refusals
deal-field-stage = stage
deal-field-amount = amount
deal-field-customer = customer
deal-field-product = product
deal-field-expected-close = expected close
deal-field-closed-on = closed on
deal-field-won-on = won on
deal-field-lost-on = lost on
deal-field-lost-reason = lost reason
deal-field-note = note
deal-field-owner = owner
deal-field-forecast-category = forecast category
deal-action-create = adding
deal-action-stage = stage change
deal-action-won = win
deal-action-lost = loss
deal-action-edit = edit
deal-action-forecast = forecast category
deal-action-import = import
deal-action-convert = currency conversion
deal-action-undo = undo
deal-change = { $field } { $from } → { $to }
deal-change-removed = removed
deal-change-owner = owner changed
deal-history-amount-hidden = amount hidden
deal-category-follows-stage = follows the stage
deal-history-title = History of deal #{ $number }
deal-history-someone = someone
deal-history-no-change = no change to what a deal shows
deal-history-line =
    { $day } { $time } { $actor } { $action }{ $undone ->
        [yes] {" "}(undone)
       *[no] {""}
    }: { $changes }
deal-forecast-from-stage = { $category } (from its stage)
deal-forecast-now = Deal #{ $number } is now forecast as { $category }
error-deal-add-closed-stage = { $stage } closes a deal; /deal add is for open deals.
error-deal-add-closed-stage-hint = Log a win with /win amount:… customer:…
error-deal-edit-nothing = Nothing to change.
error-deal-edit-nothing-hint = Say what to change, e.g. /deal edit id:{ $number } amount:15k close:eoq
error-deal-edit-same = Deal #{ $number } already has those details.
error-deal-forecast-closed = Deal #{ $number } is closed; forecasts are about open deals.
error-deal-forecast-same = Deal #{ $number } is already there.
error-deal-not-yours = Deal #{ $number } is { $owner }'s open pipeline; only they and managers can see it.
error-deal-not-yours-hint = Your own deals: /deal list
error-undo-changed-since = Deal #{ $number } has changed since your { $action }, so undo would overwrite someone else's work.
error-undo-changed-since-hint = Look at it with /deal show id:{ $number } and correct it with /deal edit.
error-deal-conflict = Deal #{ $number } was changed by someone else just now, so nothing was saved.
error-deal-conflict-hint = Look at it again with /deal show id:{ $number } and retry.
error-deal-already-won = Deal #{ $number } is already won.
error-deal-already-lost = Deal #{ $number } is already lost.
error-deal-same-stage = Deal #{ $number } is already at stage { $stage }.
error-deal-no-amount = Deal #{ $number } has no amount yet, so it cannot be won.
error-deal-no-amount-hint = Add one: /deal won id:{ $number } amount:12500
error-deal-close-through-stage = Use /deal won or /deal lost to close a deal; /deal stage moves it between open stages.
error-deal-close-in-future = { $date } is in the future; a deal closes on a day that has come.
error-deal-close-too-old = { $date } is more than { $days } days ago; a manager can date a deal further back.
error-text-empty = This cannot be empty.
error-text-too-long = This is too long ({ $count } characters); keep it under { $most }.
error-period-unknown = I don't know the period "{ $typed }".
error-period-unknown-hint = Use week, month, quarter or year, with last_ for the one before (last_month).
error-period-backwards = The period ends before it starts ({ $from } to { $to }).
error-period-too-long = That period is longer than five years; pick a shorter range.
error-days-off-too-many = A team keeps at most { $most } days off of its own.

## Commission plan in words
comp-plan-period =
    Commission is counted per { $period ->
        [month] month
        [quarter] quarter
       *[year] year
    } on won revenue in { $currency }.
comp-plan-on-target =
    On-target commission: { $amount } a { $period ->
        [month] month
        [quarter] quarter
       *[year] year
    } at 100% of quota; the on-target rate is that ÷ your quota.
comp-plan-flat = All won revenue pays { $rate }.
comp-plan-tiers-retroactive = Tiers by quota attainment; reaching a tier re-rates all revenue of the period at its rate:
comp-plan-tiers-marginal = Tiers by quota attainment; each part of revenue is paid at its own tier's rate:
comp-plan-tier = • { $range }: { $rate }
comp-plan-tier-above = above { $from }
comp-plan-tier-edge = A tier begins just above its lower bound: exactly { $edge } of quota is paid at the { $tier } tier's rate.
comp-plan-threshold = Below { $threshold } of your own quota no commission is paid; SPIFFs are paid on top.
comp-plan-threshold-split = Below { $threshold } of your own quota no commission is paid, neither your own part nor the team part; SPIFFs are paid on top.
comp-plan-split = { $own }% is paid on your own attainment, { $team }% on your team's.
comp-plan-cap =
    Commission is capped at { $amount } a { $period ->
        [month] month
        [quarter] quarter
       *[year] year
    } (SPIFFs are paid on top).
comp-plan-spiff-product-from = each won { $product } deal of { $amount } or more
comp-plan-spiff-product = each won { $product } deal
comp-plan-spiff-from = each won deal of { $amount } or more
comp-plan-spiff-any = each won deal
comp-plan-spiff = SPIFF "{ $name }": { $bonus } for { $what }, won { $from } to { $to }.
comp-plan-clawback = A won deal marked lost within { $days } days of its win is taken back (at the rate it was paid).
comp-plan-rounding =
    Amounts are rounded { $rounding ->
        [half_even] half to even
        [down] down
       *[half_up] half up
    } to the cent (minor unit), once, at the end of each line.
comp-plan-title = 💶 Commission plan — { $name } (version { $version })
comp-plan-footer = Your own numbers: /comp estimate · questions: /ask
comp-plan-loaded = 💶 Plan loaded — { $name } (version { $version })
comp-plan-loaded-footer = Reps see it with /comp plan and their numbers with /comp estimate
error-comp-plan-on-file = The plan on file cannot be read any more: { $error }.
error-comp-plan-on-file-hint = A manager can load it again, fixed: /comp plan file:…
error-comp-no-plan = No commission plan is loaded yet.
error-comp-no-plan-hint = A manager loads one with /comp plan file:plan.toml (every field is explained in config/comp_plan.example.toml).
error-comp-file-and-text = Give the plan as file or as text, not both.
error-comp-plan-unusable = That plan cannot be used: { $error }.
error-comp-plan-unusable-hint = Fix it and load it again; nothing was changed. Every field is explained in config/comp_plan.example.toml.
error-comp-plan-one-line-hint = A plan has one setting per line: attach the .toml file, or write \n between lines. Nothing was changed.
error-comp-plan-currency = The plan pays in { $plan } but the team counts revenue in { $team }.
error-comp-plan-currency-hint = Write the plan in { $team } (or change the team's currency with /setup).
error-comp-no-quota = The plan pays by quota attainment, and { $rep } has no quota for { $period }.
error-comp-no-quota-hint = A manager sets one: /quota set rep:@… amount:… period:quarter
error-comp-plan-period =
    The plan counts commission per { $period ->
        [month] month
        [quarter] quarter
       *[year] year
    }.
error-comp-plan-period-hint = Ask for period:{ $period } or period:last_{ $period }.
error-comp-amount-currency = The plan pays in { $currency }.
error-comp-amount-currency-hint = Write the amount in { $currency }.

## Imports: the report, skipped rows and unreadable files
import-title = Imported { $file }
import-rows-read = Rows read
import-created = Created
import-updated = Updated
import-unchanged = Unchanged
import-skipped = Skipped
import-won-in-file = Won in file
import-won =
    { $count ->
        [one] { $grouped } deal
       *[other] { $grouped } deals
    }, { $amount }
import-format-maven = Format: CRM pipeline export (opportunity_id, sales_agent, ...; US dates).
import-format-dealbell = Format: Dealbell columns (external_id, rep, customer, ...).
import-read-as =
    Read as { $encoding } text, columns separated by { $separator ->
        [comma] commas
        [semicolon] semicolons
        [tab] tabs
       *[other] { $separator }
    }.
import-reps-created =
    { $count ->
        [one] 1 rep was new
       *[other] { $count } reps were new
    }; they own their deals until a manager links them: /team link rep:"Name" user:@them
import-without-account =
    { $count ->
        [one] { $grouped } row names
       *[other] { $grouped } rows name
    } no account; they were imported with the customer "{ $customer }".
import-product-variants = Product names that look alike were kept apart: { $names }. Fix the spelling in the CRM if they are one product.
import-skipped-line = Skipped line { $line }: { $why }
import-more-skipped = …and { $count } more skipped lines.
import-row-empty = { $column } is empty
import-row-too-long = { $column } is too long ({ $count } characters; at most { $most })
import-row-unknown-stage = stage "{ $stage }" is not one of the team's stages and not in import.stage_map
import-row-stage-maps-nowhere = stage "{ $stage }" maps to "{ $key }", which is not a stage
import-row-not-a-date = { $column } "{ $text }" is not a date ({ $form })
import-row-not-whole = close_value "{ $text }" is not a whole amount
import-row-currency = currency "{ $code }" is not an ISO 4217 code
import-row-amount = amount: { $why }
import-row-closed-without-date =
    a { $outcome ->
        [won] won
       *[lost] lost
    } deal needs its close date
import-row-won-without-value = a won deal needs a value above zero
import-row-repeats-id = repeats id { $id } from line { $first }
import-preview-title =
    { $file } would change { $count ->
        [one] { $count } existing deal
       *[other] { $count } existing deals
    }
import-preview-also = It would also create { $created } and leave { $unchanged } unchanged ({ $skipped } rows skipped).
import-preview-overwrites = Changes overwrite what is stored, including corrections made in chat since the last import; each change is audited.
import-preview-within = Apply it or cancel within { $minutes } minutes.
import-teams-title = Imported teams from { $file }
import-teams-created = Teams created
import-people-created = People created
import-memberships-added = Memberships added
import-teams-named-by = Teams named by the { $column } column. { $read_as }
import-teams-how = See them with /team list; link reps to chat users with /team link.
error-import-not-csv = { $file } is not a CSV file.
error-import-not-csv-hint = Export the report from your CRM as CSV (UTF-8) and attach the .csv file.
error-import-currency = "{ $code }" is not an ISO 4217 currency code (EUR, USD, PLN...).
error-import-not-text = The file is not text I can read (it is not valid { $encoding }).
error-import-not-text-hint = Export it as CSV (UTF-8) and try again.
error-import-duplicate-column = The column "{ $name }" appears twice (columns { $first } and { $second }), so I cannot tell which to read.
error-import-duplicate-column-hint = Remove or rename one and try again.
error-import-unclosed-quote = Line { $line } opens a quote that is not closed, so the { $swallowed } lines after it would be read as one field (the file seems to have { $rows } rows).
error-import-unclosed-quote-hint = Close the quote, or remove the stray ", and try again.
error-import-empty = The file is empty.
error-import-unknown-columns = I don't recognise these columns: { $found }.
error-import-unknown-columns-hint = Use the CRM export's columns ({ $crm }) or Dealbell's ({ $dealbell }; optional: { $optional }).
error-import-no-team-column = The file has no { $column } column to name teams by (its columns: { $found }).
error-import-no-team-column-hint = Choose another with team_by:manager, team_by:office or team_by:team.
error-import-malformed = The CSV cannot be read near line { $line }: { $error }
error-import-unreadable = The file could not be read to its end ({ $error }).
error-import-unreadable-hint = Check that it is still there and readable, and try again.

## Scheduled posts in the console, exports, documents, Discord's own notes
firing-outcome-posted = posted
firing-outcome-queued = queued
firing-outcome-late = late
firing-outcome-quiet = quiet
firing-outcome-skipped = skipped
firing-outcome-retrying = retrying
firing-outcome-failed = failed
export-title =
    📎 Export: { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
export-deals-format = UTF-8 CSV in the import's own format: `dealbell import deals` reads it back.
export-values-format = UTF-8 CSV: values in minor units, counts or basis points, with the text beside them.
error-export-quota-period = Quotas are set for a month, a quarter or a fiscal year.
error-export-quota-period-hint = Use period:month, period:quarter or period:year.
error-document-empty = The document is empty.
discord-could-not-post =
    I could not post in { $channel }: { $error }.{ $retry ->
        [yes] {" "}I will try again in a few minutes.
       *[no] {""}
    } Check that I can view and send messages there.
discord-restarting = Dealbell is restarting
discord-restarting-how = Try again in a minute.

## The live page's own words
tv-page-leaderboard = Leaderboard
tv-page-empty = No one is on the board yet: the first win takes the lead.
tv-page-duels = Duels
tv-page-latest-wins = Latest wins
tv-page-new-win = New win
tv-page-live = Live

## Why a commission plan cannot be used
plan-problem-at-line = line { $line }: { $problem }
plan-problem-toml = { $text }
plan-problem-currency = currency "{ $code }" is not an ISO 4217 code such as EUR or USD
plan-problem-name-empty = name must not be empty
plan-problem-version-empty = version must not be empty (estimates name it)
plan-problem-not-one-of = { $field } "{ $typed }" must be one of { $choices }
plan-problem-not-positive = { $field } must be a positive amount in { $currency }
plan-problem-on-target = on_target_commission must be a positive amount in { $currency }, e.g. 20000
plan-problem-spiff-bonus = a SPIFF's bonus must be a positive amount in { $currency }
plan-problem-multiple-needs-on-target = a rate written as a multiple (1.5x) needs on_target_commission
plan-problem-threshold = threshold must be a percentage of quota above 0% ("50%")
plan-problem-clawback-days = clawback days must be between 1 and 730
plan-problem-base-rate-and-tiers = use base_rate or tiers, not both
plan-problem-base-rate = base_rate must be a percentage between 0% and 100%
plan-problem-pays-nothing = the plan pays nothing: add base_rate, tiers or on_target_commission
plan-problem-tier-from = a tier's from must be a percentage of quota, 0 or more ("50%")
plan-problem-tier-to-below-from = a tier's to must be above its from
plan-problem-tier-to = a tier's to must be a percentage of quota ("100%")
plan-problem-tier-rate-negative = a tier's rate must not be negative
plan-problem-tier-rate-over-100 = a tier's rate must be at most 100% of revenue
plan-problem-tier-rate = a tier's rate must be a percentage ("8%") or a multiple ("1.5x")
plan-problem-first-tier-not-at-zero = the first tier must start at 0%
plan-problem-only-last-tier-open = only the last tier may leave out to
plan-problem-tiers-overlap = tiers overlap: this one starts at { $starts } but the one before ends at { $ends }
plan-problem-tiers-gap = tiers leave a gap from { $from } to { $to }
plan-problem-last-tier-closed = the last tier must leave out to (it runs on without limit)
plan-problem-split = split individual and team must be whole percentages adding to 100% (75% and 25%)
plan-problem-spiff-dates = a SPIFF needs from and to dates (2026-03-01)
plan-problem-spiff-dates-backwards = a SPIFF's to date is before its from date
plan-problem-spiff-target = a SPIFF needs a product, a min_amount or both (otherwise it is a bonus on every deal)

## The terminal: start-up, the console's banner and the shell's commands
shell-line = line { $line }: { $text }
shell-lines-failed = { $count ->
        [one] 1 line failed.
       *[other] { $count } lines failed.
    }
shell-console-banner = Dealbell console — type /help for commands, :help for console directives, :quit to leave.
shell-no-token-console = No Discord token set, so this is the local console. To connect Discord, set DISCORD_TOKEN and run `dealbell run` (see README).
shell-no-token-help = Dealbell needs a Discord bot token to run on Discord.
      1. Create an application at https://discord.com/developers/applications, add a Bot, copy its token.
      2. export DISCORD_TOKEN=... (or set discord.token_file in your config file)
      3. Invite the bot: { $invite }
      4. dealbell run
    Until then, `dealbell console` runs every command locally.
shell-live-page = Live page served on { $address } — make a link with /tv link
shell-demo-ready = Demo team ready: { $commands } commands replayed ({ $wins } wins) in { $seconds } s. Try /leaderboard or /leaderboard metric:deals period:quarter
shell-no-runtime = cannot start the async runtime: { $why }
shell-not-a-time = "{ $text }" is not a time; write 2026-03-10 09:00 (UTC) or 2026-03-10T09:00:00+01:00
shell-time-out-of-range = "{ $text }" is outside the years 1 to 9999, which Dealbell keeps
shell-loading-settings = loading settings
shell-opening-database = opening the database
shell-opening = opening { $what }
shell-reading = reading { $path }
shell-writing = writing { $path }
shell-settings-valid = settings are valid
shell-indexed = { $file } indexed in { $ms } ms
shell-import-took = import took { $ms } ms
shell-cause = cause: { $cause }
shell-export-no-file = /export replied without a file
shell-rows-written = { $rows ->
        [one] 1 row
       *[other] { $rows } rows
    } written to { $path }.
shell-not-a-currency = "{ $code }" is not an ISO 4217 currency code (such as EUR, USD or PLN)
shell-backtest-read = Deals read: { $deals }; product prices: { $prices } (from { $path }); engaged-deal probability: { $probability } %; months left out for lack of history: { $skipped }.
shell-none = none
shell-invite-replace = Replace YOUR_APPLICATION_ID with your application's id (or set DISCORD_TOKEN, or pass --app-id).
shell-progress-reading = reading the file
shell-progress = { $done }/{ $total } rows · { $rate } · { $left } left
shell-backing-up = backing up
shell-backed-up = Backed up to { $path } in { $ms } ms.
shell-restore-not-a-file = restore puts a backup file in place of a SQLite database file (--db PATH); a PostgreSQL database is restored with its server's tools (pg_restore).
shell-restoring = restoring
shell-restored = Restored { $database } from { $backup }.
shell-restore-kept = The database that was there is kept as { $path }.
shell-from-not-sqlite = --from names the SQLite database to copy: a path or sqlite://path
shell-to-not-postgres = --to names the PostgreSQL database to fill: postgres://user@host/database
shell-no-database-at = there is no database at { $path }
shell-copied = Copied { $teams ->
        [one] 1 team
       *[other] { $teams } teams
    } into { $target }:
shell-copied-rows = { $rows ->
        [one] row
       *[other] rows
    }
shell-copy-checked = Checked { $checks } row counts and money totals, per team and table: all match.
shell-use-postgres-now = Run Dealbell with DEALBELL_DATABASE_URL set to the PostgreSQL URL from now on.

## When Discord will not take the bot (printed at start)
shell-discord-bad-token = Discord rejected the bot token (401 Unauthorized). Copy the token again from the Bot page of your application and set DISCORD_TOKEN.
shell-discord-unreachable = cannot reach the Discord API at { $origin }: { $reason }. Check DEALBELL_DISCORD_API_URL and the network; not falling back to another address.
shell-discord-closed = Discord closed the connection: { $why }
shell-refusal-token = Discord's gateway refused the bot token (close 4004). Copy the token again from the Bot page of your application and set DISCORD_TOKEN.
shell-refusal-invalid-shard = Discord's gateway refused shard { $shard } of { $total } (close 4010, invalid shard). Check --shards and --shard-total (discord.shards and discord.shard_total): every shard must be below the total, and every process must use the same total.
shell-refusal-sharding-required = Discord wants this bot split over more shards (close 4011, sharding required): it is in too many servers for { $total }. Raise --shard-total (Discord recommends a count at GET /gateway/bot) and spread the shards over your processes.
shell-refusal-api-version = Discord's gateway no longer speaks the API version this Dealbell uses (close 4012). Update Dealbell.
shell-refusal-invalid-intents = Discord's gateway does not know the intents Dealbell asked for (close 4013). This is a bug in Dealbell: please report it.
shell-refusal-disallowed-intents = Discord refused a privileged intent (close 4014). Dealbell needs only the Guilds intent; if you changed that, enable the intent on the Bot page of the Developer Portal.

## Settings that cannot be used (config/dealbell.toml and the environment)
config-read = cannot read the settings file { $path }: { $why }
config-syntax = the settings file { $path } is not valid TOML: { $why }
config-timezone = team.timezone "{ $value }" is not an IANA timezone such as Europe/Berlin
config-currency = team.currency "{ $value }" is not an ISO 4217 code such as EUR
config-fiscal-year = team.fiscal_year_start must be a month, 1–12
config-between = { $key } must be between { $min } and { $max }{ $upper ->
        [week] {" "}(a week)
        [two-weeks] {" "}(two weeks)
        [ten-years] {" "}(ten years)
       *[none] {""}
    }
config-competition = competition: burst_posts must be 1–1000, burst_minutes 1–1440 and burst_hold_minutes 0–1440
config-forecast = forecast: best_case_at must not be above commit_at, and both at most 100
config-alert-threshold = alerts: the { $rule } threshold must be { $min }–{ $max }
config-alert-days = alerts: attainment_days_left must be 0–366
config-alert-no-days = alerts: { $rule } has no days setting
config-alerts-period = alerts.period must be month or quarter
config-stages-incomplete = stages: the pipeline needs at least one open stage, one won stage and one lost stage
config-stage-twice = stages: stage "{ $stage }" appears twice
config-stage-probability = stages: stage "{ $stage }" has probability { $probability }; it must be 0–100
config-stage-key = stages: stage key "{ $stage }" must be lower-case letters, digits or _
config-stage-map = import.stage_map maps "{ $crm }" to "{ $key }", which is not a stage key
config-posts-per-second = discord.posts_per_second is { $value }: give a number from 1 to 50 (Discord allows a bot 50 requests a second across all its processes)
config-web-listen = web.listen "{ $value }" is not an address and port such as 127.0.0.1:8080
config-web-public-url = web.public_url "{ $value }" must start with https:// (or http://)
config-web-requests = web.requests_per_minute must be at least 1
config-nudge-time = nudges: { $name } "{ $value }" is not a time written HH:MM
config-weekend = team.weekend "{ $value }" must be one of: { $choices }
config-country = team.country "{ $value }": Dealbell has the public holidays of { $codes }
config-day-off = team.days_off: "{ $value }" is not a date written YYYY-MM-DD
config-shards = shards "{ $range }" of { $total }: { $why } (write them as 0-3 with a total such as 8)
config-shards-not-numbers = not shard numbers
config-shards-no-total = the total number of shards is missing
config-shards-backwards = the range runs backwards
config-shards-beyond-total = shards are numbered from 0 to one less than the total
config-database-scheme = the database scheme { $scheme }:// is not one Dealbell reads; use a SQLite file, written as a path (data/dealbell.db) or sqlite://data/dealbell.db, or a PostgreSQL server, written postgres://user@host/database
config-dev-guild = dev guild "{ $value }" must be a server id (a number)
config-api-origin = the Discord API origin "{ $value }" must look like https://host or http://127.0.0.1:7777 (no path)

## The settings as check-config prints them
summary-read-from = read from
summary-built-in = built-in defaults
summary-database = database
summary-backup = nightly backup
summary-backup-off = off (schedules.backup_folder)
summary-backup-postgres = set, but not taken: the database is PostgreSQL, whose data Dealbell cannot copy as a file. Back it up with pg_dump (and unset schedules.backup_folder)
summary-backup-on = into { $folder } from { $hour } UTC, the last { $keep } kept
summary-team-defaults = team defaults
summary-team-defaults-value = timezone { $timezone }, currency { $currency }, fiscal year starts in month { $month }, weekend { $weekend }, public holidays of { $country }, { $days } other days off
summary-no-country = no country
summary-undo = undo window
summary-minutes = { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
summary-board-rows = leaderboard rows
summary-live-page = live page
summary-live-on = served on { $address }, links start { $origin }
summary-live-off = off (web.listen)
summary-bursts = win bursts
summary-bursts-value = more than { $posts } in { $minutes } minutes wait { $hold } minutes and go out as one
summary-nudges = nudges
summary-nudges-value = at most { $day } a day and { $week } a week per rep, quiet { $from }–{ $until }{ $weekends ->
        [yes] {" "}and at weekends
       *[no] {""}
    }, after { $days } quiet working days
summary-stages = stages
summary-token = discord token
summary-token-unset = not set (the console runs instead)
summary-token-set = set (hidden)
summary-dev-guild = dev guild
summary-api-origin = discord api origin

## A chart with nobody on it, and a subject chosen twice
chart-board-empty = Nobody on the board yet
error-subject-one = Choose one: rep, team or everyone.

## The database, as the shell reports it (opening, backups, restores, migrate-db)
shell-store-not-dealbell = { $database } is not a Dealbell database: { $why ->
        [other-tables] it holds other tables ({ $detail })
       *[not-sqlite] it is not an SQLite database ({ $detail })
    }. Nothing was changed; point --db (or DEALBELL_DATABASE_URL) at a Dealbell database or a new, empty one.
shell-store-newer = { $database } was written by a newer Dealbell (schema version { $version }); this one cannot read it safely. Nothing was changed; run the newer Dealbell, or restore a backup.
shell-store-cannot-write = The database cannot be written: { $why ->
        [disk-full] the disk is full
       *[read-only] it is read-only
    }. Nothing was saved.
shell-store-folder = cannot create the database folder { $path }: { $why }
shell-store-lock = cannot lock { $path } while the database is checked: { $why }
shell-backup-postgres = a PostgreSQL database is backed up with the server's own tools (pg_dump, or the host's snapshots), not by Dealbell
shell-backup-exists = { $path } exists already; name a new file
shell-backup-not-a-file = { $path } is not a file
shell-backup-empty = { $path } is empty
shell-backup-failed = { $step ->
        [sync] syncing the backup
        [keep-current] keeping the current database
       *[copy-in] copying the backup in
    }: { $why }
shell-copy-wrong-way = migrate-db copies from a SQLite database into a PostgreSQL one
shell-copy-not-empty = the target database is not empty ({ $table } has { $rows } rows); migrate-db only fills an empty database, so that nothing there is overwritten or mixed. Point --to at a new database
shell-copy-mismatch = the copy does not match the original ({ $detail }); nothing was written to the target

## The live page's plain answers (in the browser's language), and serving it
web-not-found = Not found
web-too-many-requests = Too many requests from this address; try again in a minute.
shell-live-page-cannot-serve = cannot serve the live page on { $address } (web.listen): { $why }

## The backtest's table (dealbell backtest)
backtest-month = month
backtest-won = won ({ $currency })
backtest-weighted = weighted pipeline
backtest-error = error
backtest-win-rate = pipeline × win rate
backtest-last-month = last month
backtest-expected = deals expected
backtest-cycle = median cycle (days)
backtest-mean-absolute = mean absolute error
backtest-mean-signed = mean signed error (bias)

## Discord's interaction that cannot be read as a command
discord-not-in-server = Dealbell works in servers, not in direct messages.
discord-file-too-large = { $file } is { $size } bytes; the limit is { $limit }. Split the file and send the parts.
discord-download-failed = I could not download { $file }: { $why }
discord-download-missing = Discord did not send { $file }; attach it again.
discord-rep-twice = Name the rep once: { $option } (a chat user) or { $option }_name (a name), not both.

## Nothing to undo
error-nothing-to-undo = You have no change from the last { $minutes } minutes to undo.
error-nothing-to-undo-hint = Older changes can be corrected with /deal edit, /deal stage, /deal lost or /activity remove.

## Why a post could not be delivered
post-error-bad-destination = { $place } is not somewhere I can post
post-error-refused = Discord refused the post: { $why }

## Names Dealbell gives data: a forgotten member, a CRM deal without an account
privacy-former-member = former member { $number }
crm-no-account = (no account)
shell-discord-wrong-gateway = serenity chose the gateway { $chosen } instead of { $expected }

## The command line's help (dealbell --help): each command and option
cli = A chat bot for sales teams: log wins, leaderboards, quotas and more.
cli--config = Settings file (default: config/dealbell.toml when it exists)
cli--db = The database: a SQLite file, or postgres://user@host/db (default: data/dealbell.db, or DEALBELL_DATABASE_URL)
cli--memory = Use a throwaway database, deleted on exit
cli--now = Pin the clock at this UTC time ("2026-03-10 09:00" or RFC 3339) instead of following real time: for tests, demos and replays
cli--lang = The language of what Dealbell prints here (default: the terminal's locale, LC_ALL or LANG); the console asks in it, as a phone set to it would
cli-run = Start the Discord bot (needs DISCORD_TOKEN)
cli-run--shards = Run only these gateway shards, as 0-3 (with --shard-total); several processes with their own ranges share the database
cli-run--shard_total = How many shards there are in all, across every process
cli-console = A local team channel in the terminal: every command, no Discord needed
cli-console--script = Run the lines of FILE instead of reading the keyboard
cli-console--format = Print replies as text or as one JSON object per line
cli-console--demo = Fill a throwaway team with a quarter of demo history first
cli-console--guild = Team (console channel's server) to use
cli-console--charts = Save charts (chart:true, scheduled posts) as PNG files in DIR
cli-import = Import a CRM export into a team
cli-import--kind = What the file holds: deals or teams
cli-import--file = The CSV file
cli-import--guild = Team to import into: a Discord server id, or a console team name
cli-import--currency = Currency of amounts that name none (default: the team's)
cli-import--team_by = Teams: the column that names each team (manager, office or team)
cli-docs = Add Markdown or text documents to a team's /ask library (a file with the same title replaces the one there)
cli-docs-add = Add (or replace) documents: dealbell docs add FILE... [--guild NAME]
cli-docs-add--files = The documents (.md or .txt)
cli-docs-add--guild = Team: a Discord server id, or a console team name
cli-backtest = Replay a CRM export month by month and report how each forecast method did
cli-backtest--file = The CRM's deal export (CSV)
cli-backtest--products = Product list prices (product, series, sales_price); default: products.csv beside FILE
cli-backtest--currency = Currency of the export's amounts
cli-eval-ask = How well /ask answers a question set, per language (for Dealbell's developers): DIR holds docs/ and questions.json or questions.tsv
cli-eval-ask--dir = The question set's folder (default: the project's own, tests/ask_eval)
cli-eval-ask--explain = For each miss, print how the question's words weigh and what ranked first
cli-check-config = Check the settings and print them (the token only as set or not)
cli-export = Write a CSV as /export does (UTF-8 with BOM): deals (the format `import deals` reads), a leaderboard, quotas or activities
cli-export--kind = What to export: deals, leaderboard, quota or activities
cli-export--guild = Team: a Discord server id, or a console team name
cli-export--period = For a leaderboard, quotas or activities: which period, as in chat (month, last_quarter, year, 2026-03, ...; default this month)
cli-export--metric = For a leaderboard: what it ranks (revenue, deals, ...; default revenue)
cli-export--output = Write to FILE instead of standard output
cli-backup = Write a consistent copy of the database to FILE (safe while the bot runs)
cli-backup--file = The new backup file (it must not exist yet)
cli-restore = Put the backup FILE in place of the database (stop Dealbell first); the database that was there is kept beside it
cli-restore--file = The backup to put back
cli-migrate-db = Copy every team's whole history from a SQLite database into an empty PostgreSQL one, and check row counts and money totals per team (stop Dealbell first)
cli-migrate-db--from = The SQLite database: a path or sqlite://path
cli-migrate-db--to = The PostgreSQL database: postgres://user@host/database
cli-invite-url = Print the link that invites the bot to a server, with the permissions it needs
cli-invite-url--app_id = The application id (default: asked from Discord with the configured token)

## A backup into a folder that is not there
shell-backup-no-folder = the folder { $path } does not exist; create it first or name another

## Examples of a contest's target, as typed in each language
contest-example-percent-of-quota = target:120%
contest-example-amount = target:50k
contest-example-win-rate = target:40%
contest-example-deals = target:"10 deals"
contest-example-activities = target:"25 activities"

## A combined post lists so many wins, then counts the rest
burst-more = { $count ->
        [one] …and { $count } more win
       *[other] …and { $count } more wins
    }
