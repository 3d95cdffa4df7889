# Dealbells Wörter auf Deutsch. Anrede: du (wie Discord selbst). Siehe glossary.md.

## /language

language-title = Deine Sprache
language-chosen = Wenn deine Discord-App auf eine Sprache eingestellt ist, die Dealbell nicht spricht, antwortet Dealbell dir auf { $language }.
language-automatic = Dealbell antwortet dir in der Sprache deiner Discord-App, wenn Dealbell sie spricht, sonst in der Sprache deines Teams ({ $language }).
language-current = Gerade antwortet Dealbell dir auf { $language }.

## Wins

win-title = 🎉 { $rep } gewinnt { $customer }!

## Die Karte eines Deals

amount-not-set = nicht angegeben
deal-customer = Kunde
deal-amount = Betrag
deal-stage = Phase
deal-owner = Inhaber
deal-product = Produkt
deal-expected-close = Erwarteter Abschluss
deal-won-on = Gewonnen am
deal-lost-on = Verloren am
deal-lost-because = Verloren wegen
deal-note = Notiz: { $note }
deal-counted-as = Gezählt als { $counted }: { $amount } zum Kurs { $rate } seines Tages.
deal-recorded-until-closed = In { $currency } erfasst, wie angegeben; beim Abschluss zählt er in { $team } zum Kurs seines Tages (/rates list).
deal-recorded-without-rate = In { $currency } erfasst, wie angegeben; ohne { $currency }-Kurs für seinen Tag zählen Ranglisten den Deal, aber nicht seinen Betrag (eine Führungskraft legt einen fest: /rates set rate:"{ $currency } …").
deal-footer = Deal #{ $number }

## Counts

deals-count =
    { $count ->
        [one] { $count } Abschluss
       *[other] { $count } Abschlüsse
    }

## Zahlen und Zeiträume

percent = { $number } %
period-week = Woche vom { $start }
period-quarter = Q{ $quarter } GJ { $years } ({ $from }–{ $to } { $year })
period-fiscal-year = GJ { $years }
period-custom = { $from } – { $to }
footer-period = { $period } · { $timezone }

## Schaltflächen

button-undo = Rückgängig
button-apply-import = Import übernehmen
button-cancel = Abbrechen
button-accept = Annehmen
button-decline = Ablehnen
# The console has no buttons: what to type instead.
button-instead-apply = führe denselben Befehl mit confirm:true aus
button-instead-cancel = nichts tun

## Ranglisten

metric-revenue = Gewonnener Umsatz
metric-deals = Gewonnene Abschlüsse
metric-attainment = Zielerreichung
metric-win_rate = Abschlussquote
metric-activities = Erfasste Aktivitäten
metric-avg_deal = Durchschnittliche Dealgröße
board-of-teams = Teams
board-heading = { $metric } — { $period }
board-heading-scoped = { $metric } · { $scope } — { $period }
board-won = { $count } gewonnen
board-closed = { $count } abgeschlossen
board-of-amount = von { $amount }
activities-count =
    { $count ->
        [one] { $count } Aktivität
       *[other] { $count } Aktivitäten
    }
board-movement-new = neu
board-not-on-yet = Du stehst noch nicht auf dieser Rangliste.
board-footer = { $period } · { $timezone } · Veränderung seit { $previous }
board-empty = Für { $period } steht noch niemand auf der Rangliste. { $nudge }
board-empty-no-teams = Es gibt noch keine Teams: importiere sie mit /import kind:teams und verknüpfe dann Vertriebler mit /team link.
board-empty-activities = Erfasse eine: /activity log kind:call count:5
board-empty-attainment = Eine Führungskraft legt Umsatzziele mit /quota set fest.
board-empty-win-rate = Vertriebler brauchen { $count } abgeschlossene Deals, um gewertet zu werden.
board-empty-be-first = Sei der oder die Erste: /win amount:… customer:…
board-attainment-private = Umsatzziele sind hier privat, deshalb wird die Zielerreichung nicht im Kanal gepostet. Führungskräfte sehen sie mit /leaderboard metric:attainment; jeder Vertriebler sieht die eigene.
board-own-attainment = Umsatzziele sind hier privat: du siehst deine eigene Zielerreichung, Führungskräfte sehen alle.
board-other-currencies =
    { $count ->
        [one] { $count } gewonnener Abschluss in anderen Währungen ist
       *[other] { $count } gewonnene Abschlüsse in anderen Währungen sind
    } nicht im Umsatz in { $currency } enthalten (kein Kurs für ihren Tag: /rates set).

## /quota check

quota-heading = { $name } — { $period }
quota-attainment = { $bar } { $percent } von { $quota }
quota-pace-behind = Gewonnen: { $won }; bei gleichmäßigem Tempo wären es heute { $expected } — { $gap } im Rückstand.
quota-pace-ahead = Gewonnen: { $won }; bei gleichmäßigem Tempo wären es heute { $expected } — { $gap } im Vorsprung.
quota-pace-even = Gewonnen: { $won }; bei gleichmäßigem Tempo wären es heute { $expected } — genau im Plan.
quota-reached = Umsatzziel erreicht 🎉 ({ $over } darüber).
quota-to-go = Noch offen: { $remaining } — { $per_week } pro Woche in den verbleibenden { $days } Arbeitstagen.
quota-to-go-no-days = Noch offen: { $remaining }, und im Zeitraum bleiben keine Arbeitstage mehr.
quota-projected = Bei diesem Tempo: { $projected } ({ $percent }) zum Ende des Zeitraums.
quota-too-early =
    Für eine Hochrechnung ist es zu früh: Sie braucht { $needed } Arbeitstage des Zeitraums, { $days ->
        [one] vergangen ist { $days }
       *[other] vergangen sind { $days }
    }.
quota-other-currencies =
    { $count ->
        [one] { $count } gewonnener Abschluss in anderen Währungen wird
       *[other] { $count } gewonnene Abschlüsse in anderen Währungen werden
    } nicht auf dieses Umsatzziel in { $currency } angerechnet (kein Kurs für ihren Tag: /rates set).
quota-chart-summary = { $percent } von { $quota } · gewonnen { $won }
quota-chart-to-go = noch { $per_week } pro Woche · { $days } Arbeitstage übrig
quota-chart-days-left = { $days } Arbeitstage übrig
quota-none = Für { $name } ist kein Umsatzziel für { $which } festgelegt.
quota-none-any = diesen Monat, dieses Quartal oder dieses Jahr
quota-none-hint = Eine Führungskraft kann eins festlegen: /quota set amount:… period:month rep:@…
quota-choice-month = diesen Monat
quota-choice-quarter = dieses Quartal
quota-choice-year = dieses Geschäftsjahr
quota-choice-last_month = den letzten Monat
quota-choice-last_quarter = das letzte Quartal
quota-choice-last_year = das letzte Geschäftsjahr

## /comp estimate

comp-title = 💶 Provisionsschätzung — { $name } — { $period }
comp-won-revenue = Gewonnener Umsatz
comp-quota = Umsatzziel
comp-attainment = Zielerreichung
comp-estimated = Geschätzte Provision
comp-line = { $working } = { $amount }
comp-next = Nächster Schritt: { $step }.
comp-what-if = Was wäre, wenn: Ein Abschluss über { $amount } jetzt bringt etwa { $adds } dazu (gesamt { $total }).
comp-footer = Eine Schätzung nach dem hinterlegten Plan ({ $plan }, Version { $version }), keine Abrechnung.
rate-percent = { $number } %
comp-rate-percent = { $percent } des Umsatzes
comp-rate-multiple = { $multiple }× der Zielprovisionsrate
comp-tier-range = { $from }–{ $to }
comp-tier-open = ab { $from }
comp-next-tier-rest = noch { $amount }, dann bringt der Rest { $rate }
comp-next-tier-all = noch { $amount }, dann bringt alles { $rate }
comp-own = Eigener Anteil: { $working }
comp-team = Teamanteil: { $working }
comp-flat = { $revenue } × { $rate }
comp-flat-share = { $revenue } × { $rate } × { $share }
comp-retroactive = gesamte { $revenue } × { $rate } (erreichte Stufe: { $tier })
comp-retroactive-share = gesamte { $revenue } × { $rate } (erreichte Stufe: { $tier }) × { $share }
comp-band = { $revenue } in { $tier } × { $rate }
comp-band-share = { $revenue } in { $tier } × { $rate } × { $share }
comp-below-threshold = unter der Schwelle von { $threshold } ({ $attainment } deines Umsatzziels): noch keine Provision
comp-below-threshold-split = unter der Schwelle von { $threshold } ({ $attainment } deines Umsatzziels): noch keine Provision, auch kein Teamanteil
comp-cap = Obergrenze von { $cap }
comp-spiff = SPIFF „{ $name }“: Deal #{ $number }
comp-clawback = Rückforderung: Deal #{ $number } ({ $amount }) innerhalb von { $days } Tagen verloren
comp-next-threshold = noch { $amount } bis zur Schwelle von { $threshold }
comp-note-nothing-won = Für diesen Zeitraum ist kein Umsatzziel festgelegt, und nichts wurde gewonnen.
comp-note-no-team-quota = Es gibt kein Team-Umsatzziel, daher nutzt der Teamanteil deine eigene Zielerreichung.

## Fehler

error-no-deal = Auf diesem Server gibt es keinen Deal #{ $number }.
error-no-deal-hint = Deine Deals siehst du mit /deal list.
error-no-schedule = Es gibt keinen Zeitplan #{ $number }.
error-no-schedule-hint = Alle siehst du mit /schedule list.
error-no-activity = Es gibt keine Aktivität #{ $number }.
error-no-activity-hint = Die Nummern siehst du mit /activity list.
error-no-document = Es gibt kein Dokument #{ $number }.
error-no-document-hint = Alle siehst du mit /docs list.
error-no-alert = Es gibt keine Warnung #{ $number }.
error-no-alert-hint = Die offenen siehst du mit /alerts list.
error-no-alert-rule = Es gibt keine Warnregel „{ $name }“.
error-no-alert-rule-hint = Alle siehst du mit /alerts rules.
error-no-contest = Es gibt keinen Wettbewerb „{ $name }“.
error-no-contest-hint = Alle siehst du mit /contest list.
error-no-team = Es gibt kein Team „{ $name }“.
error-no-team-hint = Die Teams siehst du mit /team list.
error-no-rep = Hier gibt es keinen Vertriebler „{ $name }“.
error-no-rep-hint = Nutze den Namen, wie /team list ihn zeigt, oder erwähne einen Chat-Nutzer (@name).
error-no-crm-rep = Es gibt keinen Vertriebler „{ $name }“.
error-no-crm-rep-hint = Die Vertriebler aus dem CRM siehst du mit /team list.
error-no-stage = Es gibt keine Phase „{ $name }“.
error-no-stage-hint = Phasen: { $stages }.
error-cannot-write = Die Datenbank kann nicht beschrieben werden: { $why ->
        [disk-full] Der Datenträger ist voll
        [read-only] Sie ist schreibgeschützt
       *[other] Der Datenträger ist ausgefallen
    }. Nichts wurde gespeichert.
error-cannot-write-hint = Versuche es noch einmal, sobald ein Admin Platz geschaffen oder den Datenträger repariert hat (Referenz { $reference }).
error-internal = Bei uns ist etwas schiefgegangen (Referenz { $reference }).
error-internal-hint = Nichts wurde halb gespeichert. Versuche es noch einmal; wenn es wieder passiert, nenne deinem Admin die Referenz.

## Phasen (die mitgelieferten Namen; eigene Namen eines Teams bleiben, wie sie sind)

stage-prospecting = Akquise
stage-qualified = Qualifiziert
stage-proposal = Angebot
stage-negotiation = Verhandlung
stage-won = Gewonnen
stage-lost = Verloren

## Die Nachricht eines Abschlusses

win-this-month = diesen Monat
win-in-period = im { $period }
win-standing = { $rep } { $when }: { $won } — { $place }.
win-won-amount = { $amount } gewonnen ({ $deals })
win-won-deals = { $deals } gewonnen
win-place = Platz { $rank } von { $of }
win-elsewhere =
    (+{ $count ->
        [one] { $count } gewonnener Abschluss
       *[other] { $count } gewonnene Abschlüsse
    } in anderen Währungen, nicht mitgezählt: kein Kurs für ihren Tag)
win-not-counted = { $rep } { $when }: Dieser Abschluss ist in { $currency }, und ohne { $currency }-Kurs für den { $day } zählt er nicht zum Umsatz in { $team } (eine Führungskraft legt einen fest: /rates set rate:"{ $currency } …").
win-converted = { $amount } ({ $counted } zum Kurs { $rate })
names-two = { $a } und { $b }
names-three = { $a }, { $b } und { $c }
names-more = { $a }, { $b } und { $others } weitere
race-passing = , vorbei an { $names }
race-takes = übernimmt Platz { $rank }{ $passing }
race-enters = steigt auf Platz { $rank } ein{ $passing }
race-moves-up = klettert auf Platz { $rank }{ $passing }
race-pulls-ahead = setzt sich auf Platz { $rank } ab{ $passing }
race-holds = hält Platz { $rank }
race-behind = { $gap } hinter { $names } auf Platz { $rank }
race-level = gleichauf mit { $names }
race-ahead = { $gap } vor { $names }
milestone-first-win = 🌱 allererster Abschluss!
milestone-first-of-period = erster Abschluss im { $period }
milestone-quota-reached = 🎯 Umsatzziel erreicht (100 %)
milestone-quota = 🎯 { $percent } des Umsatzziels
milestone-biggest = 🏆 größter Abschluss im { $period }
milestone-team-goal = 🏁 { $team } hat das Ziel erreicht
milestone-everyone-goal = 🏁 Das Team hat das Ziel erreicht
milestone-streak = 🔥 { $weeks } Wochen in Folge
duel-takes-the-lead = ⚔️ { $me } geht im Duell gegen { $them } in Führung{ $score }
duel-stays-ahead = ⚔️ { $me } bleibt im Duell vor { $them }{ $score }
duel-draws-level = ⚔️ { $me } zieht im Duell mit { $them } gleich{ $score }
duel-closes-in = ⚔️ { $me } rückt im Duell an { $them } heran{ $score }
duel-score = : { $mine } zu { $theirs }
duel-score-each = : je { $mine }
error-language-and-auto = Eine Sprache oder automatisch, nicht beides.
error-language-and-auto-hint = Wähle eins: /language set:de oder /language auto:true.
error-attainment-period = Ranglisten zur Zielerreichung gibt es für Monat, Quartal oder Geschäftsjahr (dafür werden Umsatzziele festgelegt).
error-attainment-period-hint = Frage nach period:month, period:quarter oder period:year.
error-team-board-metric = Eine Rangliste der Teams vergleicht Umsatz, Abschlüsse oder Aktivitäten.
error-team-board-metric-hint = Frage mit by:teams nach metric:revenue, metric:deals oder metric:activities.

## /help

