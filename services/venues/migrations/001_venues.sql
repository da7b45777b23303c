CREATE SCHEMA IF NOT EXISTS venues;

-- Licensed premises, gyms, schools and youth centres: places the plan's activities work with.
CREATE TABLE venues.venue (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  kind        text NOT NULL CHECK (kind IN ('restaurant', 'bar', 'nightclub', 'gym', 'school', 'youth_centre')),
  location    geometry(Point, 4326) NOT NULL,
  district_id text,
  synthetic   boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  deleted_at  timestamptz
);
CREATE INDEX venue_location_idx ON venues.venue USING gist (location);
CREATE INDEX venue_district_idx ON venues.venue (district_id) WHERE deleted_at IS NULL;
