-- Following the plan up: per activity and year, citizen promises with their own follow-up, and the
-- yearly assessment of criminal influence per district (restricted). Every write is in the audit log.

CREATE TABLE plan.follow_up (
  plan_id       text NOT NULL,
  activity_code text NOT NULL,
  year          int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  status        text NOT NULL CHECK (status IN ('not_started', 'ongoing', 'done', 'paused', 'cancelled')),
  done          text NOT NULL DEFAULT '' CHECK (length(done) <= 4000),
  -- [{ "name": "Tillsyner", "value": 42, "unit": "st" }]: what the partners chose to count.
  indicators    jsonb NOT NULL DEFAULT '[]',
  comment       text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
  updated_by    text NOT NULL,
  updated_by_name text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  -- No foreign key to the activity: importing a revised plan file replaces the plan's rows, and the
  -- years' follow-ups must outlive that (the service checks the activity exists when one is written).
  PRIMARY KEY (plan_id, activity_code, year)
);

-- A citizen promise (medborgarlöfte) of a year: what the partners promise, and how it went.
CREATE TABLE plan.citizen_promise (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  plan_id     text NOT NULL,
  year        int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  promise     text NOT NULL CHECK (length(promise) BETWEEN 1 AND 2000),
  districts   text[] NOT NULL DEFAULT '{}',
  status      text NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'ongoing', 'done', 'paused', 'cancelled')),
  outcome     text NOT NULL DEFAULT '' CHECK (length(outcome) <= 4000),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  deleted_at  timestamptz
);
CREATE INDEX citizen_promise_plan_idx ON plan.citizen_promise (plan_id, year) WHERE deleted_at IS NULL;

-- The yearly assessment of criminal influence in a district (6.1.1), after the Police's method:
-- a stage from 1 (none seen) to 4 (systematic), and what it rests on. Restricted: steering group and Police.
CREATE TABLE plan.influence_assessment (
  district_id text NOT NULL,
  year        int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  stage       int NOT NULL CHECK (stage BETWEEN 1 AND 4),
  summary     text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, year)
);

CREATE TABLE plan.audit_log (
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
CREATE INDEX audit_log_entity_idx ON plan.audit_log (entity, entity_id, at);
