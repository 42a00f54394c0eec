CREATE TABLE "visit_photos" (
	"id" uuid PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"storage_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp (3) with time zone NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"distance_m" double precision,
	"verification" text,
	CONSTRAINT "visit_photos_storage_key_unique" UNIQUE("storage_key"),
	CONSTRAINT "visit_photos_same_bytes" UNIQUE("visit_id","stage","sha256")
);
--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "check_in_reason_code" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "check_in_reason_note" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "check_out_distance_m" double precision;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "check_out_verification" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "check_out_reason_code" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "check_out_reason_note" text;--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_photos" ADD CONSTRAINT "visit_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_photos_visit_idx" ON "visit_photos" USING btree ("visit_id","uploaded_at");