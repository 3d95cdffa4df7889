# Słowa Dealbella po polsku. Zwracamy się na „ty” (jak sam Discord). Zob. glossary.md.

## /language

language-title = Twój język
language-chosen = Jeśli twoja aplikacja Discord jest ustawiona na język, którego Dealbell nie obsługuje, odpowiedzi dostaniesz w języku: { $language }.
language-automatic = Dealbell odpowiada ci w języku twojej aplikacji Discord, jeśli go obsługuje, a w przeciwnym razie w języku zespołu ({ $language }).
language-current = Teraz Dealbell odpowiada ci w języku: { $language }.

## Wins

# Bez czasownika w czasie przeszłym: „wygrał/wygrała” zależy od płci handlowca.
win-title = 🎉 Wygrana: { $rep } — { $customer }!

## Karta transakcji

amount-not-set = nie podano
deal-customer = Klient
deal-amount = Kwota
deal-stage = Etap
deal-owner = Opiekun
deal-product = Produkt
deal-expected-close = Planowane zamknięcie
deal-won-on = Wygrana dnia
deal-lost-on = Przegrana dnia
deal-lost-because = Powód przegranej
deal-note = Notatka: { $note }
deal-counted-as = Liczona jako { $counted }: { $amount } po kursie { $rate } z jej dnia.
deal-recorded-until-closed = Zapisana w { $currency }, jak podano; po zamknięciu liczy się w { $team } po kursie z dnia zamknięcia (/rates list).
deal-recorded-without-rate = Zapisana w { $currency }, jak podano; bez kursu { $currency } z jej dnia rankingi liczą tę transakcję, ale nie jej kwotę (menedżer ustawia kurs: /rates set rate:"{ $currency } …").
deal-footer = Transakcja nr { $number }

## Counts

deals-count =
    { $count ->
        [one] { $count } transakcja
        [few] { $count } transakcje
        [many] { $count } transakcji
       *[other] { $count } transakcji
    }

## Liczby i okresy

percent = { $number }%
period-week = tydzień od { $start }
period-quarter = Q{ $quarter } roku obrotowego { $years } ({ $from } – { $to } { $year })
period-fiscal-year = rok obrotowy { $years }
period-custom = { $from } – { $to }
footer-period = { $period } · { $timezone }

## Przyciski

button-undo = Cofnij
button-apply-import = Zastosuj import
button-cancel = Anuluj
button-accept = Przyjmij
button-decline = Odrzuć
# The console has no buttons: what to type instead.
button-instead-apply = uruchom to samo polecenie z confirm:true
button-instead-cancel = nic nie rób

## Rankingi

metric-revenue = Wygrany przychód
metric-deals = Wygrane transakcje
metric-attainment = Realizacja planu
metric-win_rate = Skuteczność
metric-activities = Zapisane aktywności
metric-avg_deal = Średnia wartość transakcji
board-of-teams = zespoły
board-heading = { $metric } — { $period }
board-heading-scoped = { $metric } · { $scope } — { $period }
board-won = wygrane: { $count }
board-closed = zamknięte: { $count }
board-of-amount = z { $amount }
activities-count =
    { $count ->
        [one] { $count } aktywność
        [few] { $count } aktywności
        [many] { $count } aktywności
       *[other] { $count } aktywności
    }
board-movement-new = nowy
board-not-on-yet = Nie ma cię jeszcze w tym rankingu.
board-footer = { $period } · { $timezone } · zmiana od: { $previous }
board-empty = Nikogo jeszcze nie ma w rankingu za okres: { $period }. { $nudge }
board-empty-no-teams = Nie ma jeszcze zespołów: zaimportuj je przez /import kind:teams, potem połącz handlowców przez /team link.
board-empty-activities = Zapisz pierwszą: /activity log kind:call count:5
board-empty-attainment = Plany sprzedaży ustala kierownik przez /quota set.
board-empty-win-rate = Handlowiec potrzebuje { $count } zamkniętych transakcji, żeby trafić do rankingu.
board-empty-be-first = Otwórz ranking pierwszą wygraną: /win amount:… customer:…
board-attainment-private = Plany sprzedaży są tu prywatne, więc realizacja planu nie trafia na kanał. Kierownicy widzą ją przez /leaderboard metric:attainment; każdy handlowiec widzi swoją.
board-own-attainment = Plany sprzedaży są tu prywatne: widzisz swoją realizację, kierownicy widzą wszystkich.
board-other-currencies =
    Wygrane transakcje w innych walutach ({ $count }) nie są doliczone do przychodu w { $currency } (brak kursu na ich dzień: /rates set).

## /quota check

quota-heading = { $name } — { $period }
quota-attainment = { $bar } { $percent } z { $quota }
quota-pace-behind = Wygrane: { $won }; przy równym tempie do dziś byłoby { $expected } — brakuje { $gap }.
quota-pace-ahead = Wygrane: { $won }; przy równym tempie do dziś byłoby { $expected } — jesteś { $gap } do przodu.
quota-pace-even = Wygrane: { $won }; przy równym tempie do dziś byłoby { $expected } — dokładnie w tempie.
quota-reached = Plan zrealizowany 🎉 ({ $over } ponad plan).
quota-to-go = Zostało: { $remaining } — { $per_week } tygodniowo przez pozostałe dni robocze ({ $days }).
quota-to-go-no-days = Zostało: { $remaining }, a w tym okresie nie ma już dni roboczych.
quota-projected = W tym tempie: { $projected } ({ $percent }) na koniec okresu.
quota-too-early =
    Za wcześnie na prognozę: potrzeba { $needed } dni roboczych okresu, a { $days ->
        [one] minął { $days }
        [few] minęły { $days }
        [many] minęło { $days }
       *[other] minęło { $days }
    }.
quota-other-currencies =
    Wygrane transakcje w innych walutach ({ $count }) nie są liczone do tego planu w { $currency } (brak kursu na ich dzień: /rates set).
quota-chart-summary = { $percent } z { $quota } · wygrane { $won }
quota-chart-to-go = { $per_week } tygodniowo do celu · dni robocze do końca: { $days }
quota-chart-days-left = dni robocze do końca: { $days }
quota-none = { $name } nie ma planu sprzedaży na { $which }.
quota-none-any = ten miesiąc, kwartał ani rok
quota-none-hint = Kierownik może go ustalić: /quota set amount:… period:month rep:@…
quota-choice-month = ten miesiąc
quota-choice-quarter = ten kwartał
quota-choice-year = ten rok obrotowy
quota-choice-last_month = poprzedni miesiąc
quota-choice-last_quarter = poprzedni kwartał
quota-choice-last_year = poprzedni rok obrotowy

## /comp estimate

comp-title = 💶 Szacunek prowizji — { $name } — { $period }
comp-won-revenue = Wygrany przychód
comp-quota = Plan sprzedaży
comp-attainment = Realizacja
comp-estimated = Szacowana prowizja
comp-line = { $working } = { $amount }
comp-next = Dalej: { $step }.
comp-what-if = A gdyby: zamknięcie { $amount } teraz dodaje około { $adds } (razem { $total }).
comp-footer = Szacunek według planu w systemie ({ $plan }, wersja { $version }), nie rozliczenie wynagrodzenia.
rate-percent = { $number }%
comp-rate-percent = { $percent } przychodu
comp-rate-multiple = { $multiple }× stawki docelowej
comp-tier-range = { $from }–{ $to }
comp-tier-open = od { $from }
comp-next-tier-rest = jeszcze { $amount }, a reszta da { $rate }
comp-next-tier-all = jeszcze { $amount }, a całość da { $rate }
comp-own = Część własna: { $working }
comp-team = Część zespołowa: { $working }
comp-flat = { $revenue } × { $rate }
comp-flat-share = { $revenue } × { $rate } × { $share }
comp-retroactive = całe { $revenue } × { $rate } (osiągnięty próg: { $tier })
comp-retroactive-share = całe { $revenue } × { $rate } (osiągnięty próg: { $tier }) × { $share }
comp-band = { $revenue } w przedziale { $tier } × { $rate }
comp-band-share = { $revenue } w przedziale { $tier } × { $rate } × { $share }
comp-below-threshold = poniżej progu { $threshold } ({ $attainment } twojego planu): na razie bez prowizji
comp-below-threshold-split = poniżej progu { $threshold } ({ $attainment } twojego planu): na razie bez prowizji, także bez części zespołowej
comp-cap = limit { $cap }
comp-spiff = SPIFF „{ $name }”: transakcja #{ $number }
comp-clawback = zwrot prowizji: transakcja #{ $number } ({ $amount }) przegrana w ciągu { $days } dni
comp-next-threshold = jeszcze { $amount } do progu { $threshold }
comp-note-nothing-won = Na ten okres nie ma planu sprzedaży i nic nie wygrano.
comp-note-no-team-quota = Zespół nie ma planu sprzedaży, więc część zespołowa liczy się według twojej realizacji.

## Błędy

error-no-deal = Na tym serwerze nie ma transakcji #{ $number }.
error-no-deal-hint = Swoje transakcje zobaczysz przez /deal list.
error-no-schedule = Nie ma harmonogramu #{ $number }.
error-no-schedule-hint = Wszystkie zobaczysz przez /schedule list.
error-no-activity = Nie ma aktywności #{ $number }.
error-no-activity-hint = Numery zobaczysz przez /activity list.
error-no-document = Nie ma dokumentu #{ $number }.
error-no-document-hint = Wszystkie zobaczysz przez /docs list.
error-no-alert = Nie ma alertu #{ $number }.
error-no-alert-hint = Otwarte zobaczysz przez /alerts list.
error-no-alert-rule = Nie ma reguły alertu „{ $name }”.
error-no-alert-rule-hint = Wszystkie zobaczysz przez /alerts rules.
error-no-contest = Nie ma konkursu „{ $name }”.
error-no-contest-hint = Wszystkie zobaczysz przez /contest list.
error-no-team = Nie ma zespołu „{ $name }”.
error-no-team-hint = Zespoły zobaczysz przez /team list.
error-no-rep = Nie ma tu handlowca „{ $name }”.
error-no-rep-hint = Podaj imię handlowca tak, jak pokazuje je /team list, albo oznacz użytkownika czatu (@imię).
error-no-crm-rep = Nie ma handlowca „{ $name }”.
error-no-crm-rep-hint = Handlowców z CRM zobaczysz przez /team list.
error-no-stage = Nie ma etapu „{ $name }”.
error-no-stage-hint = Etapy: { $stages }.
error-cannot-write = Nie można zapisać bazy danych: { $why ->
        [disk-full] dysk jest pełny
        [read-only] jest tylko do odczytu
       *[other] dysk uległ awarii
    }. Nic nie zostało zapisane.
error-cannot-write-hint = Spróbuj ponownie, gdy administrator zwolni miejsce lub naprawi dysk (numer zgłoszenia { $reference }).
error-internal = Coś poszło nie tak po naszej stronie (numer zgłoszenia { $reference }).
error-internal-hint = Nic nie zostało zapisane w połowie. Spróbuj ponownie; jeśli to się powtarza, podaj administratorowi numer zgłoszenia.

## Etapy (nazwy domyślne; własne nazwy zespołu zostają bez zmian)

stage-prospecting = Poszukiwanie
stage-qualified = Kwalifikacja
stage-proposal = Oferta
stage-negotiation = Negocjacje
stage-won = Wygrana
stage-lost = Przegrana

## Wieści o wygranej
# Czas teraźniejszy (obejmuje, awansuje): bez rodzaju gramatycznego.

win-this-month = w tym miesiącu
win-in-period = za { $period }
win-standing = { $rep } { $when }: { $won } — { $place }.
win-won-amount = łącznie { $amount } ({ $deals })
win-won-deals = łącznie { $deals }
win-place = { $rank }. miejsce z { $of }
win-elsewhere = (+wygrane transakcje w innych walutach: { $count }; niedoliczone, bo brak kursu na ich dzień)
win-not-counted = { $rep } { $when }: ta wygrana jest w { $currency }, a bez kursu { $currency } na { $day } nie jest doliczona do przychodu w { $team } (kierownik ustawia go przez /rates set rate:"{ $currency } …").
win-converted = { $amount } ({ $counted } po kursie { $rate })
names-two = { $a } i { $b }
names-three = { $a }, { $b } i { $c }
names-more =
    { $a }, { $b } i { $others ->
        [one] { $others } inna osoba
        [few] { $others } inne osoby
       *[other] { $others } innych osób
    }
race-passing = , wyprzedzając { $names }
race-takes = obejmuje { $rank }. miejsce{ $passing }
race-enters = wchodzi do rankingu na { $rank }. miejsce{ $passing }
race-moves-up = awansuje na { $rank }. miejsce{ $passing }
race-pulls-ahead = odskakuje na { $rank }. miejscu{ $passing }
race-holds = utrzymuje { $rank }. miejsce
race-behind = { $gap } straty do { $names } ({ $rank }. miejsce)
race-level = ex aequo z { $names }
race-ahead = { $gap } przewagi nad { $names }
milestone-first-win = 🌱 pierwsza wygrana w historii!
milestone-first-of-period = pierwsza wygrana za { $period }
milestone-quota-reached = 🎯 plan zrealizowany (100%)
milestone-quota = 🎯 { $percent } planu
milestone-biggest = 🏆 największa transakcja za { $period }
milestone-team-goal = 🏁 { $team } realizuje cel
milestone-everyone-goal = 🏁 Zespół realizuje cel
milestone-streak = 🔥 seria: { $weeks } tyg. z rzędu
duel-takes-the-lead = ⚔️ { $me } obejmuje prowadzenie w pojedynku z { $them }{ $score }
duel-stays-ahead = ⚔️ { $me } nadal prowadzi w pojedynku z { $them }{ $score }
duel-draws-level = ⚔️ { $me } wyrównuje w pojedynku z { $them }{ $score }
duel-closes-in = ⚔️ { $me } zbliża się do { $them } w pojedynku{ $score }
duel-score = : { $mine } – { $theirs }
duel-score-each = : po { $mine }
error-language-and-auto = Wybierz język albo tryb automatyczny, nie oba naraz.
error-language-and-auto-hint = Jedno z dwóch: /language set:pl albo /language auto:true.
error-attainment-period = Ranking realizacji planu obejmuje miesiąc, kwartał lub rok obrotowy (na te okresy ustala się plany).
error-attainment-period-hint = Podaj period:month, period:quarter albo period:year.
error-team-board-metric = Ranking zespołów porównuje przychód, transakcje albo aktywności.
error-team-board-metric-hint = Z by:teams podaj metric:revenue, metric:deals albo metric:activities.

