# Dealbell's words in English: the reference catalogue. Every other language has the
# same messages with the same variables (tests/…: the catalogues' check).

## /language

language-title = Your language
language-chosen = When your Discord app is set to a language Dealbell does not speak, it answers you in { $language }.
language-automatic = Dealbell answers you in your Discord app's language when it speaks it, else in your team's language ({ $language }).
language-current = Dealbell is answering you in { $language } now.

## Wins

# The reply to /win and the wins channel's announcement.
win-title = 🎉 { $rep } won { $customer }!

## Counts

deals-count =
    { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
