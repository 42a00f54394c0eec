import type { Command } from "commander";
import type { FastifyInstance } from "fastify";
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
import { createShutdown, exitOnSignals } from "../shutdown.ts";

export function registerServe(program: Command, ctx: CliContext) {
  program
    .command("serve")
    .description("Start the Rapport server (migrates the database first)")
    .option("--no-demo", "do not load demo data into an empty embedded database")
    .action(async (opts: { demo: boolean }) => {
      refuseRemote(ctx, "serve", "one server per data directory.");
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      let app: FastifyInstance | null = null;
      const shutdown = createShutdown({
        timeoutMs: config.shutdownTimeoutMs,
        log: {
          info: (msg) => (app ? app.log.info(msg) : process.stderr.write(`${msg}\n`)),
          error: (err, msg) => app?.log.error({ err }, msg),
        },
      });
      // From here on SIGTERM/SIGINT finish in-flight work, then close the database, which
      // releases the data-directory lock. A signal during the demo load waits for it (up to
      // the deadline) rather than closing the database under it.
      shutdown.close("database", () => database.close());
      let started = () => {};
      const startup = new Promise<void>((resolve) => {
        started = resolve;
      });
      shutdown.drain("startup", () => startup);
      exitOnSignals(shutdown);
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
      const server = await buildServer({ database, config });
      app = server;
      let scheduler: Scheduler | null = null;
      let mailer: SmtpMailer | null = null;
      let worker: Worker | null = null;
      // Stop accepting and let in-flight requests end (new ones on kept-alive connections get
      // 503); at the deadline, drop the connections still open.
      shutdown.drain(
        "http",
        () => server.close(),
        () => server.server.closeAllConnections(),
      );
      started();
      if (shutdown.closing) return;
      await server.listen({ host: config.host, port: config.port });
      // Admin commands of a CLI run here while this process holds the embedded database.
      const cliChannel = await ctx.startCliChannel?.(database, config, server.log);
      // Commands already running finish before the database closes; new ones are refused.
      if (cliChannel) shutdown.drain("cli channel", () => cliChannel.close());
      const address = server.server.address();
      const port = address && typeof address === "object" ? address.port : config.port;
      const local = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(config.host);
      const base = `http://${local ? "localhost" : config.host}:${port}`;
      // Started here, not in buildServer, so tests decide when jobs run. Every process may run
      // one: the jobs claim their rows (docs/jobs.md).
      if (config.schedulerIntervalMs > 0 && !shutdown.closing) {
        // Every error the jobs log is a failure /metrics counts.
        const schedulerLog = {
          info: (obj: object, msg: string) => server.log.info(obj, msg),
          error: (obj: { err: unknown }, msg: string) => {
            server.jobFailed("scheduler");
            server.log.error(obj, msg);
          },
        };
        mailer = config.mail.smtpUrl ? smtpMailer(config.mail.smtpUrl, config.mail.from) : null;
        scheduler = startScheduler({
          intervalMs: config.schedulerIntervalMs,
          tick: jobTick({ db: database.db, mailer, logger: schedulerLog, config }),
          logger: schedulerLog,
        });
        // The running tick and job finish (and commit) before the database goes away.
        shutdown.drain("scheduler", () => scheduler!.stop());
        shutdown.close("mailer", () => mailer?.close());
        // The queue for long work (visit plans): claimed with SKIP LOCKED under a lease.
        worker = startJobWorker(database.db, config, {
          pollMs: Math.min(1000, config.schedulerIntervalMs),
          log: (msg, err) => {
            if (/^job \d+ .* failed$/.test(msg)) server.jobFailed("queue");
            server.log.error({ err }, msg);
          },
        });
        shutdown.drain("job worker", () => worker!.stop());
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
