import type { Command } from "commander";
import { isoDate } from "../../modules/common/fields.ts";
import { systemContext } from "../../modules/common/system.ts";
import { findTeamByName } from "../../modules/users/users.repository.ts";
import {
  computePlan,
  createPlan,
  publishPlan,
} from "../../modules/visit-plans/visit-plans.service.ts";
import { positiveInt } from "../args.ts";
import type { CliContext } from "../context.ts";
import { fail } from "../io.ts";

function bar(percent: number): string {
  const width = 30;
  const done = Math.round((percent / 100) * width);
  return `[${"#".repeat(done)}${".".repeat(width - done)}] ${String(percent).padStart(3)}%`;
}

export function registerPlan(program: Command, ctx: CliContext) {
  program
    .command("plan")
    .description(
      "Plan a team's visits for a number of days (prints a summary; --publish to create them)",
    )
    .requiredOption("--team <name>", "team name")
    .requiredOption("--from <date>", "first day, YYYY-MM-DD")
    .option("--days <n>", "number of days", positiveInt, 5)
    .option("--time-limit <seconds>", "solver time budget", positiveInt, 10)
    .option("--publish", "publish the plan: create the planned visits")
    .option("--json", "print the full plan as JSON on stdout")
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
          const team = (await findTeamByName(db.db, o.team)) ?? fail(`No team named "${o.team}".`);
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
          if (o.json) stdout.write(`${JSON.stringify({ id: plan.id, ...result }, null, 2)}\n`);
          else {
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
              ].join("\n"),
            );
          }
          if (o.publish) {
            const p = await publishPlan(system, plan.id, config.visits);
            stdout.write(`Published: ${p.created} visits created, ${p.replaced} replaced.\n`);
          }
        });
      },
    );
}
