-- What an alert found is kept typed (the JSON of core::alerts::Finding: who, which
-- period or deal, the figures) and worded for each reader in their language. Alerts
-- recorded before keep their English words as a "recorded" finding.
ALTER TABLE alerts RENAME COLUMN text TO finding;
UPDATE alerts SET finding = json_object('kind', 'recorded', 'text', finding);