## /help

help-title = Polecenia Dealbella
help-title-one = Pomoc
help-line = { $command } — { $description }
help-line-managers = { $command } — { $description } (kierownicy)
help-option-required = {"    "}{ $option }: { $description } ({ $kind }, wymagane)
help-option-optional = {"    "}{ $option }: { $description } ({ $kind }, opcjonalne)
help-option-required-managers = {"    "}{ $option }: { $description } ({ $kind }, wymagane, kierownicy)
help-option-optional-managers = {"    "}{ $option }: { $description } ({ $kind }, opcjonalne, kierownicy)
help-kind-text = tekst
help-kind-number = liczba całkowita
help-kind-boolean = true/false
help-kind-user = @użytkownik
help-kind-rep = @użytkownik albo nazwa handlowca
help-kind-channel = #kanał
help-kind-role = @&rola
help-kind-file = plik
help-details = Szczegóły jednego polecenia: /help command:deal
help-footer = Polecenia oznaczone (kierownicy) wymagają roli kierownika albo uprawnienia „Zarządzanie serwerem”.
help-no-command = Nie ma polecenia /{ $command }.
help-no-command-hint = Wpisz /help, aby zobaczyć listę.

## Zmiany transakcji

deal-added = Dodano transakcję nr { $number } — { $customer }
deal-close-past = Spodziewana data zamknięcia już minęła; zmień ją przez /deal edit close:….
deal-moved = Transakcja nr { $number } przeniesiona: { $from } → { $to }
deal-marked-lost = Transakcja nr { $number } oznaczona jako przegrana
deal-lost-tip = Wskazówka: powód (reason:cena, termin, konkurencja…) pomaga zespołowi wyciągnąć wnioski.
deal-updated = Transakcja nr { $number } zmieniona: { $fields }
deal-undone-removed = Cofnięto: transakcja nr { $number } została usunięta
deal-undone-taken-back = { $customer } — { $amount } cofnięto.
deal-undone-taken-back-unnamed = Transakcję cofnięto.
deal-undone =
    Cofnięto { $action ->
        [create] dodanie
        [stage] zmianę etapu
        [won] wygraną
        [lost] przegraną
        [forecast] kategorię prognozy
        [import] import
        [convert] przeliczenie waluty
        [undo] cofnięcie
       *[other] zmianę
    } transakcji nr { $number }

## Aktywności

activity-logged = Zapisano: { $activities }
activity-today = Dziś: { $activities }.
activity-week = W tym tygodniu: { $activities }.
activity-kind-call =
    { $count ->
        [one] { $count } telefon
        [few] { $count } telefony
       *[other] { $count } telefonów
    }
activity-kind-email =
    { $count ->
        [one] { $count } e-mail
        [few] { $count } e-maile
       *[other] { $count } e-maili
    }
activity-kind-meeting =
    { $count ->
        [one] { $count } spotkanie
        [few] { $count } spotkania
       *[other] { $count } spotkań
    }
activity-kind-demo =
    { $count ->
        [one] { $count } prezentacja
        [few] { $count } prezentacje
       *[other] { $count } prezentacji
    }
activity-kind-proposal =
    { $count ->
        [one] { $count } oferta
        [few] { $count } oferty
       *[other] { $count } ofert
    }

## Posty zaplanowane

scheduled-final-standings = 🏆 { $metric } — wyniki końcowe, { $period }
scheduled-nothing-yet = Za { $period } nic jeszcze nie wygrano: tak zakończył się okres { $previous }.
scheduled-quota-title = 🎯 Realizacja planów — { $day }
scheduled-no-team-quotas = Nie ustalono planów zespołowych. Kierownik może je ustalić: /quota set everyone:true amount:… period:month
scheduled-footer = { $timezone } · harmonogram nr { $number }
scheduled-digest-title = 📬 Podsumowanie — { $board }
progress-everyone = Wszyscy
progress-line = { $name } · { $period }: { $bar } { $percent } { $of } — { $standing }
progress-of-quota = planu
progress-of = z { $amount }
progress-reached = zrealizowany 🎉
progress-behind = poniżej tempa
progress-on-pace = w tempie lub przed nim
progress-behind-by = { $amount } poniżej tempa
progress-ahead-by = { $amount } przed tempem
digest-level = 🏎 Remis: { $chaser } i { $ahead } dzielą { $place }. miejsce
digest-within-reach = 🏎 { $chaser } jest o krok od { $ahead } w walce o { $place }. miejsce
digest-behind = 🏎 { $chaser } traci { $gap } do { $ahead } w walce o { $place }. miejsce
digest-moved-most =
    🚀 Największy awans tygodnia: { $rep }, o { $places ->
        [one] { $places } miejsce
        [few] { $places } miejsca
       *[other] { $places } miejsc
    } na { $rank }. pozycję
digest-most-improved = 📈 Największa poprawa względem okresu { $period }: { $rep }
digest-most-improved-by = 📈 Największa poprawa względem okresu { $period }: { $rep } (+{ $gain } w tych samych dniach)

## Przypomnienia

nudge-inactive-title = 👋 { $rep }, coś do zapisania?
nudge-inactive = Nic nie zapisano od { $days } dni roboczych (ostatnio { $day }).
nudge-inactive-how = /win, /deal add albo /activity log utrzymują twoje liczby na bieżąco.
nudge-behind-title = 📈 { $rep }, okres { $period } potrzebuje przyspieszenia
nudge-behind = Jesteś poniżej tempa swojego planu, a zostało { $days } dni roboczych. /quota check pokaże, jak stoisz (widzisz to tylko ty).
nudge-check-in = 👋 Jak idzie?
nudge-footer = Wyłączysz je przez /nudges off, albo /away until:… na czas nieobecności.
deal-show-title = Transakcja nr { $number } — { $customer }
deal-amount-hidden = ukryta (ten zespół pokazuje kwoty tylko handlowcowi i kierownikom)

## Listy transakcji i ustalone plany

deal-list-yours =
    { $status ->
        [open] Twoje otwarte transakcje
        [won] Twoje wygrane transakcje
        [lost] Twoje przegrane transakcje
        [closed] Twoje zamknięte transakcje
       *[other] Twoje transakcje
    }
deal-list-of =
    { $status ->
        [open] Otwarte transakcje: { $rep }
        [won] Wygrane transakcje: { $rep }
        [lost] Przegrane transakcje: { $rep }
        [closed] Zamknięte transakcje: { $rep }
       *[other] Transakcje: { $rep }
    }
deal-list-none = Brak pasujących transakcji. Dodaj jedną przez /deal add customer:… amount:…
deal-list-closes = zamknięcie { $day }
deal-list-closed =
    { $outcome ->
        [won] wygrana
       *[other] przegrana
    } { $day }
deal-list-more = …i więcej. Pokazano pierwsze { $count }; zawęź przez status, stage albo period.
deal-list-open-total = Pokazany otwarty lejek
quota-set = Plan ustalony: { $name } — { $amount } na { $period }
quota-set-same = Tyle już wynosił.
quota-set-was = Wcześniej: { $amount }.

## Discord's menu
discord-rep-name-option = Albo handlowiec po nazwisku (także z CRM); zamiast { $option }

## Contests
contest-proration-working = % planów każdego handlowca, proporcjonalnie do dni roboczych konkursu ({ $days })
contest-proration-calendar = % planów każdego handlowca, proporcjonalnie do dni kalendarzowych konkursu ({ $days }; nie ma w nim dni roboczych)
contest-of-quota = { $percent } planu
contest-ranks = { $metric } · { $who }
contest-ranks-of-quota = { $metric } jako % planu · { $who }
contest-who-teams = zespół na zespół
contest-who-team = handlowcy zespołu { $team }
contest-who-everyone = wszyscy handlowcy
contest-dates = { $start } – { $end }
contest-start-title = 🏁 { $name } — start!
contest-target-said = 🎯 Wygrywa każdy, kto osiągnie { $target }.
contest-target-unsaid = 🎯 Wygrywa każdy, kto osiągnie cel (każdy handlowiec widzi go przez /contest list).
contest-prize = 🎁 Nagroda: { $prize }
contest-start-footer = Wyniki w każdej chwili: /contest standings name:{ $name }
contest-standings-title = 🏁 { $name } — wyniki
contest-day-of = Dzień { $day } z { $days } · { $ranks }
contest-target-so-far-said = 🎯 Cel { $target }: osiągnięty do tej pory przez { $count }.
contest-target-so-far-unsaid = 🎯 Cel: osiągnięty do tej pory przez { $count }.
contest-no-scores = Jeszcze bez wyników: pierwsza wygrana obejmuje prowadzenie.
contest-percent-private = Procenty pozostają prywatne, dopóki plany są prywatne, a kwoty widoczne.
contest-ends = Koniec: { $day }
contest-several-title = 🏁 Trwające konkursy: { $count }
contest-several-footer = Jeden w całości: /contest standings name:…
contest-results-title = 🏆 { $name } — wyniki końcowe
contest-nobody-won = Tym razem nikt nie wygrywa.
contest-reached-said = 🎯 Cel osiągnięty ({ $target }): { $names }
contest-reached = 🎯 Cel osiągnięty: { $names }
contest-winner = 🥇 Zwycięstwo: { $name }
contest-winner-with = 🥇 Zwycięstwo: { $name } ({ $score })
contest-tied = 🥇 Ex aequo 1. miejsce: { $names }
contest-tied-with = 🥇 Ex aequo 1. miejsce ({ $score }): { $names }
contest-created = Konkurs „{ $name }” utworzony
contest-starts-now = Startuje teraz: ogłoszenie w { $channel }.
contest-starts-on = Startuje { $day }: ogłoszenie w { $channel } tego dnia rano.
contest-standings-when = Wyniki są publikowane: { $schedule }.
contest-results-when = Wyniki końcowe pojawią się rano po dniu { $day }.
contest-list-title = Konkursy
contest-list-empty = Jeszcze żadnego. Menedżerowie zaczynają konkurs przez /contest create name:… end:…
contest-when-scheduled = start { $day }
contest-when-running = trwa, koniec { $day }
contest-when-ended = zakończony { $day }
contest-when-cancelled = odwołany
contest-list-line = • **{ $name }** — { $metric } · { $when }
contest-list-line-target = • **{ $name }** — { $metric } · cel { $target } · { $when }
contest-ended = { $name } — koniec
contest-results-posted = Wyniki są w { $channel }.
contest-cancelled-post = 🚫 { $name } — odwołany
contest-cancelled-post-line = Wyników nie będzie. Dzięki za grę!
contest-cancelled = { $name } — odwołany
contest-name-free = Nazwa jest znów wolna.

## Contests: refusals
error-contest-target = target: „{ $text }” to nie { $wants ->
        [percent-range] procent od 1 do 1000
        [percent] procent
        [amount] kwota
       *[count] liczba całkowita większa od 0
    }.
error-contest-target-hint = Na przykład { $example }
error-contest-target-unit = target: „{ $text }” liczy „{ $unit }”, a ten konkurs ocenia „{ $metric }”.
error-contest-target-unit-hint = Podaj oba tak samo: metric:{ $key } target:"{ $text }" albo { $example }.
error-contest-target-currency = target jest w { $given }, a zespół liczy przychód w { $team }.
error-contest-target-currency-hint = Podaj go w { $team }.
error-contest-name = Konkurs potrzebuje nazwy od 1 do 60 znaków.
error-contest-name-hint = Na przykład name:"Marcowe szaleństwo".
error-contest-channel = Gdzie ogłosić konkurs?
error-contest-channel-hint = Dodaj channel:#sales (albo ustaw /setup wins_channel:…).
error-contest-name-taken = Konkurs „{ $name }” już istnieje.
error-contest-name-taken-hint = Wybierz inną nazwę albo zobacz listę przez /contest list.
error-contest-attainment = Konkursy oceniają realizację planu przez sposób punktacji.
error-contest-attainment-hint = Użyj metric:revenue scoring:percent_of_quota.
error-contest-percent-metric = percent_of_quota mierzy przychód handlowców względem ich własnych planów.
error-contest-percent-metric-hint = Używaj go z metric:revenue i bez by:teams.
error-contest-percent-private = Konkurs w % planu publikuje na kanale procent każdego handlowca; przy kwotach ogłoszonych wygranych każdy mógłby wyliczyć jego plan, a plany są tu prywatne.
error-contest-percent-private-hint = Najpierw udostępnij plany (/setup quota_visibility:team) albo ukryj kwoty w publicznych postach (/setup amounts:hidden), albo użyj scoring:total.
error-contest-team-metric = Konkurs zespołów sumuje wyniki handlowców.
error-contest-team-metric-hint = Użyj metric:revenue, deals albo activities z by:teams.
error-contest-over = Ten konkurs byłby już zakończony.
error-contest-over-hint = Podaj koniec dziś lub później.
error-contest-ends-before = Konkurs kończy się, zanim się zacznie.
error-contest-ends-before-hint = Podaj koniec w dniu startu lub później.
error-contest-too-long = Konkurs trwa najwyżej rok.
error-contest-too-long-hint = Wybierz krótszy okres.
error-contest-too-far-back = Konkurs może zacząć się najwyżej { $days } dni wstecz.
error-contest-too-far-back-hint = Wybierz późniejszy start.
error-contest-none-running = Żaden konkurs teraz nie trwa.
error-contest-none-running-hint = Wszystkie zobaczysz przez /contest list; menedżerowie zaczynają konkurs przez /contest create.
error-contest-not-running = { $name } teraz nie trwa.
error-contest-not-running-hint = Zakończyć można tylko trwający konkurs; taki, który się nie zaczął, odwołasz przez /contest cancel.
error-contest-already-ended = { $name } już się zakończył.
error-contest-already-ended-hint = Jego wyniki pozostają.

