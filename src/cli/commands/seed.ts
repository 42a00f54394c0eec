import type { Command } from "commander";
import { seedDemo } from "../../modules/demo/demo.service.ts";
import { positiveInt } from "../args.ts";
import type { CliContext } from "../context.ts";

export function registerSeed(program: Command, ctx: CliContext) {
  program
    .command("seed")
    .description("Add demo users, teams, customers and contacts (Shanghai and Munich)")
    .option("--customers <n>", "how many customers to add", positiveInt, 400)
    .option("--seed <s>", "random seed: the same seed gives the same data", positiveInt, 1)
    .option(
      "--no-history",
      "customers and contacts only, without communications, needs, follow-ups",
    )
    .action((opts: { customers: number; seed: number; history: boolean }) =>
      ctx.withDatabase(async (database) => {
        const { stdout, stderr } = ctx.io;
        const r = await seedDemo(database.db, {
          customers: opts.customers,
          seed: opts.seed,
          withHistory: opts.history,
          onProgress: (done) => stderr.write(`\r${done}/${opts.customers} customers`),
        });
        stderr.write("\n");
        stdout.write(
          `Seeded ${r.customers} customers and ${r.contacts} contacts (${r.users} demo users).\n`,
        );
      }),
    );
}
