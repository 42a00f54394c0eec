import type { Command } from "commander";
import { systemContext } from "../../modules/common/system.ts";
import { listTeams } from "../../modules/teams/teams.repository.ts";
import { createTeam } from "../../modules/teams/teams.service.ts";
import { findUserByEmail } from "../../modules/users/users.repository.ts";
import type { CliContext } from "../context.ts";
import { fail } from "../io.ts";

export function registerTeam(program: Command, ctx: CliContext) {
  const team = program.command("team").description("Manage teams");
  team
    .command("add")
    .description("Create a team")
    .requiredOption("--name <name>")
    .option("--manager <email>", "the manager's e-mail")
    .action((o) =>
      ctx.withDatabase(async (db) => {
        const manager = o.manager ? await findUserByEmail(db.db, o.manager) : null;
        if (o.manager && !manager) fail(`No user ${o.manager}.`);
        const row = await createTeam(systemContext(db.db), {
          name: o.name,
          managerId: manager?.id ?? null,
        });
        ctx.io.stdout.write(`Created team ${row.name} (${row.id}).\n`);
      }),
    );
  team
    .command("list")
    .description("List teams")
    .action(() =>
      ctx.withDatabase(async (db) => {
        for (const t of await listTeams(db.db)) ctx.io.stdout.write(`${t.name}\t${t.id}\n`);
      }),
    );
}