## Duels
duel-result-title = ⚔️ Pojedynek: { $a } kontra { $b } — { $verdict }
duel-result-wins = 🥇 { $name } wygrywa!
duel-result-draw = 🤝 Remis.
duel-result-over = { $metric }, dni: { $days }.
duel-result-scores = { $metric }, dni: { $days }: { $a } { $a_score } · { $b } { $b_score }
duel-challenge-title = ⚔️ { $challenger } wyzywa { $opponent } na pojedynek
duel-challenge-what = { $metric }, dni: { $days }, od dnia przyjęcia wyzwania.
duel-challenge-answer = { $mention }, przyjmij albo odrzuć w ciągu { $hours } godzin (/duel accept albo /duel decline).
duel-declined = { $b } odrzuca pojedynek z { $a }
duel-declined-line = Może następnym razem.
duel-on = ⚔️ Pojedynek trwa: { $a } kontra { $b }
duel-on-line = { $metric } od teraz do końca dnia { $day } (wcześniejsze wygrane się nie liczą); wynik pojawi się następnego ranka.
duel-status-title = ⚔️ Twoje pojedynki
duel-what = { $metric }, dni: { $days }
duel-waiting-mine = ⏳ Wyzwanie dla { $them } ({ $what }): czeka na odpowiedź, zostało godzin: { $hours }.
duel-waiting-theirs = ⏳ { $them } wyzywa cię ({ $what }): odpowiedz przez /duel accept albo /duel decline (zostało godzin: { $hours }).
duel-you-lead = prowadzisz
duel-they-lead = prowadzi { $them }
duel-level = remis
duel-last-day = dziś ostatni dzień
duel-ends = koniec { $day } (dni po dzisiejszym: { $left })
duel-over = zakończony; wynik pojawi się dziś rano
duel-running = ⚔️ Ty kontra { $them } ({ $what }): ty { $mine } · { $them } { $theirs }, { $verdict }; { $when }.
duel-none = Żaden pojedynek nie trwa ani nie czeka.
duel-none-hint = Wyzwij kogoś z zespołu: /duel challenge rep:@… metric:deals days:7

## Duels: refusals
error-duel-yourself = Nie możesz wyzwać samego siebie.
error-duel-yourself-hint = Wyzwij kogoś z zespołu: rep:@…
error-duel-not-on-chat = { $name } nie ma jeszcze na czacie, więc nie może przyjąć wyzwania.
error-duel-not-on-chat-hint = Wyzwij kogoś, kto używa tu Dealbella.
error-duel-metric = Pojedynek sumuje wygrane albo aktywności.
error-duel-metric-hint = Użyj metric:revenue, deals albo activities.
error-duel-days = Pojedynek trwa od 1 do { $max } dni.
error-duel-days-hint = Na przykład days:7.
error-duel-already = Masz już z { $name } pojedynek, który czeka albo trwa.
error-duel-already-hint = Najpierw dokończ tamten.
error-duel-channel = Gdzie ogłosić pojedynek?
error-duel-channel-hint = Wyzwij z kanału albo ustaw go przez /setup wins_channel:….
error-duel-none-waiting = Żaden pojedynek nie czeka na twoją odpowiedź.
error-duel-none-waiting-hint = Ktoś wyzywa cię przez /duel challenge rep:@ty.
error-duel-not-yours = Tylko { $name } może odpowiedzieć na to wyzwanie.
error-duel-answered-or-expired = To wyzwanie ma już odpowiedź albo wygasło.
error-duel-answered = To wyzwanie ma już odpowiedź.

## Who may do what
error-managers-only-command = Tylko menedżerowie mogą używać { $command }.
error-managers-only-command-hint = { $role ->
        [set] Poproś kogoś z rolą menedżera albo uprawnieniem „Zarządzanie serwerem”.
       *[unset] Poproś kogoś z uprawnieniem „Zarządzanie serwerem” (rolę menedżera ustawia się przez /setup manager_role).
    }
error-managers-only-option = Tylko menedżerowie mogą używać { $option } z { $command }.
error-managers-only-option-hint = { $role ->
        [set] Poproś kogoś z rolą menedżera albo uprawnieniem „Zarządzanie serwerem”.
       *[unset] Poproś kogoś z uprawnieniem „Zarządzanie serwerem” (rolę menedżera ustawia się przez /setup manager_role).
    }
error-not-your-deal = Transakcja nr { $number } należy do: { $owner }; zmienić ją może tylko ta osoba albo menedżer.
error-not-your-deal-hint = Twoje transakcje: /deal list
error-list-deals-of-others = Tylko menedżerowie mogą wyświetlać transakcje innego handlowca.
error-list-deals-of-others-hint = Wygrane wszystkich są w /leaderboard; twoje transakcje: /deal list
error-list-activities-of-others = Tylko menedżerowie mogą wyświetlać aktywności innego handlowca.
error-list-activities-of-others-hint = Liczby wszystkich są w /leaderboard metric:activities; twoje: /activity list
error-export-of-others = Tylko menedżerowie mogą eksportować dane innego handlowca.
error-export-of-others-hint = Pomiń rep:, żeby wyeksportować swoje.
error-quota-of-others = { $what ->
        [forecast] Prognozę
       *[quota] Plan
    } innego handlowca widzą tylko menedżerowie (i członkowie zespołu, jeśli zespół udostępnia plany).
error-quota-of-others-hint = Twoje: { $what ->
        [forecast] /forecast show
       *[quota] /quota check
    }. Menedżer może udostępnić plany w zespołach przez /setup quota_visibility:team.
error-team-forecasts = Prognozy zespołów i całego serwera są dla menedżerów.
error-team-forecasts-hint = Twoja: /forecast show
error-history-open-deal = Transakcja nr { $number } to otwarty lejek osoby { $owner }; widzi ją tylko ta osoba i menedżerowie.
error-history-removed-deal = Transakcja nr { $number } została usunięta; jej historię widzą menedżerowie.
error-undo-not-yours = Cofnąć tę zmianę może tylko osoba, która ją wprowadziła.
error-import-not-yours = Zastosować albo anulować ten import może tylko menedżer, który go rozpoczął.
error-activity-not-yours = Aktywność może usunąć tylko handlowiec, który ją zapisał, albo menedżer.

## Commands and their options, as typed
error-wrong-kind = { $option } musi być typu: { $kind }.
error-no-command = Nie ma polecenia /{ $name }.
error-no-command-hint = Wpisz /help, żeby zobaczyć wszystkie polecenia.
error-needs-subcommand = /{ $command } potrzebuje jednego z: { $subcommands }.
error-needs-subcommand-hint = Na przykład: /{ $command } { $first }
error-no-subcommand = /{ $command } nie ma „{ $given }”.
error-no-subcommand-hint = Użyj jednego z: { $subcommands }.
error-takes-no-options = { $command } nie ma opcji.
error-no-option = { $command } nie ma opcji „{ $option }”.
error-no-option-hint = Jego opcje: { $options }.
error-not-a-choice = { $option } nie może być „{ $given }”.
error-not-a-choice-hint = Użyj jednego z: { $choices }.
error-too-long = { $option } jest za długie (znaków: { $length }); najwyżej { $max }.
error-out-of-range = { $option } musi { $range ->
        [between] mieścić się między { $min } a { $max }
        [at-least] wynosić co najmniej { $min }
       *[at-most] wynosić najwyżej { $max }
    }.
error-missing-option = { $command } wymaga opcji { $option }.
error-missing-option-hint = Napisz tak: { $command } { $example }
error-file-too-big = { $file } ma { $size } bajtów; { $limit ->
        [csv] import CSV może mieć
        [plan] plan prowizyjny może mieć
       *[document] dokument może mieć
    } najwyżej { $max }.
error-not-utf8 = { $file } to nie tekst UTF-8.
error-cannot-read-file = Nie udało się odczytać { $file }: { $why }.
error-cannot-read-file-hint = Sprawdź ścieżkę pliku i czy Dealbell może go odczytać, i spróbuj ponownie.
announce-busy = Na { $channel } jest teraz tłoczno: twoja wygrana pojawi się za chwilę razem z kolejnymi.
announce-failed = Zapisano, ale nie udało się ogłosić tego na { $channel }.
storage-alarm-title = ⚠ Dealbell nie może teraz niczego zapisać
storage-alarm-why = { $why ->
        [disk-full] Dysk jest pełny.
        [read-only] Baza danych jest tylko do odczytu.
       *[other] Nie można zapisać pliku bazy danych.
    } Wygrane i zmiany są odrzucane (z komunikatem), dopóki to nie zostanie naprawione; nic już zapisanego nie ginie.
storage-alarm-fix = Administrator musi zwolnić miejsce na dysku albo naprawić plik bazy danych; ta wiadomość pojawia się raz.

## Attached files
error-file-too-big-hint = { $limit ->
        [csv] Podziel eksport (według roku albo regionu) i importuj części po kolei.
        [plan] Czy to właściwy plik? Plan to krótki plik TOML.
       *[document] Podziel go na kilka dokumentów.
    }
error-not-utf8-hint = { $limit ->
        [csv] Wyeksportuj raport z CRM jako CSV (UTF-8) i dołącz plik .csv.
        [plan] Zapisz plan jako TOML w UTF-8 i dołącz go ponownie.
       *[document] Zapisz go w UTF-8 i dołącz ponownie.
    }

## Amounts, dates and rates as typed
error-in-option = { $option }: { $message }
error-amount-hint = Napisz na przykład: 12500, 12,5 tys., 1,2 mln, 12 500,50 zł, 20.000,00 EUR albo $12,500.00.
error-amount-unreadable = Nie umiem odczytać „{ $input }” jako kwoty.
error-amount-not-positive = Kwota musi być większa od zera.
error-amount-too-large = „{ $input }” to więcej, niż może mieć jedna transakcja (najwyżej { $most }). Sprawdź, czy nie ma cyfry za dużo.
error-amount-shared-symbol = „{ $input }” jest niejednoznaczne: { $symbol } oznacza { $codes }; wpisz zamiast tego kod, np. 100 { $first }.
error-amount-leading-zero = „{ $input }” jest niejednoznaczne: z zerem na początku nie wiadomo, czy to tysiące, czy części dziesiętne.
error-amount-thousands-or-decimals = „{ $input }” jest niejednoznaczne: mogą to być tysiące albo części dziesiętne. Wpisz { $whole } albo { $decimal }.
error-amount-digit-groups = „{ $input }” jest niejednoznaczne: cyfry nie są pogrupowane po trzy. Wpisz liczbę bez separatorów, np. 1234567.
error-amount-too-precise = { $code } ma miejsc po przecinku: { $exponent }, więc „{ $input }” ma ich za dużo.
error-amount-two-currencies = „{ $input }” zawiera dwie różne waluty.
error-amount-unknown-currency = Nie znam waluty „{ $input }”. Użyj kodu ISO 4217, np. EUR, USD albo PLN.
error-date-unreadable = Nie umiem odczytać „{ $input }” jako daty.
error-date-unreadable-hint = Wpisz 2026-03-31, 31.03.2026 (albo 31.3.26), dziś, wczoraj, jutro, dzień tygodnia (piątek), koniec miesiąca, koniec kwartału albo koniec roku.
error-date-out-of-range = „{ $input }” to { $date }, poza zakresem { $earliest }–{ $latest }.
error-date-out-of-range-hint = Sprawdź rok.
error-rate-hint = Podaj walutę i ile jest tu warta jej jednostka: rate:"EUR 4.30" (albo EUR=4,30).
error-rate-unreadable = rate: nie umiem odczytać „{ $input }” jako kursu.
error-rate-unknown-currency = rate: nie znam waluty „{ $input }”.
error-rate-same-currency = rate: kurs { $code } na { $code } zawsze wynosi 1.
error-rate-out-of-range = rate: kurs musi być większy od zera i najwyżej 1 000 000, z najwyżej sześcioma miejscami po przecinku.

## /setup
setup-title = Ustawienia zespołu
setup-title-updated = Ustawienia zespołu zmienione
setup-field-timezone = Strefa czasowa
setup-field-language = Język
setup-field-currency = Waluta
setup-field-fiscal-year = Rok obrachunkowy zaczyna się
setup-field-manager-role = Rola menedżera
setup-field-wins-channel = Kanał wygranych
setup-field-managers-channel = Kanał menedżerów
setup-field-quota-detail = Szczegóły planów
setup-field-charts = Wykresy w zaplanowanych postach
setup-field-nudges = Przypomnienia
setup-field-amounts = Kwoty publicznie
setup-field-working-days = Dni robocze
setup-field-stages = Etapy
setup-not-set = nie ustawiono
setup-role-not-set = nie ustawiono (liczy się „Zarządzanie serwerem”)
setup-quota-private = prywatne: handlowiec i menedżerowie
setup-quota-team = udostępnione w każdym zespole
setup-on = włączone
setup-off = wyłączone
setup-amounts-hidden = ukryte (% planu i liczby)
setup-amounts-shown = widoczne
setup-nudges-dm = wiadomością prywatną
setup-nudges-channel = wzmianka na { $channel }
setup-nudges-no-channel = wzmianka na kanale przypomnień (nie ustawiono: /setup nudges_channel:…)
setup-changed = Zmieniono: { $setting }: { $from } → { $to }
setup-currency-note = Zapisane już transakcje zachowują swoją walutę; rankingi liczą teraz przychód w { $currency }.
setup-change-any = Każde z nich zmienisz przez /setup timezone:… currency:… fiscal_year_start:… manager_role:… wins_channel:… managers_channel:… quota_visibility:… charts:… nudges:… nudges_channel:… amounts:… weekend:… country:… days_off:… language:…
setup-setting-stage = etap { $key }
setup-default-name = nazwa domyślna
setup-no-country = brak kraju
setup-weekend-off = wolne: { $weekend }
setup-holidays-of = święta państwowe: { $country }
setup-no-holidays = bez świąt państwowych (ustaw country:…)
setup-own-days-off = własne dni wolne zespołu: { $count }
setup-next-days-off = najbliższe: { $days }
setup-holidays-known-until = święta są znane do roku { $year }: późniejsze dodaj przez days_off

## /setup: refusals
error-setup-timezone = Nie znam strefy czasowej „{ $name }”.
error-setup-timezone-hint = Użyj nazwy IANA, np. Europe/Warsaw, Europe/Berlin, America/New_York albo Asia/Shanghai.
error-setup-currency = Nie znam kodu waluty „{ $code }”.
error-setup-currency-hint = Użyj kodu ISO 4217, np. PLN, EUR, USD, RON albo CNY.
error-setup-fiscal-year = fiscal_year_start musi być miesiącem od 1 do 12.
error-setup-country = Nie znam świąt państwowych kraju „{ $code }”.
error-setup-country-hint = Użyj jednego z: { $codes } (albo country:none), a inne dni wolne dodaj przez days_off:….
error-setup-stage-rename = Nie umiem odczytać „{ $text }” jako zmiany nazwy etapu.
error-setup-stage-rename-hint = Napisz klucz=Nowa nazwa, np. stage_label:proposal=Oferta. Klucze etapów: { $keys }.
error-setup-stage-taken = Inny etap nazywa się już „{ $label }”.

