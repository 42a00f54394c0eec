import type { Command } from "commander";
import { systemContext } from "../../modules/common/system.ts";
import { createTeam } from "../../modules/teams/teams.service.ts";
import { findUserByEmail, listTeams } from "../../modules/users/users.repository.ts";
import { withDatabase } from "./user.ts";

export function registerTeam(program: Command) {
  const team = program.command("team").description("Manage teams");
  team
    .command("add")
    .description("Create a team")
    .requiredOption("--name <name>")
    .option("--manager <email>", "the manager's e-mail")
    .action((o) =>
      withDatabase(async (db) => {
        const manager = o.manager ? await findUserByEmail(db.db, o.manager) : null;
        if (o.manager && !manager) {
          process.stderr.write(`rapport: No user ${o.manager}.\n`);
          process.exit(1);
        }
        const row = await createTeam(systemContext(db.db), {
          name: o.name,
          managerId: manager?.id ?? null,
        });
        process.stdout.write(`Created team ${row.name} (${row.id}).\n`);
      }),
    );
  team
    .command("list")
    .description("List teams")
    .action(() =>
      withDatabase(async (db) => {
        for (const t of await listTeams(db.db)) process.stdout.write(`${t.name}\t${t.id}\n`);
      }),
    );
}
