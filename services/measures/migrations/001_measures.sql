CREATE SCHEMA IF NOT EXISTS measures;

-- A physical-environment measure (åtgärd i den fysiska miljön).
CREATE TABLE measures.measure (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind        text NOT NULL CHECK (kind IN ('lighting', 'camera', 'signage', 'vegetation_clearing', 'fencing', 'graffiti_removal', 'other')),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  status      text NOT NULL DEFAULT 'proposed'
              CHECK (status IN ('proposed', 'decided', 'in_progress', 'done', 'evaluated', 'rejected')),
  geom        geometry(Geometry, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  district_id text NOT NULL,
  synthetic   boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  deleted_at  timestamptz
);
CREATE INDEX measure_geom_idx ON measures.measure USING gist (geom);
CREATE INDEX measure_district_idx ON measures.measure (district_id) WHERE deleted_at IS NULL;

-- Every change, with the values before and after: nothing is changed or removed silently.
CREATE TABLE measures.measure_history (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  measure_id  uuid NOT NULL REFERENCES measures.measure (id),
  action      text NOT NULL,
  before      jsonb,
  after       jsonb,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX measure_history_measure_idx ON measures.measure_history (measure_id, at);