help-title = Dealbell-Befehle
help-title-one = Hilfe
help-line = { $command } — { $description }
help-line-managers = { $command } — { $description } (Führungskräfte)
help-option-required = {"    "}{ $option }: { $description } ({ $kind }, Pflicht)
help-option-optional = {"    "}{ $option }: { $description } ({ $kind }, optional)
help-option-required-managers = {"    "}{ $option }: { $description } ({ $kind }, Pflicht, Führungskräfte)
help-option-optional-managers = {"    "}{ $option }: { $description } ({ $kind }, optional, Führungskräfte)
help-kind-text = Text
help-kind-number = ganze Zahl
help-kind-boolean = true/false
help-kind-user = @Nutzer
help-kind-rep = @Nutzer oder Name eines Vertrieblers
help-kind-channel = #Kanal
help-kind-role = @&Rolle
help-kind-file = Datei
help-details = Details zu einem Befehl: /help command:deal
help-footer = Mit (Führungskräfte) markierte Befehle brauchen die Führungsrolle oder „Server verwalten“.
help-no-command = Es gibt keinen Befehl /{ $command }.
help-no-command-hint = Tippe /help für die Liste.

## Änderungen an Deals

deal-added = Deal #{ $number } angelegt — { $customer }
deal-close-past = Das erwartete Abschlussdatum liegt schon in der Vergangenheit; ändere es mit /deal edit close:….
deal-moved = Deal #{ $number } verschoben: { $from } → { $to }
deal-marked-lost = Deal #{ $number } als verloren markiert
deal-lost-tip = Tipp: Ein Grund (reason:Preis, Zeitpunkt, Wettbewerber …) hilft dem Team, daraus zu lernen.
deal-updated = Deal #{ $number } geändert: { $fields }
deal-undone-removed = Rückgängig: Deal #{ $number } ist entfernt
deal-undone-taken-back = { $customer } — { $amount } wurde zurückgenommen.
deal-undone-taken-back-unnamed = Der Deal wurde zurückgenommen.
deal-undone =
    Rückgängig: { $action ->
        [create] das Anlegen
        [stage] der Phasenwechsel
        [won] der Abschluss
        [lost] der Verlust
        [forecast] die Prognosekategorie
        [import] der Import
        [convert] die Währungsumrechnung
        [undo] das Rückgängigmachen
       *[other] die Änderung
    } von Deal #{ $number }

## Aktivitäten

activity-logged = Erfasst: { $activities }
activity-today = Heute: { $activities }.
activity-week = Diese Woche: { $activities }.
activity-kind-call =
    { $count ->
        [one] { $count } Anruf
       *[other] { $count } Anrufe
    }
activity-kind-email =
    { $count ->
        [one] { $count } E-Mail
       *[other] { $count } E-Mails
    }
activity-kind-meeting =
    { $count ->
        [one] { $count } Termin
       *[other] { $count } Termine
    }
activity-kind-demo =
    { $count ->
        [one] { $count } Demo
       *[other] { $count } Demos
    }
activity-kind-proposal =
    { $count ->
        [one] { $count } Angebot
       *[other] { $count } Angebote
    }

## Geplante Beiträge

scheduled-final-standings = 🏆 { $metric } — Endstand, { $period }
scheduled-nothing-yet = Im { $period } noch nichts gewonnen: So endete { $previous }.
scheduled-quota-title = 🎯 Stand der Umsatzziele — { $day }
scheduled-no-team-quotas = Es sind keine Team-Umsatzziele festgelegt. Eine Führungskraft legt sie fest: /quota set everyone:true amount:… period:month
scheduled-footer = { $timezone } · Zeitplan #{ $number }
scheduled-digest-title = 📬 Zusammenfassung — { $board }
progress-everyone = Alle
progress-line = { $name } · { $period }: { $bar } { $percent } { $of } — { $standing }
progress-of-quota = des Ziels
progress-of = von { $amount }
progress-reached = erreicht 🎉
progress-behind = hinter dem Plan
progress-on-pace = im oder vor dem Plan
progress-behind-by = { $amount } hinter dem Plan
progress-ahead-by = { $amount } vor dem Plan
digest-level = 🏎 Gleichstand: { $chaser } und { $ahead } teilen sich Platz { $place }
digest-within-reach = 🏎 { $chaser } ist in Reichweite von { $ahead } um Platz { $place }
digest-behind = 🏎 { $chaser } liegt { $gap } hinter { $ahead } um Platz { $place }
digest-moved-most =
    🚀 Größter Sprung der Woche: { $rep }, { $places ->
        [one] { $places } Platz
       *[other] { $places } Plätze
    } hoch auf Platz { $rank }
digest-most-improved = 📈 Am meisten verbessert gegenüber { $period }: { $rep }
digest-most-improved-by = 📈 Am meisten verbessert gegenüber { $period }: { $rep } (+{ $gain } an denselben Tagen)

## Erinnerungen

nudge-inactive-title = 👋 { $rep }, gibt es etwas zu erfassen?
nudge-inactive = Seit { $days } Arbeitstagen nichts erfasst (zuletzt am { $day }).
nudge-inactive-how = /win, /deal add oder /activity log halten deine Zahlen aktuell.
nudge-behind-title = 📈 { $rep }, { $period } braucht einen Schub
nudge-behind = Du liegst hinter dem Tempo für dein Umsatzziel, noch { $days } Arbeitstage. /quota check zeigt, wo du stehst (nur du siehst es).
nudge-check-in = 👋 Kurz nachgefragt
nudge-footer = Abschalten mit /nudges off, oder /away until:…, solange du weg bist.
deal-show-title = Deal #{ $number } — { $customer }
deal-amount-hidden = verborgen (dieses Team zeigt Beträge nur dem Vertriebler selbst und Führungskräften)

## Deal-Listen und festgelegte Ziele

deal-list-yours =
    { $status ->
        [open] Deine offenen Deals
        [won] Deine gewonnenen Deals
        [lost] Deine verlorenen Deals
        [closed] Deine abgeschlossenen Deals
       *[other] Deine Deals
    }
deal-list-of =
    { $status ->
        [open] Offene Deals von { $rep }
        [won] Gewonnene Deals von { $rep }
        [lost] Verlorene Deals von { $rep }
        [closed] Abgeschlossene Deals von { $rep }
       *[other] Deals von { $rep }
    }
deal-list-none = Keine passenden Deals. Leg einen an mit /deal add customer:… amount:…
deal-list-closes = Abschluss { $day }
deal-list-closed =
    { $outcome ->
        [won] gewonnen
       *[other] verloren
    } { $day }
deal-list-more = …und weitere. Gezeigt werden die ersten { $count }; grenze mit status, stage oder period ein.
deal-list-open-total = Gezeigte offene Pipeline
quota-set = Umsatzziel festgelegt: { $name } — { $amount } für { $period }
quota-set-same = Das war es schon.
quota-set-was = Vorher: { $amount }.

## Discord's menu
discord-rep-name-option = Oder ein Vertriebler per Name (auch aus dem CRM); statt { $option }

## Contests
contest-proration-working = % der Quoten jedes Vertrieblers, anteilig auf { $days ->
        [one] { $days } Arbeitstag
       *[other] { $days } Arbeitstage
    } des Wettbewerbs verteilt
contest-proration-calendar = % der Quoten jedes Vertrieblers, anteilig auf { $days ->
        [one] { $days } Kalendertag
       *[other] { $days } Kalendertage
    } des Wettbewerbs verteilt (er hat keinen Arbeitstag)
contest-of-quota = { $percent } der Quote
contest-ranks = { $metric } · { $who }
contest-ranks-of-quota = { $metric } in % der Quote · { $who }
contest-who-teams = Team gegen Team
contest-who-team = Vertriebler von { $team }
contest-who-everyone = alle Vertriebler
contest-dates = { $start } – { $end }
contest-start-title = 🏁 { $name } beginnt jetzt
contest-target-said = 🎯 Alle, die { $target } erreichen, gewinnen.
contest-target-unsaid = 🎯 Alle, die das Ziel erreichen, gewinnen (jeder Vertriebler sieht es mit /contest list).
contest-prize = 🎁 Preis: { $prize }
contest-start-footer = Den Stand jederzeit: /contest standings name:{ $name }
contest-standings-title = 🏁 { $name } — Zwischenstand
contest-day-of = Tag { $day } von { $days } · { $ranks }
contest-target-so-far-said = 🎯 Ziel { $target }: bisher von { $count } erreicht.
contest-target-so-far-unsaid = 🎯 Das Ziel: bisher von { $count } erreicht.
contest-no-scores = Noch keine Punkte: Der erste Abschluss geht in Führung.
contest-percent-private = Prozente bleiben privat, solange Quoten privat sind und Beträge gezeigt werden.
contest-ends = Endet am { $day }
contest-several-title = 🏁 Laufende Wettbewerbe: { $count }
contest-several-footer = Einen vollständig: /contest standings name:…
contest-results-title = 🏆 { $name } — Ergebnis
contest-nobody-won = Diesmal hat niemand gewonnen.
contest-reached-said = 🎯 Ziel erreicht ({ $target }): { $names }
contest-reached = 🎯 Ziel erreicht: { $names }
contest-winner = 🥇 Sieg: { $name }
contest-winner-with = 🥇 Sieg: { $name } mit { $score }
contest-tied = 🥇 Gemeinsam auf Platz 1: { $names }
contest-tied-with = 🥇 Gemeinsam auf Platz 1 mit { $score }: { $names }
contest-created = Wettbewerb „{ $name }“ angelegt
contest-starts-now = Er beginnt jetzt: angekündigt in { $channel }.
contest-starts-on = Er beginnt am { $day }: angekündigt in { $channel } am Morgen.
contest-standings-when = Der Zwischenstand wird gepostet: { $schedule }.
contest-results-when = Das Ergebnis wird am Morgen nach dem { $day } gepostet.
contest-list-title = Wettbewerbe
contest-list-empty = Noch keiner. Manager starten einen mit /contest create name:… end:…
contest-when-scheduled = beginnt am { $day }
contest-when-running = läuft, endet am { $day }
contest-when-ended = beendet am { $day }
contest-when-cancelled = abgesagt
contest-list-line = • **{ $name }** — { $metric } · { $when }
contest-list-line-target = • **{ $name }** — { $metric } · Ziel { $target } · { $when }
contest-ended = { $name } ist beendet
contest-results-posted = Das Ergebnis steht in { $channel }.
contest-cancelled-post = 🚫 { $name } ist abgesagt
contest-cancelled-post-line = Es gibt kein Ergebnis. Danke fürs Mitmachen!
contest-cancelled = { $name } ist abgesagt
contest-name-free = Der Name ist wieder frei.

## Contests: refusals
error-contest-target = target: „{ $text }“ ist { $wants ->
        [percent-range] kein Prozentsatz von 1 bis 1000
        [percent] kein Prozentsatz
        [amount] kein Betrag
       *[count] keine ganze Zahl über 0
    }.
error-contest-target-hint = Zum Beispiel { $example }
error-contest-target-unit = target: „{ $text }“ zählt „{ $unit }“, dieser Wettbewerb wertet aber „{ $metric }“.
error-contest-target-unit-hint = Gib beides gleich an: metric:{ $key } target:"{ $text }", oder { $example }.
error-contest-target-currency = target ist in { $given }, das Team zählt Umsatz aber in { $team }.
error-contest-target-currency-hint = Gib es in { $team } an.
error-contest-name = Ein Wettbewerb braucht einen Namen mit 1 bis 60 Zeichen.
error-contest-name-hint = Zum Beispiel name:"März-Marathon".
error-contest-channel = Wo soll der Wettbewerb angekündigt werden?
error-contest-channel-hint = Füge channel:#sales hinzu (oder setze /setup wins_channel:…).
error-contest-name-taken = Es gibt schon einen Wettbewerb „{ $name }“.
error-contest-name-taken-hint = Wähle einen anderen Namen oder sieh sie dir mit /contest list an.
error-contest-attainment = Wettbewerbe werten die Zielerreichung über ihre Punktwertung.
error-contest-attainment-hint = Nimm metric:revenue scoring:percent_of_quota.
error-contest-percent-metric = percent_of_quota misst den Umsatz der Vertriebler an ihren eigenen Quoten.
error-contest-percent-metric-hint = Nimm es mit metric:revenue und ohne by:teams.
error-contest-percent-private = Ein Wettbewerb in % der Quote postet den Prozentsatz jedes Vertrieblers im Kanal; neben den Beträgen seiner angekündigten Abschlüsse könnte jeder seine Quote ausrechnen, und Quoten sind hier privat.
error-contest-percent-private-hint = Teile zuerst die Quoten (/setup quota_visibility:team) oder halte Beträge aus öffentlichen Posts heraus (/setup amounts:hidden), oder nimm scoring:total.
error-contest-team-metric = Ein Team-Wettbewerb zählt die Punkte seiner Vertriebler zusammen.
error-contest-team-metric-hint = Nimm metric:revenue, deals oder activities mit by:teams.
error-contest-over = Dieser Wettbewerb wäre schon vorbei.
error-contest-over-hint = Gib als Ende heute oder später an.
error-contest-ends-before = Der Wettbewerb endet, bevor er beginnt.
error-contest-ends-before-hint = Gib ein Ende am oder nach dem Start an.
error-contest-too-long = Ein Wettbewerb dauert höchstens ein Jahr.
error-contest-too-long-hint = Wähle einen kürzeren Zeitraum.
error-contest-too-far-back = Ein Wettbewerb kann höchstens { $days } Tage zurück beginnen.
error-contest-too-far-back-hint = Wähle einen späteren Start.
error-contest-none-running = Gerade läuft kein Wettbewerb.
error-contest-none-running-hint = Alle siehst du mit /contest list; Manager starten einen mit /contest create.
error-contest-not-running = { $name } läuft nicht.
error-contest-not-running-hint = Nur ein laufender Wettbewerb lässt sich beenden; einen noch nicht begonnenen sagst du mit /contest cancel ab.
error-contest-already-ended = { $name } ist schon beendet.
error-contest-already-ended-hint = Das Ergebnis bleibt bestehen.

