-- Search that finds (decision 0013): the search text, sort key and grams are written by the
-- application (pinyin needs its dictionary), so the generated search_text becomes a plain
-- column and customer_grams is keyed by the pinyin sort key instead of the raw name.
DROP TRIGGER "customers_sync_grams" ON "customers";--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "search_text" DROP EXPRESSION;--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "search_text" SET DEFAULT '';--> statement-breakpoint
UPDATE "customers" SET "search_text" = '' WHERE "search_text" IS NULL;--> statement-breakpoint
ALTER TABLE "customers" ALTER COLUMN "search_text" SET NOT NULL;--> statement-breakpoint
-- Byte order, so that the order (and a prefix range on the index) is the same on every server,
-- whatever its locale, and on PGlite.
ALTER TABLE "customers" ADD COLUMN "sort_key" text COLLATE "C" DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_version" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_pinyin" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- What SQL alone can do for existing rows: folded name, city, e-mail, phone digits and the
-- live contacts. search_version stays 0, so the application completes them (pinyin and its
-- grams, the exact folding) when it next migrates (db/migrate.ts).
UPDATE "customers" c SET
  "sort_key" = translate(lower(c."name"), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
    || chr(1) || chr(1) || lower(c."name"),
  "search_text" = concat_ws(E'\n',
    translate(lower(c."name"), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'),
    translate(lower(c."city"), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'),
    lower(c."email"),
    nullif(regexp_replace(regexp_replace(coalesce(c."phone", ''), '\D', '', 'g'), '^00', ''), ''),
    (SELECT string_agg(concat_ws(E'\n',
        translate(lower(k."name"), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'),
        lower(k."email"),
        nullif(regexp_replace(regexp_replace(coalesce(k."phone", ''), '\D', '', 'g'), '^00', ''), '')), E'\n')
      FROM "contacts" k WHERE k."customer_id" = c."id" AND k."deleted_at" IS NULL));--> statement-breakpoint
ALTER TABLE "customer_grams" DROP CONSTRAINT "customer_grams_gram_name_customer_id_pk";--> statement-breakpoint
TRUNCATE "customer_grams";--> statement-breakpoint
ALTER TABLE "customer_grams" RENAME COLUMN "name" TO "sort_key";--> statement-breakpoint
ALTER TABLE "customer_grams" ALTER COLUMN "sort_key" TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "customer_grams" ADD CONSTRAINT "customer_grams_gram_sort_key_customer_id_pk" PRIMARY KEY("gram","sort_key","customer_id");--> statement-breakpoint
CREATE OR REPLACE FUNCTION customers_sync_grams() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.search_grams IS NOT DISTINCT FROM OLD.search_grams AND NEW.sort_key = OLD.sort_key THEN
      RETURN NEW;
    END IF;
    DELETE FROM customer_grams WHERE customer_id = OLD.id;
  END IF;
  INSERT INTO customer_grams (gram, sort_key, customer_id)
    SELECT DISTINCT g, NEW.sort_key, NEW.id FROM unnest(NEW.search_grams) AS g;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER customers_sync_grams AFTER INSERT OR UPDATE OF sort_key, search_grams ON customers
  FOR EACH ROW EXECUTE FUNCTION customers_sync_grams();
--> statement-breakpoint
INSERT INTO "customer_grams" ("gram", "sort_key", "customer_id")
  SELECT DISTINCT g, c."sort_key", c."id" FROM "customers" c, unnest(c."search_grams") AS g
  ON CONFLICT DO NOTHING;--> statement-breakpoint
DROP INDEX "customers_name_idx";--> statement-breakpoint
DROP INDEX "customers_owner_name_idx";--> statement-breakpoint
DROP INDEX "customers_status_name_idx";--> statement-breakpoint
DROP INDEX "customers_tier_name_idx";--> statement-breakpoint
DROP INDEX "customers_city_name_idx";--> statement-breakpoint
CREATE INDEX "customers_sort_idx" ON "customers" USING btree ("sort_key","id") WHERE "customers"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "customers_owner_sort_idx" ON "customers" USING btree ("owner_id","sort_key","id") WHERE "customers"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "customers_status_sort_idx" ON "customers" USING btree ("status","sort_key","id") WHERE "customers"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "customers_tier_sort_idx" ON "customers" USING btree ("tier","sort_key","id") WHERE "customers"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "customers_search_pinyin_trgm_idx" ON "customers" USING gin ("search_pinyin" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "customers_city_sort_idx" ON "customers" USING btree ("city","sort_key","id") WHERE "customers"."deleted_at" is null;--> statement-breakpoint
-- Rows whose search fields the application has yet to (re)compute; empty in steady state.
-- The constant is CUSTOMER_SEARCH_VERSION: a migration that bumps it re-creates this index.
CREATE INDEX "customers_search_stale_idx" ON "customers" USING btree ("id") WHERE "customers"."search_version" < 1;
