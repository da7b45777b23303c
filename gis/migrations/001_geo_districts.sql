-- Reference geography shared read-only by every service: districts (stadsdelar).
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE SCHEMA IF NOT EXISTS geo;

CREATE TABLE geo.district (
  id          text PRIMARY KEY,
  code        text UNIQUE,
  name        text NOT NULL,
  priority    boolean NOT NULL DEFAULT false,
  -- true for the shipped demo polygons, false for imported official boundaries
  approximate boolean NOT NULL DEFAULT true,
  source      text NOT NULL,
  geom        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX district_geom_idx ON geo.district USING gist (geom);
