-- The activity plan as data: a plan file (plans/*.json) is imported into these tables, replacing the
-- plan's earlier version as a whole (the file is the source; the next period's plan is another file).
CREATE TABLE plan.plan (
  id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{3,60}$'),
  title       text NOT NULL,
  parties     text[] NOT NULL,
  period_from date NOT NULL,
  period_to   date NOT NULL CHECK (period_to >= period_from),
  agreement   jsonb NOT NULL,
  purpose     text NOT NULL,
  goal        text NOT NULL,
  priority_districts text[] NOT NULL DEFAULT '{}',
  -- The file as imported: importing the same file again changes nothing.
  source      jsonb NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- Groups of the organisation (styrgrupp, beredningsgrupp, EST-gruppen, områdesgrupper), members by role.
CREATE TABLE plan.plan_group (
  plan_id   text NOT NULL REFERENCES plan.plan (id) ON DELETE CASCADE,
  id        text NOT NULL,
  code      text NOT NULL,
  name      text NOT NULL,
  members   text[] NOT NULL,
  task      text NOT NULL,
  cadence   text NOT NULL CHECK (cadence IN ('weekly', 'monthly', 'yearly', 'recurring', 'ongoing', 'as_needed')),
  districts text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (plan_id, id)
);

CREATE TABLE plan.priority_area (
  plan_id  text NOT NULL REFERENCES plan.plan (id) ON DELETE CASCADE,
  code     text NOT NULL,
  title    text NOT NULL,
  goal     text NOT NULL,
  PRIMARY KEY (plan_id, code)
);

CREATE TABLE plan.activity (
  plan_id      text NOT NULL,
  area_code    text NOT NULL,
  code         text NOT NULL,
  title        text NOT NULL,
  goal         text NOT NULL,
  description  text NOT NULL,
  lead         text[] NOT NULL,
  participants text[] NOT NULL,
  cadence      text NOT NULL CHECK (cadence IN ('weekly', 'monthly', 'yearly', 'recurring', 'ongoing', 'as_needed')),
  -- Empty: the whole municipality.
  districts    text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (plan_id, code),
  FOREIGN KEY (plan_id, area_code) REFERENCES plan.priority_area (plan_id, code) ON DELETE CASCADE
);
CREATE INDEX activity_districts_idx ON plan.activity USING gin (districts);
