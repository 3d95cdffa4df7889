# Słowa Dealbella po polsku. Zwracamy się na „ty” (jak sam Discord). Zob. glossary.md.

## /language

language-title = Twój język
language-chosen = Jeśli twoja aplikacja Discord jest ustawiona na język, którego Dealbell nie obsługuje, odpowiedzi dostaniesz w języku: { $language }.
language-automatic = Dealbell odpowiada ci w języku twojej aplikacji Discord, jeśli go obsługuje, a w przeciwnym razie w języku zespołu ({ $language }).
language-current = Teraz Dealbell odpowiada ci w języku: { $language }.

## Wins

# Bez czasownika w czasie przeszłym: „wygrał/wygrała” zależy od płci handlowca.
win-title = 🎉 Wygrana: { $rep } — { $customer }!

## Counts

deals-count =
    { $count ->
        [one] { $count } transakcja
        [few] { $count } transakcje
        [many] { $count } transakcji
       *[other] { $count } transakcji
    }
