import { type Command, Option } from "commander";
import type { Database } from "../../db/client.ts";
import { ROLES } from "../../modules/access/actor.ts";
import { systemContext } from "../../modules/common/system.ts";
import { findTeamByName } from "../../modules/teams/teams.repository.ts";
import { findUserByEmail, listUsers } from "../../modules/users/users.repository.ts";
import { password as passwordRule } from "../../modules/users/users.schema.ts";
import { createUser, patchUser } from "../../modules/users/users.service.ts";
import type { CliContext } from "../context.ts";
import { type CliIo, fail, readPassword } from "../io.ts";

async function newPassword(io: CliIo, fromStdin: boolean): Promise<string> {
  const pw = await readPassword(io, fromStdin);
  const ok = passwordRule.safeParse(pw);
  if (!ok.success) fail(`password: ${ok.error.issues[0]?.message}`);
  return pw;
}

async function teamId(db: Database, name: string | undefined): Promise<string | null> {
  if (!name) return null;
  const team = await findTeamByName(db.db, name);
  if (!team) fail(`No team named "${name}". Create it with: rapport team add --name "${name}"`);
  return team.id;
}

export function registerUser(program: Command, ctx: CliContext) {
  const { io } = ctx;
  const user = program.command("user").description("Manage users");

  user
    .command("add")
    .description("Create a user; the password comes from stdin (--password-stdin) or a prompt")
    .requiredOption("--email <email>")
    .requiredOption("--name <name>")
    .addOption(new Option("--role <role>").choices(ROLES).makeOptionMandatory())
    .option("--team <name>", "team name")
    .option("--locale <locale>", "en or zh-CN", "en")
    .option("--time-zone <tz>", "IANA time zone", "UTC")
    .option("--password-stdin", "read the password from standard input")
    .action(async (o) => {
      const pw = await newPassword(io, Boolean(o.passwordStdin));
      await ctx.withDatabase(async (db) => {
        const row = await createUser(systemContext(db.db), {
          email: o.email,
          name: o.name,
          role: o.role,
          teamId: await teamId(db, o.team),
          locale: o.locale,
          timeZone: o.timeZone,
          password: pw,
        });
        io.stdout.write(`Created ${row.role} ${row.email} (${row.id}).\n`);
      });
    });

  user
    .command("list")
    .description("List users")
    .action(() =>
      ctx.withDatabase(async (db) => {
        for (const u of await listUsers(db.db, { limit: 100_000 })) {
          const state = u.active ? "" : "  (inactive)";
          io.stdout.write(`${u.email}\t${u.role}\t${u.name}${state}\n`);
        }
      }),
    );

  const setter = (name: string, description: string) =>
    user.command(name).description(description).requiredOption("--email <email>");

  setter("deactivate", "Deactivate a user and end their sessions").action((o) =>
    ctx.withDatabase(async (db) => {
      const u = (await findUserByEmail(db.db, o.email)) ?? fail(`No user ${o.email}.`);
      await patchUser(systemContext(db.db), u.id, null, { active: false });
      io.stdout.write(`Deactivated ${u.email}.\n`);
    }),
  );

  setter("update", "Change a user's role, team or active flag")
    .addOption(new Option("--role <role>").choices(ROLES))
    .option("--team <name>", "team name")
    .option("--activate", "reactivate the user")
    .action((o) =>
      ctx.withDatabase(async (db) => {
        const u = (await findUserByEmail(db.db, o.email)) ?? fail(`No user ${o.email}.`);
        const row = await patchUser(systemContext(db.db), u.id, null, {
          role: o.role,
          teamId: o.team === undefined ? undefined : await teamId(db, o.team),
          active: o.activate ? true : undefined,
        });
        io.stdout.write(`Updated ${row.email}: ${row.role}, active=${row.active}.\n`);
      }),
    );

  setter("password", "Set a user's password (stdin or prompt); ends their sessions")
    .option("--password-stdin", "read the password from standard input")
    .action(async (o) => {
      const pw = await newPassword(io, Boolean(o.passwordStdin));
      await ctx.withDatabase(async (db) => {
        const u = (await findUserByEmail(db.db, o.email)) ?? fail(`No user ${o.email}.`);
        await patchUser(systemContext(db.db), u.id, null, { password: pw });
        io.stdout.write(`Password set for ${u.email}.\n`);
      });
    });
}
