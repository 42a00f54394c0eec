-- Every Rapport process caches credential lookups (API token or session -> user) for a short
-- while. Any change that can end or alter what a credential grants notifies them all on the
-- channel `rapport_credentials` when it commits, whatever made the change (the API, the CLI,
-- a cascade, plain SQL), and each process drops its cache (src/modules/auth/credential-cache.ts).
CREATE FUNCTION rapport_credentials_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rapport_credentials', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Any user change: active, role, team, password, and the profile the request carries.
CREATE TRIGGER users_credentials_changed AFTER UPDATE OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_credentials_changed();
--> statement-breakpoint
-- Revocation, expiry, deletion; not last_used_at, which the batched "last used" flush writes.
CREATE TRIGGER api_tokens_credentials_changed
  AFTER UPDATE OF revoked_at, expires_at, user_id, token_hash OR DELETE ON api_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_credentials_changed();
--> statement-breakpoint
CREATE TRIGGER sessions_deleted AFTER DELETE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION rapport_credentials_changed();
--> statement-breakpoint
-- Any session update except the "last seen" flush moving last_seen_at forward (moving it
-- back, as an idle-timeout test does, counts as a change).
CREATE TRIGGER sessions_credentials_changed AFTER UPDATE ON sessions
  FOR EACH ROW WHEN (
    new.last_seen_at < old.last_seen_at
    OR new.expires_at IS DISTINCT FROM old.expires_at
    OR new.user_id IS DISTINCT FROM old.user_id
    OR new.csrf_token IS DISTINCT FROM old.csrf_token
    OR new.token_hash IS DISTINCT FROM old.token_hash
  ) EXECUTE FUNCTION rapport_credentials_changed();