## The console's own words
console-posted-in = → opublikowano na { $place }:
console-edited-in = → zmieniono na { $place }:
console-lang-auto = Wiersze nie mają teraz języka: twój /language, a w przeciwnym razie język zespołu.
console-lang-set = Wiersze są teraz zadawane w języku: { $language }.
console-lang-unknown = Dealbell nie mówi w „{ $tag }”. Użyj jednego z: { $tags } albo auto.
console-lang-which = Powiedz, jaki język: :lang pl (jeden z { $tags } albo auto).
console-file-note = 📎 { $what ->
        [chart] wykres
       *[file] plik
    }: { $filename } (bajtów: { $bytes }; wykresy i pliki zapiszesz przez --charts DIR)
console-file-saved = 📊 zapisano { $what ->
        [chart] wykres
       *[file] plik
    }: { $path }
console-file-not-saved = 📊 nie udało się zapisać { $what ->
        [chart] wykresu
       *[file] pliku
    } w { $path }: { $why }
console-as-who = Powiedz, kim jesteś: :as alice (dopisz 'manager' dla roli menedżera).
console-as-unknown-word = Nie znam „{ $word }” po nazwie. Nazwę z kilku słów wpisz w cudzysłowie: :as "{ $whole }" (jedyna rola to 'manager': :as "{ $whole }" manager).
console-you-are = Jesteś: { $who }{ $role ->
        [manager] {" "}(menedżer)
       *[rep] {""}
    }.
console-too-far = To dalej, niż sięga czas Dealbella (do roku 9999); zegar zostaje bez zmian.
console-clock-now = Zegar wskazuje teraz { $time } ({ $timezone }).
console-how-far = Powiedz, o ile: :advance 30m, :advance 2h, :advance 3d albo :advance 1d6h (albo :down 8h).
console-scheduler-step = Krok harmonogramu o { $time } UTC.
console-now-in-team = Teraz w zespole { $team }.
console-which-team = Powiedz, który zespół: :guild acme
console-now-in-channel = Teraz na { $channel }.
console-which-channel = Powiedz, który kanał: :channel sales
console-no-directive = Nie ma dyrektywy :{ $name }. Wpisz :help, żeby zobaczyć listę.
console-whole-number = { $option } musi być liczbą całkowitą, np. { $option }:12 (podano „{ $text }”).
console-true-or-false = { $option } musi być true albo false.
console-a-user = { $option } musi wskazywać użytkownika, np. { $option }:@bob.
console-a-file = { $option } przyjmuje plik: { $option }:@sciezka/do/pliku.csv
console-cannot-read = Nie można odczytać { $path }: { $why }.
console-clock-real = Zegar idzie za prawdziwym czasem ({ $time } UTC).
console-not-a-time = Nie umiem odczytać „{ $text }” jako czasu. Napisz :now 2026-03-10 09:00 (czas lokalny zespołu) albo :now real.
console-time-out-of-range = Dealbell zna czas od roku 1 do 9999; wybierz czas w tym zakresie.
console-scheduler-failed = Krok harmonogramu się nie udał; zobacz log.
console-scheduled-posts = Zaplanowane posty: { $posts }.
console-not-utf8 = Ten wiersz to nie tekst UTF-8 (nieczytelny bajt po { $at } bajtach), więc został pominięty.
console-not-utf8-hint = Zapisz plik w UTF-8 i uruchom go ponownie.
console-help = Polecenia z ukośnikiem wpisuj jak w Discordzie, np. /win amount:12.5k customer:"Acme GmbH"
    Dyrektywy:
      :as NAZWA [manager]  działaj jako ktoś (manager = rola menedżera)
      :now 2026-03-10 09:00   ustaw zegar (czas lokalny zespołu); :now real, by iść za prawdziwym czasem
      :advance 2h|3d|30m   przeżyj ten czas: każdy post pojawia się o swojej porze
      :down 8h             bot jest wyłączony tak długo: skok, potem jeden krok (spóźnione albo pominięte posty)
      :tick                opublikuj to, co jest teraz do zrobienia
      :guild NAZWA         zmień zespół
      :channel NAZWA       zmień kanał
      :lang pl|auto        pytaj w danym języku, jak telefon w tym języku
      :quit
    Polecenia:
console-help-attach = Pliki dołączasz tak: file:@sciezka/do/pliku.csv

## The console: lines that do not parse
console-open-quote = Cudzysłów nie jest zamknięty. Postaw zamykający " po wartości, np. customer:"Acme GmbH".
console-not-a-command = Zacznij polecenie od / (jak /win) albo dyrektywę od : (jak :as alice). Więcej pod :help.
console-empty-value = „{ $option }” nie ma wartości. Napisz { $option }:wartość.
console-not-an-option = „{ $word }” to nie opcja. Opcje pisze się nazwa:wartość, np. customer:"Acme GmbH".
console-repeated-option = Opcja { $option } podana dwa razy.
console-quote-hint = Wartość ze spacjami wpisz w cudzysłowie: { $option }:"{ $value }"

## Forecasts
forecast-title = 🔮 Prognoza — { $name } — { $period }
forecast-everyone = Wszyscy
forecast-closed-won = Wygrane
forecast-commit = Commit (pewne)
forecast-best-case = Best case (w najlepszym razie)
forecast-open-pipeline = Otwarty lejek
forecast-weighted = Lejek ważony
forecast-run-rate = Tempo (run-rate)
forecast-no-business-day = — (jeszcze żadnego dnia roboczego)
forecast-blended = Prognoza łączona
forecast-quota = Plan
forecast-quota-not-set = nie ustawiono
forecast-projected-attainment = Przewidywana realizacja
forecast-coverage = Pokrycie lejkiem
forecast-coverage-value = { $times }× tego, co zostało
forecast-big-deal = Duża otwarta transakcja: nr { $number } { $customer } — { $amount } · { $category } { $probability }% · zamknięcie { $day }
forecast-big-deal-of = Duża otwarta transakcja: nr { $number } { $customer } — { $amount } · { $category } { $probability }% · zamknięcie { $day } · { $owner }
forecast-slipping = Opóźniona: nr { $number } { $customer } — { $amount }, termin { $day }; zaktualizuj przez /deal edit id:{ $number } close:…
forecast-undated = Otwarte transakcje bez przewidywanej daty zamknięcia (nie liczą się w żadnym okresie): { $count }.
forecast-left-out = Pominięte: otwarte transakcje w walutach bez kursu (/rates set): { $other }, bez kwoty: { $no_amount }.
forecast-footer = { $period } · { $timezone } · metody opisane w README

## /ask
ask-footer = Z dokumentów zespołu (/docs list); dopasowane słowa są pogrubione
ask-also-searched = Szukano też: { $words }
ask-not-sure = 🔎 Nie mam pewności, czy dokumenty na to odpowiadają
ask-no-document = Żaden dokument nie wspomina tych słów. Co jest dostępne, zobaczysz przez /docs list.
ask-closest-passage = Najbliższy fragment, jeśli się przyda:
ask-other-documents = Inne dokumenty, które są blisko:
ask-try-other-words = Spróbuj innych słów albo poproś menedżera o dodanie dokumentu: /docs add
ask-about-own = 🔎 O { $topic ->
        [commission] twojej prowizji
       *[quota] twoim planie
    }
ask-cannot-work-out = Nie mogę jeszcze wyliczyć { $topic ->
        [commission] twojej prowizji
       *[quota] twojego planu
    }: { $why }
ask-documents-say = Oto, co mówią dokumenty:
ask-own-numbers = To dotyczy twoich liczb, więc oto { $command } (widzisz to tylko ty):

## Forecast accuracy
error-forecast-kept-for = Prognozy są przechowywane dla miesięcy i kwartałów.
error-forecast-kept-for-hint = Wybierz miesiąc albo kwartał: period:last_month, period:last_quarter, period:month.
error-forecast-none-kept = Dla { $name } nie zapisano prognoz za { $period }.
error-forecast-none-kept-hint = Dealbell zapisuje jedną dziennie, gdy działa; zapytaj ponownie, gdy okres będzie je miał (period:month dla bieżącego).
forecast-accuracy-title = 🎯 Trafność prognoz — { $name } — { $period }
forecast-closed-so-far = Wygrane do tej pory
forecast-days-forecast = Dni z prognozą
forecast-nothing-closed = W tym okresie nic nie wygrano, więc błędów nie da się podać w procentach.
forecast-method-error = Błąd: { $method }
forecast-closest = Średnio najbliżej: { $methods } (średni błąd bezwzględny, dni: { $days }).
forecast-still-running = { $period } jeszcze trwa: błędy liczone są względem tego, co już wygrano.
forecast-accuracy-footer = { $timezone } · metody opisane w README

## Forecast methods
forecast-method-commit = Commit
forecast-method-best_case = Best case
forecast-method-weighted = Wygrane + ważone
forecast-method-run_rate = Tempo (run-rate)
forecast-method-blended = Łączona

## /docs
error-docs-file-and-text = Podaj dokument jako plik albo jako tekst, nie oba naraz.
error-docs-not-text = { $file } to nie plik Markdown ani tekstowy.
error-docs-not-text-hint = Zapisz go jako .md albo .txt (UTF-8); pliki Word i PDF nie są czytane.
error-docs-needs-title = Wklejony dokument potrzebuje tytułu.
error-docs-needs-title-hint = /docs add title:"Zasady rabatów" text:"…"
error-docs-nothing = Dołącz dokument albo go wklej.
error-docs-nothing-hint = /docs add file:playbook.md albo /docs add title:"…" text:"…"
docs-added = 📄 Dokument nr { $number } { $replaced ->
        [yes] zastąpiony
       *[no] dodany
    }: { $title }
docs-added-line = Fragmenty: { $passages }, język { $language }. /ask przeszukuje go od teraz.
docs-list-title = 📚 Dokumenty ({ $count })
docs-list-empty = Jeszcze żadnych. Menedżer dodaje dokument przez /docs add file:playbook.md
docs-list-line = nr { $number } { $title } — fragmenty: { $passages }, { $language }{ $sample ->
        [yes] {" "}· przykład
       *[no] {""}
    }
docs-list-footer = Pytaj je: /ask question:… · menedżerowie: /docs add, /docs remove
docs-removed = 🗑 Dokument nr { $number } usunięty: { $title }

## /rates
rates-set = Kurs ustawiony: 1 { $from } = { $number } { $team } od { $day }
rates-was = Dla tego dnia wynosił { $number }.
rates-converted = Wygrana w { $from } liczy się od tej pory po przeliczeniu: { $one } to { $worth }.
rates-now-count = Wygrane lub przegrane transakcje w { $from } bez kursu, które teraz się liczą: { $count }.
rates-closed-keep = Transakcje zamknięte przed { $day } zachowują liczby, z którymi zamknął się ich miesiąc.
rates-list-title = 💱 Kursy na { $team }
rates-list-empty = Jeszcze żadnych: wygrane w innych walutach liczą się jako transakcje, ale nie dodają się do przychodu w { $team }. Menedżer ustawia kurs przez /rates set rate:"EUR 4.30".
rates-list-line = 1 { $from } = { $number } { $team } od { $day }
rates-list-line-by = 1 { $from } = { $number } { $team } od { $day } (kurs ustawiony przez { $who })
rates-list-footer = Wygrana liczy się po kursie z jej dnia; późniejsza zmiana kursu nie zmienia zakończonego miesiąca.

## /privacy
error-privacy-nothing = Dealbell nie przechowuje niczego o { $name }.
error-privacy-yourself = Nie możesz tu usunąć własnych danych.
error-privacy-yourself-hint = Poproś innego menedżera, żeby zrobił to za ciebie.
privacy-preview-title = Usunąć dane osoby { $name }? Jeszcze nic nie zmieniono
privacy-preview-removed = Usunięte zostaną: imię i nazwisko, identyfikator czatu i nazwa w CRM (osoba stanie się „former member N”), notatki do aktywności, ustawienia i treść przypomnień, oczekujące przesłania oraz imię i wzmianka w ogłoszeniach zachowanych do cofnięcia.
privacy-preview-kept = Zostają, pod anonimową nazwą: transakcje (sumy zespołu dalej się zgadzają), liczby aktywności, plany i dziennik zmian. Posty opublikowane już na kanałach Discorda należą do Discorda; usuń je tam.
privacy-preview-go = Aby kontynuować: /privacy forget user:@{ $name } confirm:true
privacy-done-title = Dane osoby { $name } usunięte
privacy-done = Od teraz ta osoba występuje jako „{ $shown_as }”: zachowane transakcje: { $deals }, usunięte notatki: { $notes }, zanonimizowane ogłoszenia: { $posts }.
privacy-done-recorded = Zapisano z twoim nazwiskiem i godziną. Jeśli ta osoba wróci, zacznie jako nowy członek.

## /tv
error-tv-no-link-made = Nie udało się teraz utworzyć bezpiecznego linku. Spróbuj ponownie za chwilę.
tv-link-title = 📺 Link do strony na żywo nr { $number }
tv-link-anyone = Każdy, kto ma ten link, otworzy stronę bez logowania: wyświetl ją na ekranie w biurze albo udostępnij zespołowi. Pokazuje to, co kanały zespołu, nic więcej.
tv-link-once = Link jest pokazywany tylko ten jeden raz. Zamkniesz go na stałe przez /tv revoke link:{ $number }
tv-not-served = Strona nie jest jeszcze udostępniana: administrator serwera ustawia web.listen (i web.public_url) w ustawieniach Dealbella.
tv-list-title = 📺 Linki do strony na żywo
tv-list-empty = Jeszcze żadnego. Utwórz link: /tv link metric:revenue period:month
tv-revoked-on = unieważniony { $day }
tv-open-since = aktywny od { $day }
tv-list-footer = Adres linku jest pokazywany tylko przy jego tworzeniu.
error-tv-no-link = Nie ma aktywnego linku do strony na żywo nr { $number }.
error-tv-no-link-hint = Linki zespołu zobaczysz przez /tv list.
tv-revoked-title = 📺 Link nr { $number } unieważniony
tv-revoked-line = Strony otwarte tym linkiem przestają się odświeżać, a sam link niczego już nie otwiera.

