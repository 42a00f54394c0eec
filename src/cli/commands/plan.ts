import type { Command } from "commander";
import type { Database } from "../../db/client.ts";
import { isoDate } from "../../modules/common/fields.ts";
import { systemContext } from "../../modules/common/system.ts";
import { findTeam, findTeamByName } from "../../modules/teams/teams.repository.ts";
import { publishPlan } from "../../modules/visit-plans/publish.service.ts";
import { computePlan, createPlan } from "../../modules/visit-plans/visit-plans.service.ts";
import { positiveInt } from "../args.ts";
import type { CliContext } from "../context.ts";
import { fail } from "../io.ts";

function bar(percent: number): string {
  const width = 30;
  const done = Math.round((percent / 100) * width);
  return `[${"#".repeat(done)}${".".repeat(width - done)}] ${String(percent).padStart(3)}%`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A team by its name or its id (ids are what scripts and the API hand around). */
async function teamOf(db: Database, nameOrId: string) {
  const byName = await findTeamByName(db.db, nameOrId);
  if (byName) return byName;
  if (UUID.test(nameOrId)) return findTeam(db.db, nameOrId.toLowerCase());
  return undefined;
}

export function registerPlan(program: Command, ctx: CliContext) {
  program
    .command("plan")
    .description(
      "Plan a team's visits for a number of days (prints a summary; --publish to create them)",
    )
    .requiredOption("--team <name-or-id>", "team name or id")
    .requiredOption("--from <date>", "first day, YYYY-MM-DD")
    .option("--days <n>", "number of days", positiveInt, 5)
    .option("--time-limit <seconds>", "solver time budget", positiveInt, 10)
    .option("--publish", "publish the plan: create the planned visits")
    .option("--json", "print only the plan as JSON on stdout (progress and messages on stderr)")
    .action(
      async (o: {
        team: string;
        from: string;
        days: number;
        timeLimit: number;
        publish?: boolean;
        json?: boolean;
      }) => {
        if (!isoDate.safeParse(o.from).success) fail("--from must be a date, YYYY-MM-DD.");
        const config = ctx.config();
        const { stdout, stderr, isTTY } = ctx.io;
        await ctx.withDatabase(async (db) => {
          const team =
            (await teamOf(db, o.team)) ?? fail(`No team named "${o.team}", nor with that id.`);
          const system = systemContext(db.db);
          const plan = await createPlan(
            system,
            {
              teamId: team.id,
              startDate: o.from,
              days: o.days,
              options: { timeLimitSeconds: o.timeLimit, includeNotDue: false, metersPerPoint: 400 },
            },
            { enqueue: false },
          );
          // On a terminal (the CLI's own, when the server runs the command) the bar redraws.
          const tty = isTTY.stderr;
          const show = (p: number) => stderr.write(tty ? `\r${bar(p)}` : `${bar(p)}\n`);
          show(0);
          const result = await computePlan(db.db, plan.id, config.visits, show);
          show(100);
          if (tty) stderr.write("\n");
          const published = o.publish
            ? await publishPlan(system, plan.id, config.visits)
            : undefined;
          const outcome = published
            ? `Published: ${published.created} visits created, ${published.replaced} replaced.\n`
            : "";
          if (o.json) {
            // stdout carries exactly one JSON document, so `| jq` works; words go to stderr.
            const document = {
              id: plan.id,
              status: published ? "published" : "draft",
              ...result,
              ...(published && {
                publication: { created: published.created, replaced: published.replaced },
              }),
            };
            stdout.write(`${JSON.stringify(document, null, 2)}\n`);
            if (outcome) stderr.write(outcome);
          } else {
            const t = result.totals;
            stdout.write(
              [
                `Plan ${plan.id}: ${t.visits} visits on ${result.routes.length} rep-days, ${t.km} km,`,
                `  ${t.travelMin} min travel, ${t.visitMin} min with customers; ${result.unplanned.length} due customers left out` +
                  (t.mandatoryMissed ? ` (${t.mandatoryMissed} overdue!)` : ""),
                ...result.routes.map(
                  (r) =>
                    `  ${r.date} ${r.repId.slice(0, 8)}: ${r.stops.map((x) => x.name).join(" → ")} (${r.km} km)`,
                ),
                "",
              ].join("\n") + outcome,
            );
          }
        });
      },
    );
}
