import type { Command } from "commander";
import { createApiToken } from "../../modules/auth/api-tokens.service.ts";
import { findUserByEmail } from "../../modules/users/users.repository.ts";
import { positiveInt } from "../args.ts";
import type { CliContext } from "../context.ts";
import { fail } from "../io.ts";

export function registerToken(program: Command, ctx: CliContext) {
  const token = program.command("token").description("Manage API tokens");
  token
    .command("create")
    .description("Create an API token acting as a user; prints it once on stdout")
    .requiredOption("--email <email>")
    .option("--name <name>", "what the token is for", "cli")
    .option("--expires-in-days <n>", "expiry in days (default: never)", positiveInt)
    .action((o) =>
      ctx.withDatabase(async (db) => {
        const user = await findUserByEmail(db.db, o.email);
        if (!user?.active) fail(`No active user ${o.email}.`);
        const { token: secret } = await createApiToken(db.db, user.id, {
          name: o.name,
          expiresInDays: o.expiresInDays,
        });
        ctx.io.stdout.write(`${secret}\n`);
      }),
    );
}
