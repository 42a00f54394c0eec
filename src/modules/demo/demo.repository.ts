import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { teams, users } from "../../db/schema/users.ts";
import type { DemoTeam, DemoUser } from "./demo-data.ts";

/** Creates the demo teams and users that do not exist yet; returns email → user id. */
export async function ensureDemoAccounts(
  ex: Executor,
  demoTeams: DemoTeam[],
  demoUsers: (DemoUser & { passwordHash?: string | null })[],
): Promise<Map<string, string>> {
  const teamIds = new Map<string, string>();
  for (const t of demoTeams) {
    await ex.insert(teams).values({ name: t.name }).onConflictDoNothing();
    const [row] = await ex.select({ id: teams.id }).from(teams).where(eq(teams.name, t.name));
    teamIds.set(t.key, row!.id);
  }
  const ids = new Map<string, string>();
  for (const u of demoUsers) {
    const [existing] = await ex
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${u.email.toLowerCase()}`);
    if (existing) {
      ids.set(u.email, existing.id);
      continue;
    }
    const [row] = await ex
      .insert(users)
      .values({
        email: u.email,
        name: u.name,
        role: u.role,
        teamId: u.teamKey ? teamIds.get(u.teamKey)! : null,
        locale: u.locale,
        timeZone: u.timeZone,
        homeAddress: u.homeAddress,
        homeLat: u.homeLat,
        homeLon: u.homeLon,
        workingHours: u.workingHours,
        passwordHash: u.passwordHash ?? null,
      })
      .returning({ id: users.id });
    ids.set(u.email, row!.id);
  }
  for (const u of demoUsers) {
    if (u.role === "manager" && u.teamKey) {
      await ex
        .update(teams)
        .set({ managerId: ids.get(u.email)! })
        .where(eq(teams.id, teamIds.get(u.teamKey)!));
    }
  }
  return ids;
}

export async function countRows(ex: Executor): Promise<{ users: number; customers: number }> {
  const res = (await ex.execute(
    sql`select (select count(*) from users)::int as users, (select count(*) from customers)::int as customers`,
  )) as unknown as { rows: { users: number; customers: number }[] };
  return res.rows[0]!;
}
