# Cuvintele lui Dealbell în română. Ne adresăm cu „tu” (ca Discord). Vezi glossary.md.

## /language

language-title = Limba ta
language-chosen = Când aplicația ta Discord este setată pe o limbă pe care Dealbell nu o vorbește, Dealbell îți răspunde în limba: { $language }.
language-automatic = Dealbell îți răspunde în limba aplicației tale Discord, dacă o vorbește; altfel, în limba echipei ({ $language }).
language-current = Acum Dealbell îți răspunde în limba: { $language }.

## Wins

# Fără verb la trecut: „a câștigat” e neutru, dar numele clientului ar cere articol.
win-title = 🎉 Vânzare câștigată: { $rep } — { $customer }!

## Fișa unei tranzacții

amount-not-set = nespecificată
deal-customer = Client
deal-amount = Valoare
deal-stage = Etapă
deal-owner = Responsabil
deal-product = Produs
deal-expected-close = Închidere estimată
deal-won-on = Câștigată pe
deal-lost-on = Pierdută pe
deal-lost-because = Motivul pierderii
deal-note = Notă: { $note }
deal-counted-as = Contabilizată ca { $counted }: { $amount } la cursul { $rate } din ziua ei.
deal-recorded-until-closed = Înregistrată în { $currency }, așa cum a fost introdusă; la închidere se contabilizează în { $team } la cursul din ziua respectivă (/rates list).
deal-recorded-without-rate = Înregistrată în { $currency }, așa cum a fost introdusă; fără curs { $currency } pentru ziua ei, clasamentele numără tranzacția, dar nu și valoarea ei (un manager setează unul: /rates set rate:"{ $currency } …").
deal-footer = Tranzacția #{ $number }

## Counts

deals-count =
    { $count ->
        [one] { $count } tranzacție
        [few] { $count } tranzacții
       *[other] { $count } de tranzacții
    }

## Numere și perioade

percent = { $number } %
period-week = săptămâna din { $start }
period-quarter = T{ $quarter } AF { $years } ({ $from } – { $to } { $year })
period-fiscal-year = anul fiscal { $years }
period-custom = { $from } – { $to }
footer-period = { $period } · { $timezone }

## Butoane

button-undo = Anulează
button-apply-import = Aplică importul
button-cancel = Renunță
button-accept = Acceptă
button-decline = Refuză
# The console has no buttons: what to type instead.
button-instead-apply = rulează aceeași comandă cu confirm:true
button-instead-cancel = nu face nimic

## Clasamente

metric-revenue = Vânzări câștigate
metric-deals = Tranzacții câștigate
metric-attainment = Realizarea țintei
metric-win_rate = Rată de câștig
metric-activities = Activități înregistrate
metric-avg_deal = Valoarea medie a tranzacției
board-of-teams = echipe
board-heading = { $metric } — { $period }
board-heading-scoped = { $metric } · { $scope } — { $period }
board-won = { $count } câștigate
board-closed = { $count } închise
board-of-amount = din { $amount }
activities-count =
    { $count ->
        [one] { $count } activitate
        [few] { $count } activități
       *[other] { $count } de activități
    }
board-movement-new = nou
board-not-on-yet = Nu ești încă în acest clasament.
board-footer = { $period } · { $timezone } · schimbări față de { $previous }
board-empty = Nimeni nu e încă în clasament pentru { $period }. { $nudge }
board-empty-no-teams = Nu există încă echipe: importă-le cu /import kind:teams, apoi leagă agenții cu /team link.
board-empty-activities = Înregistrează una: /activity log kind:call count:5
board-empty-attainment = Un manager stabilește țintele cu /quota set.
board-empty-win-rate = Un agent are nevoie de { $count } tranzacții închise ca să intre în clasament.
board-empty-be-first = Deschide clasamentul: /win amount:… customer:…
board-attainment-private = Țintele sunt private aici, așa că realizarea lor nu se publică pe canal. Managerii o văd cu /leaderboard metric:attainment; fiecare agent o vede pe a sa.
board-own-attainment = Țintele sunt private aici: îți vezi propria realizare; managerii le văd pe toate.
board-other-currencies =
    { $count ->
        [one] { $count } tranzacție câștigată în alte monede nu este adunată
        [few] { $count } tranzacții câștigate în alte monede nu sunt adunate
       *[other] { $count } de tranzacții câștigate în alte monede nu sunt adunate
    } la vânzările în { $currency } (niciun curs pentru ziua lor: /rates set).

## /quota check

quota-heading = { $name } — { $period }
quota-attainment = { $bar } { $percent } din { $quota }
quota-pace-behind = Câștigat: { $won }; la un ritm constant, azi ar fi { $expected } — în urmă cu { $gap }.
quota-pace-ahead = Câștigat: { $won }; la un ritm constant, azi ar fi { $expected } — înainte cu { $gap }.
quota-pace-even = Câștigat: { $won }; la un ritm constant, azi ar fi { $expected } — exact în ritm.
quota-reached = Țintă atinsă 🎉 ({ $over } peste).
quota-to-go = Mai rămân: { $remaining } — { $per_week } pe săptămână în cele { $days } zile lucrătoare rămase.
quota-to-go-no-days = Mai rămân: { $remaining }, și nu mai sunt zile lucrătoare în perioadă.
quota-projected = În acest ritm: { $projected } ({ $percent }) la sfârșitul perioadei.
quota-too-early =
    Prea devreme pentru o estimare: ritmul are nevoie de { $needed } zile lucrătoare din perioadă, iar { $days ->
        [one] a trecut { $days }
        [few] au trecut { $days }
       *[other] au trecut { $days }
    }.
quota-other-currencies =
    { $count ->
        [one] { $count } tranzacție câștigată în alte monede nu este socotită
        [few] { $count } tranzacții câștigate în alte monede nu sunt socotite
       *[other] { $count } de tranzacții câștigate în alte monede nu sunt socotite
    } la această țintă în { $currency } (niciun curs pentru ziua lor: /rates set).
quota-chart-summary = { $percent } din { $quota } · câștigat { $won }
quota-chart-to-go = { $per_week } pe săptămână · { $days } zile lucrătoare rămase
quota-chart-days-left = { $days } zile lucrătoare rămase
quota-none = { $name } nu are o țintă stabilită pentru { $which }.
quota-none-any = luna, trimestrul sau anul acesta
quota-none-hint = Un manager poate stabili una: /quota set amount:… period:month rep:@…
quota-choice-month = luna aceasta
quota-choice-quarter = trimestrul acesta
quota-choice-year = anul fiscal acesta
quota-choice-last_month = luna trecută
quota-choice-last_quarter = trimestrul trecut
quota-choice-last_year = anul fiscal trecut

## /comp estimate

comp-title = 💶 Estimare comision — { $name } — { $period }
comp-won-revenue = Vânzări câștigate
comp-quota = Țintă
comp-attainment = Realizare
comp-estimated = Comision estimat
comp-line = { $working } = { $amount }
comp-next = Următorul pas: { $step }.
comp-what-if = Ce-ar fi dacă: închiderea a { $amount } acum adaugă aproximativ { $adds } (total { $total }).
comp-footer = O estimare după planul înregistrat ({ $plan }, versiunea { $version }), nu un fluturaș de salariu.
rate-percent = { $number } %
comp-rate-percent = { $percent } din vânzări
comp-rate-multiple = { $multiple }× rata-țintă
comp-tier-range = { $from }–{ $to }
comp-tier-open = peste { $from }
comp-next-tier-rest = încă { $amount } și restul aduce { $rate }
comp-next-tier-all = încă { $amount } și totul aduce { $rate }
comp-own = Partea proprie: { $working }
comp-team = Partea echipei: { $working }
comp-flat = { $revenue } × { $rate }
comp-flat-share = { $revenue } × { $rate } × { $share }
comp-retroactive = toate cele { $revenue } × { $rate } (prag atins: { $tier })
comp-retroactive-share = toate cele { $revenue } × { $rate } (prag atins: { $tier }) × { $share }
comp-band = { $revenue } în { $tier } × { $rate }
comp-band-share = { $revenue } în { $tier } × { $rate } × { $share }
comp-below-threshold = sub pragul de { $threshold } ({ $attainment } din ținta ta): încă fără comision
comp-below-threshold-split = sub pragul de { $threshold } ({ $attainment } din ținta ta): încă fără comision, nici partea echipei
comp-cap = plafon de { $cap }
comp-spiff = SPIFF „{ $name }”: tranzacția #{ $number }
comp-clawback = recuperare: tranzacția #{ $number } ({ $amount }) pierdută în { $days } zile
comp-next-threshold = încă { $amount } până la pragul de { $threshold }
comp-note-nothing-won = Nu există o țintă pentru această perioadă și nu s-a câștigat nimic.
comp-note-no-team-quota = Echipa nu are țintă, așa că partea echipei folosește realizarea ta.

## Erori

error-no-deal = Nu există tranzacția #{ $number } pe acest server.
error-no-deal-hint = Îți vezi tranzacțiile cu /deal list.
error-no-schedule = Nu există programarea #{ $number }.
error-no-schedule-hint = Le vezi cu /schedule list.
error-no-activity = Nu există activitatea #{ $number }.
error-no-activity-hint = Numerele le vezi cu /activity list.
error-no-document = Nu există documentul #{ $number }.
error-no-document-hint = Le vezi cu /docs list.
error-no-alert = Nu există alerta #{ $number }.
error-no-alert-hint = Pe cele deschise le vezi cu /alerts list.
error-no-alert-rule = Nu există o regulă de alertă „{ $name }”.
error-no-alert-rule-hint = Le vezi cu /alerts rules.
error-no-contest = Nu există un concurs „{ $name }”.
error-no-contest-hint = Le vezi cu /contest list.
error-no-team = Nu există o echipă „{ $name }”.
error-no-team-hint = Echipele le vezi cu /team list.
error-no-rep = Nu există aici un agent „{ $name }”.
error-no-rep-hint = Folosește numele agentului așa cum îl arată /team list sau menționează un utilizator din chat (@nume).
error-no-crm-rep = Nu există un agent „{ $name }”.
error-no-crm-rep-hint = Agenții din CRM îi vezi cu /team list.
error-no-stage = Nu există etapa „{ $name }”.
error-no-stage-hint = Etape: { $stages }.
error-cannot-write = Baza de date nu poate fi scrisă: { $why ->
        [disk-full] discul e plin
        [read-only] e doar în citire
       *[other] discul s-a defectat
    }. Nu s-a salvat nimic.
error-cannot-write-hint = Încearcă din nou după ce un administrator face loc sau repară discul (referința { $reference }).
error-internal = Ceva n-a mers bine la noi (referința { $reference }).
error-internal-hint = Nimic nu s-a salvat pe jumătate. Încearcă din nou; dacă se repetă, dă-i administratorului referința.

## Etape (numele livrate; numele proprii ale echipei rămân cum sunt)

stage-prospecting = Prospectare
stage-qualified = Calificat
stage-proposal = Ofertă
stage-negotiation = Negociere
stage-won = Câștigat
stage-lost = Pierdut

## Vestea unei vânzări

win-this-month = luna aceasta
win-in-period = în { $period }
win-standing = { $rep } { $when }: { $won } — { $place }.
win-won-amount = { $amount } câștigați din { $deals }
win-won-deals = câștigate: { $deals }
win-place = locul { $rank } din { $of }
win-elsewhere =
    (+{ $count ->
        [one] { $count } tranzacție câștigată
        [few] { $count } tranzacții câștigate
       *[other] { $count } de tranzacții câștigate
    } în alte monede, neadunate: niciun curs pentru ziua lor)
win-not-counted = { $rep } { $when }: această vânzare e în { $currency } și, fără un curs { $currency } pentru { $day }, nu e adunată la vânzările în { $team } (un manager stabilește unul: /rates set rate:"{ $currency } …").
win-converted = { $amount } ({ $counted } la cursul { $rate })
names-two = { $a } și { $b }
names-three = { $a }, { $b } și { $c }
names-more =
    { $a }, { $b } și încă { $others ->
        [one] { $others } persoană
        [few] { $others } persoane
       *[other] { $others } de persoane
    }
race-passing = , trecând de { $names }
race-takes = urcă pe locul { $rank }{ $passing }
race-enters = intră în clasament pe locul { $rank }{ $passing }
race-moves-up = urcă pe locul { $rank }{ $passing }
race-pulls-ahead = se desprinde pe locul { $rank }{ $passing }
race-holds = rămâne pe locul { $rank }
race-behind = la { $gap } de { $names } (locul { $rank })
race-level = la egalitate cu { $names }
race-ahead = cu { $gap } mai mult decât { $names }
milestone-first-win = 🌱 prima vânzare!
milestone-first-of-period = prima vânzare din { $period }
milestone-quota-reached = 🎯 țintă atinsă (100 %)
milestone-quota = 🎯 { $percent } din țintă
milestone-biggest = 🏆 cea mai mare tranzacție din { $period }
milestone-team-goal = 🏁 { $team } a atins obiectivul
milestone-everyone-goal = 🏁 Echipa a atins obiectivul
milestone-streak = 🔥 { $weeks } săptămâni la rând
duel-takes-the-lead = ⚔️ { $me } preia conducerea în duelul cu { $them }{ $score }
duel-stays-ahead = ⚔️ { $me } rămâne în frunte în duelul cu { $them }{ $score }
duel-draws-level = ⚔️ { $me } egalează în duelul cu { $them }{ $score }
duel-closes-in = ⚔️ { $me } se apropie de { $them } în duel{ $score }
duel-score = : { $mine } la { $theirs }
duel-score-each = : câte { $mine }
error-language-and-auto = O limbă sau automat, nu amândouă.
error-language-and-auto-hint = Alege una: /language set:ro sau /language auto:true.
error-attainment-period = Clasamentele de realizare a țintei acoperă o lună, un trimestru sau un an fiscal (pentru acestea se stabilesc ținte).
error-attainment-period-hint = Cere period:month, period:quarter sau period:year.
error-team-board-metric = Un clasament al echipelor compară vânzări, tranzacții sau activități.
error-team-board-metric-hint = Cu by:teams cere metric:revenue, metric:deals sau metric:activities.

