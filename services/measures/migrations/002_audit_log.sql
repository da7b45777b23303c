-- Who did what, when, with the values before and after: the measures service's audit log.
-- Replaces measure_history, whose rows (from before sign-in existed) are kept as written by "system".
CREATE TABLE measures.audit_log (
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
CREATE INDEX audit_log_entity_idx ON measures.audit_log (entity, entity_id, at);
CREATE INDEX audit_log_at_idx ON measures.audit_log (at);

INSERT INTO measures.audit_log (at, actor, actor_name, action, entity, entity_id, before, after)
SELECT h.at, 'system', 'System (before sign-in)', h.action, 'Measure', h.measure_id::text, h.before, h.after
  FROM measures.measure_history h ORDER BY h.id;
DROP TABLE measures.measure_history;

ALTER TABLE measures.measure ADD COLUMN description text NOT NULL DEFAULT '' CHECK (length(description) <= 2000);
ALTER TABLE measures.measure ADD COLUMN created_by text NOT NULL DEFAULT 'system';
ALTER TABLE measures.measure ADD COLUMN withdrawn_reason text;
