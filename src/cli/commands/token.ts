import type { Command } from "commander";
import { createApiToken } from "../../modules/auth/api-tokens.service.ts";
import { findUserByEmail } from "../../modules/users/users.repository.ts";
import { positiveInt } from "../args.ts";
import { withDatabase } from "./user.ts";

export function registerToken(program: Command) {
  const token = program.command("token").description("Manage API tokens");
  token
    .command("create")
    .description("Create an API token acting as a user; prints it once on stdout")
    .requiredOption("--email <email>")
    .option("--name <name>", "what the token is for", "cli")
    .option("--expires-in-days <n>", "expiry in days (default: never)", positiveInt)
    .action((o) =>
      withDatabase(async (db) => {
        const user = await findUserByEmail(db.db, o.email);
        if (!user?.active) {
          process.stderr.write(`rapport: No active user ${o.email}.\n`);
          process.exit(1);
        }
        const { token: secret } = await createApiToken(db.db, user.id, {
          name: o.name,
          expiresInDays: o.expiresInDays,
        });
        process.stdout.write(`${secret}\n`);
      }),
    );
}
