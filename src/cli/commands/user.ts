import { createInterface } from "node:readline";
import { type Command, Option } from "commander";
import { loadConfig } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import { openConfiguredDatabase } from "../../db/open.ts";
import { ROLES } from "../../modules/access/actor.ts";
import { systemContext } from "../../modules/common/system.ts";
import {
  findTeamByName,
  findUserByEmail,
  listUsers,
} from "../../modules/users/users.repository.ts";
import { password as passwordRule } from "../../modules/users/users.schema.ts";
import { createUser, patchUser } from "../../modules/users/users.service.ts";

export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Reads a password from stdin (piped) or asks for it on the terminal without echo. */
export async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const muted = rl as unknown as { _writeToOutput(s: string): void };
  process.stderr.write("Password: ");
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer;
}

function fail(message: string): never {
  process.stderr.write(`rapport: ${message}\n`);
  process.exit(1);
}

async function teamId(db: Database, name: string | undefined): Promise<string | null> {
  if (!name) return null;
  const team = await findTeamByName(db.db, name);
  if (!team) fail(`No team named "${name}". Create it with: rapport team add --name "${name}"`);
  return team.id;
}

export function registerUser(program: Command) {
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
      const pw = await readPassword(Boolean(o.passwordStdin));
      const ok = passwordRule.safeParse(pw);
      if (!ok.success) fail(`password: ${ok.error.issues[0]?.message}`);
      await withDatabase(async (db) => {
        const row = await createUser(systemContext(db.db), {
          email: o.email,
          name: o.name,
          role: o.role,
          teamId: await teamId(db, o.team),
          locale: o.locale,
          timeZone: o.timeZone,
          password: pw,
        });
        process.stdout.write(`Created ${row.role} ${row.email} (${row.id}).\n`);
      });
    });

  user
    .command("list")
    .description("List users")
    .action(() =>
      withDatabase(async (db) => {
        for (const u of await listUsers(db.db, { limit: 100_000 })) {
          const state = u.active ? "" : "  (inactive)";
          process.stdout.write(`${u.email}\t${u.role}\t${u.name}${state}\n`);
        }
      }),
    );

  const setter = (name: string, description: string) =>
    user.command(name).description(description).requiredOption("--email <email>");

  setter("deactivate", "Deactivate a user and end their sessions").action((o) =>
    withDatabase(async (db) => {
      const u = (await findUserByEmail(db.db, o.email)) ?? fail(`No user ${o.email}.`);
      await patchUser(systemContext(db.db), u.id, null, { active: false });
      process.stdout.write(`Deactivated ${u.email}.\n`);
    }),
  );

  setter("update", "Change a user's role, team or active flag")
    .addOption(new Option("--role <role>").choices(ROLES))
    .option("--team <name>", "team name")
    .option("--activate", "reactivate the user")
    .action((o) =>
      withDatabase(async (db) => {
        const u = (await findUserByEmail(db.db, o.email)) ?? fail(`No user ${o.email}.`);
        const row = await patchUser(systemContext(db.db), u.id, null, {
          role: o.role,
          teamId: o.team === undefined ? undefined : await teamId(db, o.team),
          active: o.activate ? true : undefined,
        });
        process.stdout.write(`Updated ${row.email}: ${row.role}, active=${row.active}.\n`);
      }),
    );

  setter("password", "Set a user's password (stdin or prompt); ends their sessions")
    .option("--password-stdin", "read the password from standard input")
    .action(async (o) => {
      const pw = await readPassword(Boolean(o.passwordStdin));
      const ok = passwordRule.safeParse(pw);
      if (!ok.success) fail(`password: ${ok.error.issues[0]?.message}`);
      await withDatabase(async (db) => {
        const u = (await findUserByEmail(db.db, o.email)) ?? fail(`No user ${o.email}.`);
        await patchUser(systemContext(db.db), u.id, null, { password: pw });
        process.stdout.write(`Password set for ${u.email}.\n`);
      });
    });
}
