-- The weekly situational picture (lägesbild) of one district: drafted, then published. A published
-- version never changes (the trigger refuses it); a correction is a new version.
CREATE TABLE incidents.situation (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  week         text NOT NULL CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
  district_id  text NOT NULL,
  version      integer NOT NULL CHECK (version >= 1),
  status       text NOT NULL CHECK (status IN ('draft', 'published')),
  text         text NOT NULL DEFAULT '' CHECK (length(text) <= 4000),
  -- the figures as they were at publication; null while a draft (drafts show live figures)
  figures      jsonb,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  published_by text,
  published_at timestamptz,
  UNIQUE (week, district_id, version),
  CHECK ((status = 'published') = (figures IS NOT NULL AND published_at IS NOT NULL))
);
CREATE INDEX situation_district_week_idx ON incidents.situation (district_id, week);

CREATE FUNCTION incidents.situation_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'situation % of % (version %) is published and cannot change', OLD.week, OLD.district_id, OLD.version
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER situation_immutable BEFORE UPDATE OR DELETE ON incidents.situation
  FOR EACH ROW EXECUTE FUNCTION incidents.situation_is_immutable();
