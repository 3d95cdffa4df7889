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

## A deal's card

amount-not-set = not set
deal-customer = Customer
deal-amount = Amount
deal-stage = Stage
deal-owner = Owner
deal-product = Product
deal-expected-close = Expected close
deal-won-on = Won on
deal-lost-on = Lost on
deal-lost-because = Lost because
deal-note = Note: { $note }
deal-counted-as = Counted as { $counted }: { $amount } at { $rate }, the rate of its day.
deal-recorded-until-closed = Recorded in { $currency } as given; when it closes it counts in { $team } at the rate of its day (/rates list).
deal-recorded-without-rate = Recorded in { $currency } as given; with no { $currency } rate for its day, leaderboards count this deal but not its amount (a manager sets one: /rates set rate:"{ $currency } …").
deal-footer = Deal #{ $number }

## Counts

deals-count =
    { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