## /help

help-title = Comenzile Dealbell
help-title-one = Ajutor
help-line = { $command } — { $description }
help-line-managers = { $command } — { $description } (manageri)
help-option-required = {"    "}{ $option }: { $description } ({ $kind }, obligatoriu)
help-option-optional = {"    "}{ $option }: { $description } ({ $kind }, opțional)
help-option-required-managers = {"    "}{ $option }: { $description } ({ $kind }, obligatoriu, manageri)
help-option-optional-managers = {"    "}{ $option }: { $description } ({ $kind }, opțional, manageri)
help-kind-text = text
help-kind-number = număr întreg
help-kind-boolean = true/false
help-kind-user = @utilizator
help-kind-rep = @utilizator sau numele unui agent
help-kind-channel = #canal
help-kind-role = @&rol
help-kind-file = fișier
help-details = Detaliile unei comenzi: /help command:deal
help-footer = Comenzile marcate (manageri) cer rolul de manager sau permisiunea „Gestionare server”.
help-no-command = Nu există comanda /{ $command }.
help-no-command-hint = Scrie /help pentru listă.

## Schimbări ale tranzacțiilor

deal-added = Tranzacția #{ $number } adăugată — { $customer }
deal-close-past = Data estimată de închidere a trecut deja; schimb-o cu /deal edit close:….
deal-moved = Tranzacția #{ $number } mutată: { $from } → { $to }
deal-marked-lost = Tranzacția #{ $number } marcată ca pierdută
deal-lost-tip = Sfat: un motiv (reason:preț, moment, concurență…) ajută echipa să învețe din ea.
deal-updated = Tranzacția #{ $number } actualizată: { $fields }
deal-undone-removed = Anulat: tranzacția #{ $number } a fost eliminată
deal-undone-taken-back = { $customer } — { $amount } a fost retrasă.
deal-undone-taken-back-unnamed = Tranzacția a fost retrasă.
deal-undone =
    Anulat: { $action ->
        [create] adăugarea
        [stage] schimbarea etapei
        [won] câștigarea
        [lost] pierderea
        [forecast] categoria de prognoză
        [import] importul
        [convert] conversia valutară
        [undo] anularea
       *[other] modificarea
    } tranzacției #{ $number }

## Activități

activity-logged = Înregistrat: { $activities }
activity-today = Azi: { $activities }.
activity-week = Săptămâna aceasta: { $activities }.
activity-kind-call =
    { $count ->
        [one] { $count } apel
        [few] { $count } apeluri
       *[other] { $count } de apeluri
    }
activity-kind-email =
    { $count ->
        [one] { $count } e-mail
        [few] { $count } e-mailuri
       *[other] { $count } de e-mailuri
    }
activity-kind-meeting =
    { $count ->
        [one] { $count } întâlnire
        [few] { $count } întâlniri
       *[other] { $count } de întâlniri
    }
activity-kind-demo =
    { $count ->
        [one] { $count } demo
        [few] { $count } demo-uri
       *[other] { $count } de demo-uri
    }
activity-kind-proposal =
    { $count ->
        [one] { $count } ofertă
        [few] { $count } oferte
       *[other] { $count } de oferte
    }

## Postări programate

scheduled-final-standings = 🏆 { $metric } — clasament final, { $period }
scheduled-nothing-yet = Nimic câștigat încă în { $period }: iată cum s-a încheiat { $previous }.
scheduled-quota-title = 🎯 Progresul țintelor — { $day }
scheduled-no-team-quotas = Nu sunt stabilite ținte de echipă. Un manager le poate stabili: /quota set everyone:true amount:… period:month
scheduled-footer = { $timezone } · programarea #{ $number }
scheduled-digest-title = 📬 Rezumat — { $board }
progress-everyone = Toți
progress-line = { $name } · { $period }: { $bar } { $percent } { $of } — { $standing }
progress-of-quota = din țintă
progress-of = din { $amount }
progress-reached = atinsă 🎉
progress-behind = sub ritm
progress-on-pace = în ritm sau peste
progress-behind-by = sub ritm cu { $amount }
progress-ahead-by = peste ritm cu { $amount }
digest-level = 🏎 Egalitate: { $chaser } și { $ahead } împart locul { $place }
digest-within-reach = 🏎 { $chaser } e aproape de { $ahead } pentru locul { $place }
digest-behind = 🏎 { $chaser } e la { $gap } de { $ahead } pentru locul { $place }
digest-moved-most =
    🚀 Cel mai mare salt al săptămânii: { $rep }, urcă { $places ->
        [one] { $places } loc
        [few] { $places } locuri
       *[other] { $places } de locuri
    } pe locul { $rank }
digest-most-improved = 📈 Cea mai mare creștere față de { $period }: { $rep }
digest-most-improved-by = 📈 Cea mai mare creștere față de { $period }: { $rep } (+{ $gain } în aceleași zile)

## Mementouri

nudge-inactive-title = 👋 { $rep }, ai ceva de înregistrat?
nudge-inactive = Nimic înregistrat de { $days } zile lucrătoare (ultima dată pe { $day }).
nudge-inactive-how = /win, /deal add sau /activity log îți țin cifrele la zi.
nudge-behind-title = 📈 { $rep }, { $period } are nevoie de un impuls
nudge-behind = Ești sub ritmul țintei, cu { $days } zile lucrătoare rămase. /quota check îți arată unde ești (doar tu vezi).
nudge-check-in = 👋 Cum merge?
nudge-footer = Le oprești cu /nudges off sau cu /away until:… cât lipsești.
deal-show-title = Tranzacția #{ $number } — { $customer }
deal-amount-hidden = ascunsă (echipa aceasta arată sumele doar agentului și managerilor)

## Liste de tranzacții și ținte stabilite

deal-list-yours =
    { $status ->
        [open] Tranzacțiile tale deschise
        [won] Tranzacțiile tale câștigate
        [lost] Tranzacțiile tale pierdute
        [closed] Tranzacțiile tale închise
       *[other] Tranzacțiile tale
    }
deal-list-of =
    { $status ->
        [open] Tranzacțiile deschise ale lui { $rep }
        [won] Tranzacțiile câștigate ale lui { $rep }
        [lost] Tranzacțiile pierdute ale lui { $rep }
        [closed] Tranzacțiile închise ale lui { $rep }
       *[other] Tranzacțiile lui { $rep }
    }
deal-list-none = Nicio tranzacție potrivită. Adaugă una cu /deal add customer:… amount:…
deal-list-closes = se închide { $day }
deal-list-closed =
    { $outcome ->
        [won] câștigată
       *[other] pierdută
    } { $day }
deal-list-more = …și altele. Se arată primele { $count }; restrânge cu status, stage sau period.
deal-list-open-total = Pipeline deschis afișat
quota-set = Țintă stabilită: { $name } — { $amount } pentru { $period }
quota-set-same = Era deja atât.
quota-set-was = Înainte: { $amount }.

## Discord's menu
discord-rep-name-option = Sau un agent după nume (inclusiv din CRM); în loc de { $option }

## Contests
contest-proration-working = % din ținta fiecărui agent, proporțional cu zilele lucrătoare ale concursului ({ $days })
contest-proration-calendar = % din ținta fiecărui agent, proporțional cu zilele calendaristice ale concursului ({ $days }; nu are nicio zi lucrătoare)
contest-of-quota = { $percent } din țintă
contest-ranks = { $metric } · { $who }
contest-ranks-of-quota = { $metric } ca % din țintă · { $who }
contest-who-teams = echipă contra echipă
contest-who-team = agenții echipei { $team }
contest-who-everyone = toți agenții
contest-dates = { $start } – { $end }
contest-start-title = 🏁 { $name } începe acum
contest-target-said = 🎯 Câștigă oricine ajunge la { $target }.
contest-target-unsaid = 🎯 Câștigă oricine atinge ținta (fiecare agent o vede cu /contest list).
contest-prize = 🎁 Premiu: { $prize }
contest-start-footer = Clasamentul oricând: /contest standings name:{ $name }
contest-standings-title = 🏁 { $name } — clasament
contest-day-of = Ziua { $day } din { $days } · { $ranks }
contest-target-so-far-said = 🎯 Ținta { $target }: atinsă până acum de { $count }.
contest-target-so-far-unsaid = 🎯 Ținta: atinsă până acum de { $count }.
contest-no-scores = Încă nu sunt scoruri: prima vânzare preia conducerea.
contest-percent-private = Procentele rămân private cât timp țintele sunt private și sumele se afișează.
contest-ends = Se încheie pe { $day }
contest-several-title = 🏁 Concursuri în desfășurare: { $count }
contest-several-footer = Unul întreg: /contest standings name:…
contest-results-title = 🏆 { $name } — rezultate
contest-nobody-won = De data aceasta nu câștigă nimeni.
contest-reached-said = 🎯 Ținta atinsă ({ $target }): { $names }
contest-reached = 🎯 Ținta atinsă: { $names }
contest-winner = 🥇 Câștigător: { $name }
contest-winner-with = 🥇 Câștigător: { $name }, cu { $score }
contest-tied = 🥇 La egalitate pe locul 1: { $names }
contest-tied-with = 🥇 La egalitate pe locul 1, cu { $score }: { $names }
contest-created = Concursul „{ $name }” a fost creat
contest-starts-now = Începe acum: anunțat în { $channel }.
contest-starts-on = Începe pe { $day }: anunțat în { $channel } în dimineața aceea.
contest-standings-when = Clasamentul se publică: { $schedule }.
contest-results-when = Rezultatele se publică în dimineața de după { $day }.
contest-list-title = Concursuri
contest-list-empty = Încă niciunul. Managerii pornesc unul cu /contest create name:… end:…
contest-when-scheduled = începe pe { $day }
contest-when-running = în desfășurare, se încheie pe { $day }
contest-when-ended = încheiat pe { $day }
contest-when-cancelled = anulat
contest-list-line = • **{ $name }** — { $metric } · { $when }
contest-list-line-target = • **{ $name }** — { $metric } · țintă { $target } · { $when }
contest-ended = { $name } s-a încheiat
contest-results-posted = Rezultatele sunt în { $channel }.
contest-cancelled-post = 🚫 { $name } este anulat
contest-cancelled-post-line = Nu se vor publica rezultate. Mulțumim că ați participat!
contest-cancelled = { $name } este anulat
contest-name-free = Numele este din nou liber.

## Contests: refusals
error-contest-target = target: „{ $text }” nu este { $wants ->
        [percent-range] un procent de la 1 la 1000
        [percent] un procent
        [amount] o sumă
       *[count] un număr întreg mai mare ca 0
    }.
error-contest-target-hint = De exemplu { $example }
error-contest-target-unit = target: „{ $text }” numără „{ $unit }”, dar acest concurs clasează după „{ $metric }”.
error-contest-target-unit-hint = Dă-le pe amândouă la fel: metric:{ $key } target:"{ $text }", sau { $example }.
error-contest-target-currency = target este în { $given }, dar echipa numără vânzările în { $team }.
error-contest-target-currency-hint = Dă-o în { $team }.
error-contest-name = Un concurs are nevoie de un nume de 1 până la 60 de caractere.
error-contest-name-hint = De exemplu name:"Maratonul lui martie".
error-contest-channel = Unde să fie anunțat concursul?
error-contest-channel-hint = Adaugă channel:#sales (sau setează /setup wins_channel:…).
error-contest-name-taken = Există deja un concurs „{ $name }”.
error-contest-name-taken-hint = Alege alt nume sau vezi-le cu /contest list.
error-contest-attainment = Concursurile clasează realizarea țintei prin modul de punctare.
error-contest-attainment-hint = Folosește metric:revenue scoring:percent_of_quota.
error-contest-percent-metric = percent_of_quota raportează vânzările agenților la propriile lor ținte.
error-contest-percent-metric-hint = Folosește-l cu metric:revenue și fără by:teams.
error-contest-percent-private = Un concurs în % din țintă publică pe canal procentul fiecărui agent; lângă sumele vânzărilor anunțate, oricine i-ar putea afla ținta, iar țintele sunt private aici.
error-contest-percent-private-hint = Întâi fă țintele vizibile (/setup quota_visibility:team) sau scoate sumele din postările publice (/setup amounts:hidden), ori folosește scoring:total.
error-contest-team-metric = Un concurs pe echipe adună scorurile agenților.
error-contest-team-metric-hint = Folosește metric:revenue, deals sau activities cu by:teams.
error-contest-over = Acest concurs s-ar fi încheiat deja.
error-contest-over-hint = Dă un sfârșit de azi sau mai târziu.
error-contest-ends-before = Concursul se încheie înainte să înceapă.
error-contest-ends-before-hint = Dă un sfârșit în ziua începerii sau după.
error-contest-too-long = Un concurs durează cel mult un an.
error-contest-too-long-hint = Alege o perioadă mai scurtă.
error-contest-too-far-back = Un concurs poate începe cel mult cu { $days } zile în urmă.
error-contest-too-far-back-hint = Alege un început mai târziu.
error-contest-none-running = Niciun concurs nu e în desfășurare.
error-contest-none-running-hint = Le vezi pe toate cu /contest list; managerii pornesc unul cu /contest create.
error-contest-not-running = { $name } nu este în desfășurare.
error-contest-not-running-hint = Doar un concurs în desfășurare poate fi încheiat; pe unul care n-a început îl anulezi cu /contest cancel.
error-contest-already-ended = { $name } s-a încheiat deja.
error-contest-already-ended-hint = Rezultatele rămân valabile.

