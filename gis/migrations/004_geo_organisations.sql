-- The organisations the plan works with: municipal units, authorities, companies (property owners
-- among them) and associations. Properties name their owner by this id.
CREATE TABLE geo.organisation (
  id         text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{2,60}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind       text NOT NULL CHECK (kind IN ('municipality', 'police', 'authority', 'region', 'company', 'association')),
  source     text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO geo.organisation (id, name, kind, source)
SELECT DISTINCT owner_id, owner_name, 'company', source FROM geo.property
ON CONFLICT DO NOTHING;