## Duels
duel-result-title = ⚔️ Duell: { $a } gegen { $b } — { $verdict }
duel-result-wins = 🥇 { $name } gewinnt!
duel-result-draw = 🤝 Unentschieden.
duel-result-over = { $metric } über { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }.
duel-result-scores = { $metric } über { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }: { $a } { $a_score } · { $b } { $b_score }
duel-challenge-title = ⚔️ { $challenger } fordert { $opponent } zum Duell
duel-challenge-what = { $metric } über { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }, ab dem Tag der Annahme.
duel-challenge-answer = { $mention }, nimm an oder lehne ab, innerhalb von { $hours } Stunden (/duel accept oder /duel decline).
duel-declined = { $b } lehnt das Duell von { $a } ab
duel-declined-line = Vielleicht beim nächsten Mal.
duel-on = ⚔️ Das Duell läuft: { $a } gegen { $b }
duel-on-line = { $metric } ab jetzt bis Ende { $day } (was vorher gewonnen wurde, zählt nicht); das Ergebnis kommt am Morgen danach.
duel-status-title = ⚔️ Deine Duelle
duel-what = { $metric } über { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
duel-waiting-mine = ⏳ Du hast { $them } herausgefordert ({ $what }): Die Antwort steht aus, noch { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    }.
duel-waiting-theirs = ⏳ { $them } fordert dich heraus ({ $what }): Antworte innerhalb von { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } mit /duel accept oder /duel decline.
duel-you-lead = du führst
duel-they-lead = { $them } führt
duel-level = Gleichstand
duel-last-day = heute ist der letzte Tag
duel-ends = endet am { $day } (noch { $left ->
        [one] { $left } Tag
       *[other] { $left } Tage
    } nach heute)
duel-over = vorbei; das Ergebnis kommt heute Morgen
duel-running = ⚔️ Du gegen { $them } ({ $what }): du { $mine } · { $them } { $theirs }, { $verdict }; { $when }.
duel-none = Kein Duell läuft oder wartet.
duel-none-hint = Fordere jemanden aus dem Team heraus: /duel challenge rep:@… metric:deals days:7

## Duels: refusals
error-duel-yourself = Du kannst dich nicht selbst herausfordern.
error-duel-yourself-hint = Fordere jemanden aus dem Team heraus: rep:@…
error-duel-not-on-chat = { $name } ist noch nicht im Chat und kann daher nicht annehmen.
error-duel-not-on-chat-hint = Fordere jemanden heraus, der Dealbell hier nutzt.
error-duel-metric = Ein Duell zählt Abschlüsse oder Aktivitäten zusammen.
error-duel-metric-hint = Nimm metric:revenue, deals oder activities.
error-duel-days = Ein Duell dauert 1 bis { $max } Tage.
error-duel-days-hint = Zum Beispiel days:7.
error-duel-already = Du hast schon ein Duell mit { $name }, das wartet oder läuft.
error-duel-already-hint = Bring erst dieses zu Ende.
error-duel-channel = Wo soll das Duell angekündigt werden?
error-duel-channel-hint = Fordere aus einem Kanal heraus oder lege einen mit /setup wins_channel:… fest.
error-duel-none-waiting = Kein Duell wartet auf deine Antwort.
error-duel-none-waiting-hint = Jemand fordert dich mit /duel challenge rep:@du heraus.
error-duel-not-yours = Nur { $name } kann auf diese Herausforderung antworten.
error-duel-answered-or-expired = Auf diese Herausforderung wurde schon geantwortet, oder sie ist abgelaufen.
error-duel-answered = Auf diese Herausforderung wurde schon geantwortet.

## Who may do what
error-managers-only-command = Nur Manager können { $command } verwenden.
error-managers-only-command-hint = { $role ->
        [set] Frag jemanden mit der Manager-Rolle oder der Berechtigung „Server verwalten“.
       *[unset] Frag jemanden mit der Berechtigung „Server verwalten“ (eine Manager-Rolle lässt sich mit /setup manager_role festlegen).
    }
error-managers-only-option = Nur Manager können { $option } mit { $command } verwenden.
error-managers-only-option-hint = { $role ->
        [set] Frag jemanden mit der Manager-Rolle oder der Berechtigung „Server verwalten“.
       *[unset] Frag jemanden mit der Berechtigung „Server verwalten“ (eine Manager-Rolle lässt sich mit /setup manager_role festlegen).
    }
error-not-your-deal = Deal Nr. { $number } gehört { $owner }; nur diese Person oder ein Manager kann ihn ändern.
error-not-your-deal-hint = Deine eigenen Deals: /deal list
error-list-deals-of-others = Nur Manager können die Deals anderer Vertriebler auflisten.
error-list-deals-of-others-hint = Die Abschlüsse aller stehen auf /leaderboard; deine eigenen Deals: /deal list
error-list-activities-of-others = Nur Manager können die Aktivitäten anderer Vertriebler auflisten.
error-list-activities-of-others-hint = Die Zahlen aller stehen auf /leaderboard metric:activities; deine eigenen: /activity list
error-export-of-others = Nur Manager können die Zahlen anderer Vertriebler exportieren.
error-export-of-others-hint = Lass rep: weg, um deine eigenen zu exportieren.
error-quota-of-others = Nur Manager (und Teamkollegen, wo das Team Quoten teilt) sehen { $what ->
        [forecast] die Prognose
       *[quota] die Quote
    } anderer Vertriebler.
error-quota-of-others-hint = Deine eigenen: { $what ->
        [forecast] /forecast show
       *[quota] /quota check
    }. Ein Manager kann Quoten im Team mit /setup quota_visibility:team teilen.
error-team-forecasts = Team- und Serverprognosen sind für Manager.
error-team-forecasts-hint = Deine eigene: /forecast show
error-history-open-deal = Deal Nr. { $number } gehört zur offenen Pipeline von { $owner }; nur diese Person und Manager sehen ihn.
error-history-removed-deal = Deal Nr. { $number } wurde entfernt; seinen Verlauf sehen Manager.
error-undo-not-yours = Nur wer diese Änderung gemacht hat, kann sie rückgängig machen.
error-import-not-yours = Nur der Manager, der diesen Import gestartet hat, kann ihn übernehmen oder abbrechen.
error-activity-not-yours = Nur wer eine Aktivität erfasst hat, oder ein Manager, kann sie entfernen.

## Commands and their options, as typed
error-wrong-kind = { $option } muss sein: { $kind }.
error-no-command = Es gibt keinen Befehl /{ $name }.
error-no-command-hint = Tippe /help, um alle Befehle zu sehen.
error-needs-subcommand = /{ $command } braucht eines davon: { $subcommands }.
error-needs-subcommand-hint = Zum Beispiel: /{ $command } { $first }
error-no-subcommand = /{ $command } kennt kein „{ $given }“.
error-no-subcommand-hint = Nimm eines davon: { $subcommands }.
error-takes-no-options = { $command } hat keine Optionen.
error-no-option = { $command } hat keine Option „{ $option }“.
error-no-option-hint = Seine Optionen: { $options }.
error-not-a-choice = { $option } kann nicht „{ $given }“ sein.
error-not-a-choice-hint = Nimm eines davon: { $choices }.
error-too-long = { $option } ist zu lang ({ $length } Zeichen); höchstens { $max }.
error-out-of-range = { $option } muss { $range ->
        [between] zwischen { $min } und { $max } liegen
        [at-least] mindestens { $min } sein
       *[at-most] höchstens { $max } sein
    }.
error-missing-option = { $command } braucht { $option }.
error-missing-option-hint = Schreib es so: { $command } { $example }
error-file-too-big = { $file } hat { $size } Bytes; { $limit ->
        [csv] ein CSV-Import darf
        [plan] ein Provisionsplan darf
       *[document] ein Dokument darf
    } höchstens { $max } haben.
error-not-utf8 = { $file } ist kein UTF-8-Text.
error-cannot-read-file = Ich konnte { $file } nicht lesen: { $why }.
error-cannot-read-file-hint = Prüf den Pfad der Datei und ob Dealbell sie lesen darf, und versuch es noch einmal.
announce-busy = In { $channel } ist gerade viel los: Dein Abschluss kommt gleich mit den nächsten.
announce-failed = Es ist gespeichert, aber ich konnte es nicht in { $channel } ankündigen.
storage-alarm-title = ⚠ Dealbell kann gerade nichts speichern
storage-alarm-why = { $why ->
        [disk-full] Die Festplatte ist voll.
        [read-only] Die Datenbank ist schreibgeschützt.
       *[other] Die Datenbankdatei lässt sich nicht schreiben.
    } Abschlüsse und Änderungen werden abgelehnt (mit Hinweis), bis das behoben ist; nichts bereits Gespeichertes geht verloren.
storage-alarm-fix = Ein Admin muss Speicherplatz freigeben oder die Datenbankdatei reparieren; das wird nur einmal gesagt.

## Attached files
error-file-too-big-hint = { $limit ->
        [csv] Teile den Export (nach Jahr oder Region) und importiere die Teile nacheinander.
        [plan] Ist das die richtige Datei? Ein Plan ist eine kurze TOML-Datei.
       *[document] Teile es in mehrere Dokumente auf.
    }
error-not-utf8-hint = { $limit ->
        [csv] Exportiere den Bericht aus deinem CRM als CSV (UTF-8) und hänge die .csv-Datei an.
        [plan] Speichere den Plan als UTF-8-TOML und hänge ihn noch einmal an.
       *[document] Speichere es als UTF-8 und hänge es noch einmal an.
    }

## Amounts, dates and rates as typed
error-in-option = { $option }: { $message }
error-amount-hint = Schreib es etwa so: 12500, 12,5 Tsd., 1,2 Mio., 12.500,00 €, 20.000,00 EUR oder $12,500.00.
error-amount-unreadable = „{ $input }“ kann ich nicht als Betrag lesen.
error-amount-not-positive = Der Betrag muss größer als null sein.
error-amount-too-large = „{ $input }“ ist mehr, als ein Deal sein kann (höchstens { $most }). Prüf, ob eine Ziffer zu viel ist.
error-amount-shared-symbol = „{ $input }“ ist mehrdeutig: { $symbol } steht für { $codes }; schreib stattdessen den Code, z. B. 100 { $first }.
error-amount-leading-zero = „{ $input }“ ist mehrdeutig: Mit einer führenden Null ist unklar, ob Tausender oder Dezimalstellen gemeint sind.
error-amount-thousands-or-decimals = „{ $input }“ ist mehrdeutig: Es könnten Tausender oder Dezimalstellen sein. Schreib stattdessen { $whole } oder { $decimal }.
error-amount-digit-groups = „{ $input }“ ist mehrdeutig: Die Zifferngruppen sind keine Dreiergruppen. Schreib die Zahl ohne Trennzeichen, z. B. 1234567.
error-amount-too-precise = { $code } hat { $exponent } Nachkommastellen, „{ $input }“ hat also zu viele.
error-amount-two-currencies = „{ $input }“ nennt zwei verschiedene Währungen.
error-amount-unknown-currency = „{ $input }“ ist keine Währung, die ich kenne. Nimm einen ISO-4217-Code wie EUR, USD oder PLN.
error-date-unreadable = „{ $input }“ kann ich nicht als Datum lesen.
error-date-unreadable-hint = Schreib 2026-03-31, 31.03.2026 (oder 31.3.26), heute, gestern, morgen, einen Wochentag (Freitag), Monatsende, Quartalsende oder Jahresende.
error-date-out-of-range = „{ $input }“ ist der { $date }, außerhalb von { $earliest }–{ $latest }.
error-date-out-of-range-hint = Prüf das Jahr.
error-rate-hint = Schreib die Währung und was eine Einheit davon hier wert ist: rate:"EUR 4.30" (oder EUR=4,30).
error-rate-unreadable = rate: „{ $input }“ kann ich nicht als Kurs lesen.
error-rate-unknown-currency = rate: „{ $input }“ ist keine Währung, die ich kenne.
error-rate-same-currency = rate: Ein Kurs von { $code } in { $code } ist immer 1.
error-rate-out-of-range = rate: Ein Kurs muss größer als null und höchstens 1.000.000 sein, mit höchstens sechs Nachkommastellen.

## /setup
setup-title = Team-Einstellungen
setup-title-updated = Team-Einstellungen geändert
setup-field-timezone = Zeitzone
setup-field-language = Sprache
setup-field-currency = Währung
setup-field-fiscal-year = Geschäftsjahr beginnt
setup-field-manager-role = Manager-Rolle
setup-field-wins-channel = Kanal für Abschlüsse
setup-field-managers-channel = Manager-Kanal
setup-field-quota-detail = Quoten-Details
setup-field-charts = Diagramme in geplanten Posts
setup-field-nudges = Erinnerungen
setup-field-amounts = Beträge öffentlich
setup-field-working-days = Arbeitstage
setup-field-stages = Phasen
setup-not-set = nicht gesetzt
setup-role-not-set = nicht gesetzt („Server verwalten“ zählt)
setup-quota-private = privat: der Vertriebler und Manager
setup-quota-team = in jedem Team geteilt
setup-on = an
setup-off = aus
setup-amounts-hidden = verborgen (% der Quote und Anzahlen)
setup-amounts-shown = sichtbar
setup-nudges-dm = per Direktnachricht
setup-nudges-channel = eine Erwähnung in { $channel }
setup-nudges-no-channel = eine Erwähnung im Erinnerungskanal (nicht gesetzt: /setup nudges_channel:…)
setup-changed = Geändert: { $setting }: { $from } → { $to }
setup-currency-note = Bereits erfasste Deals behalten ihre Währung; Ranglisten zählen den Umsatz jetzt in { $currency }.
setup-change-any = Jede davon änderst du mit /setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:… language:…
setup-setting-stage = Phase { $key }
setup-default-name = Standardname
setup-no-country = kein Land
setup-weekend-off = { $weekend } frei
setup-holidays-of = Feiertage von { $country }
setup-no-holidays = keine Feiertage (country:… setzen)
setup-own-days-off = { $count ->
        [one] { $count } eigener freier Tag
       *[other] { $count } eigene freie Tage
    } des Teams
setup-next-days-off = nächste: { $days }
setup-holidays-known-until = Feiertage sind bis { $year } bekannt: spätere mit days_off hinzufügen

## /setup: refusals
error-setup-timezone = „{ $name }“ ist keine Zeitzone, die ich kenne.
error-setup-timezone-hint = Nimm einen IANA-Namen wie Europe/Berlin, Europe/Warsaw, America/New_York oder Asia/Shanghai.
error-setup-currency = „{ $code }“ ist kein Währungscode, den ich kenne.
error-setup-currency-hint = Nimm einen ISO-4217-Code wie EUR, USD, PLN, RON oder CNY.
error-setup-fiscal-year = fiscal_year_start muss ein Monat von 1 bis 12 sein.
error-setup-country = Die Feiertage von „{ $code }“ kenne ich nicht.
error-setup-country-hint = Nimm eines von { $codes } (oder country:none) und füge andere freie Tage mit days_off:… hinzu.
error-setup-stage-rename = „{ $text }“ kann ich nicht als Umbenennung einer Phase lesen.
error-setup-stage-rename-hint = Schreib Schlüssel=Neuer Name, z. B. stage_label:proposal=Angebot. Schlüssel der Phasen: { $keys }.
error-setup-stage-taken = Eine andere Phase heißt schon „{ $label }“.

## The console's own words
console-posted-in = → gepostet in { $place }:
console-edited-in = → bearbeitet in { $place }:
console-lang-auto = Zeilen tragen jetzt keine Sprache: deine /language, sonst die des Teams.
console-lang-set = Zeilen werden jetzt auf { $language } gestellt.
console-lang-unknown = Dealbell spricht kein „{ $tag }“. Nimm eines davon: { $tags } oder auto.
console-lang-which = Sag, welche Sprache: :lang de (eine von { $tags } oder auto).
console-file-note = 📎 { $what ->
        [chart] Diagramm
       *[file] Datei
    }: { $filename } ({ $bytes } Bytes; Diagramme und Dateien speichern mit --charts DIR)
console-file-saved = 📊 { $what ->
        [chart] Diagramm
       *[file] Datei
    } gespeichert: { $path }
console-file-not-saved = 📊 { $what ->
        [chart] das Diagramm
       *[file] die Datei
    } konnte nicht unter { $path } gespeichert werden: { $why }
console-as-who = Sag, als wer du handelst: :as alice (mit 'manager' für die Manager-Rolle).
console-as-unknown-word = „{ $word }“ nach dem Namen kenne ich nicht. Ein Name aus mehreren Wörtern steht in Anführungszeichen: :as "{ $whole }" (die einzige Rolle ist 'manager': :as "{ $whole }" manager).
console-you-are = Du bist { $who }{ $role ->
        [manager] {" "}(Manager)
       *[rep] {""}
    }.
console-too-far = So weit reicht Dealbells Zeit nicht (bis zum Jahr 9999); die Uhr bleibt, wo sie ist.
console-clock-now = Die Uhr steht jetzt auf { $time } ({ $timezone }).
console-how-far = Sag, wie weit: :advance 30m, :advance 2h, :advance 3d oder :advance 1d6h (oder :down 8h).
console-scheduler-step = Planer-Schritt um { $time } UTC.
console-now-in-team = Jetzt im Team { $team }.
console-which-team = Sag, welches Team: :guild acme
console-now-in-channel = Jetzt in { $channel }.
console-which-channel = Sag, welcher Kanal: :channel sales
console-no-directive = Es gibt keine Anweisung :{ $name }. Tippe :help für die Liste.
console-whole-number = { $option } muss eine ganze Zahl sein, z. B. { $option }:12 (bekommen: „{ $text }“).
console-true-or-false = { $option } muss true oder false sein.
console-a-user = { $option } muss einen Nutzer nennen, z. B. { $option }:@bob.
console-a-file = { $option } nimmt eine Datei: { $option }:@pfad/zur/datei.csv
console-cannot-read = { $path } lässt sich nicht lesen: { $why }.
console-clock-real = Die Uhr folgt der echten Zeit ({ $time } UTC).
console-not-a-time = „{ $text }“ kann ich nicht als Zeit lesen. Schreib :now 2026-03-10 09:00 (Ortszeit des Teams) oder :now real.
console-time-out-of-range = Dealbell kennt die Zeit vom Jahr 1 bis 9999; wähle eine Zeit dazwischen.
console-scheduler-failed = Der Planer-Schritt ist fehlgeschlagen; siehe Log.
console-scheduled-posts = Geplante Posts: { $posts }.
console-not-utf8 = Diese Zeile ist kein UTF-8-Text (ein unlesbares Byte nach { $at } Bytes) und wurde übersprungen.
console-not-utf8-hint = Speichere die Datei als UTF-8 und führe sie noch einmal aus.
console-help = Slash-Befehle tippst du wie in Discord, z. B. /win amount:12.5k customer:"Acme GmbH"
    Anweisungen:
      :as NAME [manager]   als jemand handeln (manager = Manager-Rolle)
      :now 2026-03-10 09:00   die Uhr stellen (Ortszeit des Teams); :now real folgt der echten Zeit
      :advance 2h|3d|30m   die Zeit durchleben: jeder Post kommt zu seiner Zeit
      :down 8h             der Bot ist so lange aus: springen, dann ein Schritt (verspätete oder ausgelassene Posts)
      :tick                posten, was jetzt fällig ist
      :guild NAME          Team wechseln
      :channel NAME        Kanal wechseln
      :lang de|auto        in einer Sprache fragen, wie ein so eingestelltes Handy
      :quit
    Befehle:
console-help-attach = Dateien hängst du so an: file:@pfad/zur/datei.csv

## The console: lines that do not parse
console-open-quote = Ein Anführungszeichen ist nicht geschlossen. Setz das schließende " hinter den Wert, z. B. customer:"Acme GmbH".
console-not-a-command = Beginne einen Befehl mit / (wie /win) oder eine Anweisung mit : (wie :as alice). Mehr mit :help.
console-empty-value = „{ $option }“ hat keinen Wert. Schreib es als { $option }:Wert.
console-not-an-option = „{ $word }“ ist keine Option. Optionen schreibt man name:wert, z. B. customer:"Acme GmbH".
console-repeated-option = Die Option { $option } steht zweimal da.
console-quote-hint = Ein Wert mit Leerzeichen steht in Anführungszeichen: { $option }:"{ $value }"

## Forecasts
forecast-title = 🔮 Prognose — { $name } — { $period }
forecast-everyone = Alle
forecast-closed-won = Gewonnen
forecast-commit = Commit
forecast-best-case = Best Case
forecast-open-pipeline = Offene Pipeline
forecast-weighted = Gewichtete Pipeline
forecast-run-rate = Hochrechnung nach Tempo
forecast-no-business-day = — (noch kein Arbeitstag)
forecast-blended = Kombinierte Hochrechnung
forecast-quota = Quote
forecast-quota-not-set = nicht gesetzt
forecast-projected-attainment = Erwartete Zielerreichung
forecast-coverage = Pipeline-Abdeckung
forecast-coverage-value = { $times }× des Rests
forecast-big-deal = Großer offener Deal: Nr. { $number } { $customer } — { $amount } · { $category } { $probability } % · Abschluss { $day }
forecast-big-deal-of = Großer offener Deal: Nr. { $number } { $customer } — { $amount } · { $category } { $probability } % · Abschluss { $day } · { $owner }
forecast-slipping = Verrutscht: Nr. { $number } { $customer } — { $amount } war fällig am { $day }; aktualisiere ihn mit /deal edit id:{ $number } close:…
forecast-undated = { $count ->
        [one] 1 offener Deal hat kein erwartetes Abschlussdatum, daher zählt ihn kein Zeitraum.
       *[other] { $count } offene Deals haben kein erwartetes Abschlussdatum, daher zählt sie kein Zeitraum.
    }
forecast-left-out = Nicht gezählt: { $other ->
        [one] { $other } offener Deal
       *[other] { $other } offene Deals
    } in Währungen ohne Kurs (/rates set), { $no_amount } ohne Betrag.
forecast-footer = { $period } · { $timezone } · Methoden im README

## /ask
ask-footer = Aus den Dokumenten des Teams (/docs list); die gefundenen Wörter sind fett
ask-also-searched = Auch gesucht: { $words }
ask-not-sure = 🔎 Ich bin nicht sicher, ob die Dokumente das beantworten
ask-no-document = Kein Dokument erwähnt diese Wörter. Was es gibt, siehst du mit /docs list.
ask-closest-passage = Die nächstliegende Stelle, falls sie hilft:
ask-other-documents = Andere Dokumente, die nahekommen:
ask-try-other-words = Versuch es mit anderen Wörtern oder bitte einen Manager, das Dokument hinzuzufügen: /docs add
ask-about-own = 🔎 Zu { $topic ->
        [commission] deiner Provision
       *[quota] deiner Quote
    }
ask-cannot-work-out = { $topic ->
        [commission] Deine Provision
       *[quota] Deine Quote
    } kann ich noch nicht berechnen: { $why }
ask-documents-say = Das sagen die Dokumente:
ask-own-numbers = Das betrifft deine eigenen Zahlen, deshalb hier { $command } (nur du siehst es):

## Forecast accuracy
error-forecast-kept-for = Prognosen werden für Monate und Quartale aufbewahrt.
error-forecast-kept-for-hint = Wähle einen Monat oder ein Quartal: period:last_month, period:last_quarter, period:month.
error-forecast-none-kept = Für { $name } wurden keine Prognosen für { $period } aufbewahrt.
error-forecast-none-kept-hint = Dealbell hebt eine pro Tag auf, solange es läuft; frag wieder, wenn ein Zeitraum welche hat (period:month für diesen).
forecast-accuracy-title = 🎯 Prognosegenauigkeit — { $name } — { $period }
forecast-closed-so-far = Bisher gewonnen
forecast-days-forecast = Prognosetage
forecast-nothing-closed = Im Zeitraum wurde nichts gewonnen, daher lassen sich Fehler nicht in Prozent angeben.
forecast-method-error = Fehler { $method }
forecast-closest = Im Schnitt am nächsten: { $methods } (mittlerer absoluter Fehler über { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }).
forecast-still-running = { $period } läuft noch: Die Fehler beziehen sich auf das bisher Gewonnene.
forecast-accuracy-footer = { $timezone } · Methoden im README

## Forecast methods
forecast-method-commit = Commit
forecast-method-best_case = Best Case
forecast-method-weighted = Gewonnen + gewichtet
forecast-method-run_rate = Tempo-Hochrechnung
forecast-method-blended = Kombiniert

## /docs
error-docs-file-and-text = Gib das Dokument als Datei oder als Text an, nicht beides.
error-docs-not-text = { $file } ist keine Markdown- oder Textdatei.
error-docs-not-text-hint = Speichere es als .md oder .txt (UTF-8); Word- und PDF-Dateien werden nicht gelesen.
error-docs-needs-title = Ein eingefügtes Dokument braucht einen Titel.
error-docs-needs-title-hint = /docs add title:"Rabattregeln" text:"…"
error-docs-nothing = Hänge ein Dokument an oder füge eines ein.
error-docs-nothing-hint = /docs add file:playbook.md oder /docs add title:"…" text:"…"
docs-added = 📄 Dokument Nr. { $number } { $replaced ->
        [yes] ersetzt
       *[no] hinzugefügt
    }: { $title }
docs-added-line = { $passages ->
        [one] { $passages } Abschnitt
       *[other] { $passages } Abschnitte
    }, Sprache { $language }. /ask durchsucht es ab jetzt.
docs-list-title = 📚 Dokumente ({ $count })
docs-list-empty = Noch keine. Ein Manager fügt eines hinzu: /docs add file:playbook.md
docs-list-line = Nr. { $number } { $title } — { $passages ->
        [one] { $passages } Abschnitt
       *[other] { $passages } Abschnitte
    }, { $language }{ $sample ->
        [yes] {" "}· Beispiel
       *[no] {""}
    }
docs-list-footer = Frag sie: /ask question:… · Manager: /docs add, /docs remove
docs-removed = 🗑 Dokument Nr. { $number } entfernt: { $title }

## /rates
rates-set = Kurs gesetzt: 1 { $from } = { $number } { $team } ab { $day }
rates-was = Für diesen Tag war er { $number }.
rates-converted = Ein Abschluss in { $from } zählt ab dann umgerechnet: { $one } sind { $worth }.
rates-now-count = { $count ->
        [one] { $count } gewonnener oder verlorener Deal in { $from } ohne Kurs zählt jetzt.
       *[other] { $count } gewonnene oder verlorene Deals in { $from } ohne Kurs zählen jetzt.
    }
rates-closed-keep = Vor dem { $day } abgeschlossene Deals behalten die Zahlen, mit denen ihr Monat abgeschlossen wurde.
rates-list-title = 💱 Kurse in { $team }
rates-list-empty = Noch keine: Abschlüsse in anderen Währungen zählen als Deals, nicht zum Umsatz in { $team }. Ein Manager setzt einen mit /rates set rate:"EUR 4.30".
rates-list-line = 1 { $from } = { $number } { $team } ab { $day }
rates-list-line-by = 1 { $from } = { $number } { $team } ab { $day } (gesetzt von { $who })
rates-list-footer = Ein Abschluss zählt zum Kurs seines Tages; ein später geänderter Kurs ändert keinen abgeschlossenen Monat.

## /privacy
error-privacy-nothing = Dealbell speichert nichts über { $name }.
error-privacy-yourself = Dich selbst kannst du hier nicht vergessen lassen.
error-privacy-yourself-hint = Bitte einen anderen Manager, es für dich auszuführen.
privacy-preview-title = { $name } vergessen? Noch ist nichts geändert
privacy-preview-removed = Entfernt werden: Name, Chat-ID und CRM-Name (die Person wird zu „former member N“), Notizen zu Aktivitäten, Erinnerungseinstellungen, Erinnerungen und offene Uploads sowie Name und Erwähnung in Ankündigungen, die fürs Rückgängigmachen aufbewahrt werden.
privacy-preview-kept = Unter dem anonymen Namen bleiben: Deals (die Team-Summen stimmen weiter), Aktivitätszahlen, Quoten und das Änderungsprotokoll. Posts, die schon in Discord-Kanälen stehen, gehören Discord; lösche sie dort.
privacy-preview-go = Zum Ausführen: /privacy forget user:@{ $name } confirm:true
privacy-done-title = { $name } ist vergessen
privacy-done = Ab jetzt erscheint die Person als „{ $shown_as }“: { $deals ->
        [one] { $deals } Deal
       *[other] { $deals } Deals
    } behalten, { $notes ->
        [one] { $notes } Aktivitätsnotiz
       *[other] { $notes } Aktivitätsnotizen
    } gelöscht, { $posts ->
        [one] { $posts } Ankündigung
       *[other] { $posts } Ankündigungen
    } anonymisiert.
privacy-done-recorded = Mit deinem Namen und der Uhrzeit protokolliert. Kommt die Person zurück, beginnt sie als neues Mitglied.

## /tv
error-tv-no-link-made = Ich konnte gerade keinen sicheren Link erzeugen. Versuch es gleich noch einmal.
tv-link-title = 📺 Link zur Live-Seite Nr. { $number }
tv-link-anyone = Jeder mit diesem Link kann die Seite ohne Anmeldung öffnen: Zeig sie auf dem Bildschirm im Büro oder teile sie mit dem Team. Sie zeigt, was die Kanäle des Teams zeigen, nicht mehr.
tv-link-once = Der Link wird nur dieses eine Mal gezeigt. Endgültig schließen mit /tv revoke link:{ $number }
tv-not-served = Die Seite wird noch nicht ausgeliefert: Ein Server-Admin setzt web.listen (und web.public_url) in Dealbells Einstellungen.
tv-list-title = 📺 Links zur Live-Seite
tv-list-empty = Noch keiner. Erzeuge einen: /tv link metric:revenue period:month
tv-revoked-on = widerrufen am { $day }
tv-open-since = offen seit { $day }
tv-list-footer = Die Adresse eines Links wird nur beim Erzeugen gezeigt.
error-tv-no-link = Es gibt keinen offenen Link zur Live-Seite Nr. { $number }.
error-tv-no-link-hint = Die Links des Teams siehst du mit /tv list.
tv-revoked-title = 📺 Link Nr. { $number } widerrufen
tv-revoked-line = Damit geöffnete Seiten aktualisieren sich nicht mehr, und er öffnet nichts mehr.

## /nudges and /away
nudges-on-title = Erinnerungen sind an
nudges-on-line = Dealbell erinnert dich, wenn eine Weile nichts erfasst wurde oder du hinter dem Tempo zurückfällst, in den Grenzen des Teams.
nudges-off-title = Erinnerungen sind aus
nudges-off-line = Dealbell erinnert dich nicht mehr. Abschlüsse, Ranglisten und Wettbewerbe bleiben, wie sie sind; /nudges on holt die Erinnerungen zurück.
nudges-status-title = Erinnerungen
nudges-yours-off = Deine sind aus (/nudges on schaltet sie wieder ein).
nudges-yours-on = Deine sind an (/nudges off stoppt sie).
nudges-you-away = Du bist bis { $day } abwesend.
nudges-nobody-out = Niemand hat sich abgemeldet oder ist abwesend.
nudges-member-off-away = • { $name }: Erinnerungen aus, abwesend bis { $day }
nudges-member-off = • { $name }: Erinnerungen aus
nudges-member-away = • { $name }: abwesend bis { $day }
away-welcome-back = Willkommen zurück
away-welcome-back-line = Erinnerungen (falls an) laufen ab heute wieder.
error-away-until = Sag, bis wann du abwesend bist.
error-away-until-hint = /away until:2026-03-20 (dein letzter Tag weg) oder /away back:true, wenn du früher zurück bist.
error-away-passed = Der { $day } ist vorbei.
error-away-passed-hint = Gib deinen letzten Tag weg an, heute oder später.
error-away-too-far = Das ist mehr als ein Jahr entfernt.
error-away-too-far-hint = Gib einen letzten Tag innerhalb eines Jahres an; du kannst es wieder setzen, wenn du zurück bist.
away-title = Abwesend bis { $day }
away-line = Bis dahin keine Erinnerungen, und Wochen der Abwesenheit unterbrechen deine Serie nicht.
away-back-early = Früher zurück? /away back:true.

## /team
team-list-title = Teams
team-list-empty = Noch keine Teams. Ein Manager kann sie importieren: /import kind:teams file:sales_teams.csv
team-in-none = In keinem Team: { $names }
team-linked-legend = ✓ = mit einem Chat-Nutzer verknüpft. Vertriebler verknüpfen: /team link rep:"Name" user:@person
error-team-already-linked = { $rep } ist schon mit { $user } verknüpft. Verknüpfungen bleiben, damit niemandes Verlauf versehentlich wandert.
team-linked = { $rep } mit { $user } verknüpft
team-linked-deals = { $deals ->
        [one] { $deals } Deal zählt
       *[other] { $deals } Deals zählen
    } jetzt für diese Person auf jeder Rangliste.
error-team-exists = Es gibt schon ein Team „{ $name }“.
error-team-exists-hint = Die Teams siehst du mit /team list; Vertriebler fügst du mit /team add hinzu.
team-created = Team „{ $name }“ angelegt
team-created-line = Vertriebler hinzufügen: /team add team:"{ $name }" rep:@…
error-team-which-rep = Sag, welcher Vertriebler.
error-team-which-rep-hint = Füge rep:@jemand hinzu oder rep:"Name" für einen Vertriebler aus dem CRM.
team-added = { $rep } ist jetzt in { $team }
team-already-in = { $rep } war schon in { $team }
team-added-line = Die Abschlüsse zählen für Ranglisten, Quote und Wettbewerbe von { $team }.
error-team-not-in = { $rep } ist nicht in { $team }.
error-team-not-in-hint = Wer in welchem Team ist, siehst du mit /team list.
team-removed = { $rep } ist nicht mehr in { $team }
team-removed-line = Die Deals bleiben bei der Person; sie zählen nicht mehr für dieses Team.
error-team-has-contest = { $team } hat einen Wettbewerb und bleibt deshalb: Zwischenstand und Ergebnis nennen es.
error-team-has-contest-hint = Nimm stattdessen seine Vertriebler mit /team remove heraus.
team-deleted = Team { $team } gelöscht
team-deleted-line = Seine Vertriebler und ihre Deals bleiben; sie sind jetzt einfach in keinem Team (oder in ihren anderen).

## Forecast alerts
times = { $number }×
alert-rule-attainment = Ziel in Gefahr
alert-rule-slipped = Überfälliger Deal
alert-rule-stale = Liegengebliebener Deal
alert-rule-coverage = Dünne Pipeline
alert-rule-forecast-drop = Prognose gesunken
alert-rule-large-deal = Großer Deal
alert-watches-attainment = Hochrechnung unter { $threshold } % des Ziels, wenn höchstens { $days } Tage der Periode bleiben
alert-watches-slipped-any = ein offener Deal hat sein erwartetes Abschlussdatum überschritten
alert-watches-slipped = ein offener Deal ist mehr als { $days } Tage über seinem erwarteten Abschlussdatum
alert-watches-stale = ein offener Deal wurde { $days } Tage nicht geändert
alert-watches-coverage = die offene Pipeline liegt unter { $times } des restlichen Ziels
alert-watches-forecast-drop = die kombinierte Hochrechnung ist seit dem Vortag um mehr als { $threshold } % gefallen
alert-watches-large-deal = ein Deal ab { $amount } hat die Phase gewechselt, wurde gewonnen oder verloren
alert-dm-nudges = Direktnachrichten an die Verantwortlichen überfälliger und liegengebliebener Deals: { $state }
alert-rules-title = 🚨 Warnregeln
alert-rules-footer = Eine ändern: /alerts set rule:stale threshold:21 · geprüft per /schedule add kind:alerts
alert-rule-changed = 🚨 Warnregel `{ $rule }` geändert
alert-closed-with-rule =
    { $count ->
        [one] Ihre offene Warnung ist geschlossen.
       *[other] Ihre { $count } offenen Warnungen sind geschlossen.
    }
alert-list-title = 🚨 Offene Warnungen ({ $count })
alert-list-empty = Nichts offen. Warnungen prüft ein Zeitplan: /schedule add kind:alerts cron:"daily 08:30"
alert-list-newest = Die neuesten { $shown } von { $count }; sind es zu viele, erhöhe die Schwelle einer Regel mit /alerts set.
alert-list-snoozed = {" "}· 💤 bis { $day }
alert-list-line = `#{ $number }` { $rule } — { $finding } · { $times }× gesendet{ $snoozed }
alert-list-resolved =
    { $count ->
        [one] 1 Warnung trifft heute nicht mehr zu; die nächste Prüfung schließt sie.
       *[other] { $count } Warnungen treffen heute nicht mehr zu; die nächste Prüfung schließt sie.
    }
alert-list-footer = Zahlen von heute · eine stummschalten: /alerts snooze id:{ $number } days:7
alert-snoozed-title = 💤 Warnung #{ $number } stumm bis { $day }
alert-snoozed-how = Bis dahin bleibt sie still; besteht sie danach noch und ist schlechter als beim letzten Senden, kommt sie wieder.
alert-who-team = Team { $name }
alert-deal = #{ $number } { $customer } ({ $owner }) — { $amount }
alert-deal-no-amount = ohne Betrag
alert-found-attainment =
    { $who }: Hochrechnung { $percent } des Ziels für { $period } ({ $blended } von { $quota }), noch { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    }
alert-found-coverage = { $who }: Pipeline { $times } für die { $left } Restziel in { $period } (Regel: { $rule })
alert-found-forecast-drop = { $who }: kombinierte Hochrechnung für { $period } seit dem letzten Stand um { $percent } gefallen ({ $before } → { $after })
alert-found-slipped =
    { $deal } war fällig am { $due }, vor { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }
alert-found-stale =
    { $deal }, seit { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } unverändert
alert-found-large-deal = #{ $number } { $customer } ({ $owner }) { $what } — { $amount }
alert-large-won = 🎉 gewonnen
alert-large-lost = verloren
alert-large-lost-because = verloren ({ $reason })
alert-large-opened = eröffnet in { $stage }
alert-large-moved = verschoben { $from } → { $to }
alert-post-title = 🚨 Prognosewarnungen — { $day }
alert-post-line =
    `#{ $number }` **{ $rule }**{ $why ->
        [worse] {" "}· schlechter
        [back] {" "}· wieder da
       *[new] {""}
    } — { $finding }
alert-post-more-of = { $count } × { $rule }
alert-post-more = …und { $count } weitere: { $rules }. Alle siehst du mit /alerts list.
alert-post-footer = { $period } · eine stummschalten: /alerts snooze id:… days:7 · Regeln: /alerts rules
alert-nudge-title = 👋 { $rep }, Deal #{ $number } braucht ein Update
alert-nudge = { $rule }: aktualisiere ihn, damit die Prognose stimmt.
alert-nudge-how = /deal show id:{ $number }, dann /deal edit id:{ $number } close:… oder /deal stage, /deal won, /deal lost.

## Alert refusals
error-alert-dm-nudges-say = Sag, ob Erinnerungen gesendet werden sollen.
error-alert-dm-nudges-say-hint = /alerts set rule:dm_nudges enabled:true
error-alert-dm-nudges-only = dm_nudges ist nur an oder aus: nutze enabled.
error-alert-nothing-to-change = Nichts zu ändern.
error-alert-nothing-to-change-hint = Gib threshold, days oder enabled an, z. B. /alerts set rule:{ $rule } threshold:…
error-alert-threshold-attainment = Die Schwelle für attainment ist ein Prozentsatz des Ziels, { $min }–{ $max }.
error-alert-threshold-slipped = Die Schwelle für slipped sind Karenztage, { $min }–{ $max }.
error-alert-threshold-stale = Die Schwelle für stale sind Tage, { $min }–{ $max }.
error-alert-threshold-coverage = Die Schwelle für coverage sind Hundertstel des restlichen Ziels, { $min }–{ $max } (200 = 2×).
error-alert-threshold-forecast-drop = Die Schwelle für forecast_drop ist ein Prozentsatz, { $min }–{ $max }.
error-alert-threshold-large-deal = Die Schwelle für large_deal sind ganze Einheiten der Teamwährung, { $min }–{ $max }.
error-alert-days = Die Tage für attainment müssen 0–366 sein (verbleibende Tage der Periode).
error-alert-no-days = { $rule } hat keine Tage-Einstellung; nur attainment hat eine.
error-alert-threshold-hint = Was jede Zahl bedeutet, zeigt /alerts rules.

## Schedules
moment = { $day } { $time } { $zone }
post-kind-leaderboard = Rangliste
post-kind-quota = Zielstand
post-kind-digest = Zusammenfassung
post-kind-forecast = Prognose
post-kind-alerts = Warnungen
schedule-board-of = { $kind } ({ $metric }, { $period })
schedule-line = #{ $number } { $what } in <#{ $channel }> — { $cron }
schedule-added = Zeitplan #{ $number } angelegt
schedule-next = Als Nächstes: { $times }
schedule-next-one = nächster { $time }
schedule-paused = pausiert
schedule-last =
    zuletzt { $time }{ $late ->
        [yes] {" "}(verspätet)
       *[no] {""}
    }: { $status }
firing-claimed = wird gepostet
firing-posted = gepostet
firing-skipped = übersprungen
firing-retrying = neuer Versuch
firing-failed = fehlgeschlagen
schedule-list-title = Zeitpläne
schedule-list-empty = Noch keiner. Leg einen an: /schedule add kind:leaderboard cron:"weekly monday 09:00" channel:#sales
schedule-preview-title = Zeitplan #{ $number }: die nächsten fünf Beiträge
schedule-preview-paused = Er ist pausiert; zu diesen Zeiten würde er nach dem Fortsetzen posten.
schedule-paused-title = Zeitplan #{ $number } pausiert
schedule-resumed-title = Zeitplan #{ $number } fortgesetzt
schedule-resumed-missed = Was während der Pause fällig war, wird nicht nachgeholt.
schedule-removed = Zeitplan #{ $number } entfernt
schedule-early =
    Diese Beiträge kommen am ersten Tag { $kind ->
        [week] der Woche
        [month] des Monats
        [quarter] des Quartals
       *[other] des Jahres
    }, wenn er kaum begonnen hat: bis jemand gewinnt, zeigt jeder den Endstand { $kind ->
        [week] der Vorwoche
        [month] des Vormonats
        [quarter] des Vorquartals
       *[other] des Vorjahres
    }. Für diese Rangliste nutze period:last_{ $kind }.
schedule-sample = Würde er jetzt posten: { $title }
schedule-posted-late = ⏰ Verspätet gepostet: fällig war das am { $time }, als Dealbell offline war.
error-schedule-unreadable = „{ $typed }“ kann ich nicht als Zeitplan lesen.
error-schedule-unreadable-hint = Schreib daily 17:30, weekdays 09:00, weekly monday 09:00, monthly 1 09:00 oder fünf Cron-Felder wie "0 9 * * MON" (Minute Stunde Tag Monat Wochentag).
error-schedule-too-frequent = „{ $typed }“ würde öfter als stündlich posten; Zeitpläne posten höchstens einmal pro Stunde.
error-schedule-never = „{ $typed }“ tritt nie ein.
error-schedule-where = Sag, wo gepostet werden soll.
error-schedule-where-hint = Ergänze channel:#sales (für Warnungen, oder leg mit /setup managers_channel:#… einen Kanal für Führungskräfte fest).
error-schedule-options = metric gilt für Ranglisten und Zusammenfassungen; period für diese, Prognosen und Warnungen.
error-schedule-alerts-period = Warnungen beobachten den laufenden Monat oder das laufende Quartal.
error-schedule-alerts-period-hint = Nutze period:month oder period:quarter.
error-schedule-already-paused = Zeitplan #{ $number } ist schon pausiert.
error-schedule-already-running = Zeitplan #{ $number } läuft schon.

## Announcements sent together, taken back, or not delivered
burst-title =
    🔥 { $count ->
        [one] { $count } Abschluss
       *[other] { $count } Abschlüsse
    } in den letzten Minuten
burst-undone = ~~{ $summary }~~ (rückgängig gemacht)
burst-footer = Gemeinsam angekündigt: in diesem Kanal gab es viele Abschlüsse innerhalb von { $minutes } Minuten.
win-taken-back = ↩ Rückgängig: dieser Abschluss wurde zurückgenommen.
post-failed-schedule-title = Zeitplan #{ $number } konnte nicht posten
post-failed-schedule = Der Beitrag für { $time } in { $place } ist { $attempts }-mal gescheitert: { $error }.
post-failed-schedule-how = Prüfe, ob Dealbell dort Nachrichten sehen und senden darf, oder verlege ihn: /schedule remove, dann /schedule add.
post-failed-title = Eine Ankündigung konnte nicht gepostet werden
post-failed = „{ $summary }“ in { $place }: { $error }.
post-failed-how = Prüfe, ob Dealbell dort Nachrichten sehen und senden darf (/setup wins_channel:… verlegt sie).
post-failed-direct = den Direktnachrichten von { $user }

## Leaderboard: where one more deal takes you
error-board-to-needs-from = to braucht from.
error-board-to-needs-from-hint = Schreib from:2026-01-01 to:2026-03-31.
board-not-on-yet-first-win = Du stehst noch nicht auf dieser Rangliste: dein erster Abschluss bringt dich drauf.
board-one-more-average-of = Ein weiterer Abschluss deiner Durchschnittsgröße ({ $amount })
board-one-more-average = Ein weiterer Abschluss deiner Durchschnittsgröße
board-one-more = Ein weiterer Abschluss
board-one-more-passes = { $deal } brächte dich auf Platz { $rank }, vorbei an { $names }.
board-one-more-short = { $deal } hielte dich auf Platz { $rank } — { $gap } fehlen dir zu { $names } auf Platz { $place }.
board-one-more-keeps = { $deal } hielte dich auf Platz { $rank }.

## Quota refusals
error-quota-whose = Sag, wessen Ziel es ist.
error-quota-whose-hint = Ergänze rep:@jemand, team:"Teamname" oder everyone:true.
error-quota-currency = Ziele sind in der Teamwährung, { $currency }.
error-quota-currency-hint = Schreib den Betrag in { $currency } (oder ändere die Teamwährung mit /setup).
error-quota-period-over = { $period } ist vorbei.
error-quota-period-over-hint = Leg Ziele für die laufende oder eine kommende Periode fest (starting:2026-04-01).

## Buttons: undo and import previews
error-undo-already = Diese Änderung wurde schon rückgängig gemacht.
error-undo-too-old = Diese Änderung ist älter als { $minutes } Minuten und lässt sich nicht mehr per Klick rückgängig machen.
error-undo-too-old-hint = Korrigiere ihn mit /deal edit, /deal stage oder /deal lost.
error-preview-settled = Dieser Import wurde schon übernommen oder abgebrochen.
error-preview-too-old = Diese Vorschau ist zu alt zum Übernehmen; die Daten können sich inzwischen geändert haben.
error-preview-too-old-hint = Starte den Import noch einmal.
import-cancelled = Import abgebrochen
import-cancelled-nothing = Es wurde nichts geändert.

## Activities
error-activity-kind = „{ $kind }“ ist keine Aktivität, die ich zähle.
error-activity-kind-hint = Nutze call, email, meeting, demo oder proposal.
error-activity-already-removed = Aktivität #{ $number } wurde schon entfernt.
activity-list-title = Aktivitäten von { $rep }
activity-list-empty = Noch keine. Trag eine ein: /activity log kind:call count:5
activity-list-footer = Eine falsch? /activity remove id:… (oder gleich danach /deal undo)
activity-removed =
    { $how ->
        [undone] Rückgängig
       *[removed] Entfernt
    }: { $activities } von { $rep } am { $day }
activity-removed-counts = Es zählt auf keiner Rangliste mehr.

## Deals: fields, changes, history and refusals
deal-field-stage = Phase
deal-field-amount = Betrag
deal-field-customer = Kunde
deal-field-product = Produkt
deal-field-expected-close = erwarteter Abschluss
deal-field-closed-on = abgeschlossen am
deal-field-won-on = gewonnen am
deal-field-lost-on = verloren am
deal-field-lost-reason = Verlustgrund
deal-field-note = Notiz
deal-field-owner = Verantwortliche Person
deal-field-forecast-category = Prognosekategorie
deal-action-create = Anlegen
deal-action-stage = Phasenwechsel
deal-action-won = Gewinn
deal-action-lost = Verlust
deal-action-edit = Bearbeitung
deal-action-forecast = Prognosekategorie
deal-action-import = Import
deal-action-convert = Währungsumrechnung
deal-action-undo = Rückgängig
deal-change = { $field } { $from } → { $to }
deal-change-removed = entfernt
deal-change-owner = Verantwortliche Person geändert
deal-history-amount-hidden = Betrag verborgen
deal-category-follows-stage = folgt der Phase
deal-history-title = Verlauf von Deal #{ $number }
deal-history-someone = jemand
deal-history-no-change = keine Änderung an dem, was ein Deal zeigt
deal-history-line =
    { $day } { $time } { $actor }: { $action }{ $undone ->
        [yes] {" "}(rückgängig gemacht)
       *[no] {""}
    }: { $changes }
deal-forecast-from-stage = { $category } (nach der Phase)
deal-forecast-now = Deal #{ $number } ist jetzt prognostiziert als { $category }
error-deal-add-closed-stage = { $stage } schließt einen Deal ab; /deal add ist für offene Deals.
error-deal-add-closed-stage-hint = Trag einen Abschluss mit /win amount:… customer:… ein.
error-deal-edit-nothing = Nichts zu ändern.
error-deal-edit-nothing-hint = Sag, was sich ändern soll, z. B. /deal edit id:{ $number } amount:15k close:eoq
error-deal-edit-same = Deal #{ $number } hat diese Angaben schon.
error-deal-forecast-closed = Deal #{ $number } ist abgeschlossen; Prognosen betreffen offene Deals.
error-deal-forecast-same = Deal #{ $number } ist schon dort.
error-deal-not-yours = Deal #{ $number } gehört zur offenen Pipeline von { $owner }; nur diese Person und Führungskräfte sehen ihn.
error-deal-not-yours-hint = Deine eigenen Deals: /deal list
error-undo-changed-since = Deal #{ $number } hat sich seit deiner Änderung ({ $action }) geändert; Rückgängigmachen würde die Arbeit anderer überschreiben.
error-undo-changed-since-hint = Sieh ihn dir mit /deal show id:{ $number } an und korrigiere ihn mit /deal edit.
error-deal-conflict = Deal #{ $number } wurde gerade von jemand anderem geändert; es wurde nichts gespeichert.
error-deal-conflict-hint = Sieh ihn dir mit /deal show id:{ $number } noch einmal an und versuch es erneut.
error-deal-already-won = Deal #{ $number } ist schon gewonnen.
error-deal-already-lost = Deal #{ $number } ist schon verloren.
error-deal-same-stage = Deal #{ $number } ist schon in der Phase { $stage }.
error-deal-no-amount = Deal #{ $number } hat noch keinen Betrag und kann daher nicht gewonnen werden.
error-deal-no-amount-hint = Gib einen an: /deal won id:{ $number } amount:12500
error-deal-close-through-stage = Schließ einen Deal mit /deal won oder /deal lost ab; /deal stage verschiebt ihn zwischen offenen Phasen.
error-deal-close-in-future = { $date } liegt in der Zukunft; ein Deal schließt an einem Tag, der schon da war.
error-deal-close-too-old = { $date } liegt mehr als { $days } Tage zurück; eine Führungskraft kann einen Deal weiter zurückdatieren.
error-text-empty = Das darf nicht leer sein.
error-text-too-long = Das ist zu lang ({ $count } Zeichen); bleib unter { $most }.
error-period-unknown = Die Periode „{ $typed }“ kenne ich nicht.
error-period-unknown-hint = Nutze week, month, quarter oder year, mit last_ für die vorige (last_month).
error-period-backwards = Die Periode endet, bevor sie beginnt ({ $from } bis { $to }).
error-period-too-long = Diese Periode ist länger als fünf Jahre; wähl einen kürzeren Zeitraum.
error-days-off-too-many = Ein Team hat höchstens { $most } eigene freie Tage.

## Commission plan in words
comp-plan-period =
    Provision wird pro { $period ->
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    } auf gewonnenen Umsatz in { $currency } berechnet.
comp-plan-on-target =
    Zielprovision: { $amount } pro { $period ->
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    } bei 100 % des Ziels; der Zielsatz ist dieser Betrag ÷ dein Ziel.
comp-plan-flat = Auf allen gewonnenen Umsatz gibt es { $rate }.
comp-plan-tiers-retroactive = Stufen nach Zielerreichung; wer eine Stufe erreicht, bekommt ihren Satz auf den gesamten Umsatz der Periode:
comp-plan-tiers-marginal = Stufen nach Zielerreichung; jeder Teil des Umsatzes wird mit dem Satz seiner Stufe bezahlt:
comp-plan-tier = • { $range }: { $rate }
comp-plan-tier-above = über { $from }
comp-plan-tier-edge = Eine Stufe beginnt knapp über ihrer Untergrenze: genau { $edge } des Ziels wird mit dem Satz der Stufe { $tier } bezahlt.
comp-plan-threshold = Unter { $threshold } deines eigenen Ziels gibt es keine Provision; SPIFFs kommen obendrauf.
comp-plan-threshold-split = Unter { $threshold } deines eigenen Ziels gibt es keine Provision, weder deinen Anteil noch den Teamanteil; SPIFFs kommen obendrauf.
comp-plan-split = { $own } % werden nach deiner eigenen Zielerreichung bezahlt, { $team } % nach der deines Teams.
comp-plan-cap =
    Die Provision ist auf { $amount } pro { $period ->
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    } begrenzt (SPIFFs kommen obendrauf).
comp-plan-spiff-product-from = jeden gewonnenen { $product }-Abschluss ab { $amount }
comp-plan-spiff-product = jeden gewonnenen { $product }-Abschluss
comp-plan-spiff-from = jeden gewonnenen Abschluss ab { $amount }
comp-plan-spiff-any = jeden gewonnenen Abschluss
comp-plan-spiff = SPIFF „{ $name }“: { $bonus } für { $what }, gewonnen vom { $from } bis { $to }.
comp-plan-clawback = Ein gewonnener Abschluss, der innerhalb von { $days } Tagen nach dem Gewinn als verloren markiert wird, wird zurückgebucht (zum gezahlten Satz).
comp-plan-rounding =
    Beträge werden { $rounding ->
        [half_even] kaufmännisch zur geraden Zahl
        [down] abwärts
       *[half_up] kaufmännisch
    } auf den Cent (kleinste Einheit) gerundet, einmal, am Ende jeder Zeile.
comp-plan-title = 💶 Provisionsplan — { $name } (Version { $version })
comp-plan-footer = Deine eigenen Zahlen: /comp estimate · Fragen: /ask
comp-plan-loaded = 💶 Plan geladen — { $name } (Version { $version })
comp-plan-loaded-footer = Das Team sieht ihn mit /comp plan und die eigenen Zahlen mit /comp estimate
error-comp-plan-on-file = Der gespeicherte Plan lässt sich nicht mehr lesen: { $error }.
error-comp-plan-on-file-hint = Eine Führungskraft kann ihn korrigiert neu laden: /comp plan file:…
error-comp-no-plan = Es ist noch kein Provisionsplan geladen.
error-comp-no-plan-hint = Eine Führungskraft lädt ihn mit /comp plan file:plan.toml (jedes Feld ist in config/comp_plan.example.toml erklärt).
error-comp-file-and-text = Gib den Plan als file oder als text an, nicht beides.
error-comp-plan-unusable = Dieser Plan ist nicht verwendbar: { $error }.
error-comp-plan-unusable-hint = Korrigiere ihn und lade ihn erneut; es wurde nichts geändert. Jedes Feld ist in config/comp_plan.example.toml erklärt.
error-comp-plan-one-line-hint = Ein Plan hat eine Einstellung pro Zeile: häng die .toml-Datei an oder schreib \n zwischen die Zeilen. Es wurde nichts geändert.
error-comp-plan-currency = Der Plan zahlt in { $plan }, aber das Team rechnet Umsatz in { $team }.
error-comp-plan-currency-hint = Schreib den Plan in { $team } (oder ändere die Teamwährung mit /setup).
error-comp-no-quota = Der Plan zahlt nach Zielerreichung, und { $rep } hat kein Ziel für { $period }.
error-comp-no-quota-hint = Eine Führungskraft legt eines fest: /quota set rep:@… amount:… period:quarter
error-comp-plan-period =
    Der Plan berechnet Provision pro { $period ->
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    }.
error-comp-plan-period-hint = Frag nach period:{ $period } oder period:last_{ $period }.
error-comp-amount-currency = Der Plan zahlt in { $currency }.
error-comp-amount-currency-hint = Schreib den Betrag in { $currency }.

## Imports: the report, skipped rows and unreadable files
import-title = { $file } importiert
import-rows-read = Gelesene Zeilen
import-created = Angelegt
import-updated = Aktualisiert
import-unchanged = Unverändert
import-skipped = Übersprungen
import-won-in-file = Gewonnen laut Datei
import-won =
    { $count ->
        [one] { $grouped } Abschluss
       *[other] { $grouped } Abschlüsse
    }, { $amount }
import-format-maven = Format: Pipeline-Export aus dem CRM (opportunity_id, sales_agent, ...; US-Datumsangaben).
import-format-dealbell = Format: Dealbell-Spalten (external_id, rep, customer, ...).
import-read-as =
    Gelesen als { $encoding }-Text, Spalten getrennt durch { $separator ->
        [comma] Kommas
        [semicolon] Semikolons
        [tab] Tabulatoren
       *[other] { $separator }
    }.
import-reps-created = Neue Personen im Vertrieb: { $count }; ihnen gehören ihre Deals, bis eine Führungskraft sie verknüpft: /team link rep:"Name" user:@person
import-without-account =
    { $count ->
        [one] { $grouped } Zeile hat keinen Account; sie wurde
       *[other] { $grouped } Zeilen haben keinen Account; sie wurden
    } mit dem Kunden „{ $customer }“ importiert.
import-product-variants = Ähnliche Produktnamen wurden getrennt gehalten: { $names }. Korrigiere die Schreibweise im CRM, wenn es ein Produkt ist.
import-skipped-line = Zeile { $line } übersprungen: { $why }
import-more-skipped = …und { $count } weitere übersprungene Zeilen.
import-row-empty = { $column } ist leer
import-row-too-long = { $column } ist zu lang ({ $count } Zeichen; höchstens { $most })
import-row-unknown-stage = Phase „{ $stage }“ ist keine Phase des Teams und steht nicht in import.stage_map
import-row-stage-maps-nowhere = Phase „{ $stage }“ verweist auf „{ $key }“, und das ist keine Phase
import-row-not-a-date = { $column } „{ $text }“ ist kein Datum ({ $form })
import-row-not-whole = close_value „{ $text }“ ist kein ganzer Betrag
import-row-currency = Währung „{ $code }“ ist kein ISO-4217-Code
import-row-amount = amount: { $why }
import-row-closed-without-date =
    ein { $outcome ->
        [won] gewonnener
       *[lost] verlorener
    } Deal braucht sein Abschlussdatum
import-row-won-without-value = ein gewonnener Deal braucht einen Wert über null
import-row-repeats-id = wiederholt die ID { $id } aus Zeile { $first }
import-preview-title = { $file } würde bestehende Deals ändern: { $count }
import-preview-also = Außerdem würden { $created } angelegt und { $unchanged } bleiben unverändert ({ $skipped } Zeilen übersprungen).
import-preview-overwrites = Änderungen überschreiben, was gespeichert ist, auch Korrekturen im Chat seit dem letzten Import; jede Änderung wird protokolliert.
import-preview-within = Übernimm oder brich innerhalb von { $minutes } Minuten ab.
import-teams-title = Teams aus { $file } importiert
import-teams-created = Teams angelegt
import-people-created = Personen angelegt
import-memberships-added = Mitgliedschaften hinzugefügt
import-teams-named-by = Teams benannt nach der Spalte { $column }. { $read_as }
import-teams-how = Du siehst sie mit /team list; verknüpfe Personen mit Chat-Nutzern per /team link.
error-import-not-csv = { $file } ist keine CSV-Datei.
error-import-not-csv-hint = Exportiere den Bericht aus deinem CRM als CSV (UTF-8) und häng die .csv-Datei an.
error-import-currency = „{ $code }“ ist kein ISO-4217-Währungscode (EUR, USD, PLN …).
error-import-not-text = Die Datei ist kein Text, den ich lesen kann (kein gültiges { $encoding }).
error-import-not-text-hint = Exportiere sie als CSV (UTF-8) und versuch es erneut.
error-import-duplicate-column = Die Spalte „{ $name }“ kommt zweimal vor (Spalten { $first } und { $second }), daher weiß ich nicht, welche ich lesen soll.
error-import-duplicate-column-hint = Entferne oder benenne eine um und versuch es erneut.
error-import-unclosed-quote = Zeile { $line } öffnet ein Anführungszeichen, das nicht geschlossen wird; die { $swallowed } Zeilen danach würden als ein Feld gelesen (die Datei hat anscheinend { $rows } Zeilen).
error-import-unclosed-quote-hint = Schließ das Anführungszeichen oder entferne das überzählige " und versuch es erneut.
error-import-empty = Die Datei ist leer.
error-import-unknown-columns = Diese Spalten kenne ich nicht: { $found }.
error-import-unknown-columns-hint = Nutze die Spalten des CRM-Exports ({ $crm }) oder die von Dealbell ({ $dealbell }; optional: { $optional }).
error-import-no-team-column = Die Datei hat keine Spalte { $column }, nach der Teams benannt werden könnten (ihre Spalten: { $found }).
error-import-no-team-column-hint = Wähl eine andere mit team_by:manager, team_by:office oder team_by:team.
error-import-malformed = Die CSV-Datei ist um Zeile { $line } nicht lesbar: { $error }
error-import-unreadable = Die Datei ließ sich nicht bis zum Ende lesen ({ $error }).
error-import-unreadable-hint = Prüfe, ob sie noch da und lesbar ist, und versuch es erneut.

## Scheduled posts in the console, exports, documents, Discord's own notes
firing-outcome-posted = gepostet
firing-outcome-queued = in der Warteschlange
firing-outcome-late = verspätet
firing-outcome-quiet = nichts Neues
firing-outcome-skipped = übersprungen
firing-outcome-retrying = neuer Versuch
firing-outcome-failed = fehlgeschlagen
export-title =
    📎 Export: { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
export-deals-format = UTF-8-CSV im Format des Imports: `dealbell import deals` liest sie wieder ein.
export-values-format = UTF-8-CSV: Werte in kleinsten Einheiten, Anzahlen oder Basispunkten, mit dem Text daneben.
error-export-quota-period = Ziele gelten für einen Monat, ein Quartal oder ein Geschäftsjahr.
error-export-quota-period-hint = Nutze period:month, period:quarter oder period:year.
error-document-empty = Das Dokument ist leer.
discord-could-not-post =
    Ich konnte nicht in { $channel } posten: { $error }.{ $retry ->
        [yes] {" "}Ich versuche es in ein paar Minuten noch einmal.
       *[no] {""}
    } Prüfe, ob ich dort Nachrichten sehen und senden darf.
discord-restarting = Dealbell startet neu
discord-restarting-how = Versuch es in einer Minute noch einmal.

## The live page's own words
tv-page-leaderboard = Rangliste
tv-page-empty = Noch steht niemand auf der Rangliste: der erste Abschluss übernimmt die Führung.
tv-page-duels = Duelle
tv-page-latest-wins = Neueste Abschlüsse
tv-page-new-win = Neuer Abschluss
tv-page-live = Live

## Why a commission plan cannot be used
plan-problem-at-line = Zeile { $line }: { $problem }
plan-problem-toml = { $text }
plan-problem-currency = Währung „{ $code }“ ist kein ISO-4217-Code wie EUR oder USD
plan-problem-name-empty = name darf nicht leer sein
plan-problem-version-empty = version darf nicht leer sein (Schätzungen nennen sie)
plan-problem-not-one-of = { $field } „{ $typed }“ muss eines davon sein: { $choices }
plan-problem-not-positive = { $field } muss ein positiver Betrag in { $currency } sein
plan-problem-on-target = on_target_commission muss ein positiver Betrag in { $currency } sein, z. B. 20000
plan-problem-spiff-bonus = der bonus eines SPIFF muss ein positiver Betrag in { $currency } sein
plan-problem-multiple-needs-on-target = ein Satz als Vielfaches (1.5x) braucht on_target_commission
plan-problem-threshold = threshold muss ein Prozentsatz des Ziels über 0 % sein ("50%")
plan-problem-clawback-days = clawback days muss zwischen 1 und 730 liegen
plan-problem-base-rate-and-tiers = nutze base_rate oder tiers, nicht beides
plan-problem-base-rate = base_rate muss ein Prozentsatz zwischen 0 % und 100 % sein
plan-problem-pays-nothing = der Plan zahlt nichts: ergänze base_rate, tiers oder on_target_commission
plan-problem-tier-from = from einer Stufe muss ein Prozentsatz des Ziels sein, 0 oder mehr ("50%")
plan-problem-tier-to-below-from = to einer Stufe muss über ihrem from liegen
plan-problem-tier-to = to einer Stufe muss ein Prozentsatz des Ziels sein ("100%")
plan-problem-tier-rate-negative = rate einer Stufe darf nicht negativ sein
plan-problem-tier-rate-over-100 = rate einer Stufe darf höchstens 100 % des Umsatzes sein
plan-problem-tier-rate = rate einer Stufe muss ein Prozentsatz ("8%") oder ein Vielfaches ("1.5x") sein
plan-problem-first-tier-not-at-zero = die erste Stufe muss bei 0 % beginnen
plan-problem-only-last-tier-open = nur die letzte Stufe darf to weglassen
plan-problem-tiers-overlap = Stufen überlappen: diese beginnt bei { $starts }, die vorige endet aber bei { $ends }
plan-problem-tiers-gap = zwischen den Stufen bleibt eine Lücke von { $from } bis { $to }
plan-problem-last-tier-closed = die letzte Stufe muss to weglassen (sie gilt ohne Grenze)
plan-problem-split = individual und team in split müssen ganze Prozentsätze sein, zusammen 100 % (75 % und 25 %)
plan-problem-spiff-dates = ein SPIFF braucht from- und to-Daten (2026-03-01)
plan-problem-spiff-dates-backwards = das to-Datum eines SPIFF liegt vor seinem from-Datum
plan-problem-spiff-target = ein SPIFF braucht product, min_amount oder beides (sonst wäre es ein Bonus auf jeden Abschluss)

## The terminal: start-up, the console's banner and the shell's commands
shell-line = Zeile { $line }: { $text }
shell-lines-failed = { $count ->
        [one] 1 Zeile ist fehlgeschlagen.
       *[other] { $count } Zeilen sind fehlgeschlagen.
    }
shell-console-banner = Dealbell-Konsole — /help zeigt die Befehle, :help die Anweisungen der Konsole, :quit beendet sie.
shell-no-token-console = Kein Discord-Token gesetzt, daher läuft die lokale Konsole. Um Discord zu verbinden, setz DISCORD_TOKEN und starte `dealbell run` (siehe README).
shell-no-token-help = Dealbell braucht ein Discord-Bot-Token, um auf Discord zu laufen.
      1. Leg unter https://discord.com/developers/applications eine Anwendung an, füge einen Bot hinzu und kopiere sein Token.
      2. export DISCORD_TOKEN=... (oder setz discord.token_file in deiner Konfigurationsdatei)
      3. Lade den Bot ein: { $invite }
      4. dealbell run
    Bis dahin führt `dealbell console` jeden Befehl lokal aus.
shell-live-page = Live-Seite läuft auf { $address } — einen Link erstellt /tv link
shell-demo-ready = Demo-Team bereit: { $commands } Befehle nachgespielt ({ $wins } Abschlüsse) in { $seconds } s. Probier /leaderboard oder /leaderboard metric:deals period:quarter
shell-no-runtime = die asynchrone Laufzeit kann nicht starten: { $why }
shell-not-a-time = „{ $text }“ ist keine Zeit; schreib 2026-03-10 09:00 (UTC) oder 2026-03-10T09:00:00+01:00
shell-time-out-of-range = „{ $text }“ liegt außerhalb der Jahre 1 bis 9999, die Dealbell führt
shell-loading-settings = Einstellungen laden
shell-opening-database = Datenbank öffnen
shell-opening = { $what } öffnen
shell-reading = { $path } lesen
shell-writing = { $path } schreiben
shell-settings-valid = die Einstellungen sind gültig
shell-indexed = { $file } in { $ms } ms indexiert
shell-import-took = der Import dauerte { $ms } ms
shell-cause = Ursache: { $cause }
shell-export-no-file = /export hat ohne Datei geantwortet
shell-rows-written = { $rows ->
        [one] 1 Zeile
       *[other] { $rows } Zeilen
    } in { $path } geschrieben.
shell-not-a-currency = „{ $code }“ ist kein ISO-4217-Währungscode (wie EUR, USD oder PLN)
shell-backtest-read = Gelesene Deals: { $deals }; Produktpreise: { $prices } (aus { $path }); Wahrscheinlichkeit eines Deals in Bearbeitung: { $probability } %; mangels Vorgeschichte ausgelassene Monate: { $skipped }.
shell-none = keine
shell-invite-replace = Ersetz YOUR_APPLICATION_ID durch die ID deiner Anwendung (oder setz DISCORD_TOKEN, oder gib --app-id an).
shell-progress-reading = Datei wird gelesen
shell-progress = { $done }/{ $total } Zeilen · { $rate } · noch { $left }
shell-backing-up = Sicherung
shell-backed-up = Gesichert nach { $path } in { $ms } ms.
shell-restore-not-a-file = restore setzt eine Sicherungsdatei an die Stelle einer SQLite-Datenbankdatei (--db PFAD); eine PostgreSQL-Datenbank stellst du mit den Werkzeugen ihres Servers wieder her (pg_restore).
shell-restoring = Wiederherstellung
shell-restored = { $database } aus { $backup } wiederhergestellt.
shell-restore-kept = Die Datenbank, die dort lag, bleibt als { $path } erhalten.
shell-from-not-sqlite = --from nennt die SQLite-Datenbank, die kopiert wird: ein Pfad oder sqlite://pfad
shell-to-not-postgres = --to nennt die PostgreSQL-Datenbank, die gefüllt wird: postgres://user@host/database
shell-no-database-at = unter { $path } liegt keine Datenbank
shell-copied = { $teams ->
        [one] 1 Team
       *[other] { $teams } Teams
    } nach { $target } kopiert:
shell-copied-rows = { $rows ->
        [one] Zeile
       *[other] Zeilen
    }
shell-copy-checked = { $checks } Zeilenzahlen und Geldsummen je Team und Tabelle geprüft: alle stimmen überein.
shell-use-postgres-now = Starte Dealbell von jetzt an mit DEALBELL_DATABASE_URL auf die PostgreSQL-URL gesetzt.

## When Discord will not take the bot (printed at start)
shell-discord-bad-token = Discord hat das Bot-Token abgelehnt (401 Unauthorized). Kopier das Token erneut von der Bot-Seite deiner Anwendung und setz DISCORD_TOKEN.
shell-discord-unreachable = die Discord-API unter { $origin } ist nicht erreichbar: { $reason }. Prüf DEALBELL_DISCORD_API_URL und das Netzwerk; es wird keine andere Adresse versucht.
shell-discord-closed = Discord hat die Verbindung geschlossen: { $why }
shell-refusal-token = Das Gateway von Discord hat das Bot-Token abgelehnt (Close 4004). Kopier das Token erneut von der Bot-Seite deiner Anwendung und setz DISCORD_TOKEN.
shell-refusal-invalid-shard = Das Gateway von Discord hat Shard { $shard } von { $total } abgelehnt (Close 4010, ungültiger Shard). Prüf --shards und --shard-total (discord.shards und discord.shard_total): jeder Shard muss unter der Gesamtzahl liegen, und alle Prozesse müssen dieselbe Gesamtzahl nutzen.
shell-refusal-sharding-required = Discord will diesen Bot auf mehr Shards verteilt sehen (Close 4011, Sharding erforderlich): er ist auf zu vielen Servern für { $total }. Erhöh --shard-total (Discord empfiehlt eine Zahl unter GET /gateway/bot) und verteil die Shards auf deine Prozesse.
shell-refusal-api-version = Das Gateway von Discord spricht die API-Version dieses Dealbell nicht mehr (Close 4012). Aktualisier Dealbell.
shell-refusal-invalid-intents = Das Gateway von Discord kennt die Intents nicht, die Dealbell angefragt hat (Close 4013). Das ist ein Fehler in Dealbell: bitte melde ihn.
shell-refusal-disallowed-intents = Discord hat einen privilegierten Intent abgelehnt (Close 4014). Dealbell braucht nur den Intent Guilds; wenn du das geändert hast, aktivier den Intent auf der Bot-Seite im Developer Portal.

## Settings that cannot be used (config/dealbell.toml and the environment)
config-read = die Einstellungsdatei { $path } kann nicht gelesen werden: { $why }
config-syntax = die Einstellungsdatei { $path } ist kein gültiges TOML: { $why }
config-timezone = team.timezone „{ $value }“ ist keine IANA-Zeitzone wie Europe/Berlin
config-currency = team.currency „{ $value }“ ist kein ISO-4217-Code wie EUR
config-fiscal-year = team.fiscal_year_start muss ein Monat sein, 1–12
config-between = { $key } muss zwischen { $min } und { $max } liegen{ $upper ->
        [week] {" "}(eine Woche)
        [two-weeks] {" "}(zwei Wochen)
        [ten-years] {" "}(zehn Jahre)
       *[none] {""}
    }
config-competition = competition: burst_posts muss 1–1000 sein, burst_minutes 1–1440 und burst_hold_minutes 0–1440
config-forecast = forecast: best_case_at darf nicht über commit_at liegen, und beide höchstens bei 100
config-alert-threshold = alerts: der Schwellenwert für { $rule } muss { $min }–{ $max } sein
config-alert-days = alerts: attainment_days_left muss 0–366 sein
config-alert-no-days = alerts: { $rule } hat keine Einstellung für Tage
config-alerts-period = alerts.period muss month oder quarter sein
config-stages-incomplete = stages: die Pipeline braucht mindestens eine offene, eine gewonnene und eine verlorene Phase
config-stage-twice = stages: die Phase „{ $stage }“ kommt zweimal vor
config-stage-probability = stages: die Phase „{ $stage }“ hat die Wahrscheinlichkeit { $probability }; sie muss 0–100 sein
config-stage-key = stages: der Phasenschlüssel „{ $stage }“ darf nur Kleinbuchstaben, Ziffern oder _ enthalten
config-stage-map = import.stage_map ordnet „{ $crm }“ „{ $key }“ zu, und das ist kein Phasenschlüssel
config-posts-per-second = discord.posts_per_second ist { $value }: gib eine Zahl von 1 bis 50 an (Discord erlaubt einem Bot 50 Anfragen pro Sekunde über alle seine Prozesse)
config-web-listen = web.listen „{ $value }“ ist keine Adresse mit Port wie 127.0.0.1:8080
config-web-public-url = web.public_url „{ $value }“ muss mit https:// (oder http://) beginnen
config-web-requests = web.requests_per_minute muss mindestens 1 sein
config-nudge-time = nudges: { $name } „{ $value }“ ist keine Uhrzeit im Format HH:MM
config-weekend = team.weekend „{ $value }“ muss eines davon sein: { $choices }
config-country = team.country „{ $value }“: Dealbell kennt die Feiertage von { $codes }
config-day-off = team.days_off: „{ $value }“ ist kein Datum im Format YYYY-MM-DD
config-shards = Shards „{ $range }“ von { $total }: { $why } (schreib sie als 0-3 mit einer Gesamtzahl wie 8)
config-shards-not-numbers = keine Shard-Nummern
config-shards-no-total = die Gesamtzahl der Shards fehlt
config-shards-backwards = der Bereich läuft rückwärts
config-shards-beyond-total = Shards sind von 0 bis eins unter der Gesamtzahl nummeriert
config-database-scheme = das Datenbankschema { $scheme }:// kann Dealbell nicht lesen; nimm eine SQLite-Datei, als Pfad (data/dealbell.db) oder sqlite://data/dealbell.db geschrieben, oder einen PostgreSQL-Server, geschrieben postgres://user@host/database
config-dev-guild = dev guild „{ $value }“ muss eine Server-ID sein (eine Zahl)
config-api-origin = der Ursprung der Discord-API „{ $value }“ muss wie https://host oder http://127.0.0.1:7777 aussehen (ohne Pfad)

## The settings as check-config prints them
summary-read-from = gelesen aus
summary-built-in = eingebaute Vorgaben
summary-database = Datenbank
summary-backup = nächtliche Sicherung
summary-backup-off = aus (schedules.backup_folder)
summary-backup-postgres = gesetzt, aber nicht ausgeführt: die Datenbank ist PostgreSQL, deren Daten Dealbell nicht als Datei kopieren kann. Sichere sie mit pg_dump (und entferne schedules.backup_folder)
summary-backup-on = nach { $folder } ab { $hour } UTC, die letzten { $keep } bleiben
summary-team-defaults = Team-Vorgaben
summary-team-defaults-value = Zeitzone { $timezone }, Währung { $currency }, Geschäftsjahr beginnt im Monat { $month }, Wochenende { $weekend }, Feiertage von { $country }, { $days } weitere freie Tage
summary-no-country = keinem Land
summary-undo = Rückgängig-Frist
summary-minutes = { $minutes ->
        [one] 1 Minute
       *[other] { $minutes } Minuten
    }
summary-board-rows = Zeilen der Rangliste
summary-live-page = Live-Seite
summary-live-on = läuft auf { $address }, Links beginnen mit { $origin }
summary-live-off = aus (web.listen)
summary-bursts = Gewinnserien
summary-bursts-value = mehr als { $posts } in { $minutes } Minuten warten { $hold } Minuten und gehen als einer raus
summary-nudges = Erinnerungen
summary-nudges-value = höchstens { $day } am Tag und { $week } pro Woche je Vertriebler, Ruhe { $from }–{ $until }{ $weekends ->
        [yes] {" "}und am Wochenende
       *[no] {""}
    }, nach { $days } ruhigen Arbeitstagen
summary-stages = Phasen
summary-token = Discord-Token
summary-token-unset = nicht gesetzt (stattdessen läuft die Konsole)
summary-token-set = gesetzt (verborgen)
summary-dev-guild = Entwicklungsserver
summary-api-origin = Ursprung der Discord-API

## A chart with nobody on it, and a subject chosen twice
chart-board-empty = Noch niemand auf der Rangliste
error-subject-one = Wähl eines davon: rep, team oder everyone.

## The database, as the shell reports it (opening, backups, restores, migrate-db)
shell-store-not-dealbell = { $database } ist keine Dealbell-Datenbank: { $why ->
        [other-tables] sie enthält andere Tabellen ({ $detail })
       *[not-sqlite] sie ist keine SQLite-Datenbank ({ $detail })
    }. Nichts wurde geändert; richte --db (oder DEALBELL_DATABASE_URL) auf eine Dealbell-Datenbank oder eine neue, leere.
shell-store-newer = { $database } wurde von einem neueren Dealbell geschrieben (Schemaversion { $version }); dieses kann sie nicht sicher lesen. Nichts wurde geändert; starte das neuere Dealbell oder stell eine Sicherung wieder her.
shell-store-cannot-write = Die Datenbank kann nicht beschrieben werden: { $why ->
        [disk-full] die Festplatte ist voll
       *[read-only] sie ist schreibgeschützt
    }. Nichts wurde gespeichert.
shell-store-folder = der Datenbankordner { $path } kann nicht angelegt werden: { $why }
shell-store-lock = { $path } kann während der Prüfung der Datenbank nicht gesperrt werden: { $why }
shell-backup-postgres = eine PostgreSQL-Datenbank sicherst du mit den Werkzeugen des Servers (pg_dump oder Snapshots des Hosts), nicht mit Dealbell
shell-backup-exists = { $path } gibt es schon; nenn eine neue Datei
shell-backup-not-a-file = { $path } ist keine Datei
shell-backup-empty = { $path } ist leer
shell-backup-failed = { $step ->
        [sync] beim Schreiben der Sicherung auf die Platte
        [keep-current] beim Aufbewahren der jetzigen Datenbank
       *[copy-in] beim Einspielen der Sicherung
    }: { $why }
shell-copy-wrong-way = migrate-db kopiert aus einer SQLite-Datenbank in eine PostgreSQL-Datenbank
shell-copy-not-empty = die Zieldatenbank ist nicht leer ({ $table } hat { $rows } Zeilen); migrate-db füllt nur eine leere Datenbank, damit dort nichts überschrieben oder vermischt wird. Richte --to auf eine neue Datenbank
shell-copy-mismatch = die Kopie stimmt nicht mit dem Original überein ({ $detail }); ins Ziel wurde nichts geschrieben

## The live page's plain answers (in the browser's language), and serving it
web-not-found = Nicht gefunden
web-too-many-requests = Zu viele Anfragen von dieser Adresse; versuch es in einer Minute noch einmal.
shell-live-page-cannot-serve = die Live-Seite kann nicht auf { $address } laufen (web.listen): { $why }

## The backtest's table (dealbell backtest)
backtest-month = Monat
backtest-won = gewonnen ({ $currency })
backtest-weighted = gewichtete Pipeline
backtest-error = Fehler
backtest-win-rate = Pipeline × Abschlussquote
backtest-last-month = Vormonat
backtest-expected = erwartete Deals
backtest-cycle = mittlerer Zyklus (Tage)
backtest-mean-absolute = mittlerer absoluter Fehler
backtest-mean-signed = mittlerer Fehler mit Vorzeichen (Verzerrung)

## Discord's interaction that cannot be read as a command
discord-not-in-server = Dealbell arbeitet auf Servern, nicht in Direktnachrichten.
discord-file-too-large = { $file } hat { $size } Bytes; die Grenze liegt bei { $limit }. Teil die Datei und schick die Teile.
discord-download-failed = Ich konnte { $file } nicht herunterladen: { $why }
discord-download-missing = Discord hat { $file } nicht mitgeschickt; häng die Datei noch einmal an.
discord-rep-twice = Nenn den Vertriebler nur einmal: { $option } (ein Chat-Nutzer) oder { $option }_name (ein Name), nicht beides.

## Nothing to undo
error-nothing-to-undo = Du hast in den letzten { $minutes } Minuten nichts geändert, was sich rückgängig machen ließe.
error-nothing-to-undo-hint = Ältere Änderungen korrigierst du mit /deal edit, /deal stage, /deal lost oder /activity remove.

## Why a post could not be delivered
post-error-bad-destination = { $place } ist kein Ort, an dem ich posten kann
post-error-refused = Discord hat den Beitrag abgelehnt: { $why }

## Names Dealbell gives data: a forgotten member, a CRM deal without an account
privacy-former-member = ehemaliges Mitglied { $number }
crm-no-account = (kein Kunde)
shell-discord-wrong-gateway = serenity hat das Gateway { $chosen } statt { $expected } gewählt

## The command line's help (dealbell --help): each command and option
cli = Ein Chat-Bot für Vertriebsteams: Abschlüsse erfassen, Ranglisten, Quoten und mehr.
cli--config = Einstellungsdatei (Vorgabe: config/dealbell.toml, wenn vorhanden)
cli--db = Die Datenbank: eine SQLite-Datei oder postgres://user@host/db (Vorgabe: data/dealbell.db oder DEALBELL_DATABASE_URL)
cli--memory = Eine Wegwerf-Datenbank nutzen, die beim Beenden gelöscht wird
cli--now = Die Uhr auf diese UTC-Zeit festsetzen („2026-03-10 09:00“ oder RFC 3339), statt der echten Zeit zu folgen: für Tests, Demos und Wiederholungen
cli--lang = Die Sprache dessen, was Dealbell hier ausgibt (Vorgabe: die Locale des Terminals, LC_ALL oder LANG); die Konsole fragt darin, wie ein so eingestelltes Telefon
cli-run = Den Discord-Bot starten (braucht DISCORD_TOKEN)
cli-run--shards = Nur diese Gateway-Shards betreiben, als 0-3 (mit --shard-total); mehrere Prozesse mit eigenen Bereichen teilen sich die Datenbank
cli-run--shard_total = Wie viele Shards es insgesamt gibt, über alle Prozesse
cli-console = Ein lokaler Teamkanal im Terminal: alle Befehle, ohne Discord
cli-console--script = Die Zeilen von FILE ausführen, statt von der Tastatur zu lesen
cli-console--format = Antworten als Text oder als ein JSON-Objekt pro Zeile ausgeben
cli-console--demo = Zuerst ein Wegwerf-Team mit einem Quartal Demo-Verlauf füllen
cli-console--guild = Das Team (der Server des Konsolenkanals)
cli-console--charts = Diagramme (chart:true, geplante Beiträge) als PNG-Dateien in DIR speichern
cli-import = Einen CRM-Export in ein Team importieren
cli-import--kind = Was die Datei enthält: deals oder teams
cli-import--file = Die CSV-Datei
cli-import--guild = Team, in das importiert wird: eine Discord-Server-ID oder der Name eines Konsolen-Teams
cli-import--currency = Währung von Beträgen ohne eigene (Vorgabe: die des Teams)
cli-import--team_by = Teams: die Spalte, die jedes Team benennt (manager, office oder team)
cli-docs = Markdown- oder Textdokumente zur /ask-Bibliothek eines Teams hinzufügen (eine Datei mit gleichem Titel ersetzt die vorhandene)
cli-docs-add = Dokumente hinzufügen (oder ersetzen): dealbell docs add FILE... [--guild NAME]
cli-docs-add--files = Die Dokumente (.md oder .txt)
cli-docs-add--guild = Team: eine Discord-Server-ID oder der Name eines Konsolen-Teams
cli-backtest = Einen CRM-Export Monat für Monat nachspielen und zeigen, wie gut jede Prognosemethode war
cli-backtest--file = Der Deal-Export des CRM (CSV)
cli-backtest--products = Listenpreise der Produkte (product, series, sales_price); Vorgabe: products.csv neben FILE
cli-backtest--currency = Währung der Beträge im Export
cli-eval-ask = Wie gut /ask einen Fragensatz beantwortet, je Sprache (für die Entwickler von Dealbell): DIR enthält docs/ und questions.json oder questions.tsv
cli-eval-ask--dir = Der Ordner des Fragensatzes (Vorgabe: der des Projekts, tests/ask_eval)
cli-eval-ask--explain = Für jeden Fehlgriff ausgeben, wie die Wörter der Frage gewichtet sind und was vorne lag
cli-check-config = Die Einstellungen prüfen und ausgeben (das Token nur als gesetzt oder nicht)
cli-export = Eine CSV schreiben wie /export (UTF-8 mit BOM): Deals (im Format, das `import deals` liest), eine Rangliste, Quoten oder Aktivitäten
cli-export--kind = Was exportiert wird: deals, leaderboard, quota oder activities
cli-export--guild = Team: eine Discord-Server-ID oder der Name eines Konsolen-Teams
cli-export--period = Für Rangliste, Quoten oder Aktivitäten: welcher Zeitraum, wie im Chat (month, last_quarter, year, 2026-03, ...; Vorgabe: dieser Monat)
cli-export--metric = Für eine Rangliste: wonach sie ordnet (revenue, deals, ...; Vorgabe revenue)
cli-export--output = In FILE schreiben statt auf die Standardausgabe
cli-backup = Eine konsistente Kopie der Datenbank nach FILE schreiben (sicher, während der Bot läuft)
cli-backup--file = Die neue Sicherungsdatei (sie darf noch nicht existieren)
cli-restore = Die Sicherung FILE an die Stelle der Datenbank setzen (vorher Dealbell stoppen); die bisherige Datenbank bleibt daneben erhalten
cli-restore--file = Die Sicherung, die zurückgespielt wird
cli-migrate-db = Die ganze Geschichte jedes Teams aus einer SQLite-Datenbank in eine leere PostgreSQL-Datenbank kopieren und Zeilenzahlen und Geldsummen je Team prüfen (vorher Dealbell stoppen)
cli-migrate-db--from = Die SQLite-Datenbank: ein Pfad oder sqlite://pfad
cli-migrate-db--to = Die PostgreSQL-Datenbank: postgres://user@host/database
cli-invite-url = Den Link ausgeben, der den Bot mit den nötigen Berechtigungen auf einen Server einlädt
cli-invite-url--app_id = Die Anwendungs-ID (Vorgabe: mit dem eingestellten Token bei Discord erfragt)

## A backup into a folder that is not there
shell-backup-no-folder = den Ordner { $path } gibt es nicht; leg ihn zuerst an oder nenn einen anderen

## Examples of a contest's target, as typed in each language
contest-example-percent-of-quota = target:120%
contest-example-amount = target:50k
contest-example-win-rate = target:40%
contest-example-deals = target:"10 Abschlüsse"
contest-example-activities = target:"25 Aktivitäten"

## A combined post lists so many wins, then counts the rest
burst-more = { $count ->
        [one] …und { $count } weiterer Abschluss
       *[other] …und { $count } weitere Abschlüsse
    }