## Duels
duel-result-title = ⚔️ Duel: { $a } contra { $b } — { $verdict }
duel-result-wins = 🥇 { $name } câștigă!
duel-result-draw = 🤝 Egalitate.
duel-result-over = { $metric }, zile: { $days }.
duel-result-scores = { $metric }, zile: { $days }: { $a } { $a_score } · { $b } { $b_score }
duel-challenge-title = ⚔️ { $challenger } îl provoacă pe { $opponent } la duel
duel-challenge-what = { $metric }, zile: { $days }, din ziua în care e acceptat.
duel-challenge-answer = { $mention }, acceptă sau refuză în { $hours } de ore (/duel accept sau /duel decline).
duel-declined = { $b } refuză duelul cu { $a }
duel-declined-line = Poate data viitoare.
duel-on = ⚔️ Duelul a început: { $a } contra { $b }
duel-on-line = { $metric } de acum până la sfârșitul zilei { $day } (ce s-a câștigat înainte nu contează); rezultatul se publică a doua zi dimineață.
duel-status-title = ⚔️ Duelurile tale
duel-what = { $metric }, zile: { $days }
duel-waiting-mine = ⏳ L-ai provocat pe { $them } ({ $what }): se așteaptă răspunsul, mai sunt ore: { $hours }.
duel-waiting-theirs = ⏳ { $them } te provoacă ({ $what }): răspunde cu /duel accept sau /duel decline (mai sunt ore: { $hours }).
duel-you-lead = conduci
duel-they-lead = conduce { $them }
duel-level = egalitate
duel-last-day = azi e ultima zi
duel-ends = se încheie pe { $day } (zile după azi: { $left })
duel-over = încheiat; rezultatul se publică în dimineața asta
duel-running = ⚔️ Tu contra { $them } ({ $what }): tu { $mine } · { $them } { $theirs }, { $verdict }; { $when }.
duel-none = Niciun duel nu e în desfășurare sau în așteptare.
duel-none-hint = Provoacă un coleg: /duel challenge rep:@… metric:deals days:7

## Duels: refusals
error-duel-yourself = Nu te poți provoca singur.
error-duel-yourself-hint = Provoacă un coleg: rep:@…
error-duel-not-on-chat = { $name } nu e încă pe chat, deci nu poate accepta.
error-duel-not-on-chat-hint = Provoacă pe cineva care folosește Dealbell aici.
error-duel-metric = Un duel adună vânzări sau activități.
error-duel-metric-hint = Folosește metric:revenue, deals sau activities.
error-duel-days = Un duel durează între 1 și { $max } de zile.
error-duel-days-hint = De exemplu days:7.
error-duel-already = Ai deja un duel cu { $name } în așteptare sau în desfășurare.
error-duel-already-hint = Termină-l mai întâi pe acela.
error-duel-channel = Unde să fie anunțat duelul?
error-duel-channel-hint = Provoacă dintr-un canal sau setează unul cu /setup wins_channel:….
error-duel-none-waiting = Niciun duel nu îți așteaptă răspunsul.
error-duel-none-waiting-hint = Cineva te provoacă cu /duel challenge rep:@tu.
error-duel-not-yours = Doar { $name } poate răspunde la această provocare.
error-duel-answered-or-expired = Această provocare are deja un răspuns sau a expirat.
error-duel-answered = Această provocare are deja un răspuns.

## Who may do what
error-managers-only-command = Doar managerii pot folosi { $command }.
error-managers-only-command-hint = { $role ->
        [set] Roagă pe cineva cu rolul de manager sau cu permisiunea „Gestionează serverul”.
       *[unset] Roagă pe cineva cu permisiunea „Gestionează serverul” (un rol de manager se setează cu /setup manager_role).
    }
error-managers-only-option = Doar managerii pot folosi { $option } cu { $command }.
error-managers-only-option-hint = { $role ->
        [set] Roagă pe cineva cu rolul de manager sau cu permisiunea „Gestionează serverul”.
       *[unset] Roagă pe cineva cu permisiunea „Gestionează serverul” (un rol de manager se setează cu /setup manager_role).
    }
error-not-your-deal = Tranzacția nr. { $number } este a lui { $owner }; doar titularul sau un manager o poate schimba.
error-not-your-deal-hint = Tranzacțiile tale: /deal list
error-list-deals-of-others = Doar managerii pot lista tranzacțiile altui agent.
error-list-deals-of-others-hint = Vânzările tuturor sunt în /leaderboard; tranzacțiile tale: /deal list
error-list-activities-of-others = Doar managerii pot lista activitățile altui agent.
error-list-activities-of-others-hint = Cifrele tuturor sunt în /leaderboard metric:activities; ale tale: /activity list
error-export-of-others = Doar managerii pot exporta cifrele altui agent.
error-export-of-others-hint = Omite rep: ca să le exporți pe ale tale.
error-quota-of-others = Doar managerii (și colegii de echipă, unde echipa își arată țintele) văd { $what ->
        [forecast] prognoza
       *[quota] ținta
    } altui agent.
error-quota-of-others-hint = Ale tale: { $what ->
        [forecast] /forecast show
       *[quota] /quota check
    }. Un manager poate face țintele vizibile în echipe cu /setup quota_visibility:team.
error-team-forecasts = Prognozele pe echipă și pe server sunt pentru manageri.
error-team-forecasts-hint = A ta: /forecast show
error-history-open-deal = Tranzacția nr. { $number } e în pipeline-ul deschis al lui { $owner }; o văd doar titularul și managerii.
error-history-removed-deal = Tranzacția nr. { $number } a fost ștearsă; istoricul ei îl văd managerii.
error-undo-not-yours = Doar cine a făcut această schimbare o poate anula.
error-import-not-yours = Doar managerul care a pornit acest import îl poate aplica sau anula.
error-activity-not-yours = O activitate o poate șterge doar agentul care a înregistrat-o sau un manager.

## Commands and their options, as typed
error-wrong-kind = { $option } trebuie să fie: { $kind }.
error-no-command = Nu există comanda /{ $name }.
error-no-command-hint = Scrie /help ca să vezi toate comenzile.
error-needs-subcommand = /{ $command } are nevoie de una dintre: { $subcommands }.
error-needs-subcommand-hint = De exemplu: /{ $command } { $first }
error-no-subcommand = /{ $command } nu are „{ $given }”.
error-no-subcommand-hint = Folosește una dintre: { $subcommands }.
error-takes-no-options = { $command } nu are opțiuni.
error-no-option = { $command } nu are opțiunea „{ $option }”.
error-no-option-hint = Opțiunile ei: { $options }.
error-not-a-choice = { $option } nu poate fi „{ $given }”.
error-not-a-choice-hint = Folosește una dintre: { $choices }.
error-too-long = { $option } e prea lung ({ $length } caractere); cel mult { $max }.
error-out-of-range = { $option } trebuie să fie { $range ->
        [between] între { $min } și { $max }
        [at-least] cel puțin { $min }
       *[at-most] cel mult { $max }
    }.
error-missing-option = { $command } are nevoie de { $option }.
error-missing-option-hint = Scrie așa: { $command } { $example }
error-file-too-big = { $file } are { $size } octeți; { $limit ->
        [csv] un import CSV poate avea
        [plan] un plan de comision poate avea
       *[document] un document poate avea
    } cel mult { $max }.
error-not-utf8 = { $file } nu este text UTF-8.
error-cannot-read-file = Nu am putut citi { $file }: { $why }.
error-cannot-read-file-hint = Verifică calea fișierului și dacă Dealbell îl poate citi, apoi încearcă din nou.
announce-busy = { $channel } e aglomerat acum: vânzarea ta apare în curând, cu următoarele.
announce-failed = Este salvat, dar nu l-am putut anunța în { $channel }.
storage-alarm-title = ⚠ Dealbell nu poate salva nimic acum
storage-alarm-why = { $why ->
        [disk-full] Discul este plin.
        [read-only] Baza de date este doar în citire.
       *[other] Fișierul bazei de date nu poate fi scris.
    } Vânzările și schimbările sunt refuzate (cu mesaj) până se rezolvă; nimic din ce e deja salvat nu se pierde.
storage-alarm-fix = Un administrator trebuie să elibereze spațiu pe disc sau să repare fișierul bazei de date; mesajul apare o singură dată.

## Attached files
error-file-too-big-hint = { $limit ->
        [csv] Împarte exportul (pe ani sau pe regiuni) și importă părțile una după alta.
        [plan] Este fișierul potrivit? Un plan e un fișier TOML scurt.
       *[document] Împarte-l în mai multe documente.
    }
error-not-utf8-hint = { $limit ->
        [csv] Exportă raportul din CRM ca CSV (UTF-8) și atașează fișierul .csv.
        [plan] Salvează planul ca TOML în UTF-8 și atașează-l din nou.
       *[document] Salvează-l în UTF-8 și atașează-l din nou.
    }

## Amounts, dates and rates as typed
error-in-option = { $option }: { $message }
error-amount-hint = Scrie de exemplu: 12500, 12,5 mii, 1,2 milioane, 12.500,50 lei, 20.000,00 EUR sau $12,500.00.
error-amount-unreadable = Nu pot citi „{ $input }” ca sumă.
error-amount-not-positive = Suma trebuie să fie mai mare ca zero.
error-amount-too-large = „{ $input }” e mai mult decât poate avea o tranzacție (cel mult { $most }). Verifică dacă nu e o cifră în plus.
error-amount-shared-symbol = „{ $input }” e ambiguu: { $symbol } înseamnă { $codes }; scrie codul în loc, de ex. 100 { $first }.
error-amount-leading-zero = „{ $input }” e ambiguu: cu un zero în față nu e clar dacă sunt mii sau zecimale.
error-amount-thousands-or-decimals = „{ $input }” e ambiguu: pot fi mii sau zecimale. Scrie { $whole } sau { $decimal }.
error-amount-digit-groups = „{ $input }” e ambiguu: cifrele nu sunt grupate câte trei. Scrie numărul fără separatori, de ex. 1234567.
error-amount-too-precise = { $code } are { $exponent } zecimale, deci „{ $input }” are prea multe.
error-amount-two-currencies = „{ $input }” conține două monede diferite.
error-amount-unknown-currency = Nu cunosc moneda „{ $input }”. Folosește un cod ISO 4217, de ex. EUR, USD sau PLN.
error-date-unreadable = Nu pot citi „{ $input }” ca dată.
error-date-unreadable-hint = Scrie 2026-03-31, 31.03.2026 (sau 31.3.26), azi, ieri, mâine, o zi a săptămânii (vineri), sfârșitul lunii, sfârșitul trimestrului sau sfârșitul anului.
error-date-out-of-range = „{ $input }” înseamnă { $date }, în afara intervalului { $earliest }–{ $latest }.
error-date-out-of-range-hint = Verifică anul.
error-rate-hint = Scrie moneda și cât valorează aici o unitate din ea: rate:"EUR 4.30" (sau EUR=4,30).
error-rate-unreadable = rate: nu pot citi „{ $input }” ca un curs.
error-rate-unknown-currency = rate: nu cunosc moneda „{ $input }”.
error-rate-same-currency = rate: cursul { $code } în { $code } este mereu 1.
error-rate-out-of-range = rate: un curs trebuie să fie mai mare ca zero și cel mult 1.000.000, cu cel mult șase zecimale.

## /setup
setup-title = Setările echipei
setup-title-updated = Setările echipei au fost actualizate
setup-field-timezone = Fus orar
setup-field-language = Limbă
setup-field-currency = Monedă
setup-field-fiscal-year = Anul fiscal începe
setup-field-manager-role = Rol de manager
setup-field-wins-channel = Canalul vânzărilor
setup-field-managers-channel = Canalul managerilor
setup-field-quota-detail = Detaliile țintelor
setup-field-charts = Grafice în postările programate
setup-field-nudges = Mementouri
setup-field-amounts = Sume în public
setup-field-working-days = Zile lucrătoare
setup-field-stages = Etape
setup-not-set = nesetat
setup-role-not-set = nesetat (contează „Gestionează serverul”)
setup-quota-private = private: agentul și managerii
setup-quota-team = vizibile în fiecare echipă
setup-on = pornite
setup-off = oprite
setup-amounts-hidden = ascunse (% din țintă și numere)
setup-amounts-shown = afișate
setup-nudges-dm = prin mesaj direct
setup-nudges-channel = o mențiune în { $channel }
setup-nudges-no-channel = o mențiune în canalul de mementouri (nesetat: /setup nudges_channel:…)
setup-changed = Modificat: { $setting }: { $from } → { $to }
setup-currency-note = Tranzacțiile deja înregistrate își păstrează moneda; clasamentele numără acum vânzările în { $currency }.
setup-change-any = Le schimbi cu /setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:… language:…
setup-setting-stage = etapa { $key }
setup-default-name = numele implicit
setup-no-country = nicio țară
setup-weekend-off = liber: { $weekend }
setup-holidays-of = sărbătorile legale din { $country }
setup-no-holidays = fără sărbători legale (setează country:…)
setup-own-days-off = zile libere proprii ale echipei: { $count }
setup-next-days-off = următoarele: { $days }
setup-holidays-known-until = sărbătorile sunt cunoscute până în { $year }: adaugă-le pe cele de după cu days_off

## /setup: refusals
error-setup-timezone = Nu cunosc fusul orar „{ $name }”.
error-setup-timezone-hint = Folosește un nume IANA, de ex. Europe/Bucharest, Europe/Berlin, America/New_York sau Asia/Shanghai.
error-setup-currency = Nu cunosc codul de monedă „{ $code }”.
error-setup-currency-hint = Folosește un cod ISO 4217, de ex. RON, EUR, USD, PLN sau CNY.
error-setup-fiscal-year = fiscal_year_start trebuie să fie o lună de la 1 la 12.
error-setup-country = Nu cunosc sărbătorile legale din „{ $code }”.
error-setup-country-hint = Folosește unul dintre { $codes } (sau country:none) și adaugă alte zile libere cu days_off:….
error-setup-stage-rename = Nu pot citi „{ $text }” ca redenumire de etapă.
error-setup-stage-rename-hint = Scrie cheie=Nume nou, de ex. stage_label:proposal=Ofertă. Cheile etapelor: { $keys }.
error-setup-stage-taken = O altă etapă se numește deja „{ $label }”.

