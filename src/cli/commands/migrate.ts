import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { openConfiguredDatabase } from "../../db/open.ts";

export function registerMigrate(program: Command) {
  program
    .command("migrate")
    .description("Apply pending database migrations and exit")
    .action(async () => {
      const database = await openConfiguredDatabase(loadConfig());
      await database.close();
      process.stdout.write("Migrations applied.\n");
    });
}
