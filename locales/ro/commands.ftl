# Descrierile comenzilor din meniul Discord (cel mult 100 de caractere). Cele englezești sunt în tabelul comenzilor.

command-leaderboard = Cine conduce în această perioadă
command-import = Importă un export din CRM (CSV)
command-team = Echipe și agenți de vânzări: din CRM sau adăugați manual
command-quota = Ținte de vânzări: unde te afli și stabilirea lor
command-schedule = Postări programate: clasamente, progresul țintelor, rezumate
command-tv = Clasamentul live pentru un ecran din birou sau un telefon
command-contest = Concursuri: managerii le pornesc, toată lumea vede clasamentul
command-duel = Provoacă un coleg la un duel unu la unu
command-nudges = Mementouri de la Dealbell: pornește sau oprește-le; managerii văd cine le-a oprit
command-away = Absent până la o zi: fără mementouri, iar seria ta te așteaptă
command-win = Înregistrează o vânzare câștigată dintr-un pas
command-deal = Tranzacții în pipeline: adaugă, mută, închide, listează, anulează
command-activity = Înregistrează apelurile, e-mailurile, întâlnirile și demo-urile din spatele vânzărilor
command-comp = Comision: planul pe înțeles și estimări pe baza lui
command-docs = Documentele echipei din care răspunde /ask
command-ask = Întreabă despre planul de comision și documentele de vânzări: răspunsuri cu pasajele citate
command-export = Descarcă un CSV (agenții: tranzacțiile proprii; managerii: ale tuturor sau ale cuiva)
command-forecast = Ce se închide în această perioadă și cât de bune au fost prognozele trecute
command-alerts = Alerte de prognoză: reguli, alerte deschise, amânare
command-setup = Setările echipei: fus orar, monedă, an fiscal, roluri, canale, limbă
command-rates = Cursuri de schimb: vânzările în alte monede contează în moneda echipei
command-privacy = Datele personale ale unui membru
command-language = Limba în care îți răspunde Dealbell
command-help = Ce poate face Dealbell
