CREATE TABLE "customer_grams" (
	"gram" text NOT NULL,
	"name" text NOT NULL,
	"customer_id" uuid NOT NULL,
	CONSTRAINT "customer_grams_gram_name_customer_id_pk" PRIMARY KEY("gram","name","customer_id")
);
--> statement-breakpoint
ALTER TABLE "customer_grams" ADD CONSTRAINT "customer_grams_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_grams_customer_idx" ON "customer_grams" USING btree ("customer_id");--> statement-breakpoint
CREATE OR REPLACE FUNCTION customers_sync_grams() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.search_grams IS NOT DISTINCT FROM OLD.search_grams AND NEW.name = OLD.name THEN
      RETURN NEW;
    END IF;
    DELETE FROM customer_grams WHERE customer_id = OLD.id;
  END IF;
  INSERT INTO customer_grams (gram, name, customer_id)
    SELECT DISTINCT g, NEW.name, NEW.id FROM unnest(NEW.search_grams) AS g;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER customers_sync_grams AFTER INSERT OR UPDATE OF name, search_grams ON customers
  FOR EACH ROW EXECUTE FUNCTION customers_sync_grams();
--> statement-breakpoint
INSERT INTO customer_grams (gram, name, customer_id)
  SELECT DISTINCT g, c.name, c.id FROM customers c, unnest(c.search_grams) AS g
  ON CONFLICT DO NOTHING;
