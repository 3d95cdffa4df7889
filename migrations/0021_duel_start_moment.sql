-- A duel counts what is won after it starts, not only on its days: the moment it was
-- accepted, and the moment each deal was closed (recorded), are kept. Deals closed
-- before this migration take their last change as that moment; duels running now keep
-- counting from their first day.
ALTER TABLE deals ADD COLUMN closed_at TEXT;
UPDATE deals SET closed_at = updated_at WHERE outcome <> 'open';
ALTER TABLE duels ADD COLUMN started_at TEXT;
