import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { openConfiguredDatabase } from "../../db/open.ts";
import { seedDemo } from "../../modules/demo/demo.service.ts";
import { positiveInt } from "../args.ts";

export function registerSeed(program: Command) {
  program
    .command("seed")
    .description("Add demo users, teams, customers and contacts (Shanghai and Munich)")
    .option("--customers <n>", "how many customers to add", positiveInt, 400)
    .option("--seed <s>", "random seed: the same seed gives the same data", positiveInt, 1)
    .option(
      "--no-history",
      "customers and contacts only, without communications, needs, follow-ups",
    )
    .action(async (opts: { customers: number; seed: number; history: boolean }) => {
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const r = await seedDemo(database.db, {
          customers: opts.customers,
          seed: opts.seed,
          withHistory: opts.history,
          onProgress: (done) => process.stderr.write(`\r${done}/${opts.customers} customers`),
        });
        process.stderr.write("\n");
        process.stdout.write(
          `Seeded ${r.customers} customers and ${r.contacts} contacts (${r.users} demo users).\n`,
        );
      } finally {
        await database.close();
      }
    });
}
