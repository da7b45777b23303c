-- The days a measure was decided and done: its effect is measured before versus after the day it was done.
ALTER TABLE measures.measure ADD COLUMN decided_on date;
ALTER TABLE measures.measure ADD COLUMN done_on date;
ALTER TABLE measures.measure ADD CONSTRAINT measure_dates_order_check CHECK (done_on IS NULL OR decided_on IS NULL OR done_on >= decided_on);
-- A measure is done (or evaluated) exactly when it has the day it was done.
ALTER TABLE measures.measure ADD CONSTRAINT measure_done_has_date_check
  CHECK ((status IN ('done', 'evaluated')) = (done_on IS NOT NULL));
