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