## The console's own words
console-posted-in = → publicat în { $place }:
console-edited-in = → modificat în { $place }:
console-lang-auto = Rândurile nu mai au o limbă: limba ta din /language, altfel a echipei.
console-lang-set = Rândurile sunt acum în { $language }.
console-lang-unknown = Dealbell nu vorbește „{ $tag }”. Folosește una dintre: { $tags } sau auto.
console-lang-which = Spune ce limbă: :lang ro (una dintre { $tags } sau auto).
console-file-note = 📎 { $what ->
        [chart] grafic
       *[file] fișier
    }: { $filename } ({ $bytes } octeți; salvezi graficele și fișierele cu --charts DIR)
console-file-saved = 📊 { $what ->
        [chart] grafic salvat
       *[file] fișier salvat
    }: { $path }
console-file-not-saved = 📊 { $what ->
        [chart] graficul
       *[file] fișierul
    } nu a putut fi salvat în { $path }: { $why }
console-as-who = Spune în numele cui acționezi: :as alice (adaugă 'manager' pentru rolul de manager).
console-as-unknown-word = Nu știu ce e „{ $word }” după nume. Un nume din mai multe cuvinte se pune între ghilimele: :as "{ $whole }" (singurul rol e 'manager': :as "{ $whole }" manager).
console-you-are = Ești { $who }{ $role ->
        [manager] {" "}(manager)
       *[rep] {""}
    }.
console-too-far = E mai departe decât ține Dealbell timpul (până în anul 9999); ceasul rămâne unde e.
console-clock-now = Ceasul arată acum { $time } ({ $timezone }).
console-how-far = Spune cât: :advance 30m, :advance 2h, :advance 3d sau :advance 1d6h (sau :down 8h).
console-scheduler-step = Pas al planificatorului la { $time } UTC.
console-now-in-team = Acum în echipa { $team }.
console-which-team = Spune ce echipă: :guild acme
console-now-in-channel = Acum în { $channel }.
console-which-channel = Spune ce canal: :channel sales
console-no-directive = Nu există directiva :{ $name }. Scrie :help pentru listă.
console-whole-number = { $option } trebuie să fie un număr întreg, de ex. { $option }:12 (s-a primit „{ $text }”).
console-true-or-false = { $option } trebuie să fie true sau false.
console-a-user = { $option } trebuie să numească un utilizator, de ex. { $option }:@bob.
console-a-file = { $option } primește un fișier: { $option }:@cale/spre/fisier.csv
console-cannot-read = Nu pot citi { $path }: { $why }.
console-clock-real = Ceasul urmează timpul real ({ $time } UTC).
console-not-a-time = Nu pot citi „{ $text }” ca oră. Scrie :now 2026-03-10 09:00 (ora locală a echipei) sau :now real.
console-time-out-of-range = Dealbell ține timpul din anul 1 până în 9999; alege o oră în acest interval.
console-scheduler-failed = Pasul planificatorului a eșuat; vezi jurnalul.
console-scheduled-posts = Postări programate: { $posts }.
console-not-utf8 = Acest rând nu e text UTF-8 (un octet ilizibil după { $at } octeți), așa că a fost sărit.
console-not-utf8-hint = Salvează fișierul în UTF-8 și rulează-l din nou.
console-help = Scrie comenzile cu bară ca în Discord, de ex. /win amount:12.5k customer:"Acme GmbH"
    Directive:
      :as NUME [manager]   acționează ca altcineva (manager = rol de manager)
      :now 2026-03-10 09:00   setează ceasul (ora locală a echipei); :now real urmează timpul real
      :advance 2h|3d|30m   trăiește timpul: fiecare postare apare la ora ei
      :down 8h             botul e oprit atât: salt, apoi un pas (postări întârziate sau sărite)
      :tick                publică ce e scadent acum
      :guild NUME          schimbă echipa
      :channel NUME        schimbă canalul
      :lang ro|auto        întreabă într-o limbă, ca un telefon setat pe ea
      :quit
    Comenzi:
console-help-attach = Atașezi fișiere așa: file:@cale/spre/fisier.csv

## The console: lines that do not parse
console-open-quote = Ghilimelele nu sunt închise. Pune " de închidere după valoare, de ex. customer:"Acme GmbH".
console-not-a-command = Începe o comandă cu / (ca /win) sau o directivă cu : (ca :as alice). Mai multe cu :help.
console-empty-value = „{ $option }” nu are valoare. Scrie-o ca { $option }:valoare.
console-not-an-option = „{ $word }” nu este o opțiune. Opțiunile se scriu nume:valoare, de ex. customer:"Acme GmbH".
console-repeated-option = Opțiunea { $option } e dată de două ori.
console-quote-hint = O valoare cu spații se pune între ghilimele: { $option }:"{ $value }"

## Forecasts
forecast-title = 🔮 Prognoză — { $name } — { $period }
forecast-everyone = Toți
forecast-closed-won = Câștigat
forecast-commit = Commit (sigur)
forecast-best-case = Best case (cel mai bun caz)
forecast-open-pipeline = Pipeline deschis
forecast-weighted = Pipeline ponderat
forecast-run-rate = Ritm (run-rate)
forecast-no-business-day = — (încă nicio zi lucrătoare)
forecast-blended = Proiecție combinată
forecast-quota = Țintă
forecast-quota-not-set = nesetată
forecast-projected-attainment = Realizare estimată
forecast-coverage = Acoperirea din pipeline
forecast-coverage-value = { $times }× din cât a rămas
forecast-big-deal = Tranzacție mare deschisă: nr. { $number } { $customer } — { $amount } · { $category } { $probability }% · se închide { $day }
forecast-big-deal-of = Tranzacție mare deschisă: nr. { $number } { $customer } — { $amount } · { $category } { $probability }% · se închide { $day } · { $owner }
forecast-slipping = Întârziată: nr. { $number } { $customer } — { $amount }, scadentă pe { $day }; actualizeaz-o cu /deal edit id:{ $number } close:…
forecast-undated = Tranzacții deschise fără dată estimată de închidere (nu intră în nicio perioadă): { $count }.
forecast-left-out = Lăsate deoparte: tranzacții deschise în monede fără curs (/rates set): { $other }, fără sumă: { $no_amount }.
forecast-footer = { $period } · { $timezone } · metodele sunt în README

## /ask
ask-footer = Din documentele echipei (/docs list); cuvintele găsite sunt îngroșate
ask-also-searched = S-a căutat și: { $words }
ask-not-sure = 🔎 Nu sunt sigur că documentele răspund la asta
ask-no-document = Niciun document nu menționează aceste cuvinte. Vezi ce există cu /docs list.
ask-closest-passage = Cel mai apropiat pasaj, poate ajută:
ask-other-documents = Alte documente apropiate:
ask-try-other-words = Încearcă alte cuvinte sau roagă un manager să adauge documentul: /docs add
ask-about-own = 🔎 Despre { $topic ->
        [commission] comisionul tău
       *[quota] ținta ta
    }
ask-cannot-work-out = Încă nu pot calcula { $topic ->
        [commission] comisionul tău
       *[quota] ținta ta
    }: { $why }
ask-documents-say = Iată ce spun documentele:
ask-own-numbers = E vorba de cifrele tale, așa că iată { $command } (doar tu vezi asta):

## Forecast accuracy
error-forecast-kept-for = Prognozele se păstrează pentru luni și trimestre.
error-forecast-kept-for-hint = Alege o lună sau un trimestru: period:last_month, period:last_quarter, period:month.
error-forecast-none-kept = Nu s-au păstrat prognoze pentru { $period } pentru { $name }.
error-forecast-none-kept-hint = Dealbell păstrează una pe zi cât timp rulează; întreabă din nou când o perioadă are prognoze (period:month pentru aceasta).
forecast-accuracy-title = 🎯 Acuratețea prognozelor — { $name } — { $period }
forecast-closed-so-far = Câștigat până acum
forecast-days-forecast = Zile cu prognoză
forecast-nothing-closed = Nu s-a câștigat nimic în perioadă, deci erorile nu pot fi date în procente.
forecast-method-error = Eroare { $method }
forecast-closest = Cel mai aproape în medie: { $methods } (eroarea absolută medie, zile: { $days }).
forecast-still-running = { $period } e încă în desfășurare: erorile sunt față de ce s-a câștigat până acum.
forecast-accuracy-footer = { $timezone } · metodele sunt în README

## Forecast methods
forecast-method-commit = Commit
forecast-method-best_case = Best case
forecast-method-weighted = Câștigat + ponderat
forecast-method-run_rate = Ritm (run-rate)
forecast-method-blended = Combinată

## /docs
error-docs-file-and-text = Dă documentul ca fișier sau ca text, nu pe amândouă.
error-docs-not-text = { $file } nu este un fișier Markdown sau text.
error-docs-not-text-hint = Salvează-l ca .md sau .txt (UTF-8); fișierele Word și PDF nu sunt citite.
error-docs-needs-title = Un document lipit are nevoie de un titlu.
error-docs-needs-title-hint = /docs add title:"Reguli de reducere" text:"…"
error-docs-nothing = Atașează un document sau lipește unul.
error-docs-nothing-hint = /docs add file:playbook.md sau /docs add title:"…" text:"…"
docs-added = 📄 Documentul nr. { $number } { $replaced ->
        [yes] înlocuit
       *[no] adăugat
    }: { $title }
docs-added-line = Pasaje: { $passages }, limba { $language }. /ask îl caută de acum.
docs-list-title = 📚 Documente ({ $count })
docs-list-empty = Încă niciunul. Un manager adaugă unul: /docs add file:playbook.md
docs-list-line = nr. { $number } { $title } — pasaje: { $passages }, { $language }{ $sample ->
        [yes] {" "}· exemplu
       *[no] {""}
    }
docs-list-footer = Întreabă-le: /ask question:… · manageri: /docs add, /docs remove
docs-removed = 🗑 Documentul nr. { $number } a fost șters: { $title }

## /rates
rates-set = Curs setat: 1 { $from } = { $number } { $team } de la { $day }
rates-was = Pentru ziua aceea era { $number }.
rates-converted = O vânzare în { $from } contează de atunci convertită: { $one } înseamnă { $worth }.
rates-now-count = Tranzacții câștigate sau pierdute în { $from } fără curs care contează acum: { $count }.
rates-closed-keep = Tranzacțiile închise înainte de { $day } păstrează cifrele cu care s-a încheiat luna lor.
rates-list-title = 💱 Cursuri în { $team }
rates-list-empty = Încă niciunul: vânzările în alte monede contează ca tranzacții, dar nu se adaugă la vânzările în { $team }. Un manager setează unul cu /rates set rate:"EUR 4.30".
rates-list-line = 1 { $from } = { $number } { $team } de la { $day }
rates-list-line-by = 1 { $from } = { $number } { $team } de la { $day } (setat de { $who })
rates-list-footer = O vânzare contează la cursul zilei ei; un curs schimbat mai târziu nu schimbă o lună încheiată.

## /privacy
error-privacy-nothing = Dealbell nu are nimic despre { $name }.
error-privacy-yourself = Nu te poți șterge pe tine însuți aici.
error-privacy-yourself-hint = Roagă alt manager să o facă pentru tine.
privacy-preview-title = Ștergi datele lui { $name }? Încă nu s-a schimbat nimic
privacy-preview-removed = Se șterg: numele, id-ul de chat și numele din CRM (persoana devine „former member N”), notițele activităților, setările și mementourile, încărcările în așteptare și numele și mențiunea din anunțurile păstrate pentru anulare.
privacy-preview-kept = Rămân, sub numele anonim: tranzacțiile (totalurile echipei rămân corecte), numărul de activități, țintele și jurnalul de audit. Postările deja din canalele Discord sunt ale Discord; șterge-le acolo.
privacy-preview-go = Ca să continui: /privacy forget user:@{ $name } confirm:true
privacy-done-title = Datele lui { $name } au fost șterse
privacy-done = De acum apare ca „{ $shown_as }”: tranzacții păstrate: { $deals }, notițe șterse: { $notes }, anunțuri anonimizate: { $posts }.
privacy-done-recorded = Înregistrat cu numele tău și ora. Dacă persoana revine, începe ca membru nou.

## /tv
error-tv-no-link-made = Nu am putut crea acum un link sigur. Încearcă din nou peste un moment.
tv-link-title = 📺 Link către pagina live nr. { $number }
tv-link-anyone = Oricine are acest link poate deschide pagina fără autentificare: pune-o pe ecranul din birou sau trimite-o echipei. Arată ce arată canalele echipei, nimic mai mult.
tv-link-once = Linkul e arătat doar acum. Îl închizi definitiv cu /tv revoke link:{ $number }
tv-not-served = Pagina nu este încă servită: un administrator setează web.listen (și web.public_url) în setările Dealbell.
tv-list-title = 📺 Linkuri către pagina live
tv-list-empty = Încă niciunul. Creează unul: /tv link metric:revenue period:month
tv-revoked-on = revocat pe { $day }
tv-open-since = activ din { $day }
tv-list-footer = Adresa unui link e arătată doar când e creat.
error-tv-no-link = Nu există un link activ către pagina live nr. { $number }.
error-tv-no-link-hint = Vezi linkurile echipei cu /tv list.
tv-revoked-title = 📺 Linkul nr. { $number } a fost revocat
tv-revoked-line = Paginile deschise cu el nu se mai actualizează și nu mai deschide nimic.

