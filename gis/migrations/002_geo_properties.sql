-- Properties (fastigheter) and their owners: scopes what a property owner may see.
CREATE TABLE geo.property (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  owner_id    text NOT NULL,
  owner_name  text NOT NULL,
  approximate boolean NOT NULL DEFAULT true,
  source      text NOT NULL,
  geom        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX property_geom_idx ON geo.property USING gist (geom);
CREATE INDEX property_owner_idx ON geo.property (owner_id);