## /nudges and /away
nudges-on-title = Przypomnienia włączone
nudges-on-line = Dealbell przypomni ci, gdy przez jakiś czas nic nie zapiszesz albo zostaniesz w tyle za tempem, w granicach ustalonych przez zespół.
nudges-off-title = Przypomnienia wyłączone
nudges-off-line = Dealbell nie będzie ci przypominać. Wygrane, rankingi i konkursy bez zmian; /nudges on przywraca przypomnienia.
nudges-status-title = Przypomnienia
nudges-yours-off = Twoje są wyłączone (/nudges on je włącza).
nudges-yours-on = Twoje są włączone (/nudges off je wyłącza).
nudges-you-away = Twoja nieobecność trwa do { $day }.
nudges-nobody-out = Nikt nie zrezygnował ani nie jest nieobecny.
nudges-member-off-away = • { $name }: przypomnienia wyłączone, nieobecność do { $day }
nudges-member-off = • { $name }: przypomnienia wyłączone
nudges-member-away = • { $name }: nieobecność do { $day }
away-welcome-back = Witaj z powrotem
away-welcome-back-line = Przypomnienia (jeśli włączone) wracają od dziś.
error-away-until = Powiedz, do kiedy cię nie będzie.
error-away-until-hint = /away until:2026-03-20 (ostatni dzień nieobecności) albo /away back:true, gdy wrócisz wcześniej.
error-away-passed = { $day } już minął.
error-away-passed-hint = Podaj ostatni dzień nieobecności, dziś lub później.
error-away-too-far = To ponad rok od dziś.
error-away-too-far-hint = Podaj ostatni dzień w ciągu roku; po powrocie możesz ustawić to ponownie.
away-title = Nieobecność do { $day }
away-line = Do tego czasu bez przypomnień, a tygodnie nieobecności nie przerywają twojej serii wygranych.
away-back-early = Wracasz wcześniej? /away back:true.

## /team
team-list-title = Zespoły
team-list-empty = Jeszcze nie ma zespołów. Menedżer może je zaimportować: /import kind:teams file:sales_teams.csv
team-in-none = Bez zespołu: { $names }
team-linked-legend = ✓ = połączony z użytkownikiem czatu. Połącz handlowca: /team link rep:"Imię Nazwisko" user:@osoba
error-team-already-linked = { $rep }: to konto już połączono z { $user }. Połączenia zostają, żeby niczyja historia nie przeniosła się przypadkiem.
team-linked = Połączono { $rep } z { $user }
team-linked-deals = Transakcje, które teraz liczą się dla tej osoby na każdym rankingu: { $deals }.
error-team-exists = Zespół „{ $name }” już istnieje.
error-team-exists-hint = Zespoły zobaczysz przez /team list; handlowców dodasz przez /team add.
team-created = Zespół „{ $name }” utworzony
team-created-line = Dodaj handlowców: /team add team:"{ $name }" rep:@…
error-team-which-rep = Powiedz, który handlowiec.
error-team-which-rep-hint = Dodaj rep:@ktoś albo rep:"Imię Nazwisko" dla handlowca z CRM.
team-added = { $rep } jest teraz w zespole { $team }
team-already-in = { $rep } jest już w zespole { $team }
team-added-line = Wygrane tej osoby liczą się w rankingach, planie i konkursach zespołu { $team }.
error-team-not-in = { $rep } nie należy do zespołu { $team }.
error-team-not-in-hint = Kto jest w którym zespole, zobaczysz przez /team list.
team-removed = { $rep } nie jest już w zespole { $team }
team-removed-line = Transakcje zostają przy tej osobie; nie liczą się już dla tego zespołu.
error-team-has-contest = { $team } ma konkurs, więc zostaje: jego wyniki nazywają ten zespół.
error-team-has-contest-hint = Zamiast tego usuń z niego handlowców przez /team remove.
team-deleted = Zespół { $team } usunięty
team-deleted-line = Jego handlowcy i ich transakcje zostają; po prostu nie są teraz w żadnym zespole (albo są w innych).

## Forecast alerts
times = { $number }×
alert-rule-attainment = Cel zagrożony
alert-rule-slipped = Transakcja po terminie
alert-rule-stale = Transakcja bez ruchu
alert-rule-coverage = Za płytki lejek
alert-rule-forecast-drop = Spadek prognozy
alert-rule-large-deal = Duża transakcja
alert-watches-attainment =
    prognozowana realizacja poniżej { $threshold }% celu, gdy do końca okresu zostaje { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } lub mniej
alert-watches-slipped-any = otwarta transakcja minęła planowaną datę zamknięcia
alert-watches-slipped =
    otwarta transakcja jest ponad { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } po planowanej dacie zamknięcia
alert-watches-stale =
    otwarta transakcja stoi bez zmian od { $days ->
        [one] { $days } dnia
       *[other] { $days } dni
    }
alert-watches-coverage = otwarty lejek jest poniżej { $times } tego, co zostało do celu
alert-watches-forecast-drop = prognoza łączona spadła o ponad { $threshold }% od poprzedniego dnia
alert-watches-large-deal = transakcja na { $amount } lub więcej zmienia etap, jest wygrana lub przegrana
alert-dm-nudges = Przypomnienia w wiadomości prywatnej dla właścicieli transakcji po terminie i bez ruchu: { $state }
alert-rules-title = 🚨 Reguły alertów
alert-rules-footer = Zmiana: /alerts set rule:stale threshold:21 · sprawdzanie: /schedule add kind:alerts
alert-rule-changed = 🚨 Reguła alertu `{ $rule }` zmieniona
alert-closed-with-rule = Zamknięte otwarte alerty tej reguły: { $count }.
alert-list-title = 🚨 Otwarte alerty ({ $count })
alert-list-empty = Nic otwartego. Alerty sprawdza harmonogram: /schedule add kind:alerts cron:"daily 08:30"
alert-list-newest = Najnowsze { $shown } z { $count }; jeśli to za dużo, podnieś próg reguły przez /alerts set.
alert-list-snoozed = {" "}· 💤 do { $day }
alert-list-line = `#{ $number }` { $rule } — { $finding } · wysłano { $times }×{ $snoozed }
alert-list-resolved = Alerty, które dziś już nie występują: { $count }; następne sprawdzenie je zamknie.
alert-list-footer = Dane na dziś · wyciszenie: /alerts snooze id:{ $number } days:7
alert-snoozed-title = 💤 Alert #{ $number } wyciszony do { $day }
alert-snoozed-how = Do tego czasu milczy; jeśli potem nadal występuje i jest gorzej niż przy ostatnim wysłaniu, przyjdzie znowu.
alert-who-team = Zespół { $name }
alert-deal = #{ $number } { $customer } ({ $owner }) — { $amount }
alert-deal-no-amount = bez kwoty
alert-found-attainment =
    { $who }: prognoza { $percent } celu za { $period } ({ $blended } z { $quota }), do końca { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    }
alert-found-coverage = { $who }: lejek { $times } na { $left } pozostałe do celu w { $period } (reguła: { $rule })
alert-found-forecast-drop = { $who }: prognoza łączona za { $period } spadła o { $percent } od ostatniego pomiaru ({ $before } → { $after })
alert-found-slipped =
    { $deal }: termin { $due }, { $days ->
        [one] { $days } dzień
       *[other] { $days } dni
    } temu
alert-found-stale =
    { $deal }, bez zmian od { $days ->
        [one] { $days } dnia
       *[other] { $days } dni
    }
alert-found-large-deal = #{ $number } { $customer } ({ $owner }) { $what } — { $amount }
alert-large-won = 🎉 wygrana
alert-large-lost = przegrana
alert-large-lost-because = przegrana ({ $reason })
alert-large-opened = otwarta na etapie { $stage }
alert-large-moved = przesunięta { $from } → { $to }
alert-post-title = 🚨 Alerty prognozy — { $day }
alert-post-line =
    `#{ $number }` **{ $rule }**{ $why ->
        [worse] {" "}· gorzej
        [back] {" "}· znowu
       *[new] {""}
    } — { $finding }
alert-post-more-of = { $count } × { $rule }
alert-post-more = …i więcej: { $count } ({ $rules }). Wszystkie: /alerts list.
alert-post-footer = { $period } · wyciszenie: /alerts snooze id:… days:7 · reguły: /alerts rules
alert-nudge-title = 👋 { $rep }, transakcja nr { $number } wymaga aktualizacji
alert-nudge = { $rule }: zaktualizuj ją, żeby prognoza była trafna.
alert-nudge-how = /deal show id:{ $number }, potem /deal edit id:{ $number } close:… albo /deal stage, /deal won, /deal lost.

## Alert refusals
error-alert-dm-nudges-say = Wskaż, czy wysyłać przypomnienia.
error-alert-dm-nudges-say-hint = /alerts set rule:dm_nudges enabled:true
error-alert-dm-nudges-only = dm_nudges można tylko włączyć lub wyłączyć: użyj enabled.
error-alert-nothing-to-change = Nie ma czego zmieniać.
error-alert-nothing-to-change-hint = Dodaj threshold, days lub enabled, np. /alerts set rule:{ $rule } threshold:…
error-alert-threshold-attainment = Próg attainment to procent celu, { $min }–{ $max }.
error-alert-threshold-slipped = Próg slipped to dni zwłoki, { $min }–{ $max }.
error-alert-threshold-stale = Próg stale to liczba dni, { $min }–{ $max }.
error-alert-threshold-coverage = Próg coverage to setne części pozostałego celu, { $min }–{ $max } (200 = 2×).
error-alert-threshold-forecast-drop = Próg forecast_drop to procent, { $min }–{ $max }.
error-alert-threshold-large-deal = Próg large_deal to pełne jednostki waluty zespołu, { $min }–{ $max }.
error-alert-days = Dni dla attainment muszą mieścić się w 0–366 (dni do końca okresu).
error-alert-no-days = { $rule } nie ma ustawienia dni; ma je tylko attainment.
error-alert-threshold-hint = Znaczenie każdej liczby: /alerts rules.

## Schedules
moment = { $day } { $time } { $zone }
post-kind-leaderboard = ranking
post-kind-quota = realizacja celu
post-kind-digest = podsumowanie
post-kind-forecast = prognoza
post-kind-alerts = alerty
schedule-board-of = { $kind } ({ $metric }, { $period })
schedule-line = #{ $number } { $what } w <#{ $channel }> — { $cron }
schedule-added = Harmonogram #{ $number } dodany
schedule-next = Następne: { $times }
schedule-next-one = następny { $time }
schedule-paused = wstrzymany
schedule-last =
    ostatnio { $time }{ $late ->
        [yes] {" "}(z opóźnieniem)
       *[no] {""}
    }: { $status }
firing-claimed = w trakcie publikacji
firing-posted = opublikowano
firing-skipped = pominięto
firing-retrying = ponawianie
firing-failed = nieudane
schedule-list-title = Harmonogramy
schedule-list-empty = Jeszcze brak. Dodaj: /schedule add kind:leaderboard cron:"weekly monday 09:00" channel:#sales
schedule-preview-title = Harmonogram #{ $number }: najbliższe pięć publikacji
schedule-preview-paused = Jest wstrzymany; tak wyglądałyby publikacje po wznowieniu.
schedule-paused-title = Harmonogram #{ $number } wstrzymany
schedule-resumed-title = Harmonogram #{ $number } wznowiony
schedule-resumed-missed = Publikacje z czasu wstrzymania nie zostaną wysłane.
schedule-removed = Harmonogram #{ $number } usunięty
schedule-early =
    Te publikacje wypadają w pierwszym dniu { $kind ->
        [week] tygodnia
        [month] miesiąca
        [quarter] kwartału
       *[other] roku
    }, gdy ledwo się zaczął: dopóki ktoś nie wygra, każda pokaże końcowe wyniki { $kind ->
        [week] poprzedniego tygodnia
        [month] poprzedniego miesiąca
        [quarter] poprzedniego kwartału
       *[other] poprzedniego roku
    }. Ranking za ten okres: period:last_{ $kind }.
schedule-sample = Gdyby publikował teraz: { $title }
schedule-posted-late = ⏰ Opublikowano z opóźnieniem: termin { $time } przypadł, gdy Dealbell był offline.
error-schedule-unreadable = Nie umiem odczytać „{ $typed }” jako harmonogramu.
error-schedule-unreadable-hint = Wpisz daily 17:30, weekdays 09:00, weekly monday 09:00, monthly 1 09:00 albo pięć pól cron, np. "0 9 * * MON" (minuta godzina dzień miesiąc dzień_tygodnia).
error-schedule-too-frequent = „{ $typed }” publikowałby częściej niż co godzinę; harmonogram może publikować najwyżej raz na godzinę.
error-schedule-never = „{ $typed }” nigdy nie nastąpi.
error-schedule-where = Wskaż, gdzie publikować.
error-schedule-where-hint = Dodaj channel:#sales (dla alertów albo ustaw kanał menedżerów przez /setup managers_channel:#…).
error-schedule-options = metric dotyczy rankingów i podsumowań; period — tych oraz prognoz i alertów.
error-schedule-alerts-period = Alerty obserwują bieżący miesiąc lub kwartał.
error-schedule-alerts-period-hint = Użyj period:month lub period:quarter.
error-schedule-already-paused = Harmonogram #{ $number } jest już wstrzymany.
error-schedule-already-running = Harmonogram #{ $number } już działa.

## Announcements sent together, taken back, or not delivered
burst-title = 🔥 Wygrane z ostatnich minut: { $count }
burst-undone = ~~{ $summary }~~ (cofnięte)
burst-footer = Ogłoszone razem: na tym kanale było wiele wygranych w ciągu { $minutes } min.
win-taken-back = ↩ Cofnięto: ta wygrana została wycofana.
post-failed-schedule-title = Harmonogram #{ $number } nie mógł opublikować
post-failed-schedule = Publikacja na { $time } w { $place } nie powiodła się (prób: { $attempts }): { $error }.
post-failed-schedule-how = Sprawdź, czy Dealbell może tam widzieć i wysyłać wiadomości, albo przenieś go: /schedule remove, potem /schedule add.
post-failed-title = Nie udało się opublikować ogłoszenia
post-failed = „{ $summary }” w { $place }: { $error }.
post-failed-how = Sprawdź, czy Dealbell może tam widzieć i wysyłać wiadomości (/setup wins_channel:… zmienia kanał).
post-failed-direct = wiadomościach prywatnych { $user }

