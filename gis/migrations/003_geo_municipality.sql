-- The municipality's outline, for "does this place lie in Linköping?". The demo ships an
-- approximate octagon of radius 26 km around the city, marked approximate; import the official
-- boundary for real use.
CREATE TABLE geo.municipality (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  approximate boolean NOT NULL DEFAULT true,
  source      text NOT NULL,
  geom        geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom))
);
CREATE INDEX municipality_geom_idx ON geo.municipality USING gist (geom);

INSERT INTO geo.municipality (id, name, approximate, source, geom)
SELECT 'linkoping', 'Linköpings kommun', true, 'demo',
       ST_Multi(ST_Transform(ST_Buffer(ST_Transform(ST_SetSRID(ST_MakePoint(15.62, 58.40), 4326), 3006), 26000, 2), 4326));
