CREATE TABLE "communications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"author_id" uuid,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL,
	"duration_min" integer,
	"subject" text,
	"content" text,
	"outcome" text,
	"next_step" text,
	"contact_id" uuid,
	"need_id" uuid,
	"visit_id" uuid,
	"search_vector" "tsvector" NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"need_id" uuid,
	"assignee_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_at" timestamp (3) with time zone NOT NULL,
	"notes" text,
	"status" text DEFAULT 'open' NOT NULL,
	"result" text,
	"completed_at" timestamp (3) with time zone,
	"source_communication_id" uuid,
	"strategy_id" uuid,
	"strategy_period" text,
	"created_by" uuid,
	"reminded_at" timestamp (3) with time zone,
	"deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_links" (
	"need_id" uuid NOT NULL,
	"communication_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_links_need_id_communication_id_pk" PRIMARY KEY("need_id","communication_id")
);
--> statement-breakpoint
CREATE TABLE "need_status_changes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "need_status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"need_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_types" (
	"key" text PRIMARY KEY NOT NULL,
	"label_en" text NOT NULL,
	"label_zh" text NOT NULL,
	"sla_days" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"importance" integer NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_id" uuid,
	"source_communication_id" uuid,
	"due_at" timestamp (3) with time zone NOT NULL,
	"resolution_note" text,
	"closed_at" timestamp (3) with time zone,
	"deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "needs_importance_check" CHECK ("needs"."importance" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text,
	"follow_up_id" uuid,
	"customer_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp (3) with time zone,
	"emailed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"goal" text,
	"segment" jsonb NOT NULL,
	"channel" text NOT NULL,
	"follow_up_kind" text NOT NULL,
	"cadence" jsonb NOT NULL,
	"template" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"team_id" uuid,
	"anchor_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_run_at" timestamp (3) with time zone,
	"next_run_at" timestamp (3) with time zone,
	"deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communications" ADD CONSTRAINT "communications_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_source_communication_id_communications_id_fk" FOREIGN KEY ("source_communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_links" ADD CONSTRAINT "need_links_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_links" ADD CONSTRAINT "need_links_communication_id_communications_id_fk" FOREIGN KEY ("communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_status_changes" ADD CONSTRAINT "need_status_changes_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_status_changes" ADD CONSTRAINT "need_status_changes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_type_need_types_key_fk" FOREIGN KEY ("type") REFERENCES "public"."need_types"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_source_communication_id_communications_id_fk" FOREIGN KEY ("source_communication_id") REFERENCES "public"."communications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "communications_customer_idx" ON "communications" USING btree ("customer_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "communications_author_idx" ON "communications" USING btree ("author_id","occurred_at");--> statement-breakpoint
CREATE INDEX "communications_need_idx" ON "communications" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "communications_search_idx" ON "communications" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "follow_ups_assignee_idx" ON "follow_ups" USING btree ("assignee_id","status","due_at");--> statement-breakpoint
CREATE INDEX "follow_ups_customer_idx" ON "follow_ups" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "follow_ups_reminder_idx" ON "follow_ups" USING btree ("due_at") WHERE "follow_ups"."status" = 'open' and "follow_ups"."reminded_at" is null and "follow_ups"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "follow_ups_strategy_period_key" ON "follow_ups" USING btree ("strategy_id","customer_id","strategy_period") WHERE "follow_ups"."strategy_id" is not null;--> statement-breakpoint
CREATE INDEX "need_links_comm_idx" ON "need_links" USING btree ("communication_id");--> statement-breakpoint
CREATE INDEX "need_changes_need_idx" ON "need_status_changes" USING btree ("need_id","id");--> statement-breakpoint
CREATE INDEX "need_changes_customer_idx" ON "need_status_changes" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "needs_customer_idx" ON "needs" USING btree ("customer_id","status");--> statement-breakpoint
CREATE INDEX "needs_owner_idx" ON "needs" USING btree ("owner_id","status","due_at");--> statement-breakpoint
CREATE INDEX "needs_open_due_idx" ON "needs" USING btree ("due_at") WHERE "needs"."status" in ('open', 'in_progress') and "needs"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_follow_up_kind_key" ON "notifications" USING btree ("follow_up_id","kind") WHERE "notifications"."follow_up_id" is not null;--> statement-breakpoint
INSERT INTO "need_types" ("key", "label_en", "label_zh", "sla_days") VALUES
  ('product_interest', 'Product interest', '产品意向', '[30, 21, 14, 7, 3]'),
  ('service_request', 'Service request', '服务请求', '[14, 10, 7, 3, 1]'),
  ('complaint', 'Complaint', '投诉', '[7, 5, 3, 2, 1]'),
  ('support', 'Support', '技术支持', '[14, 7, 5, 2, 1]'),
  ('training', 'Training', '培训', '[60, 45, 30, 14, 7]'),
  ('other', 'Other', '其他', '[30, 21, 14, 7, 3]')
ON CONFLICT DO NOTHING;
