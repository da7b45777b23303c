CREATE SCHEMA IF NOT EXISTS incidents;

-- A reported incident (inrapporterad händelse). No personal data: see DOMAIN.md.
CREATE TABLE incidents.incident (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  occurred_at  timestamptz NOT NULL,
  ended_at     timestamptz,
  category     text NOT NULL,
  description  text NOT NULL DEFAULT '' CHECK (length(description) <= 1000),
  -- precise events have a point; events known only to an area have none (never a fake pin)
  precision    text NOT NULL CHECK (precision IN ('exact', 'district', 'municipality', 'county')),
  location     geometry(Point, 4326),
  radius_m     integer CHECK (radius_m IS NULL OR radius_m >= 0),
  district_id  text,
  reported_by  text NOT NULL,
  source       text NOT NULL CHECK (source IN ('manual', 'import', 'demo')),
  source_id    text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  deleted_at   timestamptz,
  CHECK ((precision = 'exact') = (location IS NOT NULL)),
  CHECK (ended_at IS NULL OR ended_at >= occurred_at),
  UNIQUE (source, source_id)
);
CREATE INDEX incident_location_idx ON incidents.incident USING gist (location);
CREATE INDEX incident_district_time_idx ON incidents.incident (district_id, occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX incident_time_idx ON incidents.incident (occurred_at) WHERE deleted_at IS NULL;
