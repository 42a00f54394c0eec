import type { Config } from "../config.ts";
import type { Executor } from "../db/client.ts";
import { purgeExpiredKeys } from "../modules/idempotency/idempotency.service.ts";
import {
  fireDueReminders,
  type Mailer,
  sendPendingEmails,
} from "../modules/notifications/notifications.service.ts";
import { runDueStrategies } from "../modules/strategies/strategies.service.ts";
import { type RetentionSettings, runRetention } from "./retention.ts";
import type { JobLogger } from "./scheduler.ts";

/** Rows one transaction claims: small enough to keep locks short, large enough to drain fast. */
const BATCH = 100;
/** Batches per tick and job, so one tick cannot run forever after a long downtime. */
const MAX_BATCHES = 50;
/** E-mails per transaction: their rows stay locked while SMTP talks, so keep it small. */
const MAIL_BATCH = 20;
/** How often one process runs the retention step (the first tick always does). */
const RETENTION_EVERY_MS = 3600_000;

/**
 * One scheduler tick: run the strategies that are due (they create follow-ups), purge expired
 * idempotency keys, fire the reminders of due follow-ups, delete old rows (hourly), then e-mail
 * new notifications when a mailer is configured.
 * Each step claims its rows, so any number of processes may run ticks at the same time.
 */
export function jobTick(opts: {
  db: Executor;
  mailer: Mailer | null;
  logger: JobLogger;
  /** PUBLIC_URL for links in e-mails; retention and session rules for the cleanup. */
  config: Pick<Config, "publicUrl"> & RetentionSettings;
  now?: () => Date;
}): () => Promise<void> {
  const now = opts.now ?? (() => new Date());
  let lastRetention: number | null = null;
  // One failing step must not starve the others: each is logged and the tick goes on.
  const step = async (name: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (err) {
      opts.logger.error({ err }, `scheduler: ${name} failed`);
    }
  };
  return async () => {
    await step("strategies", async () => {
      await runDueStrategies(opts.db, now(), BATCH, (err, strategyId) =>
        opts.logger.error({ err }, `scheduler: strategy ${strategyId} failed; retrying in an hour`),
      );
    });
    await step("idempotency keys", async () => {
      await purgeExpiredKeys(opts.db, now());
    });
    await step("reminders", async () => {
      let reminders = 0;
      for (let i = 0; i < MAX_BATCHES; i++) {
        const n = await fireDueReminders(opts.db, now(), BATCH);
        reminders += n;
        if (n < BATCH) break;
      }
      if (reminders > 0) opts.logger.info({ reminders }, "scheduler: reminders fired");
    });
    // Hourly, not every tick: the cleanup scans tables whose rows rarely qualify.
    const at = now().getTime();
    if (lastRetention === null || at - lastRetention >= RETENTION_EVERY_MS) {
      lastRetention = at;
      await step("retention", async () => {
        const r = await runRetention(opts.db, now(), opts.config);
        if (r.jobs + r.sessions + r.rateLimits > 0) {
          opts.logger.info(r, "scheduler: retention deleted old rows");
        }
      });
    }
    const mailer = opts.mailer;
    if (!mailer) return;
    await step("e-mail", async () => {
      for (let i = 0; i < MAX_BATCHES; i++) {
        const r = await sendPendingEmails(opts.db, mailer, now(), MAIL_BATCH, {
          onError: (err) =>
            opts.logger.error({ err }, "scheduler: sending a notification e-mail failed"),
          publicUrl: opts.config.publicUrl,
        });
        // A failure usually means the SMTP server is down: wait for the next tick.
        if (r.sent < MAIL_BATCH || r.failed > 0) break;
      }
    });
  };
}
