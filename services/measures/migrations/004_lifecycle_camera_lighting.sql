-- Who carries a measure out, what it costs, why it was taken, and the day of each step.
ALTER TABLE measures.measure ADD COLUMN responsible_org text CHECK (length(responsible_org) <= 200);
ALTER TABLE measures.measure ADD COLUMN cost_estimate_sek integer CHECK (cost_estimate_sek BETWEEN 0 AND 1000000000);
ALTER TABLE measures.measure ADD COLUMN started_on date;
ALTER TABLE measures.measure ADD COLUMN evaluated_on date;
ALTER TABLE measures.measure ADD COLUMN rejected_on date;
ALTER TABLE measures.measure ADD CONSTRAINT measure_steps_order_check CHECK (
  (started_on IS NULL OR decided_on IS NULL OR started_on >= decided_on)
  AND (done_on IS NULL OR started_on IS NULL OR done_on >= started_on)
  AND (evaluated_on IS NULL OR done_on IS NULL OR evaluated_on >= done_on));

-- What motivated it: a weekly picture (week + district), hot-spot cells ("q:r" keys), incidents.
ALTER TABLE measures.measure ADD COLUMN motivation_week text CHECK (motivation_week ~ '^\d{4}-W\d{2}$');
ALTER TABLE measures.measure ADD COLUMN motivation_district_id text;
ALTER TABLE measures.measure ADD COLUMN motivation_cells text[] NOT NULL DEFAULT '{}';
ALTER TABLE measures.measure ADD COLUMN motivation_incident_ids uuid[] NOT NULL DEFAULT '{}';

-- Lighting: new light, brighter light or repair; lux measured before and after, when someone did.
ALTER TABLE measures.measure ADD COLUMN lighting_kind text CHECK (lighting_kind IN ('new', 'brighter', 'repair'));
ALTER TABLE measures.measure ADD COLUMN lux_before real CHECK (lux_before BETWEEN 0 AND 100000);
ALTER TABLE measures.measure ADD COLUMN lux_after real CHECK (lux_after BETWEEN 0 AND 100000);
ALTER TABLE measures.measure ADD CONSTRAINT measure_lighting_check
  CHECK (kind = 'lighting' OR (lighting_kind IS NULL AND lux_before IS NULL AND lux_after IS NULL));

-- Cameras: where they look (compass bearing, angle, range), when they run, and the permit.
ALTER TABLE measures.measure ADD COLUMN camera_direction_deg real CHECK (camera_direction_deg >= 0 AND camera_direction_deg < 360);
ALTER TABLE measures.measure ADD COLUMN camera_angle_deg real CHECK (camera_angle_deg > 0 AND camera_angle_deg <= 360);
ALTER TABLE measures.measure ADD COLUMN camera_range_m real CHECK (camera_range_m > 0 AND camera_range_m <= 500);
ALTER TABLE measures.measure ADD COLUMN camera_hours text CHECK (length(camera_hours) <= 200);
ALTER TABLE measures.measure ADD COLUMN permit_state text CHECK (permit_state IN ('not_applied', 'applied', 'granted', 'refused', 'expired'));
-- The view, kept with the measure so that "what does this camera see" is a spatial query.
ALTER TABLE measures.measure ADD COLUMN camera_view geometry(Polygon, 4326);
CREATE INDEX measure_camera_view_idx ON measures.measure USING gist (camera_view);
-- Cameras recorded before directions existed: taken as 360° dome cameras of 50 m, and as having
-- had their permit when work on them had started (the rule below would not have let it start).
UPDATE measures.measure
   SET camera_direction_deg = 0, camera_angle_deg = 360, camera_range_m = 50,
       permit_state = CASE WHEN status IN ('in_progress', 'done', 'evaluated') THEN 'granted' ELSE 'not_applied' END,
       camera_view = ST_Transform(ST_Buffer(ST_Transform(ST_PointOnSurface(geom), 3006), 50, 18), 4326)
 WHERE kind = 'camera';
ALTER TABLE measures.measure ADD CONSTRAINT measure_camera_check CHECK (
  (kind = 'camera') = (camera_direction_deg IS NOT NULL AND camera_angle_deg IS NOT NULL AND camera_range_m IS NOT NULL
                       AND permit_state IS NOT NULL AND camera_view IS NOT NULL)
  AND (kind = 'camera' OR (camera_hours IS NULL AND camera_direction_deg IS NULL AND permit_state IS NULL AND camera_view IS NULL)));
ALTER TABLE measures.measure ADD CONSTRAINT measure_camera_point_check CHECK (kind <> 'camera' OR GeometryType(geom) = 'POINT');

CREATE INDEX measure_status_idx ON measures.measure (district_id, status) WHERE deleted_at IS NULL;
