-- A deal's forecast category when its owner overrides the one its stage implies:
-- commit, best_case, pipeline or omit. NULL: follow the stage.
ALTER TABLE deals ADD COLUMN forecast_category TEXT
    CHECK (forecast_category IS NULL OR forecast_category IN ('commit', 'best_case', 'pipeline', 'omit'));
