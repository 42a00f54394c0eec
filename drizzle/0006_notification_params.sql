ALTER TABLE "notifications" ADD COLUMN "params" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- Existing reminders keep what they said, now as parameters: the customer's name as it was
-- when the reminder fired (cut from the English title), the notes, the follow-up's due time.
UPDATE "notifications" n SET "params" = jsonb_build_object(
  'customerName', regexp_replace(n."title", '^Follow-up due: ', ''),
  'notes', n."body",
  'dueAt', to_char(f."due_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  'followUpKind', f."kind")
FROM "follow_ups" f
WHERE n."kind" = 'follow_up_due' AND f."id" = n."follow_up_id";--> statement-breakpoint
-- Any other kind (none is written today) keeps its stored text, shown as it is in every language.
UPDATE "notifications" SET "params" = jsonb_build_object('title', "title", 'body', "body")
WHERE "params" = '{}'::jsonb;