## /nudges and /away
nudges-on-title = Mementourile sunt pornite
nudges-on-line = Dealbell îți amintește când nu s-a înregistrat nimic de ceva vreme sau rămâi în urma ritmului, în limitele echipei.
nudges-off-title = Mementourile sunt oprite
nudges-off-line = Dealbell nu îți mai trimite mementouri. Vânzările, clasamentele și concursurile rămân la fel; /nudges on le repornește.
nudges-status-title = Mementouri
nudges-yours-off = Ale tale sunt oprite (/nudges on le repornește).
nudges-yours-on = Ale tale sunt pornite (/nudges off le oprește).
nudges-you-away = Lipsești până pe { $day }.
nudges-nobody-out = Nimeni nu s-a retras și nimeni nu lipsește.
nudges-member-off-away = • { $name }: mementouri oprite, lipsește până pe { $day }
nudges-member-off = • { $name }: mementouri oprite
nudges-member-away = • { $name }: lipsește până pe { $day }
away-welcome-back = Bine ai revenit
away-welcome-back-line = Mementourile (dacă sunt pornite) reîncep de azi.
error-away-until = Spune până când lipsești.
error-away-until-hint = /away until:2026-03-20 (ultima zi în care lipsești) sau /away back:true când revii mai devreme.
error-away-passed = { $day } a trecut.
error-away-passed-hint = Dă ultima zi în care lipsești, azi sau mai târziu.
error-away-too-far = Asta e la mai mult de un an.
error-away-too-far-hint = Dă o ultimă zi în decurs de un an; o poți seta din nou când revii.
away-title = Lipsești până pe { $day }
away-line = Fără mementouri până atunci, iar săptămânile în care lipsești nu îți întrerup seria.
away-back-early = Revii mai devreme? /away back:true.

## /team
team-list-title = Echipe
team-list-empty = Încă nu există echipe. Un manager le poate importa: /import kind:teams file:sales_teams.csv
team-in-none = În nicio echipă: { $names }
team-linked-legend = ✓ = legat de un utilizator de chat. Leagă un agent: /team link rep:"Nume" user:@persoana
error-team-already-linked = { $rep } este deja legat de { $user }. Legăturile rămân, ca istoricul nimănui să nu se mute din greșeală.
team-linked = { $rep } a fost legat de { $user }
team-linked-deals = Tranzacții care contează acum pentru această persoană în orice clasament: { $deals }.
error-team-exists = Există deja o echipă „{ $name }”.
error-team-exists-hint = Vezi echipele cu /team list; pui agenți într-una cu /team add.
team-created = Echipa „{ $name }” a fost creată
team-created-line = Adaugă agenți: /team add team:"{ $name }" rep:@…
error-team-which-rep = Spune care agent.
error-team-which-rep-hint = Adaugă rep:@cineva sau rep:"Nume" pentru un agent din CRM.
team-added = { $rep } este acum în { $team }
team-already-in = { $rep } era deja în { $team }
team-added-line = Vânzările contează în clasamentele, ținta și concursurile echipei { $team }.
error-team-not-in = { $rep } nu este în { $team }.
error-team-not-in-hint = Vezi cine e în ce echipă cu /team list.
team-removed = { $rep } nu mai este în { $team }
team-removed-line = Tranzacțiile rămân ale persoanei; nu mai contează pentru această echipă.
error-team-has-contest = { $team } are un concurs, deci rămâne: clasamentele și rezultatele îl numesc.
error-team-has-contest-hint = Scoate-i agenții cu /team remove în schimb.
team-deleted = Echipa { $team } a fost ștearsă
team-deleted-line = Agenții și tranzacțiile lor rămân; acum nu sunt în nicio echipă (sau sunt în celelalte ale lor).

## Forecast alerts
times = { $number }×
alert-rule-attainment = Ținta în pericol
alert-rule-slipped = Tranzacție întârziată
alert-rule-stale = Tranzacție neatinsă
alert-rule-coverage = Pipeline subțire
alert-rule-forecast-drop = Prognoză în scădere
alert-rule-large-deal = Tranzacție mare
alert-watches-attainment = atingerea estimată sub { $threshold } % când mai sunt cel mult { $days } zile din perioadă
alert-watches-slipped-any = o tranzacție deschisă a depășit data estimată de închidere
alert-watches-slipped = o tranzacție deschisă a depășit data estimată de închidere cu mai mult de { $days } zile
alert-watches-stale = o tranzacție deschisă nu s-a schimbat de { $days } zile
alert-watches-coverage = pipeline-ul deschis e sub { $times } din cât a rămas din țintă
alert-watches-forecast-drop = proiecția combinată a scăzut cu peste { $threshold } % față de ziua precedentă
alert-watches-large-deal = o tranzacție de cel puțin { $amount } a schimbat etapa, a fost câștigată sau pierdută
alert-dm-nudges = Mesaje private către responsabilii tranzacțiilor întârziate sau neatinse: { $state }
alert-rules-title = 🚨 Regulile alertelor
alert-rules-footer = Schimbă una: /alerts set rule:stale threshold:21 · verificate prin /schedule add kind:alerts
alert-rule-changed = 🚨 Regula de alertă `{ $rule }` a fost schimbată
alert-closed-with-rule =
    { $count ->
        [one] Alerta ei deschisă a fost închisă.
        [few] Cele { $count } alerte deschise ale ei au fost închise.
       *[other] Cele { $count } de alerte deschise ale ei au fost închise.
    }
alert-list-title = 🚨 Alerte deschise ({ $count })
alert-list-empty = Nimic deschis. Alertele sunt verificate de un program: /schedule add kind:alerts cron:"daily 08:30"
alert-list-newest = Cele mai noi { $shown } din { $count }; dacă sunt prea multe, ridică pragul unei reguli cu /alerts set.
alert-list-snoozed = {" "}· 💤 până pe { $day }
alert-list-line = `#{ $number }` { $rule } — { $finding } · trimisă de { $times }×{ $snoozed }
alert-list-resolved =
    { $count ->
        [one] O alertă nu mai apare azi; următoarea verificare o închide.
        [few] { $count } alerte nu mai apar azi; următoarea verificare le închide.
       *[other] { $count } de alerte nu mai apar azi; următoarea verificare le închide.
    }
alert-list-footer = Cifre de azi · amână una: /alerts snooze id:{ $number } days:7
alert-snoozed-title = 💤 Alerta #{ $number } amânată până pe { $day }
alert-snoozed-how = Până atunci tace; dacă e tot acolo după aceea și e mai rău decât la ultima trimitere, e trimisă din nou.
alert-who-team = Echipa { $name }
alert-deal = #{ $number } { $customer } ({ $owner }) — { $amount }
alert-deal-no-amount = fără sumă
alert-found-attainment =
    { $who }: estimare { $percent } din țintă pentru { $period } ({ $blended } din { $quota }), mai { $days ->
        [one] e { $days } zi
        [few] sunt { $days } zile
       *[other] sunt { $days } de zile
    }