## Leaderboard: where one more deal takes you
error-board-to-needs-from = to wymaga from.
error-board-to-needs-from-hint = Wpisz from:2026-01-01 to:2026-03-31.
board-not-on-yet-first-win = Nie ma cię jeszcze w tym rankingu: pierwsza wygrana cię do niego wprowadzi.
board-one-more-average-of = Jeszcze jedna transakcja o twojej średniej wartości ({ $amount })
board-one-more-average = Jeszcze jedna transakcja o twojej średniej wartości
board-one-more = Jeszcze jedna transakcja
board-one-more-passes = { $deal } dałaby ci miejsce #{ $rank } przed: { $names }.
board-one-more-short = { $deal } utrzymałaby cię na miejscu #{ $rank } — do miejsca #{ $place } ({ $names }) brakuje { $gap }.
board-one-more-keeps = { $deal } utrzymałaby cię na miejscu #{ $rank }.

## Quota refusals
error-quota-whose = Wskaż, czyj to cel.
error-quota-whose-hint = Dodaj rep:@ktoś, team:"Nazwa zespołu" albo everyone:true.
error-quota-currency = Cele są w walucie zespołu, { $currency }.
error-quota-currency-hint = Wpisz kwotę w { $currency } (albo zmień walutę zespołu przez /setup).
error-quota-period-over = Okres { $period } już minął.
error-quota-period-over-hint = Ustaw cele na bieżący lub przyszły okres (starting:2026-04-01).

## Buttons: undo and import previews
error-undo-already = Ta zmiana została już cofnięta.
error-undo-too-old = Ta zmiana ma ponad { $minutes } min, więc nie da się jej już cofnąć jednym kliknięciem.
error-undo-too-old-hint = Popraw ją przez /deal edit, /deal stage lub /deal lost.
error-preview-settled = Ten import został już zastosowany albo anulowany.
error-preview-too-old = Ten podgląd jest zbyt stary, by go zastosować; dane mogły się od tego czasu zmienić.
error-preview-too-old-hint = Uruchom import ponownie.
import-cancelled = Import anulowany
import-cancelled-nothing = Nic nie zostało zmienione.

## Activities
error-activity-kind = „{ $kind }” to nie aktywność, którą liczę.
error-activity-kind-hint = Użyj call, email, meeting, demo lub proposal.
error-activity-already-removed = Aktywność #{ $number } została już usunięta.
activity-list-title = Aktywności: { $rep }
activity-list-empty = Jeszcze brak. Zapisz: /activity log kind:call count:5
activity-list-footer = Pomyłka? /activity remove id:… (albo od razu /deal undo)
activity-removed =
    { $how ->
        [undone] Cofnięto
       *[removed] Usunięto
    }: { $activities } ({ $rep }, { $day })
activity-removed-counts = Nie liczy się już w żadnym rankingu.

## Deals: fields, changes, history and refusals
deal-field-stage = etap
deal-field-amount = kwota
deal-field-customer = klient
deal-field-product = produkt
deal-field-expected-close = planowane zamknięcie
deal-field-closed-on = data zamknięcia
deal-field-won-on = data wygranej
deal-field-lost-on = data przegranej
deal-field-lost-reason = powód przegranej
deal-field-note = notatka
deal-field-owner = opiekun
deal-field-forecast-category = kategoria prognozy
deal-action-create = dodanie
deal-action-stage = zmiana etapu
deal-action-won = wygrana
deal-action-lost = przegrana
deal-action-edit = edycja
deal-action-forecast = kategoria prognozy
deal-action-import = import
deal-action-convert = przeliczenie waluty
deal-action-undo = cofnięcie
deal-change = { $field }: { $from } → { $to }
deal-change-removed = usunięta
deal-change-owner = zmiana opiekuna
deal-history-amount-hidden = kwota ukryta
deal-category-follows-stage = zgodnie z etapem
deal-history-title = Historia transakcji nr { $number }
deal-history-someone = ktoś
deal-history-no-change = bez zmian w tym, co pokazuje transakcja
deal-history-line =
    { $day } { $time } { $actor }: { $action }{ $undone ->
        [yes] {" "}(cofnięte)
       *[no] {""}
    }: { $changes }
deal-forecast-from-stage = { $category } (wg etapu)
deal-forecast-now = Transakcja nr { $number } ma teraz kategorię prognozy: { $category }
error-deal-add-closed-stage = { $stage } zamyka transakcję; /deal add służy do otwartych transakcji.
error-deal-add-closed-stage-hint = Zapisz wygraną przez /win amount:… customer:…
error-deal-edit-nothing = Nie ma czego zmieniać.
error-deal-edit-nothing-hint = Wskaż, co zmienić, np. /deal edit id:{ $number } amount:15k close:eoq
error-deal-edit-same = Transakcja nr { $number } ma już te dane.
error-deal-forecast-closed = Transakcja nr { $number } jest zamknięta; prognozy dotyczą otwartych transakcji.
error-deal-forecast-same = Transakcja nr { $number } już tam jest.
error-deal-not-yours = Transakcja nr { $number } należy do otwartego lejka: { $owner }; widzą ją tylko ta osoba i menedżerowie.
error-deal-not-yours-hint = Twoje transakcje: /deal list
error-undo-changed-since = Transakcja nr { $number } zmieniła się od twojej zmiany ({ $action }), więc cofnięcie nadpisałoby cudzą pracę.
error-undo-changed-since-hint = Obejrzyj ją przez /deal show id:{ $number } i popraw przez /deal edit.
error-deal-conflict = Ktoś inny właśnie zmienił transakcję nr { $number }, więc nic nie zapisano.
error-deal-conflict-hint = Obejrzyj ją ponownie przez /deal show id:{ $number } i spróbuj jeszcze raz.
error-deal-already-won = Transakcja nr { $number } jest już wygrana.
error-deal-already-lost = Transakcja nr { $number } jest już przegrana.
error-deal-same-stage = Transakcja nr { $number } jest już na etapie { $stage }.
error-deal-no-amount = Transakcja nr { $number } nie ma jeszcze kwoty, więc nie może być wygrana.
error-deal-no-amount-hint = Dodaj ją: /deal won id:{ $number } amount:12500
error-deal-close-through-stage = Zamknij transakcję przez /deal won lub /deal lost; /deal stage przesuwa ją między otwartymi etapami.
error-deal-close-in-future = { $date } to data z przyszłości; transakcja zamyka się w dniu, który już nastąpił.
error-deal-close-too-old = { $date } to ponad { $days } dni temu; wcześniejszą datę może ustawić menedżer.
error-text-empty = To pole nie może być puste.
error-text-too-long = To za długie (znaki: { $count }); limit to { $most }.
error-period-unknown = Nie znam okresu „{ $typed }”.
error-period-unknown-hint = Użyj week, month, quarter lub year, z last_ dla poprzedniego (last_month).
error-period-backwards = Okres kończy się, zanim się zaczyna ({ $from } – { $to }).
error-period-too-long = Ten okres jest dłuższy niż pięć lat; wybierz krótszy zakres.
error-days-off-too-many = Zespół może mieć najwyżej { $most } własnych dni wolnych.

## Commission plan in words
comp-plan-period =
    Prowizja liczona jest za { $period ->
        [month] miesiąc
        [quarter] kwartał
       *[year] rok
    } od wygranego przychodu w { $currency }.
comp-plan-on-target =
    Prowizja docelowa: { $amount } za { $period ->
        [month] miesiąc
        [quarter] kwartał
       *[year] rok
    } przy 100% celu; stawka docelowa to ta kwota ÷ twój cel.
comp-plan-flat = Cały wygrany przychód daje { $rate }.
comp-plan-tiers-retroactive = Progi według realizacji celu; osiągnięcie progu przelicza cały przychód okresu według jego stawki:
comp-plan-tiers-marginal = Progi według realizacji celu; każda część przychodu jest płatna według stawki swojego progu:
comp-plan-tier = • { $range }: { $rate }
comp-plan-tier-above = powyżej { $from }
comp-plan-tier-edge = Próg zaczyna się tuż powyżej swojej dolnej granicy: dokładnie { $edge } celu jest płatne według stawki progu { $tier }.
comp-plan-threshold = Poniżej { $threshold } własnego celu prowizja nie jest wypłacana; SPIFF-y są płatne dodatkowo.
comp-plan-threshold-split = Poniżej { $threshold } własnego celu prowizja nie jest wypłacana, ani część własna, ani zespołowa; SPIFF-y są płatne dodatkowo.
comp-plan-split = { $own }% jest płatne od twojej realizacji celu, { $team }% od realizacji zespołu.
comp-plan-cap =
    Prowizja ma limit { $amount } za { $period ->
        [month] miesiąc
        [quarter] kwartał
       *[year] rok
    } (SPIFF-y są płatne dodatkowo).
comp-plan-spiff-product-from = każdą wygraną transakcję { $product } na { $amount } lub więcej
comp-plan-spiff-product = każdą wygraną transakcję { $product }
comp-plan-spiff-from = każdą wygraną transakcję na { $amount } lub więcej
comp-plan-spiff-any = każdą wygraną transakcję
comp-plan-spiff = SPIFF „{ $name }”: { $bonus } za { $what }, wygraną od { $from } do { $to }.
comp-plan-clawback = Wygrana transakcja oznaczona jako przegrana w ciągu { $days } dni od wygranej jest potrącana (według stawki, po której ją wypłacono).
comp-plan-rounding =
    Kwoty są zaokrąglane { $rounding ->
        [half_even] do parzystej
        [down] w dół
       *[half_up] połówkowo w górę
    } do grosza (najmniejszej jednostki), raz, na końcu każdej pozycji.
comp-plan-title = 💶 Plan prowizyjny — { $name } (wersja { $version })
comp-plan-footer = Twoje liczby: /comp estimate · pytania: /ask
comp-plan-loaded = 💶 Plan wczytany — { $name } (wersja { $version })
comp-plan-loaded-footer = Handlowcy zobaczą go przez /comp plan, a swoje liczby przez /comp estimate
error-comp-plan-on-file = Zapisanego planu nie da się już odczytać: { $error }.
error-comp-plan-on-file-hint = Menedżer może wczytać go ponownie, poprawiony: /comp plan file:…
error-comp-no-plan = Nie wczytano jeszcze planu prowizyjnego.
error-comp-no-plan-hint = Menedżer wczytuje go przez /comp plan file:plan.toml (każde pole jest opisane w config/comp_plan.example.toml).
error-comp-file-and-text = Podaj plan jako file albo jako text, nie oba naraz.
error-comp-plan-unusable = Tego planu nie można użyć: { $error }.
error-comp-plan-unusable-hint = Popraw go i wczytaj ponownie; nic nie zmieniono. Każde pole jest opisane w config/comp_plan.example.toml.
error-comp-plan-one-line-hint = Plan ma jedno ustawienie w wierszu: dołącz plik .toml albo wpisz \n między wierszami. Nic nie zmieniono.
error-comp-plan-currency = Plan wypłaca w { $plan }, a zespół liczy przychód w { $team }.
error-comp-plan-currency-hint = Zapisz plan w { $team } (albo zmień walutę zespołu przez /setup).
error-comp-no-quota = Plan płaci według realizacji celu, a { $rep } nie ma celu na { $period }.
error-comp-no-quota-hint = Menedżer ustawia go przez /quota set rep:@… amount:… period:quarter
error-comp-plan-period =
    Plan liczy prowizję za { $period ->
        [month] miesiąc
        [quarter] kwartał
       *[year] rok
    }.
error-comp-plan-period-hint = Użyj period:{ $period } lub period:last_{ $period }.
error-comp-amount-currency = Plan wypłaca w { $currency }.
error-comp-amount-currency-hint = Wpisz kwotę w { $currency }.

## Imports: the report, skipped rows and unreadable files
import-title = Zaimportowano { $file }
import-rows-read = Wczytane wiersze
import-created = Utworzone
import-updated = Zaktualizowane
import-unchanged = Bez zmian
import-skipped = Pominięte
import-won-in-file = Wygrane w pliku
import-won =
    { $count ->
        [one] { $grouped } transakcja
        [few] { $grouped } transakcje
        [many] { $grouped } transakcji
       *[other] { $grouped } transakcji
    }, { $amount }
import-format-maven = Format: eksport lejka z CRM (opportunity_id, sales_agent, ...; daty amerykańskie).
import-format-dealbell = Format: kolumny Dealbell (external_id, rep, customer, ...).
import-read-as =
    Odczytano jako tekst { $encoding }, kolumny rozdzielone { $separator ->
        [comma] przecinkami
        [semicolon] średnikami
        [tab] tabulatorami
       *[other] znakiem { $separator }
    }.
import-reps-created = Nowi handlowcy: { $count }; ich transakcje należą do nich, dopóki menedżer ich nie połączy: /team link rep:"Imię" user:@osoba
import-without-account =
    { $count ->
        [one] { $grouped } wiersz nie ma konta klienta; zaimportowano go
        [few] { $grouped } wiersze nie mają konta klienta; zaimportowano je
       *[other] { $grouped } wierszy nie ma konta klienta; zaimportowano je
    } z klientem „{ $customer }”.
import-product-variants = Podobne nazwy produktów pozostawiono osobno: { $names }. Popraw pisownię w CRM, jeśli to jeden produkt.
import-skipped-line = Pominięto wiersz { $line }: { $why }
import-more-skipped = …i więcej pominiętych wierszy: { $count }.
import-row-empty = { $column } jest puste
import-row-too-long = { $column } jest za długie (znaki: { $count }; limit { $most })
import-row-unknown-stage = etap „{ $stage }” nie jest etapem zespołu ani nie ma go w import.stage_map
import-row-stage-maps-nowhere = etap „{ $stage }” wskazuje na „{ $key }”, a to nie jest etap
import-row-not-a-date = { $column } „{ $text }” to nie data ({ $form })
import-row-not-whole = close_value „{ $text }” to nie pełna kwota
import-row-currency = waluta „{ $code }” nie jest kodem ISO 4217
import-row-amount = amount: { $why }
import-row-closed-without-date =
    { $outcome ->
        [won] wygrana
       *[lost] przegrana
    } transakcja wymaga daty zamknięcia
