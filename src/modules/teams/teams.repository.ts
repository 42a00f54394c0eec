import { asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { teams } from "../../db/schema/users.ts";

export type TeamRow = typeof teams.$inferSelect;

export async function findTeam(
  ex: Executor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<TeamRow | undefined> {
  const q = ex.select().from(teams).where(eq(teams.id, id));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  return row;
}

export async function findTeamByName(ex: Executor, name: string): Promise<TeamRow | undefined> {
  const [row] = await ex.select().from(teams).where(eq(teams.name, name));
  return row;
}

export async function listTeams(ex: Executor): Promise<TeamRow[]> {
  return ex.select().from(teams).orderBy(asc(teams.name));
}

export async function insertTeam(
  ex: Executor,
  values: { name: string; managerId: string | null },
): Promise<TeamRow> {
  const [row] = await ex.insert(teams).values(values).returning();
  return row!;
}

export async function updateTeam(
  ex: Executor,
  id: string,
  values: { name?: string; managerId?: string | null },
): Promise<TeamRow> {
  const [row] = await ex
    .update(teams)
    .set({ ...values, updatedAt: sql`now()`, version: sql`${teams.version} + 1` })
    .where(eq(teams.id, id))
    .returning();
  return row!;
}
