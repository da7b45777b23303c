-- A shift may last 24 hours on Swedish clocks, which is 25 real hours when the autumn clock change
-- falls inside it (an occurrence of a recurring plan "Sundays 00:30–00:29"): such an occurrence could
-- not be recorded as realised or cancelled under the old limit of 24 real hours.
ALTER TABLE measures.presence_shift DROP CONSTRAINT presence_shift_check;
ALTER TABLE measures.presence_shift ADD CONSTRAINT presence_shift_check
  CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '25 hours');