import-row-won-without-value = wygrana transakcja wymaga wartości większej od zera
import-row-repeats-id = powtarza id { $id } z wiersza { $first }
import-preview-title = { $file } zmieni istniejące transakcje: { $count }
import-preview-also = Utworzyłby też nowe: { $created }, a bez zmian zostawił: { $unchanged } (pominięte wiersze: { $skipped }).
import-preview-overwrites = Zmiany nadpiszą to, co zapisane, także poprawki z czatu od ostatniego importu; każda zmiana trafia do historii.
import-preview-within = Zastosuj albo anuluj w ciągu { $minutes } min.
import-teams-title = Zaimportowano zespoły z { $file }
import-teams-created = Utworzone zespoły
import-people-created = Utworzone osoby
import-memberships-added = Dodane członkostwa
import-teams-named-by = Zespoły nazwane według kolumny { $column }. { $read_as }
import-teams-how = Zobacz je przez /team list; połącz handlowców z użytkownikami czatu przez /team link.
error-import-not-csv = { $file } nie jest plikiem CSV.
error-import-not-csv-hint = Wyeksportuj raport z CRM jako CSV (UTF-8) i dołącz plik .csv.
error-import-currency = „{ $code }” nie jest kodem waluty ISO 4217 (EUR, USD, PLN…).
error-import-not-text = Ten plik nie jest tekstem, który umiem odczytać (niepoprawne { $encoding }).
error-import-not-text-hint = Wyeksportuj go jako CSV (UTF-8) i spróbuj ponownie.
error-import-duplicate-column = Kolumna „{ $name }” występuje dwa razy (kolumny { $first } i { $second }), więc nie wiem, którą czytać.
error-import-duplicate-column-hint = Usuń albo zmień nazwę jednej z nich i spróbuj ponownie.
error-import-unclosed-quote = Wiersz { $line } otwiera cudzysłów, który nie jest zamknięty, więc kolejne wiersze (liczba: { $swallowed }) zostałyby odczytane jako jedno pole (plik ma chyba wierszy: { $rows }).
error-import-unclosed-quote-hint = Zamknij cudzysłów albo usuń zbędny znak " i spróbuj ponownie.
error-import-empty = Plik jest pusty.
error-import-unknown-columns = Nie rozpoznaję tych kolumn: { $found }.
error-import-unknown-columns-hint = Użyj kolumn eksportu z CRM ({ $crm }) albo kolumn Dealbell ({ $dealbell }; opcjonalne: { $optional }).
error-import-no-team-column = Plik nie ma kolumny { $column } do nazwania zespołów (jego kolumny: { $found }).
error-import-no-team-column-hint = Wybierz inną: team_by:manager, team_by:office lub team_by:team.
error-import-malformed = Nie da się odczytać CSV w okolicy wiersza { $line }: { $error }
error-import-unreadable = Nie udało się odczytać pliku do końca ({ $error }).
error-import-unreadable-hint = Sprawdź, czy plik nadal istnieje i da się go odczytać, i spróbuj ponownie.

## Scheduled posts in the console, exports, documents, Discord's own notes
firing-outcome-posted = opublikowano
firing-outcome-queued = w kolejce
firing-outcome-late = z opóźnieniem
firing-outcome-quiet = bez nowości
firing-outcome-skipped = pominięto
firing-outcome-retrying = ponawianie
firing-outcome-failed = nieudane
export-title = 📎 Eksport: wiersze: { $count }
export-deals-format = CSV w UTF-8 w formacie importu: `dealbell import deals` wczyta go z powrotem.
export-values-format = CSV w UTF-8: wartości w najmniejszych jednostkach, liczbach lub punktach bazowych, z tekstem obok.
error-export-quota-period = Cele ustala się na miesiąc, kwartał lub rok obrotowy.
error-export-quota-period-hint = Użyj period:month, period:quarter lub period:year.
error-document-empty = Dokument jest pusty.
discord-could-not-post =
    Nie udało mi się opublikować w { $channel }: { $error }.{ $retry ->
        [yes] {" "}Spróbuję ponownie za kilka minut.
       *[no] {""}
    } Sprawdź, czy mogę tam widzieć i wysyłać wiadomości.
discord-restarting = Dealbell uruchamia się ponownie
discord-restarting-how = Spróbuj ponownie za minutę.

## The live page's own words
tv-page-leaderboard = Ranking
tv-page-empty = W rankingu nikogo jeszcze nie ma: pierwsza wygrana obejmuje prowadzenie.
tv-page-duels = Pojedynki
tv-page-latest-wins = Ostatnie wygrane
tv-page-new-win = Nowa wygrana
tv-page-live = Na żywo

## Why a commission plan cannot be used
plan-problem-at-line = wiersz { $line }: { $problem }
plan-problem-toml = { $text }
plan-problem-currency = waluta „{ $code }” nie jest kodem ISO 4217, takim jak EUR czy USD
plan-problem-name-empty = name nie może być puste
plan-problem-version-empty = version nie może być puste (szacunki je podają)
plan-problem-not-one-of = { $field } „{ $typed }” musi być jednym z: { $choices }
plan-problem-not-positive = { $field } musi być dodatnią kwotą w { $currency }
plan-problem-on-target = on_target_commission musi być dodatnią kwotą w { $currency }, np. 20000
plan-problem-spiff-bonus = bonus SPIFF-u musi być dodatnią kwotą w { $currency }
plan-problem-multiple-needs-on-target = stawka zapisana jako wielokrotność (1.5x) wymaga on_target_commission
plan-problem-threshold = threshold musi być procentem celu powyżej 0% ("50%")
plan-problem-clawback-days = clawback days musi mieścić się między 1 a 730
plan-problem-base-rate-and-tiers = użyj base_rate albo tiers, nie obu naraz
plan-problem-base-rate = base_rate musi być procentem od 0% do 100%
plan-problem-pays-nothing = plan nic nie wypłaca: dodaj base_rate, tiers lub on_target_commission
plan-problem-tier-from = from progu musi być procentem celu, 0 lub więcej ("50%")
plan-problem-tier-to-below-from = to progu musi być powyżej jego from
plan-problem-tier-to = to progu musi być procentem celu ("100%")
plan-problem-tier-rate-negative = rate progu nie może być ujemne
plan-problem-tier-rate-over-100 = rate progu może wynosić najwyżej 100% przychodu
plan-problem-tier-rate = rate progu musi być procentem ("8%") lub wielokrotnością ("1.5x")
plan-problem-first-tier-not-at-zero = pierwszy próg musi zaczynać się od 0%
plan-problem-only-last-tier-open = tylko ostatni próg może pominąć to
plan-problem-tiers-overlap = progi nachodzą na siebie: ten zaczyna się od { $starts }, a poprzedni kończy na { $ends }
plan-problem-tiers-gap = między progami jest luka od { $from } do { $to }
plan-problem-last-tier-closed = ostatni próg musi pominąć to (obowiązuje bez limitu)
plan-problem-split = individual i team w split muszą być pełnymi procentami dającymi razem 100% (75% i 25%)
plan-problem-spiff-dates = SPIFF wymaga dat from i to (2026-03-01)
plan-problem-spiff-dates-backwards = data to SPIFF-u jest wcześniejsza niż data from
plan-problem-spiff-target = SPIFF wymaga product, min_amount lub obu (inaczej byłby premią od każdej transakcji)

## The terminal: start-up, the console's banner and the shell's commands
shell-line = wiersz { $line }: { $text }
shell-lines-failed = { $count ->
        [one] 1 wiersz się nie powiódł.
        [few] { $count } wiersze się nie powiodły.
       *[other] { $count } wierszy się nie powiodło.
    }
shell-console-banner = Konsola Dealbell — /help pokazuje polecenia, :help dyrektywy konsoli, :quit kończy pracę.
shell-no-token-console = Nie ustawiono tokenu Discorda, więc działa lokalna konsola. Aby połączyć Discorda, ustaw DISCORD_TOKEN i uruchom `dealbell run` (zob. README).
shell-no-token-help = Dealbell potrzebuje tokenu bota Discorda, żeby działać na Discordzie.
      1. Utwórz aplikację na https://discord.com/developers/applications, dodaj bota i skopiuj jego token.
      2. export DISCORD_TOKEN=... (albo ustaw discord.token_file w pliku konfiguracji)
      3. Zaproś bota: { $invite }
      4. dealbell run
    Do tego czasu `dealbell console` wykonuje każde polecenie lokalnie.
shell-live-page = Strona na żywo działa pod { $address } — link utworzysz przez /tv link
shell-demo-ready = Zespół demo gotowy: odtworzone polecenia: { $commands } (wygrane: { $wins }) w { $seconds } s. Spróbuj /leaderboard albo /leaderboard metric:deals period:quarter
shell-no-runtime = nie można uruchomić środowiska asynchronicznego: { $why }
shell-not-a-time = „{ $text }” to nie czas; napisz 2026-03-10 09:00 (UTC) albo 2026-03-10T09:00:00+01:00
shell-time-out-of-range = „{ $text }” wykracza poza lata 1–9999, które obsługuje Dealbell
shell-loading-settings = wczytywanie ustawień
shell-opening-database = otwieranie bazy danych
shell-opening = otwieranie { $what }
shell-reading = czytanie { $path }
shell-writing = zapis { $path }
shell-settings-valid = ustawienia są poprawne
shell-indexed = { $file } zindeksowano w { $ms } ms
shell-import-took = import trwał { $ms } ms
shell-cause = przyczyna: { $cause }
shell-export-no-file = /export odpowiedział bez pliku
shell-rows-written = Wiersze zapisane w { $path }: { $rows }.
shell-not-a-currency = „{ $code }” nie jest kodem waluty ISO 4217 (takim jak EUR, USD czy PLN)
shell-backtest-read = Wczytane transakcje: { $deals }; ceny produktów: { $prices } (z { $path }); prawdopodobieństwo transakcji w toku: { $probability } %; miesiące pominięte z braku historii: { $skipped }.
shell-none = brak
shell-invite-replace = Zastąp YOUR_APPLICATION_ID identyfikatorem swojej aplikacji (albo ustaw DISCORD_TOKEN, albo podaj --app-id).
shell-progress-reading = czytanie pliku
shell-progress = wiersze { $done }/{ $total } · { $rate } · zostało { $left }
shell-backing-up = tworzenie kopii zapasowej
shell-backed-up = Kopia zapasowa w { $path } gotowa w { $ms } ms.
shell-restore-not-a-file = restore wstawia plik kopii zapasowej w miejsce pliku bazy SQLite (--db ŚCIEŻKA); bazę PostgreSQL przywracasz narzędziami jej serwera (pg_restore).
shell-restoring = przywracanie
shell-restored = Przywrócono { $database } z { $backup }.
shell-restore-kept = Baza, która tam była, została zachowana jako { $path }.
shell-from-not-sqlite = --from wskazuje bazę SQLite do skopiowania: ścieżkę albo sqlite://ścieżka
shell-to-not-postgres = --to wskazuje bazę PostgreSQL do wypełnienia: postgres://user@host/database
shell-no-database-at = pod { $path } nie ma bazy danych
shell-copied = Skopiowano do { $target } zespoły: { $teams }:
shell-copied-rows = { $rows ->
        [one] wiersz
        [few] wiersze
       *[other] wierszy
    }
shell-copy-checked = Sprawdzono liczby wierszy i sumy kwot dla każdego zespołu i tabeli ({ $checks }): wszystkie się zgadzają.
shell-use-postgres-now = Od teraz uruchamiaj Dealbell z DEALBELL_DATABASE_URL ustawionym na adres PostgreSQL.

## When Discord will not take the bot (printed at start)
shell-discord-bad-token = Discord odrzucił token bota (401 Unauthorized). Skopiuj token ponownie ze strony Bot swojej aplikacji i ustaw DISCORD_TOKEN.
shell-discord-unreachable = nie można połączyć się z API Discorda pod { $origin }: { $reason }. Sprawdź DEALBELL_DISCORD_API_URL i sieć; inny adres nie będzie próbowany.
shell-discord-closed = Discord zamknął połączenie: { $why }
shell-refusal-token = Brama Discorda odrzuciła token bota (zamknięcie 4004). Skopiuj token ponownie ze strony Bot swojej aplikacji i ustaw DISCORD_TOKEN.
shell-refusal-invalid-shard = Brama Discorda odrzuciła shard { $shard } z { $total } (zamknięcie 4010, nieprawidłowy shard). Sprawdź --shards i --shard-total (discord.shards i discord.shard_total): każdy shard musi być mniejszy od łącznej liczby, a każdy proces musi używać tej samej łącznej liczby.
shell-refusal-sharding-required = Discord chce, by ten bot działał na większej liczbie shardów (zamknięcie 4011, wymagany sharding): jest na zbyt wielu serwerach jak na { $total }. Zwiększ --shard-total (Discord podaje zalecaną liczbę pod GET /gateway/bot) i rozłóż shardy na swoje procesy.
shell-refusal-api-version = Brama Discorda nie obsługuje już wersji API, której używa ten Dealbell (zamknięcie 4012). Zaktualizuj Dealbell.
shell-refusal-invalid-intents = Brama Discorda nie zna intencji, o które poprosił Dealbell (zamknięcie 4013). To błąd w Dealbell: zgłoś go, proszę.
shell-refusal-disallowed-intents = Discord odrzucił uprzywilejowaną intencję (zamknięcie 4014). Dealbell potrzebuje tylko intencji Guilds; jeśli zostało to zmienione, włącz intencję na stronie Bot w Developer Portal.

## Settings that cannot be used (config/dealbell.toml and the environment)
config-read = nie można odczytać pliku ustawień { $path }: { $why }
config-syntax = plik ustawień { $path } nie jest poprawnym TOML-em: { $why }
config-timezone = team.timezone „{ $value }” nie jest strefą czasową IANA, taką jak Europe/Warsaw
config-currency = team.currency „{ $value }” nie jest kodem ISO 4217, takim jak PLN
config-fiscal-year = team.fiscal_year_start musi być miesiącem, 1–12
config-between = { $key } musi mieścić się między { $min } a { $max }{ $upper ->
        [week] {" "}(tydzień)
        [two-weeks] {" "}(dwa tygodnie)
        [ten-years] {" "}(dziesięć lat)
       *[none] {""}
    }
