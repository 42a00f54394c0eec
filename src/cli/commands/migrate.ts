import type { Command } from "commander";
import { type CliContext, refuseRemote } from "../context.ts";

export function registerMigrate(program: Command, ctx: CliContext) {
  program
    .command("migrate")
    .description("Apply pending database migrations and exit")
    .action(async () => {
      refuseRemote(ctx, "migrate", "the server applied the migrations when it started.");
      // Opening the database migrates it.
      await ctx.withDatabase(async () => {});
      ctx.io.stdout.write("Migrations applied.\n");
    });
}
