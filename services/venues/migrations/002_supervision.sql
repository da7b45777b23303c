-- Supervision of licensed premises and the networks and training around them (plan 6.1.3, 6.2.3–6.2.5).
-- Every row records who wrote it; nothing is deleted, only marked (deleted_at), and the audit log
-- keeps the values before and after.

ALTER TABLE venues.venue
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN created_by text NOT NULL DEFAULT 'system';

-- An alcohol licence (serveringstillstånd): permanent or temporary, to the public or to closed
-- companies; the latest serving time on ordinary nights and on Friday and Saturday nights, in Swedish
-- time (the usual limit is 01:00, extended licences run to 03:00).
CREATE TABLE venues.licence (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  venue_id             uuid NOT NULL REFERENCES venues.venue (id),
  kind                 text NOT NULL CHECK (kind IN ('permanent_public', 'permanent_private', 'temporary_public', 'temporary_private')),
  serves_until         time NOT NULL,
  serves_until_weekend time NOT NULL,
  valid_from           date NOT NULL,
  valid_to             date CHECK (valid_to IS NULL OR valid_to >= valid_from),
  synthetic            boolean NOT NULL DEFAULT false,
  created_by           text NOT NULL,
  created_at           timestamptz NOT NULL DEFAULT now(),
  deleted_at           timestamptz
);
CREATE INDEX licence_venue_idx ON venues.licence (venue_id, valid_from DESC) WHERE deleted_at IS NULL;

-- An inspection (tillsyn): on site or an internal control of the books, by the Police, the
-- municipality or both together; what was found and what it led to.
CREATE TABLE venues.inspection (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  venue_id     uuid NOT NULL REFERENCES venues.venue (id),
  inspected_on date NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('on_site', 'internal_control')),
  inspected_by text NOT NULL CHECK (inspected_by IN ('police', 'municipality', 'joint')),
  findings     text NOT NULL DEFAULT '' CHECK (length(findings) <= 2000),
  decision     text NOT NULL CHECK (decision IN ('none', 'remark', 'warning', 'revocation')),
  synthetic    boolean NOT NULL DEFAULT false,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  deleted_at   timestamptz
);
CREATE INDEX inspection_venue_idx ON venues.inspection (venue_id, inspected_on DESC) WHERE deleted_at IS NULL;

-- Krogar mot knark (restaurants, 6.2.4) and 100 % ren hårdträning (gyms, 6.1.3), with the dates.
CREATE TABLE venues.network_membership (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  venue_id   uuid NOT NULL REFERENCES venues.venue (id),
  network    text NOT NULL CHECK (network IN ('krogar_mot_knark', 'ren_hardtraning')),
  joined_on  date NOT NULL,
  left_on    date CHECK (left_on IS NULL OR left_on >= joined_on),
  synthetic  boolean NOT NULL DEFAULT false,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE INDEX network_membership_venue_idx ON venues.network_membership (venue_id) WHERE deleted_at IS NULL;
-- One open membership per venue and network at a time.
CREATE UNIQUE INDEX network_membership_open_idx ON venues.network_membership (venue_id, network) WHERE left_on IS NULL AND deleted_at IS NULL;

-- Ansvarsfull alkoholservering (6.2.5): a session and how many of the venue's staff took part
-- (a number, not names: the platform keeps no personal data).
CREATE TABLE venues.training_session (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  venue_id     uuid NOT NULL REFERENCES venues.venue (id),
  held_on      date NOT NULL,
  course       text NOT NULL CHECK (course IN ('ansvarsfull_alkoholservering')),
  participants int NOT NULL CHECK (participants BETWEEN 1 AND 500),
  synthetic    boolean NOT NULL DEFAULT false,
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  deleted_at   timestamptz
);
CREATE INDEX training_session_venue_idx ON venues.training_session (venue_id, held_on DESC) WHERE deleted_at IS NULL;

-- Who did what, when, with the values before and after (gis/src/audit.ts writes it).
CREATE TABLE venues.audit_log (
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
CREATE INDEX audit_log_entity_idx ON venues.audit_log (entity, entity_id, at);
CREATE INDEX audit_log_at_idx ON venues.audit_log (at);
