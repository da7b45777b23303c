-- The plan service's own schema. Districts are reference geography (geo.district), served here
-- because plan owns District; plans, activities and follow-ups arrive with their own migrations.
CREATE SCHEMA IF NOT EXISTS plan;