config-competition = competition: burst_posts musi wynosić 1–1000, burst_minutes 1–1440, a burst_hold_minutes 0–1440
config-forecast = forecast: best_case_at nie może być większe niż commit_at, a oba najwyżej 100
config-alert-threshold = alerts: próg dla { $rule } musi wynosić { $min }–{ $max }
config-alert-days = alerts: attainment_days_left musi wynosić 0–366
config-alert-no-days = alerts: { $rule } nie ma ustawienia dni
config-alerts-period = alerts.period musi mieć wartość month albo quarter
config-stages-incomplete = stages: lejek potrzebuje co najmniej jednego etapu otwartego, jednego wygranego i jednego przegranego
config-stage-twice = stages: etap „{ $stage }” występuje dwa razy
config-stage-probability = stages: etap „{ $stage }” ma prawdopodobieństwo { $probability }; musi wynosić 0–100
config-stage-key = stages: klucz etapu „{ $stage }” może zawierać tylko małe litery, cyfry lub _
config-stage-map = import.stage_map przypisuje „{ $crm }” do „{ $key }”, a to nie jest klucz etapu
config-posts-per-second = discord.posts_per_second wynosi { $value }: podaj liczbę od 1 do 50 (Discord pozwala botowi na 50 żądań na sekundę łącznie ze wszystkich procesów)
config-web-listen = web.listen „{ $value }” nie jest adresem z portem, takim jak 127.0.0.1:8080
config-web-public-url = web.public_url „{ $value }” musi zaczynać się od https:// (albo http://)
config-web-requests = web.requests_per_minute musi wynosić co najmniej 1
config-nudge-time = nudges: { $name } „{ $value }” nie jest godziną w formacie HH:MM
config-weekend = team.weekend „{ $value }” musi być jednym z: { $choices }
config-country = team.country „{ $value }”: Dealbell zna święta państwowe krajów { $codes }
config-day-off = team.days_off: „{ $value }” nie jest datą w formacie YYYY-MM-DD
config-shards = shardy „{ $range }” z { $total }: { $why } (zapisz je jako 0-3 z łączną liczbą, np. 8)
config-shards-not-numbers = to nie są numery shardów
config-shards-no-total = brakuje łącznej liczby shardów
config-shards-backwards = zakres biegnie od tyłu
config-shards-beyond-total = shardy są numerowane od 0 do liczby o jeden mniejszej niż łączna
config-database-scheme = schematu bazy danych { $scheme }:// Dealbell nie obsługuje; użyj pliku SQLite, zapisanego jako ścieżka (data/dealbell.db) albo sqlite://data/dealbell.db, lub serwera PostgreSQL, zapisanego jako postgres://user@host/database
config-dev-guild = dev guild „{ $value }” musi być identyfikatorem serwera (liczbą)
config-api-origin = adres API Discorda „{ $value }” musi wyglądać jak https://host albo http://127.0.0.1:7777 (bez ścieżki)

## The settings as check-config prints them
summary-read-from = wczytane z
summary-built-in = wbudowane ustawienia domyślne
summary-database = baza danych
summary-backup = nocna kopia zapasowa
summary-backup-off = wyłączona (schedules.backup_folder)
summary-backup-postgres = ustawiona, ale niewykonywana: baza to PostgreSQL, której danych Dealbell nie skopiuje jako pliku. Rób kopię przez pg_dump (i usuń schedules.backup_folder)
summary-backup-on = do { $folder } od { $hour } UTC, zachowywane ostatnie: { $keep }
summary-team-defaults = domyślne dla zespołu
summary-team-defaults-value = strefa { $timezone }, waluta { $currency }, rok obrotowy od miesiąca { $month }, weekend { $weekend }, święta: { $country }, inne dni wolne: { $days }
summary-no-country = brak kraju
summary-undo = czas na cofnięcie
summary-minutes = { $minutes ->
        [one] 1 minuta
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }
summary-board-rows = wiersze rankingu
summary-live-page = strona na żywo
summary-live-on = działa pod { $address }, linki zaczynają się od { $origin }
summary-live-off = wyłączona (web.listen)
summary-bursts = serie wygranych
summary-bursts-value = więcej niż { $posts } w ciągu { $minutes } min czeka { $hold } min i wychodzi jako jeden post
summary-nudges = przypomnienia
summary-nudges-value = najwyżej { $day } dziennie i { $week } tygodniowo na handlowca, cisza { $from }–{ $until }{ $weekends ->
        [yes] {" "}i w weekendy
       *[no] {""}
    }, po cichych dniach roboczych: { $days }
summary-stages = etapy
summary-token = token Discorda
summary-token-unset = nieustawiony (zamiast tego działa konsola)
summary-token-set = ustawiony (ukryty)
summary-dev-guild = serwer deweloperski
summary-api-origin = adres API Discorda

## A chart with nobody on it, and a subject chosen twice
chart-board-empty = Nikogo jeszcze nie ma w rankingu
error-subject-one = Wybierz jedno: rep, team albo everyone.

## The database, as the shell reports it (opening, backups, restores, migrate-db)
shell-store-not-dealbell = { $database } nie jest bazą Dealbell: { $why ->
        [other-tables] zawiera inne tabele ({ $detail })
       *[not-sqlite] nie jest bazą SQLite ({ $detail })
    }. Nic nie zostało zmienione; wskaż przez --db (albo DEALBELL_DATABASE_URL) bazę Dealbell albo nową, pustą.
shell-store-newer = { $database } zapisał nowszy Dealbell (wersja schematu { $version }); ten nie odczyta jej bezpiecznie. Nic nie zostało zmienione; uruchom nowszy Dealbell albo przywróć kopię zapasową.
shell-store-cannot-write = Nie można zapisać bazy danych: { $why ->
        [disk-full] dysk jest pełny
       *[read-only] jest tylko do odczytu
    }. Nic nie zostało zapisane.
shell-store-folder = nie można utworzyć folderu bazy danych { $path }: { $why }
shell-store-lock = nie można zablokować { $path } na czas sprawdzania bazy: { $why }
shell-backup-postgres = bazę PostgreSQL archiwizuje się narzędziami serwera (pg_dump albo migawki hosta), a nie przez Dealbell
shell-backup-exists = { $path } już istnieje; podaj nowy plik
shell-backup-not-a-file = { $path } nie jest plikiem
shell-backup-empty = { $path } jest pusty
shell-backup-failed = { $step ->
        [sync] przy zapisie kopii na dysk
        [keep-current] przy zachowywaniu obecnej bazy
       *[copy-in] przy wgrywaniu kopii
    }: { $why }
shell-copy-wrong-way = migrate-db kopiuje z bazy SQLite do bazy PostgreSQL
shell-copy-not-empty = docelowa baza nie jest pusta ({ $table } ma wierszy: { $rows }); migrate-db wypełnia tylko pustą bazę, żeby niczego tam nie nadpisać ani nie wymieszać. Wskaż przez --to nową bazę
shell-copy-mismatch = kopia nie zgadza się z oryginałem ({ $detail }); do celu nic nie zapisano

## The live page's plain answers (in the browser's language), and serving it
web-not-found = Nie znaleziono
web-too-many-requests = Za dużo żądań z tego adresu; spróbuj ponownie za minutę.
shell-live-page-cannot-serve = nie można uruchomić strony na żywo pod { $address } (web.listen): { $why }

## The backtest's table (dealbell backtest)
backtest-month = miesiąc
backtest-won = wygrane ({ $currency })
backtest-weighted = lejek ważony
backtest-error = błąd
backtest-win-rate = lejek × skuteczność
backtest-last-month = poprzedni miesiąc
backtest-expected = oczekiwane transakcje
backtest-cycle = mediana cyklu (dni)
backtest-mean-absolute = średni błąd bezwzględny
backtest-mean-signed = średni błąd ze znakiem (obciążenie)

## Discord's interaction that cannot be read as a command
discord-not-in-server = Dealbell działa na serwerach, nie w wiadomościach prywatnych.
discord-file-too-large = { $file } ma { $size } B; limit to { $limit }. Podziel plik i wyślij części.
discord-download-failed = Nie udało mi się pobrać { $file }: { $why }
discord-download-missing = Discord nie przesłał { $file }; załącz plik ponownie.
discord-rep-twice = Wskaż handlowca raz: { $option } (użytkownik czatu) albo { $option }_name (imię i nazwisko), nie oba.

## Nothing to undo
error-nothing-to-undo = Z ostatnich { $minutes } min nie masz żadnej zmiany do cofnięcia.
error-nothing-to-undo-hint = Starsze zmiany poprawisz przez /deal edit, /deal stage, /deal lost albo /activity remove.

## Why a post could not be delivered
post-error-bad-destination = { $place } to nie miejsce, w którym mogę publikować
post-error-refused = Discord odrzucił post: { $why }

## Names Dealbell gives data: a forgotten member, a CRM deal without an account
privacy-former-member = były członek { $number }
crm-no-account = (brak klienta)
shell-discord-wrong-gateway = serenity wybrało bramę { $chosen } zamiast { $expected }

## The command line's help (dealbell --help): each command and option
cli = Czatbot dla zespołów sprzedaży: wygrane, rankingi, plany sprzedaży i więcej.
cli--config = Plik ustawień (domyślnie: config/dealbell.toml, jeśli istnieje)
cli--db = Baza danych: plik SQLite albo postgres://user@host/db (domyślnie: data/dealbell.db albo DEALBELL_DATABASE_URL)
cli--memory = Użyj bazy tymczasowej, usuwanej przy wyjściu
cli--now = Ustaw zegar na ten czas UTC („2026-03-10 09:00” albo RFC 3339) zamiast prawdziwego: do testów, pokazów i powtórek
cli--lang = Język tego, co Dealbell tu wypisuje (domyślnie: locale terminala, LC_ALL albo LANG); konsola pyta w nim, jak telefon ustawiony na ten język
cli-run = Uruchom bota Discorda (wymaga DISCORD_TOKEN)
cli-run--shards = Obsługuj tylko te shardy bramy, jako 0-3 (z --shard-total); kilka procesów z własnymi zakresami dzieli bazę
cli-run--shard_total = Ile jest shardów łącznie, we wszystkich procesach
cli-console = Lokalny kanał zespołu w terminalu: każde polecenie, bez Discorda
cli-console--script = Wykonaj wiersze z FILE zamiast czytać z klawiatury
cli-console--format = Wypisuj odpowiedzi jako tekst albo jeden obiekt JSON na wiersz
cli-console--demo = Najpierw wypełnij tymczasowy zespół kwartałem historii demo
cli-console--guild = Zespół (serwer kanału konsoli), którego użyć
cli-console--charts = Zapisuj wykresy (chart:true, posty z harmonogramu) jako pliki PNG w DIR
cli-import = Zaimportuj eksport z CRM do zespołu
cli-import--kind = Co zawiera plik: deals albo teams
cli-import--file = Plik CSV
cli-import--guild = Zespół, do którego importować: identyfikator serwera Discord albo nazwa zespołu konsoli
cli-import--currency = Waluta kwot, które jej nie podają (domyślnie: waluta zespołu)
cli-import--team_by = Zespoły: kolumna, która nazywa każdy zespół (manager, office albo team)
cli-docs = Dodaj dokumenty Markdown lub tekstowe do biblioteki /ask zespołu (plik o tym samym tytule zastępuje istniejący)
cli-docs-add = Dodaj (lub zastąp) dokumenty: dealbell docs add FILE... [--guild NAME]
cli-docs-add--files = Dokumenty (.md lub .txt)
cli-docs-add--guild = Zespół: identyfikator serwera Discord albo nazwa zespołu konsoli
cli-backtest = Odtwórz eksport z CRM miesiąc po miesiącu i pokaż, jak wypadła każda metoda prognozy
cli-backtest--file = Eksport transakcji z CRM (CSV)
cli-backtest--products = Ceny katalogowe produktów (product, series, sales_price); domyślnie: products.csv obok FILE
cli-backtest--currency = Waluta kwot w eksporcie
cli-eval-ask = Jak dobrze /ask odpowiada na zestaw pytań, w podziale na języki (dla twórców Dealbell): DIR zawiera docs/ i questions.json albo questions.tsv
cli-eval-ask--dir = Folder zestawu pytań (domyślnie: projektu, tests/ask_eval)
cli-eval-ask--explain = Dla każdego pudła wypisz wagi słów pytania i to, co znalazło się na pierwszym miejscu
cli-check-config = Sprawdź ustawienia i wypisz je (token tylko jako ustawiony lub nie)
cli-export = Zapisz CSV tak jak /export (UTF-8 z BOM): transakcje (w formacie, który czyta `import deals`), ranking, plany sprzedaży albo aktywności
cli-export--kind = Co wyeksportować: deals, leaderboard, quota albo activities
cli-export--guild = Zespół: identyfikator serwera Discord albo nazwa zespołu konsoli
cli-export--period = Dla rankingu, planów sprzedaży albo aktywności: który okres, jak na czacie (month, last_quarter, year, 2026-03, ...; domyślnie ten miesiąc)
cli-export--metric = Dla rankingu: według czego szereguje (revenue, deals, ...; domyślnie revenue)
cli-export--output = Zapisz do FILE zamiast na standardowe wyjście
cli-backup = Zapisz spójną kopię bazy do FILE (bezpiecznie, gdy bot działa)
cli-backup--file = Nowy plik kopii (nie może jeszcze istnieć)
cli-restore = Wstaw kopię FILE w miejsce bazy (najpierw zatrzymaj Dealbell); dotychczasowa baza zostaje obok
cli-restore--file = Kopia do przywrócenia
cli-migrate-db = Skopiuj całą historię każdego zespołu z bazy SQLite do pustej bazy PostgreSQL i sprawdź liczby wierszy oraz sumy kwot dla każdego zespołu (najpierw zatrzymaj Dealbell)
cli-migrate-db--from = Baza SQLite: ścieżka albo sqlite://ścieżka
cli-migrate-db--to = Baza PostgreSQL: postgres://user@host/database
cli-invite-url = Wypisz link zapraszający bota na serwer, z potrzebnymi uprawnieniami
cli-invite-url--app_id = Identyfikator aplikacji (domyślnie: pobrany z Discorda przy użyciu ustawionego tokenu)

## A backup into a folder that is not there
shell-backup-no-folder = folder { $path } nie istnieje; najpierw go utwórz albo wskaż inny

## Examples of a contest's target, as typed in each language
contest-example-percent-of-quota = target:120%
contest-example-amount = target:50k
contest-example-win-rate = target:40%
contest-example-deals = target:"10 transakcji"
contest-example-activities = target:"25 aktywności"

## A combined post lists so many wins, then counts the rest
burst-more = …i więcej wygranych: { $count }