alert-found-coverage = { $who }: pipeline de { $times } pentru cei { $left } rămași din țintă în { $period } (regula: { $rule })
alert-found-forecast-drop = { $who }: proiecția combinată pentru { $period } a scăzut cu { $percent } de la ultima măsurare ({ $before } → { $after })
alert-found-slipped =
    { $deal } era scadentă pe { $due }, acum { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
alert-found-stale =
    { $deal }, neschimbată de { $days ->
        [one] { $days } zi
        [few] { $days } zile
       *[other] { $days } de zile
    }
alert-found-large-deal = #{ $number } { $customer } ({ $owner }) { $what } — { $amount }
alert-large-won = 🎉 câștigată
alert-large-lost = pierdută
alert-large-lost-because = pierdută ({ $reason })
alert-large-opened = deschisă în etapa { $stage }
alert-large-moved = mutată { $from } → { $to }
alert-post-title = 🚨 Alertele prognozei — { $day }
alert-post-line =
    `#{ $number }` **{ $rule }**{ $why ->
        [worse] {" "}· mai rău
        [back] {" "}· din nou
       *[new] {""}
    } — { $finding }
alert-post-more-of = { $count } × { $rule }
alert-post-more = …și încă { $count }: { $rules }. Le vezi pe toate cu /alerts list.
alert-post-footer = { $period } · amână una: /alerts snooze id:… days:7 · reguli: /alerts rules
alert-nudge-title = 👋 { $rep }, tranzacția #{ $number } are nevoie de o actualizare
alert-nudge = { $rule }: actualizeaz-o ca prognoza să fie corectă.
alert-nudge-how = /deal show id:{ $number }, apoi /deal edit id:{ $number } close:… sau /deal stage, /deal won, /deal lost.

## Alert refusals
error-alert-dm-nudges-say = Spune dacă să se trimită mementouri.
error-alert-dm-nudges-say-hint = /alerts set rule:dm_nudges enabled:true
error-alert-dm-nudges-only = dm_nudges e doar pornit sau oprit: folosește enabled.
error-alert-nothing-to-change = Nimic de schimbat.
error-alert-nothing-to-change-hint = Adaugă threshold, days sau enabled, de ex. /alerts set rule:{ $rule } threshold:…
error-alert-threshold-attainment = Pragul pentru attainment e un procent din țintă, { $min }–{ $max }.
error-alert-threshold-slipped = Pragul pentru slipped e în zile de grație, { $min }–{ $max }.
error-alert-threshold-stale = Pragul pentru stale e în zile, { $min }–{ $max }.
error-alert-threshold-coverage = Pragul pentru coverage e în sutimi din ținta rămasă, { $min }–{ $max } (200 = 2×).
error-alert-threshold-forecast-drop = Pragul pentru forecast_drop e un procent, { $min }–{ $max }.
error-alert-threshold-large-deal = Pragul pentru large_deal e în unități întregi ale monedei echipei, { $min }–{ $max }.
error-alert-days = Zilele pentru attainment trebuie să fie 0–366 (zilele rămase din perioadă).
error-alert-no-days = { $rule } nu are setarea zilelor; doar attainment o are.
error-alert-threshold-hint = Ce înseamnă fiecare număr vezi cu /alerts rules.

## Schedules
moment = { $day } { $time } { $zone }
post-kind-leaderboard = clasament
post-kind-quota = progresul țintei
post-kind-digest = rezumat
post-kind-forecast = prognoză
post-kind-alerts = alerte
schedule-board-of = { $kind } ({ $metric }, { $period })
schedule-line = #{ $number } { $what } în <#{ $channel }> — { $cron }
schedule-added = Programul #{ $number } a fost adăugat
schedule-next = Următoarele: { $times }
schedule-next-one = următorul { $time }
schedule-paused = în pauză
schedule-last =
    ultima { $time }{ $late ->
        [yes] {" "}(întârziată)
       *[no] {""}
    }: { $status }
firing-claimed = se publică
firing-posted = publicată
firing-skipped = sărită
firing-retrying = se reîncearcă
firing-failed = eșuată
schedule-list-title = Programe
schedule-list-empty = Niciunul încă. Adaugă unul: /schedule add kind:leaderboard cron:"weekly monday 09:00" channel:#sales
schedule-preview-title = Programul #{ $number }: următoarele cinci postări
schedule-preview-paused = E în pauză; acestea sunt orele la care ar posta după reluare.
schedule-paused-title = Programul #{ $number } a fost pus pe pauză
schedule-resumed-title = Programul #{ $number } a fost reluat
schedule-resumed-missed = Postările ratate cât a fost în pauză nu se mai trimit.
schedule-removed = Programul #{ $number } a fost șters
schedule-early =
    Aceste postări cad în prima zi a { $kind ->
        [week] săptămânii
        [month] lunii
        [quarter] trimestrului
       *[other] anului
    }, când abia a început: până câștigă cineva, fiecare arată clasamentul final { $kind ->
        [week] al săptămânii trecute
        [month] al lunii trecute
        [quarter] al trimestrului trecut
       *[other] al anului trecut
    }. Pentru acel clasament folosește period:last_{ $kind }.
schedule-sample = Dacă ar posta acum: { $title }
schedule-posted-late = ⏰ Postat cu întârziere: era programat { $time }, cât Dealbell a fost offline.
error-schedule-unreadable = Nu pot citi „{ $typed }” ca program.
error-schedule-unreadable-hint = Scrie daily 17:30, weekdays 09:00, weekly monday 09:00, monthly 1 09:00 sau cinci câmpuri cron ca "0 9 * * MON" (minut oră zi lună zi_a_săptămânii).
error-schedule-too-frequent = „{ $typed }” ar posta de mai multe ori pe oră; programele postează cel mult o dată pe oră.
error-schedule-never = „{ $typed }” nu se întâmplă niciodată.
error-schedule-where = Spune unde să se posteze.
error-schedule-where-hint = Adaugă channel:#sales (pentru alerte, sau setează un canal al managerilor cu /setup managers_channel:#…).
error-schedule-options = metric e pentru clasamente și rezumate; period pentru acestea, prognoze și alerte.
error-schedule-alerts-period = Alertele urmăresc luna sau trimestrul curent.
error-schedule-alerts-period-hint = Folosește period:month sau period:quarter.
error-schedule-already-paused = Programul #{ $number } e deja în pauză.
error-schedule-already-running = Programul #{ $number } rulează deja.

## Announcements sent together, taken back, or not delivered
burst-title =
    🔥 { $count ->
        [one] { $count } tranzacție câștigată
        [few] { $count } tranzacții câștigate
       *[other] { $count } de tranzacții câștigate
    } în ultimele minute
burst-undone = ~~{ $summary }~~ (anulată)
burst-footer = Anunțate împreună: canalul a avut multe câștiguri în { $minutes } minute.
win-taken-back = ↩ Anulat: acest câștig a fost retras.
post-failed-schedule-title = Programul #{ $number } nu a putut posta
post-failed-schedule = Postarea programată { $time } în { $place } a eșuat de { $attempts } ori: { $error }.
post-failed-schedule-how = Verifică dacă Dealbell poate vedea și trimite mesaje acolo, sau mută-l: /schedule remove, apoi /schedule add.
post-failed-title = Un anunț nu a putut fi postat
post-failed = „{ $summary }” în { $place }: { $error }.
post-failed-how = Verifică dacă Dealbell poate vedea și trimite mesaje acolo (/setup wins_channel:… îl mută).
post-failed-direct = mesajele private ale lui { $user }

## Leaderboard: where one more deal takes you
error-board-to-needs-from = to are nevoie de from.
error-board-to-needs-from-hint = Scrie from:2026-01-01 to:2026-03-31.
board-not-on-yet-first-win = Nu ești încă în acest clasament: primul câștig te aduce în el.
board-one-more-average-of = Încă o tranzacție de mărimea ta medie ({ $amount })
board-one-more-average = Încă o tranzacție de mărimea ta medie
board-one-more = Încă o tranzacție
board-one-more-passes = { $deal } te-ar duce pe locul { $rank }, depășind-o pe { $names }.
board-one-more-short = { $deal } te-ar ține pe locul { $rank } — îți lipsesc { $gap } până la { $names } pe locul { $place }.
board-one-more-keeps = { $deal } te-ar ține pe locul { $rank }.

## Quota refusals
error-quota-whose = Spune a cui e ținta.
error-quota-whose-hint = Adaugă rep:@cineva, team:"Numele echipei" sau everyone:true.
error-quota-currency = Țintele sunt în moneda echipei, { $currency }.
error-quota-currency-hint = Scrie suma în { $currency } (sau schimbă moneda echipei cu /setup).
error-quota-period-over = { $period } s-a încheiat.
error-quota-period-over-hint = Setează ținte pentru perioada curentă sau una viitoare (starting:2026-04-01).

## Buttons: undo and import previews
error-undo-already = Schimbarea a fost deja anulată.
error-undo-too-old = Schimbarea e mai veche de { $minutes } minute, deci nu mai poate fi anulată cu un clic.
error-undo-too-old-hint = Corecteaz-o cu /deal edit, /deal stage sau /deal lost.
error-preview-settled = Importul a fost deja aplicat sau anulat.
error-preview-too-old = Previzualizarea e prea veche ca să fie aplicată; datele s-ar putea să se fi schimbat.
error-preview-too-old-hint = Rulează importul din nou.
import-cancelled = Import anulat
import-cancelled-nothing = Nu s-a schimbat nimic.

## Activities
error-activity-kind = „{ $kind }” nu e o activitate pe care o urmăresc.
error-activity-kind-hint = Folosește call, email, meeting, demo sau proposal.
error-activity-already-removed = Activitatea #{ $number } a fost deja ștearsă.
activity-list-title = Activitățile lui { $rep }
activity-list-empty = Niciuna încă. Înregistrează una: /activity log kind:call count:5
activity-list-footer = Una greșită? /activity remove id:… (sau /deal undo imediat după)
activity-removed =
    { $how ->
        [undone] Anulat
       *[removed] Șters
    }: { $activities } de la { $rep } din { $day }
activity-removed-counts = Nu mai contează în niciun clasament.

## Deals: fields, changes, history and refusals
deal-field-stage = etapa
deal-field-amount = suma
deal-field-customer = client
deal-field-product = produs
deal-field-expected-close = închidere estimată
deal-field-closed-on = închisă pe
deal-field-won-on = câștigată pe
deal-field-lost-on = pierdută pe
deal-field-lost-reason = motivul pierderii
deal-field-note = notă
deal-field-owner = responsabil
deal-field-forecast-category = categoria de prognoză
deal-action-create = adăugare
deal-action-stage = schimbare de etapă
deal-action-won = câștig
deal-action-lost = pierdere
deal-action-edit = editare
deal-action-forecast = categoria de prognoză
deal-action-import = import
deal-action-convert = conversie valutară
deal-action-undo = anulare
deal-change = { $field }: { $from } → { $to }
deal-change-removed = ștearsă
deal-change-owner = responsabil schimbat
deal-history-amount-hidden = sumă ascunsă
deal-category-follows-stage = urmează etapa
deal-history-title = Istoricul tranzacției #{ $number }
deal-history-someone = cineva
deal-history-no-change = nicio schimbare în ce arată tranzacția
deal-history-line =
    { $day } { $time } { $actor }: { $action }{ $undone ->
        [yes] {" "}(anulată)
       *[no] {""}
    }: { $changes }
deal-forecast-from-stage = { $category } (după etapă)
deal-forecast-now = Tranzacția #{ $number } e acum în prognoză ca { $category }
error-deal-add-closed-stage = { $stage } închide o tranzacție; /deal add e pentru tranzacții deschise.
error-deal-add-closed-stage-hint = Înregistrează un câștig cu /win amount:… customer:…
error-deal-edit-nothing = Nimic de schimbat.
error-deal-edit-nothing-hint = Spune ce să se schimbe, de ex. /deal edit id:{ $number } amount:15k close:eoq
error-deal-edit-same = Tranzacția #{ $number } are deja aceste detalii.
error-deal-forecast-closed = Tranzacția #{ $number } e închisă; prognozele privesc tranzacțiile deschise.
error-deal-forecast-same = Tranzacția #{ $number } e deja acolo.
error-deal-not-yours = Tranzacția #{ $number } e în pipeline-ul deschis al lui { $owner }; doar această persoană și managerii o pot vedea.
error-deal-not-yours-hint = Tranzacțiile tale: /deal list
error-undo-changed-since = Tranzacția #{ $number } s-a schimbat de la modificarea ta ({ $action }), deci anularea ar suprascrie munca altcuiva.
error-undo-changed-since-hint = Uită-te la ea cu /deal show id:{ $number } și corecteaz-o cu /deal edit.
error-deal-conflict = Tranzacția #{ $number } tocmai a fost schimbată de altcineva, deci nu s-a salvat nimic.
error-deal-conflict-hint = Uită-te din nou cu /deal show id:{ $number } și reîncearcă.
error-deal-already-won = Tranzacția #{ $number } e deja câștigată.
error-deal-already-lost = Tranzacția #{ $number } e deja pierdută.
error-deal-same-stage = Tranzacția #{ $number } e deja în etapa { $stage }.
error-deal-no-amount = Tranzacția #{ $number } nu are încă o sumă, deci nu poate fi câștigată.
error-deal-no-amount-hint = Adaugă una: /deal won id:{ $number } amount:12500
error-deal-close-through-stage = Închide o tranzacție cu /deal won sau /deal lost; /deal stage o mută între etapele deschise.
error-deal-close-in-future = { $date } e în viitor; o tranzacție se închide într-o zi care a venit deja.
error-deal-close-too-old = { $date } e acum mai mult de { $days } zile; un manager poate data tranzacția mai în urmă.
error-text-empty = Nu poate fi gol.
error-text-too-long = E prea lung ({ $count } caractere); păstrează-l sub { $most }.
error-period-unknown = Nu cunosc perioada „{ $typed }”.
error-period-unknown-hint = Folosește week, month, quarter sau year, cu last_ pentru cea dinainte (last_month).
error-period-backwards = Perioada se termină înainte să înceapă ({ $from } – { $to }).
error-period-too-long = Perioada e mai lungă de cinci ani; alege un interval mai scurt.
error-days-off-too-many = O echipă poate avea cel mult { $most } zile libere proprii.

## Commission plan in words
comp-plan-period =
    Comisionul se calculează pe { $period ->
        [month] lună
        [quarter] trimestru
       *[year] an
    } din venitul câștigat în { $currency }.
comp-plan-on-target =
    Comision-țintă: { $amount } pe { $period ->
        [month] lună
        [quarter] trimestru
       *[year] an
    } la 100 % din țintă; rata-țintă e această sumă ÷ ținta ta.
comp-plan-flat = Tot venitul câștigat aduce { $rate }.
comp-plan-tiers-retroactive = Praguri după atingerea țintei; atingerea unui prag aplică rata lui întregului venit din perioadă:
comp-plan-tiers-marginal = Praguri după atingerea țintei; fiecare parte a venitului e plătită cu rata pragului ei:
comp-plan-tier = • { $range }: { $rate }
comp-plan-tier-above = peste { $from }
comp-plan-tier-edge = Un prag începe imediat peste limita lui de jos: exact { $edge } din țintă e plătit cu rata pragului { $tier }.
comp-plan-threshold = Sub { $threshold } din ținta ta nu se plătește comision; SPIFF-urile se plătesc în plus.
comp-plan-threshold-split = Sub { $threshold } din ținta ta nu se plătește comision, nici partea ta, nici partea echipei; SPIFF-urile se plătesc în plus.
comp-plan-split = { $own } % se plătește după atingerea țintei tale, { $team } % după a echipei.
comp-plan-cap =
    Comisionul e plafonat la { $amount } pe { $period ->
        [month] lună
        [quarter] trimestru
       *[year] an
    } (SPIFF-urile se plătesc în plus).
comp-plan-spiff-product-from = fiecare tranzacție { $product } câștigată de cel puțin { $amount }
comp-plan-spiff-product = fiecare tranzacție { $product } câștigată
comp-plan-spiff-from = fiecare tranzacție câștigată de cel puțin { $amount }
comp-plan-spiff-any = fiecare tranzacție câștigată
comp-plan-spiff = SPIFF „{ $name }”: { $bonus } pentru { $what }, câștigată între { $from } și { $to }.
comp-plan-clawback = O tranzacție câștigată marcată pierdută în { $days } zile de la câștig e recuperată (la rata la care a fost plătită).
comp-plan-rounding =
    Sumele se rotunjesc { $rounding ->
        [half_even] la par
        [down] în jos
       *[half_up] de la jumătate în sus
    } la cent (subunitate), o singură dată, la finalul fiecărui rând.
comp-plan-title = 💶 Planul de comision — { $name } (versiunea { $version })
comp-plan-footer = Cifrele tale: /comp estimate · întrebări: /ask
comp-plan-loaded = 💶 Plan încărcat — { $name } (versiunea { $version })
comp-plan-loaded-footer = Agenții îl văd cu /comp plan și cifrele lor cu /comp estimate
error-comp-plan-on-file = Planul salvat nu mai poate fi citit: { $error }.
error-comp-plan-on-file-hint = Un manager îl poate încărca din nou, corectat: /comp plan file:…
error-comp-no-plan = Nu e încărcat încă niciun plan de comision.
error-comp-no-plan-hint = Un manager îl încarcă cu /comp plan file:plan.toml (fiecare câmp e explicat în config/comp_plan.example.toml).
error-comp-file-and-text = Dă planul ca file sau ca text, nu ambele.
error-comp-plan-unusable = Planul nu poate fi folosit: { $error }.
error-comp-plan-unusable-hint = Corectează-l și încarcă-l din nou; nu s-a schimbat nimic. Fiecare câmp e explicat în config/comp_plan.example.toml.
error-comp-plan-one-line-hint = Un plan are o setare pe rând: atașează fișierul .toml sau scrie \n între rânduri. Nu s-a schimbat nimic.
error-comp-plan-currency = Planul plătește în { $plan }, dar echipa socotește venitul în { $team }.
error-comp-plan-currency-hint = Scrie planul în { $team } (sau schimbă moneda echipei cu /setup).
error-comp-no-quota = Planul plătește după atingerea țintei, iar { $rep } nu are țintă pentru { $period }.
error-comp-no-quota-hint = Un manager setează una: /quota set rep:@… amount:… period:quarter
error-comp-plan-period =
    Planul calculează comisionul pe { $period ->
        [month] lună
        [quarter] trimestru
       *[year] an
    }.
error-comp-plan-period-hint = Cere period:{ $period } sau period:last_{ $period }.
error-comp-amount-currency = Planul plătește în { $currency }.
error-comp-amount-currency-hint = Scrie suma în { $currency }.

## Imports: the report, skipped rows and unreadable files
import-title = Am importat { $file }
import-rows-read = Rânduri citite
import-created = Create
import-updated = Actualizate
import-unchanged = Neschimbate
import-skipped = Sărite
import-won-in-file = Câștigate în fișier
import-won =
    { $count ->
        [one] { $grouped } tranzacție
        [few] { $grouped } tranzacții
       *[other] { $grouped } de tranzacții
    }, { $amount }
import-format-maven = Format: export de pipeline din CRM (opportunity_id, sales_agent, ...; date americane).
import-format-dealbell = Format: coloanele Dealbell (external_id, rep, customer, ...).
import-read-as =
    Citit ca text { $encoding }, coloane separate prin { $separator ->
        [comma] virgule
        [semicolon] punct și virgulă
        [tab] taburi
       *[other] { $separator }
    }.
import-reps-created = Agenți noi: { $count }; le aparțin tranzacțiile lor până când un manager îi leagă: /team link rep:"Nume" user:@persoana
import-without-account =
    { $count ->
        [one] Un rând nu are cont; a fost importat
        [few] { $grouped } rânduri nu au cont; au fost importate
       *[other] { $grouped } de rânduri nu au cont; au fost importate
    } cu clientul „{ $customer }”.
import-product-variants = Nume de produs asemănătoare au fost păstrate separat: { $names }. Corectează scrierea în CRM dacă e un singur produs.
import-skipped-line = Rândul { $line } a fost sărit: { $why }
import-more-skipped = …și încă { $count } rânduri sărite.
import-row-empty = { $column } e gol
import-row-too-long = { $column } e prea lung ({ $count } caractere; cel mult { $most })
import-row-unknown-stage = etapa „{ $stage }” nu e o etapă a echipei și nu e în import.stage_map
import-row-stage-maps-nowhere = etapa „{ $stage }” trimite la „{ $key }”, care nu e o etapă
import-row-not-a-date = { $column } „{ $text }” nu e o dată ({ $form })
import-row-not-whole = close_value „{ $text }” nu e o sumă întreagă
import-row-currency = moneda „{ $code }” nu e un cod ISO 4217
import-row-amount = amount: { $why }
import-row-closed-without-date =
    o tranzacție { $outcome ->
        [won] câștigată
       *[lost] pierdută
    } are nevoie de data închiderii
import-row-won-without-value = o tranzacție câștigată are nevoie de o valoare peste zero
import-row-repeats-id = repetă id-ul { $id } de pe rândul { $first }
import-preview-title = { $file } ar schimba tranzacții existente: { $count }
import-preview-also = Ar mai crea { $created } și ar lăsa { $unchanged } neschimbate ({ $skipped } rânduri sărite).
import-preview-overwrites = Schimbările suprascriu ce e salvat, inclusiv corecturile din chat de la ultimul import; fiecare schimbare e înregistrată.
import-preview-within = Aplică sau anulează în { $minutes } minute.
import-teams-title = Am importat echipele din { $file }
import-teams-created = Echipe create
import-people-created = Persoane create
import-memberships-added = Apartenențe adăugate
import-teams-named-by = Echipe numite după coloana { $column }. { $read_as }
import-teams-how = Le vezi cu /team list; leagă agenții de utilizatorii din chat cu /team link.
error-import-not-csv = { $file } nu e un fișier CSV.
error-import-not-csv-hint = Exportă raportul din CRM ca CSV (UTF-8) și atașează fișierul .csv.
error-import-currency = „{ $code }” nu e un cod de monedă ISO 4217 (EUR, USD, PLN...).
error-import-not-text = Fișierul nu e text pe care îl pot citi (nu e { $encoding } valid).
error-import-not-text-hint = Exportă-l ca CSV (UTF-8) și încearcă din nou.
error-import-duplicate-column = Coloana „{ $name }” apare de două ori (coloanele { $first } și { $second }), deci nu știu pe care s-o citesc.
error-import-duplicate-column-hint = Șterge sau redenumește una și încearcă din nou.
error-import-unclosed-quote = Rândul { $line } deschide ghilimele care nu se închid, deci cele { $swallowed } rânduri de după ar fi citite ca un singur câmp (fișierul pare să aibă { $rows } rânduri).
error-import-unclosed-quote-hint = Închide ghilimelele sau șterge " în plus și încearcă din nou.
error-import-empty = Fișierul e gol.
error-import-unknown-columns = Nu recunosc aceste coloane: { $found }.
error-import-unknown-columns-hint = Folosește coloanele exportului din CRM ({ $crm }) sau pe ale Dealbell ({ $dealbell }; opționale: { $optional }).
error-import-no-team-column = Fișierul nu are coloana { $column } după care să numesc echipele (coloanele lui: { $found }).
error-import-no-team-column-hint = Alege alta cu team_by:manager, team_by:office sau team_by:team.
error-import-malformed = CSV-ul nu poate fi citit în jurul rândului { $line }: { $error }
error-import-unreadable = Fișierul nu a putut fi citit până la capăt ({ $error }).
error-import-unreadable-hint = Verifică dacă mai există și poate fi citit, apoi încearcă din nou.

## Scheduled posts in the console, exports, documents, Discord's own notes
firing-outcome-posted = publicat
firing-outcome-queued = în coadă
firing-outcome-late = întârziat
firing-outcome-quiet = nimic nou
firing-outcome-skipped = sărit
firing-outcome-retrying = se reîncearcă
firing-outcome-failed = eșuat
export-title =
    📎 Export: { $count ->
        [one] { $count } rând
        [few] { $count } rânduri
       *[other] { $count } de rânduri
    }
export-deals-format = CSV UTF-8 în formatul importului: `dealbell import deals` îl citește înapoi.
export-values-format = CSV UTF-8: valori în subunități, numere sau puncte de bază, cu textul alături.
error-export-quota-period = Țintele se stabilesc pe lună, trimestru sau an fiscal.
error-export-quota-period-hint = Folosește period:month, period:quarter sau period:year.
error-document-empty = Documentul e gol.
discord-could-not-post =
    Nu am putut posta în { $channel }: { $error }.{ $retry ->
        [yes] {" "}Încerc din nou peste câteva minute.
       *[no] {""}
    } Verifică dacă pot vedea și trimite mesaje acolo.
discord-restarting = Dealbell repornește
discord-restarting-how = Încearcă din nou peste un minut.

## The live page's own words
tv-page-leaderboard = Clasament
tv-page-empty = Nimeni nu e încă în clasament: primul câștig preia conducerea.
tv-page-duels = Dueluri
tv-page-latest-wins = Ultimele câștiguri
tv-page-new-win = Câștig nou
tv-page-live = În direct

## Why a commission plan cannot be used
plan-problem-at-line = rândul { $line }: { $problem }
plan-problem-toml = { $text }
plan-problem-currency = moneda „{ $code }” nu e un cod ISO 4217, ca EUR sau USD
plan-problem-name-empty = name nu poate fi gol
plan-problem-version-empty = version nu poate fi gol (estimările îl menționează)
plan-problem-not-one-of = { $field } „{ $typed }” trebuie să fie unul dintre: { $choices }
plan-problem-not-positive = { $field } trebuie să fie o sumă pozitivă în { $currency }
plan-problem-on-target = on_target_commission trebuie să fie o sumă pozitivă în { $currency }, de ex. 20000
plan-problem-spiff-bonus = bonus-ul unui SPIFF trebuie să fie o sumă pozitivă în { $currency }
plan-problem-multiple-needs-on-target = o rată scrisă ca multiplu (1.5x) are nevoie de on_target_commission
plan-problem-threshold = threshold trebuie să fie un procent din țintă peste 0 % ("50%")
plan-problem-clawback-days = clawback days trebuie să fie între 1 și 730
plan-problem-base-rate-and-tiers = folosește base_rate sau tiers, nu ambele
plan-problem-base-rate = base_rate trebuie să fie un procent între 0 % și 100 %
plan-problem-pays-nothing = planul nu plătește nimic: adaugă base_rate, tiers sau on_target_commission
plan-problem-tier-from = from al unui prag trebuie să fie un procent din țintă, 0 sau mai mult ("50%")
plan-problem-tier-to-below-from = to al unui prag trebuie să fie peste from
plan-problem-tier-to = to al unui prag trebuie să fie un procent din țintă ("100%")
plan-problem-tier-rate-negative = rate al unui prag nu poate fi negativ
plan-problem-tier-rate-over-100 = rate al unui prag poate fi cel mult 100 % din venit
plan-problem-tier-rate = rate al unui prag trebuie să fie un procent ("8%") sau un multiplu ("1.5x")
plan-problem-first-tier-not-at-zero = primul prag trebuie să înceapă de la 0 %
plan-problem-only-last-tier-open = doar ultimul prag poate omite to
plan-problem-tiers-overlap = pragurile se suprapun: acesta începe la { $starts }, dar cel dinainte se termină la { $ends }
plan-problem-tiers-gap = pragurile lasă un gol de la { $from } la { $to }
plan-problem-last-tier-closed = ultimul prag trebuie să omită to (merge fără limită)
plan-problem-split = individual și team din split trebuie să fie procente întregi care fac 100 % (75 % și 25 %)
plan-problem-spiff-dates = un SPIFF are nevoie de datele from și to (2026-03-01)
plan-problem-spiff-dates-backwards = data to a unui SPIFF e înaintea datei from
plan-problem-spiff-target = un SPIFF are nevoie de product, min_amount sau ambele (altfel ar fi un bonus la orice tranzacție)

## The terminal: start-up, the console's banner and the shell's commands
shell-line = rândul { $line }: { $text }
shell-lines-failed = { $count ->
        [one] 1 rând a eșuat.
        [few] { $count } rânduri au eșuat.
       *[other] { $count } de rânduri au eșuat.
    }
shell-console-banner = Consola Dealbell — /help arată comenzile, :help directivele consolei, :quit o închide.
shell-no-token-console = Nu e setat niciun token Discord, așa că rulează consola locală. Ca să conectezi Discord, setează DISCORD_TOKEN și pornește `dealbell run` (vezi README).
shell-no-token-help = Dealbell are nevoie de un token de bot Discord ca să ruleze pe Discord.
      1. Creează o aplicație la https://discord.com/developers/applications, adaugă un bot și copiază-i tokenul.
      2. export DISCORD_TOKEN=... (sau setează discord.token_file în fișierul de configurare)
      3. Invită botul: { $invite }
      4. dealbell run
    Până atunci, `dealbell console` rulează fiecare comandă local.
shell-live-page = Pagina live rulează la { $address } — un link faci cu /tv link
shell-demo-ready = Echipa demo e gata: { $commands } comenzi reluate ({ $wins } câștiguri) în { $seconds } s. Încearcă /leaderboard sau /leaderboard metric:deals period:quarter
shell-no-runtime = mediul de rulare asincron nu poate porni: { $why }
shell-not-a-time = „{ $text }” nu e o oră; scrie 2026-03-10 09:00 (UTC) sau 2026-03-10T09:00:00+01:00
shell-time-out-of-range = „{ $text }” e în afara anilor 1–9999, pe care îi ține Dealbell
shell-loading-settings = încărcarea setărilor
shell-opening-database = deschiderea bazei de date
shell-opening = deschiderea { $what }
shell-reading = citirea { $path }
shell-writing = scrierea { $path }
shell-settings-valid = setările sunt valide
shell-indexed = { $file } indexat în { $ms } ms
shell-import-took = importul a durat { $ms } ms
shell-cause = cauza: { $cause }
shell-export-no-file = /export a răspuns fără fișier
shell-rows-written = { $rows ->
        [one] 1 rând scris
        [few] { $rows } rânduri scrise
       *[other] { $rows } de rânduri scrise
    } în { $path }.
shell-not-a-currency = „{ $code }” nu e un cod de monedă ISO 4217 (ca EUR, USD sau PLN)
shell-backtest-read = Tranzacții citite: { $deals }; prețuri de produs: { $prices } (din { $path }); probabilitatea unei tranzacții în lucru: { $probability } %; luni lăsate deoparte din lipsă de istoric: { $skipped }.
shell-none = niciuna
shell-invite-replace = Înlocuiește YOUR_APPLICATION_ID cu id-ul aplicației tale (sau setează DISCORD_TOKEN, sau dă --app-id).
shell-progress-reading = se citește fișierul
shell-progress = rânduri { $done }/{ $total } · { $rate } · mai rămân { $left }
shell-backing-up = copia de siguranță
shell-backed-up = Copie de siguranță în { $path } în { $ms } ms.
shell-restore-not-a-file = restore pune un fișier de rezervă în locul unui fișier de bază de date SQLite (--db CALE); o bază PostgreSQL o restaurezi cu uneltele serverului ei (pg_restore).
shell-restoring = restaurarea
shell-restored = { $database } restaurată din { $backup }.
shell-restore-kept = Baza de date care era acolo e păstrată ca { $path }.
shell-from-not-sqlite = --from numește baza de date SQLite de copiat: o cale sau sqlite://cale
shell-to-not-postgres = --to numește baza de date PostgreSQL de umplut: postgres://user@host/database
shell-no-database-at = la { $path } nu există nicio bază de date
shell-copied = { $teams ->
        [one] 1 echipă copiată
        [few] { $teams } echipe copiate
       *[other] { $teams } de echipe copiate
    } în { $target }:
shell-copied-rows = { $rows ->
        [one] rând
        [few] rânduri
       *[other] de rânduri
    }
shell-copy-checked = Am verificat { $checks } numărători de rânduri și totaluri de bani, pe echipă și tabel: toate se potrivesc.
shell-use-postgres-now = De acum pornește Dealbell cu DEALBELL_DATABASE_URL setat la URL-ul PostgreSQL.

## When Discord will not take the bot (printed at start)
shell-discord-bad-token = Discord a respins tokenul botului (401 Unauthorized). Copiază din nou tokenul de pe pagina Bot a aplicației tale și setează DISCORD_TOKEN.
shell-discord-unreachable = API-ul Discord de la { $origin } nu poate fi accesat: { $reason }. Verifică DEALBELL_DISCORD_API_URL și rețeaua; nu se încearcă altă adresă.
shell-discord-closed = Discord a închis conexiunea: { $why }
shell-refusal-token = Gateway-ul Discord a respins tokenul botului (închidere 4004). Copiază din nou tokenul de pe pagina Bot a aplicației tale și setează DISCORD_TOKEN.
shell-refusal-invalid-shard = Gateway-ul Discord a respins shardul { $shard } din { $total } (închidere 4010, shard nevalid). Verifică --shards și --shard-total (discord.shards și discord.shard_total): fiecare shard trebuie să fie sub total, iar toate procesele trebuie să folosească același total.
shell-refusal-sharding-required = Discord vrea ca acest bot să fie împărțit pe mai multe sharduri (închidere 4011, sharding necesar): e pe prea multe servere pentru { $total }. Mărește --shard-total (Discord recomandă un număr la GET /gateway/bot) și împarte shardurile între procesele tale.
shell-refusal-api-version = Gateway-ul Discord nu mai acceptă versiunea de API pe care o folosește acest Dealbell (închidere 4012). Actualizează Dealbell.
shell-refusal-invalid-intents = Gateway-ul Discord nu cunoaște intențiile cerute de Dealbell (închidere 4013). E o eroare în Dealbell: te rugăm s-o raportezi.
shell-refusal-disallowed-intents = Discord a refuzat o intenție privilegiată (închidere 4014). Dealbell are nevoie doar de intenția Guilds; dacă ai schimbat asta, activează intenția pe pagina Bot din Developer Portal.

## Settings that cannot be used (config/dealbell.toml and the environment)
config-read = fișierul de setări { $path } nu poate fi citit: { $why }
config-syntax = fișierul de setări { $path } nu e TOML valid: { $why }
config-timezone = team.timezone „{ $value }” nu e un fus orar IANA, ca Europe/Bucharest
config-currency = team.currency „{ $value }” nu e un cod ISO 4217, ca RON
config-fiscal-year = team.fiscal_year_start trebuie să fie o lună, 1–12
config-between = { $key } trebuie să fie între { $min } și { $max }{ $upper ->
        [week] {" "}(o săptămână)
        [two-weeks] {" "}(două săptămâni)
        [ten-years] {" "}(zece ani)
       *[none] {""}
    }
config-competition = competition: burst_posts trebuie să fie 1–1000, burst_minutes 1–1440 și burst_hold_minutes 0–1440
config-forecast = forecast: best_case_at nu poate fi peste commit_at, iar ambele cel mult 100
config-alert-threshold = alerts: pragul pentru { $rule } trebuie să fie { $min }–{ $max }
config-alert-days = alerts: attainment_days_left trebuie să fie 0–366
config-alert-no-days = alerts: { $rule } nu are o setare de zile
config-alerts-period = alerts.period trebuie să fie month sau quarter
config-stages-incomplete = stages: pipeline-ul are nevoie de cel puțin o etapă deschisă, una câștigată și una pierdută
config-stage-twice = stages: etapa „{ $stage }” apare de două ori
config-stage-probability = stages: etapa „{ $stage }” are probabilitatea { $probability }; trebuie să fie 0–100
config-stage-key = stages: cheia de etapă „{ $stage }” poate avea doar litere mici, cifre sau _
config-stage-map = import.stage_map leagă „{ $crm }” de „{ $key }”, care nu e o cheie de etapă
config-posts-per-second = discord.posts_per_second este { $value }: dă un număr de la 1 la 50 (Discord permite unui bot 50 de cereri pe secundă în toate procesele lui)
config-web-listen = web.listen „{ $value }” nu e o adresă cu port, ca 127.0.0.1:8080
config-web-public-url = web.public_url „{ $value }” trebuie să înceapă cu https:// (sau http://)
config-web-requests = web.requests_per_minute trebuie să fie cel puțin 1
config-nudge-time = nudges: { $name } „{ $value }” nu e o oră scrisă HH:MM
config-weekend = team.weekend „{ $value }” trebuie să fie unul dintre: { $choices }
config-country = team.country „{ $value }”: Dealbell are sărbătorile legale din { $codes }
config-day-off = team.days_off: „{ $value }” nu e o dată scrisă YYYY-MM-DD
config-shards = shardurile „{ $range }” din { $total }: { $why } (scrie-le ca 0-3 cu un total ca 8)
config-shards-not-numbers = nu sunt numere de shard
config-shards-no-total = lipsește numărul total de sharduri
config-shards-backwards = intervalul e invers
config-shards-beyond-total = shardurile sunt numerotate de la 0 până la totalul minus unu
config-database-scheme = schema de bază de date { $scheme }:// nu e una pe care o citește Dealbell; folosește un fișier SQLite, scris ca o cale (data/dealbell.db) sau sqlite://data/dealbell.db, ori un server PostgreSQL, scris postgres://user@host/database
config-dev-guild = dev guild „{ $value }” trebuie să fie un id de server (un număr)
config-api-origin = originea API-ului Discord „{ $value }” trebuie să arate ca https://host sau http://127.0.0.1:7777 (fără cale)

## The settings as check-config prints them
summary-read-from = citite din
summary-built-in = valorile implicite încorporate
summary-database = baza de date
summary-backup = copia de noapte
summary-backup-off = oprită (schedules.backup_folder)
summary-backup-postgres = setată, dar nu se face: baza de date e PostgreSQL, ale cărei date Dealbell nu le poate copia ca fișier. Fă copia cu pg_dump (și scoate schedules.backup_folder)
summary-backup-on = în { $folder } de la { $hour } UTC, se păstrează ultimele { $keep }
summary-team-defaults = implicite pentru echipă
summary-team-defaults-value = fus orar { $timezone }, moneda { $currency }, anul fiscal începe în luna { $month }, weekend { $weekend }, sărbători legale din { $country }, alte zile libere: { $days }
summary-no-country = nicio țară
summary-undo = timp de anulare
summary-minutes = { $minutes ->
        [one] 1 minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }
summary-board-rows = rânduri în clasament
summary-live-page = pagina live
summary-live-on = rulează la { $address }, linkurile încep cu { $origin }
summary-live-off = oprită (web.listen)
summary-bursts = rafale de câștiguri
summary-bursts-value = mai mult de { $posts } în { $minutes } minute așteaptă { $hold } minute și pleacă împreună
summary-nudges = mementouri
summary-nudges-value = cel mult { $day } pe zi și { $week } pe săptămână de agent, liniște { $from }–{ $until }{ $weekends ->
        [yes] {" "}și în weekend
       *[no] {""}
    }, după { $days } zile lucrătoare liniștite
summary-stages = etape
summary-token = token Discord
summary-token-unset = nesetat (rulează consola în loc)
summary-token-set = setat (ascuns)
summary-dev-guild = server de dezvoltare
summary-api-origin = originea API Discord

## A chart with nobody on it, and a subject chosen twice
chart-board-empty = Încă nu e nimeni în clasament
error-subject-one = Alege una: rep, team sau everyone.

## The database, as the shell reports it (opening, backups, restores, migrate-db)
shell-store-not-dealbell = { $database } nu e o bază de date Dealbell: { $why ->
        [other-tables] conține alte tabele ({ $detail })
       *[not-sqlite] nu e o bază de date SQLite ({ $detail })
    }. Nu s-a schimbat nimic; îndreaptă --db (sau DEALBELL_DATABASE_URL) spre o bază Dealbell sau spre una nouă, goală.
shell-store-newer = { $database } a fost scrisă de un Dealbell mai nou (versiunea schemei { $version }); acesta nu o poate citi în siguranță. Nu s-a schimbat nimic; pornește Dealbell-ul mai nou sau restaurează o copie de siguranță.
shell-store-cannot-write = Baza de date nu poate fi scrisă: { $why ->
        [disk-full] discul e plin
       *[read-only] e doar pentru citire
    }. Nu s-a salvat nimic.
shell-store-folder = folderul bazei de date { $path } nu poate fi creat: { $why }
shell-store-lock = { $path } nu poate fi blocat cât se verifică baza de date: { $why }
shell-backup-postgres = o bază PostgreSQL se salvează cu uneltele serverului (pg_dump sau instantaneele gazdei), nu cu Dealbell
shell-backup-exists = { $path } există deja; numește un fișier nou
shell-backup-not-a-file = { $path } nu e un fișier
shell-backup-empty = { $path } e gol
shell-backup-failed = { $step ->
        [sync] la scrierea copiei pe disc
        [keep-current] la păstrarea bazei de date actuale
       *[copy-in] la aducerea copiei
    }: { $why }
shell-copy-wrong-way = migrate-db copiază dintr-o bază SQLite într-una PostgreSQL
shell-copy-not-empty = baza de date țintă nu e goală ({ $table } are { $rows } rânduri); migrate-db umple doar o bază goală, ca nimic de acolo să nu fie suprascris sau amestecat. Îndreaptă --to spre o bază nouă
shell-copy-mismatch = copia nu se potrivește cu originalul ({ $detail }); nu s-a scris nimic în țintă

## The live page's plain answers (in the browser's language), and serving it
web-not-found = Nu a fost găsit
web-too-many-requests = Prea multe cereri de la această adresă; încearcă din nou peste un minut.
shell-live-page-cannot-serve = pagina live nu poate rula la { $address } (web.listen): { $why }

## The backtest's table (dealbell backtest)
backtest-month = luna
backtest-won = câștigat ({ $currency })
backtest-weighted = pipeline ponderat
backtest-error = eroare
backtest-win-rate = pipeline × rata de câștig
backtest-last-month = luna trecută
backtest-expected = tranzacții așteptate
backtest-cycle = ciclul median (zile)
backtest-mean-absolute = eroarea absolută medie
backtest-mean-signed = eroarea medie cu semn (deplasare)

## Discord's interaction that cannot be read as a command
discord-not-in-server = Dealbell lucrează pe servere, nu în mesaje directe.
discord-file-too-large = { $file } are { $size } octeți; limita e { $limit }. Împarte fișierul și trimite părțile.
discord-download-failed = Nu am putut descărca { $file }: { $why }
discord-download-missing = Discord nu a trimis { $file }; atașează-l din nou.
discord-rep-twice = Numește agentul o singură dată: { $option } (un utilizator de chat) sau { $option }_name (un nume), nu amândouă.

## Nothing to undo
error-nothing-to-undo = Nu ai nicio modificare din ultimele { $minutes } minute de anulat.
error-nothing-to-undo-hint = Modificările mai vechi le corectezi cu /deal edit, /deal stage, /deal lost sau /activity remove.

## Why a post could not be delivered
post-error-bad-destination = { $place } nu e un loc unde pot posta
post-error-refused = Discord a refuzat postarea: { $why }

## Names Dealbell gives data: a forgotten member, a CRM deal without an account
privacy-former-member = fost membru { $number }
crm-no-account = (fără client)
shell-discord-wrong-gateway = serenity a ales gateway-ul { $chosen } în loc de { $expected }

## The command line's help (dealbell --help): each command and option
cli = Un chatbot pentru echipele de vânzări: câștiguri, clasamente, ținte și altele.
cli--config = Fișierul de setări (implicit: config/dealbell.toml, dacă există)
cli--db = Baza de date: un fișier SQLite sau postgres://user@host/db (implicit: data/dealbell.db sau DEALBELL_DATABASE_URL)
cli--memory = Folosește o bază de date temporară, ștearsă la ieșire
cli--now = Fixează ceasul la această oră UTC („2026-03-10 09:00” sau RFC 3339) în loc de ora reală: pentru teste, demonstrații și reluări
cli--lang = Limba a ceea ce afișează Dealbell aici (implicit: locale-ul terminalului, LC_ALL sau LANG); consola întreabă în ea, ca un telefon setat așa
cli-run = Pornește botul Discord (are nevoie de DISCORD_TOKEN)
cli-run--shards = Rulează doar aceste sharduri de gateway, ca 0-3 (cu --shard-total); mai multe procese cu intervalele lor împart baza de date
cli-run--shard_total = Câte sharduri sunt în total, în toate procesele
cli-console = Un canal local de echipă în terminal: toate comenzile, fără Discord
cli-console--script = Rulează liniile din FILE în loc să citești tastatura
cli-console--format = Afișează răspunsurile ca text sau ca un obiect JSON pe linie
cli-console--demo = Umple întâi o echipă temporară cu un trimestru de istoric demo
cli-console--guild = Echipa (serverul canalului consolei) de folosit
cli-console--charts = Salvează graficele (chart:true, postările programate) ca fișiere PNG în DIR
cli-import = Importă un export CRM într-o echipă
cli-import--kind = Ce conține fișierul: deals sau teams
cli-import--file = Fișierul CSV
cli-import--guild = Echipa în care se importă: un id de server Discord sau numele unei echipe din consolă
cli-import--currency = Moneda sumelor care nu numesc una (implicit: a echipei)
cli-import--team_by = Echipe: coloana care numește fiecare echipă (manager, office sau team)
cli-docs = Adaugă documente Markdown sau text în biblioteca /ask a unei echipe (un fișier cu același titlu îl înlocuiește pe cel existent)
cli-docs-add = Adaugă (sau înlocuiește) documente: dealbell docs add FILE... [--guild NAME]
cli-docs-add--files = Documentele (.md sau .txt)
cli-docs-add--guild = Echipa: un id de server Discord sau numele unei echipe din consolă
cli-backtest = Reia un export CRM lună de lună și arată cum s-a descurcat fiecare metodă de prognoză
cli-backtest--file = Exportul de tranzacții din CRM (CSV)
cli-backtest--products = Prețurile de listă ale produselor (product, series, sales_price); implicit: products.csv lângă FILE
cli-backtest--currency = Moneda sumelor din export
cli-eval-ask = Cât de bine răspunde /ask la un set de întrebări, pe limbi (pentru dezvoltatorii Dealbell): DIR conține docs/ și questions.json sau questions.tsv
cli-eval-ask--dir = Folderul setului de întrebări (implicit: al proiectului, tests/ask_eval)
cli-eval-ask--explain = Pentru fiecare ratare, afișează cât cântăresc cuvintele întrebării și ce a ieșit primul
cli-check-config = Verifică setările și afișează-le (tokenul doar ca setat sau nu)
cli-export = Scrie un CSV ca /export (UTF-8 cu BOM): tranzacții (în formatul pe care îl citește `import deals`), un clasament, ținte sau activități
cli-export--kind = Ce se exportă: deals, leaderboard, quota sau activities
cli-export--guild = Echipa: un id de server Discord sau numele unei echipe din consolă
cli-export--period = Pentru clasament, ținte sau activități: ce perioadă, ca în chat (month, last_quarter, year, 2026-03, ...; implicit luna aceasta)
cli-export--metric = Pentru un clasament: după ce ordonează (revenue, deals, ...; implicit revenue)
cli-export--output = Scrie în FILE în loc de ieșirea standard
cli-backup = Scrie o copie consecventă a bazei de date în FILE (sigur cât rulează botul)
cli-backup--file = Noul fișier de copie (nu trebuie să existe deja)
cli-restore = Pune copia FILE în locul bazei de date (oprește întâi Dealbell); baza care era acolo rămâne alături
cli-restore--file = Copia de restaurat
cli-migrate-db = Copiază tot istoricul fiecărei echipe dintr-o bază SQLite într-una PostgreSQL goală și verifică numărul de rânduri și totalurile de bani pe echipă (oprește întâi Dealbell)
cli-migrate-db--from = Baza de date SQLite: o cale sau sqlite://cale
cli-migrate-db--to = Baza de date PostgreSQL: postgres://user@host/database
cli-invite-url = Afișează linkul care invită botul pe un server, cu permisiunile de care are nevoie
cli-invite-url--app_id = Id-ul aplicației (implicit: cerut de la Discord cu tokenul configurat)

## A backup into a folder that is not there
shell-backup-no-folder = folderul { $path } nu există; creează-l întâi sau numește altul

## Examples of a contest's target, as typed in each language
contest-example-percent-of-quota = target:120%
contest-example-amount = target:50k
contest-example-win-rate = target:40%
contest-example-deals = target:"10 tranzacții"
contest-example-activities = target:"25 de activități"

## A combined post lists so many wins, then counts the rest
burst-more = { $count ->
        [one] …și încă { $count } tranzacție câștigată
        [few] …și încă { $count } tranzacții câștigate
       *[other] …și încă { $count } de tranzacții câștigate
    }
