import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { openConfiguredDatabase } from "../../db/open.ts";
import { buildServer } from "../../http/server.ts";
import { type SmtpMailer, smtpMailer } from "../../jobs/mailer.ts";
import { startJobWorker } from "../../jobs/queue/handlers.ts";
import type { Worker } from "../../jobs/queue/worker.ts";
import { type Scheduler, startScheduler } from "../../jobs/scheduler.ts";
import { jobTick } from "../../jobs/tick.ts";
import { DEMO_PASSWORD, isEmpty, seedDemo } from "../../modules/demo/demo.service.ts";
import { DEMO_USERS } from "../../modules/demo/demo-data.ts";
import { countUsers, findUserByEmail } from "../../modules/users/users.repository.ts";
import { type CliContext, refuseRemote } from "../context.ts";

export function registerServe(program: Command, ctx: CliContext) {
  program
    .command("serve")
    .description("Start the Rapport server (migrates the database first)")
    .option("--no-demo", "do not load demo data into an empty embedded database")
    .action(async (opts: { demo: boolean }) => {
      refuseRemote(ctx, "serve", "one server per data directory.");
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      // Demo data only for the embedded database: a PostgreSQL server is production.
      let demoLoaded = false;
      if (database.kind === "pglite" && opts.demo && (await isEmpty(database.db))) {
        demoLoaded = true;
        process.stdout.write("First run: loading demo data (Shanghai and Munich)…\n");
        const r = await seedDemo(database.db, { customers: 400, seed: 1 });
        process.stdout.write(
          `Loaded ${r.users} users, ${r.customers} customers, ${r.contacts} contacts.\n`,
        );
      }
      const users = await countUsers(database.db);
      const demo = demoLoaded || Boolean(await findUserByEmail(database.db, DEMO_USERS[1]!.email));
      const app = await buildServer({ database, config });
      let closing = false;
      let scheduler: Scheduler | null = null;
      let mailer: SmtpMailer | null = null;
      let worker: Worker | null = null;
      let cliChannel: { close(): Promise<void> } | undefined;
      const shutdown = async () => {
        if (closing) return;
        closing = true;
        await app.close();
        // The running tick finishes (and commits) before the database goes away.
        await scheduler?.stop();
        await worker?.stop();
        mailer?.close();
        await cliChannel?.close();
        await database.close();
        process.exit(0);
      };
      process.on("SIGINT", shutdown);
      process.on("SIGTERM", shutdown);
      await app.listen({ host: config.host, port: config.port });
      // Admin commands of a CLI run here while this process holds the embedded database.
      cliChannel = await ctx.startCliChannel?.(database, config, app.log);
      const address = app.server.address();
      const port = address && typeof address === "object" ? address.port : config.port;
      const local = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(config.host);
      const base = `http://${local ? "localhost" : config.host}:${port}`;
      // Started here, not in buildServer, so tests decide when jobs run. Every process may run
      // one: the jobs claim their rows (docs/jobs.md).
      if (config.schedulerIntervalMs > 0 && !closing) {
        mailer = config.mail.smtpUrl ? smtpMailer(config.mail.smtpUrl, config.mail.from) : null;
        scheduler = startScheduler({
          intervalMs: config.schedulerIntervalMs,
          tick: jobTick({ db: database.db, mailer, logger: app.log, config }),
          logger: app.log,
        });
        // The queue for long work (visit plans): claimed with SKIP LOCKED under a lease.
        worker = startJobWorker(database.db, config, {
          pollMs: Math.min(1000, config.schedulerIntervalMs),
          log: (msg, err) => app.log.error({ err }, msg),
        });
      }
      process.stdout.write(
        [
          "",
          `Rapport is running at ${base}`,
          `  API docs:  ${base}/api/docs`,
          `  Database:  ${database.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL"}`,
          `  Jobs:      ${scheduler ? `every ${config.schedulerIntervalMs} ms (reminders, strategies, visit plans${mailer ? ", e-mail" : ""})` : "off (SCHEDULER_INTERVAL_MS=0)"}`,
          ...(demo
            ? [
                "",
                `  Demo sign-in: wang.fang@rapport.example (manager, Shanghai), li.wei@rapport.example (rep),`,
                `                anna.schneider@rapport.example (manager, Munich), admin@rapport.example (admin)`,
                `                password for every demo account: ${DEMO_PASSWORD}  (demo data only)`,
              ]
            : []),
          ...(users === 0
            ? [
                "",
                "  No users yet. Create the first admin with:",
                "    npm run -s cli -- user add --email you@example.com --name 'Your Name' --role admin",
              ]
            : []),
          "",
        ].join("\n"),
      );
    });
}
