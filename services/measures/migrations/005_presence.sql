-- Presence (närvaro): where and when police, guards, field assistants, leisure leaders, safety
-- hosts and night walkers are, planned and realised. A recurring plan is kept as a rule and
-- expanded for the period someone looks at; an occurrence recorded as realised (or moved) is
-- stored as a shift that names its rule and day, and replaces the expanded one.
CREATE DOMAIN measures.presence_actor AS text CHECK (VALUE IN ('police', 'municipal_guard', 'security_guard', 'field_assistant',
                                                                 'leisure_leader', 'safety_host', 'night_walker'));

CREATE TABLE measures.presence_rule (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  actor_kind    measures.presence_actor NOT NULL,
  organisation  text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
  geom          geometry(Geometry, 4326) NOT NULL CHECK (GeometryType(geom) IN ('POINT', 'POLYGON') AND ST_IsValid(geom)),
  district_id   text NOT NULL,
  weekdays      smallint[] NOT NULL CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ '{1,2,3,4,5,6,7}'),
  start_time    time NOT NULL,
  end_time      time NOT NULL CHECK (end_time <> start_time),
  first_date    date NOT NULL,
  last_date     date NOT NULL CHECK (last_date >= first_date AND last_date - first_date < 366),
  -- The weekly picture (ISO week) it answers, in the same district.
  motivation_week text CHECK (motivation_week ~ '^\d{4}-W\d{2}$'),
  note          text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  synthetic     boolean NOT NULL DEFAULT false,
  created_by    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  deleted_at    timestamptz
);
CREATE INDEX presence_rule_geom_idx ON measures.presence_rule USING gist (geom);
CREATE INDEX presence_rule_district_idx ON measures.presence_rule (district_id, first_date, last_date) WHERE deleted_at IS NULL;

CREATE TABLE measures.presence_shift (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  actor_kind      measures.presence_actor NOT NULL,
  organisation    text NOT NULL CHECK (length(organisation) BETWEEN 1 AND 200),
  geom            geometry(Geometry, 4326) NOT NULL CHECK (GeometryType(geom) IN ('POINT', 'POLYGON') AND ST_IsValid(geom)),
  district_id     text NOT NULL,
  starts_at       timestamptz NOT NULL,
  ends_at         timestamptz NOT NULL CHECK (ends_at > starts_at AND ends_at - starts_at <= interval '24 hours'),
  state           text NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'realised')),
  rule_id         uuid REFERENCES measures.presence_rule (id),
  occurrence_date date,
  motivation_week text CHECK (motivation_week ~ '^\d{4}-W\d{2}$'),
  note            text NOT NULL DEFAULT '' CHECK (length(note) <= 500),
  synthetic       boolean NOT NULL DEFAULT false,
  created_by      text NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  deleted_at      timestamptz,
  CHECK ((rule_id IS NULL) = (occurrence_date IS NULL)),
  UNIQUE (rule_id, occurrence_date)
);
CREATE INDEX presence_shift_geom_idx ON measures.presence_shift USING gist (geom);
CREATE INDEX presence_shift_district_time_idx ON measures.presence_shift (district_id, starts_at) WHERE deleted_at IS NULL;
CREATE INDEX presence_shift_time_idx ON measures.presence_shift (starts_at) WHERE deleted_at IS NULL;
