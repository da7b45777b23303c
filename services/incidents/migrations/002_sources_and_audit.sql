-- Imported events keep where they came from, and an event known only to an area says which area.
ALTER TABLE incidents.incident ADD COLUMN original_type text;
ALTER TABLE incidents.incident ADD COLUMN title text;
ALTER TABLE incidents.incident ADD COLUMN source_url text;
-- "Linköpings kommun", "Östergötlands län": the area of an event without a place of its own.
ALTER TABLE incidents.incident ADD COLUMN area_name text;
ALTER TABLE incidents.incident ADD COLUMN created_by text NOT NULL DEFAULT 'system';
ALTER TABLE incidents.incident ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE incidents.incident ADD CONSTRAINT incident_category_check CHECK (category IN (
  'vandalism', 'graffiti', 'fire', 'stone_throwing', 'drug_dealing', 'public_disorder', 'threat_violence',
  'burglary', 'littering', 'unsafe_place', 'youth_gathering', 'other'));
ALTER TABLE incidents.incident ADD CONSTRAINT incident_district_precision_check
  CHECK (precision <> 'district' OR district_id IS NOT NULL);
ALTER TABLE incidents.incident ADD CONSTRAINT incident_area_check
  CHECK (precision NOT IN ('municipality', 'county') OR area_name IS NOT NULL);
CREATE INDEX incident_source_idx ON incidents.incident (source, source_id);

-- Who changed what, when, before and after (as in the measures service).
CREATE TABLE incidents.audit_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  actor_name  text NOT NULL,
  actor_roles text[] NOT NULL DEFAULT '{}',
  action      text NOT NULL,
  entity      text NOT NULL,
  entity_id   text NOT NULL,
  before      jsonb,
  after       jsonb
);
CREATE INDEX audit_log_entity_idx ON incidents.audit_log (entity, entity_id, at);
CREATE INDEX audit_log_at_idx ON incidents.audit_log (at);
