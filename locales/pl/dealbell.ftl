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
