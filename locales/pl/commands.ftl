# Opisy poleceń w menu Discorda (najwyżej 100 znaków). Angielskie są w tabeli poleceń.

command-leaderboard = Kto wygrywa w tym okresie
command-import = Import eksportu z CRM (CSV)
command-team = Zespoły i handlowcy: z CRM albo dodani ręcznie
command-quota = Plany sprzedaży: gdzie jesteś i ich ustawianie
command-schedule = Zaplanowane posty: rankingi, realizacja planu, podsumowania
command-tv = Ranking na żywo na ekran w biurze albo telefon
command-contest = Konkursy: menedżerowie je zaczynają, wszyscy widzą wyniki
command-duel = Wyzwij kogoś z zespołu na pojedynek jeden na jeden
command-nudges = Przypomnienia od Dealbella: włącz lub wyłącz swoje; menedżerowie widzą, kto je wyłączył
command-away = Nieobecność do wybranego dnia: bez przypomnień, a twoja seria poczeka
command-win = Zapisz wygraną transakcję w jednym kroku
command-deal = Transakcje w lejku: dodaj, przesuń, zamknij, wylistuj, cofnij
command-activity = Zapisz telefony, maile, spotkania i prezentacje stojące za wygranymi
command-comp = Prowizja: plan prostymi słowami i wyliczenia na jego podstawie
command-docs = Dokumenty zespołu, z których odpowiada /ask
command-ask = Zapytaj o plan prowizyjny i dokumenty sprzedażowe: odpowiedzi z cytowanymi fragmentami
command-export = Pobierz CSV (handlowcy: swoje transakcje; menedżerowie: wszystkich lub jednej osoby)
command-forecast = Co zamknie się w tym okresie i jak trafne były wcześniejsze prognozy
command-alerts = Alerty prognoz: reguły, otwarte alerty, wyciszanie
command-setup = Ustawienia zespołu: strefa czasowa, waluta, rok obrachunkowy, role, kanały, język
command-rates = Kursy walut: wygrane w innych walutach liczą się w walucie zespołu
command-privacy = Dane osobowe członka zespołu
command-language = Język, w którym Dealbell ci odpowiada
command-help = Co potrafi Dealbell
