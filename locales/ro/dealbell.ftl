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
