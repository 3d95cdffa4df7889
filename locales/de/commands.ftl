# Beschreibungen der Slash-Befehle in Discords Befehlsmenü (höchstens 100 Zeichen).
# Die englischen stehen in der Befehlstabelle (src/commands/catalogue/table/).

command-leaderboard = Wer in diesem Zeitraum vorne liegt
command-import = Einen CRM-Export (CSV) importieren
command-team = Teams und Vertriebler: aus dem CRM oder von Hand angelegt
command-quota = Quoten: wo du stehst, und sie festlegen
command-schedule = Geplante Beiträge: Ranglisten, Quotenstand, Zusammenfassungen
command-tv = Die Live-Rangliste für einen Bürobildschirm oder ein Handy
command-contest = Wettbewerbe: Führungskräfte starten sie, alle sehen den Stand
command-duel = Fordere jemanden aus dem Team zum direkten Duell heraus
command-nudges = Erinnerungen von Dealbell an oder aus; Führungskräfte sehen, wer sie abgeschaltet hat
command-away = Abwesend bis zu einem Tag: keine Erinnerungen, deine Serie wartet auf dich
command-win = Einen gewonnenen Deal in einem Schritt erfassen
command-deal = Deals in der Pipeline: anlegen, verschieben, abschließen, auflisten, rückgängig machen
command-activity = Anrufe, E-Mails, Termine und Demos hinter den Abschlüssen erfassen
command-comp = Provision: der Plan in klaren Worten und Schätzungen daraus
command-docs = Die Dokumente des Teams, aus denen /ask antwortet
command-ask = Frag den Provisionsplan und die Vertriebsunterlagen: Antworten mit den Belegstellen
command-export = Eine CSV herunterladen (Vertriebler: eigene Deals; Führungskräfte: alle oder die einer Person)
command-forecast = Was in diesem Zeitraum abschließt und wie gut frühere Prognosen waren
command-alerts = Prognose-Warnungen: Regeln, offene Warnungen, Schlummern
command-setup = Team-Einstellungen: Zeitzone, Währung, Geschäftsjahr, Rollen, Kanäle, Sprache
command-rates = Wechselkurse: Abschlüsse in anderen Währungen zählen in der des Teams
command-privacy = Die persönlichen Daten eines Mitglieds
command-language = Die Sprache, in der Dealbell dir antwortet
command-help = Was Dealbell kann
