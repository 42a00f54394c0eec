ALTER TABLE "users" ADD COLUMN "map_app" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_map_app_check" CHECK ("users"."map_app" in ('apple', 'google', 'amap', 'baidu'));