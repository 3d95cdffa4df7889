# Dealbells Wörter auf Deutsch. Anrede: du (wie Discord selbst). Siehe glossary.md.

## /language

language-title = Deine Sprache
language-chosen = Wenn deine Discord-App auf eine Sprache eingestellt ist, die Dealbell nicht spricht, antwortet Dealbell dir auf { $language }.
language-automatic = Dealbell antwortet dir in der Sprache deiner Discord-App, wenn Dealbell sie spricht, sonst in der Sprache deines Teams ({ $language }).
language-current = Gerade antwortet Dealbell dir auf { $language }.

## Wins

win-title = 🎉 { $rep } gewinnt { $customer }!

## Counts

deals-count =
    { $count ->
        [one] { $count } Abschluss
       *[other] { $count } Abschlüsse
    }
