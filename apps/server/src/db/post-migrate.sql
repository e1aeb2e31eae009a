-- Database objects that drizzle-kit does not model. Idempotent; applied after every migration run.

-- The audit log is append-only: UPDATE and DELETE are refused.
CREATE OR REPLACE FUNCTION bole_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION bole_audit_append_only();

-- TRUNCATE skips row triggers: a statement trigger refuses it too.
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION bole_audit_append_only();

-- Engagement modes: a posting's dual appointment (双聘) is `dual_appointment`, the name every
-- module uses (postings stored it as `dual` before). Rewrites old rows once; a no-op afterwards.
UPDATE postings SET engagement_mode = 'dual_appointment' WHERE engagement_mode = 'dual';
