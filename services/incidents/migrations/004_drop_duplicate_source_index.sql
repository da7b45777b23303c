-- incident_source_idx repeated the index of UNIQUE (source, source_id): every insert paid for both.
DROP INDEX IF EXISTS incidents.incident_source_idx;
