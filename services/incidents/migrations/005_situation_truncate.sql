-- TRUNCATE fires no row triggers: it would remove published situational pictures, which no UPDATE or
-- DELETE may touch. A statement trigger refuses it while any published picture exists.
CREATE FUNCTION incidents.situation_refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM incidents.situation WHERE status = 'published') THEN
    RAISE EXCEPTION 'incidents.situation holds published situational pictures, which cannot be removed'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER situation_no_truncate BEFORE TRUNCATE ON incidents.situation
  FOR EACH STATEMENT EXECUTE FUNCTION incidents.situation_refuse_truncate();
