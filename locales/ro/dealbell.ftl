# Cuvintele lui Dealbell în română. Ne adresăm cu „tu” (ca Discord). Vezi glossary.md.

## /language

language-title = Limba ta
language-chosen = Când aplicația ta Discord este setată pe o limbă pe care Dealbell nu o vorbește, Dealbell îți răspunde în limba: { $language }.
language-automatic = Dealbell îți răspunde în limba aplicației tale Discord, dacă o vorbește; altfel, în limba echipei ({ $language }).
language-current = Acum Dealbell îți răspunde în limba: { $language }.

## Wins

# Fără verb la trecut: „a câștigat” e neutru, dar numele clientului ar cere articol.
win-title = 🎉 Vânzare câștigată: { $rep } — { $customer }!

## Counts

deals-count =
    { $count ->
        [one] { $count } tranzacție
        [few] { $count } tranzacții
       *[other] { $count } de tranzacții
    }
