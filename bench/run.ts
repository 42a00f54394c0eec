/** `npm run bench -- <name> [args]`. Each benchmark lives in its own folder. */
const USAGE = `Usage: npm run bench -- <name> [args]
  customers   1 M customers on PostgreSQL and PGlite: list, filter, search, point read
              (npm run bench -- customers --help for options)
  vrptw       vehicle routing with time windows on the Solomon instances
  plan        visit planning end to end: 20 reps × 5 days × 1,000 due customers
              (--reps N --days N --customers N --time-limit SECONDS)
  web         the web app's initial download per route (gzip), against its budget
  http        the customer list through Rapport against a bare fastify + driver handler,
              PostgreSQL and PGlite, c=1 and c=10 (npm run bench -- http --help)`;

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === "customers") {
    const { runCustomersBench } = await import("./customers/main.ts");
    if (rest.includes("--help")) {
      const { USAGE: options } = await import("./customers/args.ts");
      process.stdout.write(`${options}\n`);
      return;
    }
    await runCustomersBench(rest);
    return;
  }
  if (name === "vrptw") {
    const { runVrptwBench } = await import("./vrptw/main.ts");
    await runVrptwBench(rest);
    return;
  }
  if (name === "plan") {
    const { runPlanBench } = await import("./plan/main.ts");
    await runPlanBench(rest);
    return;
  }
  if (name === "http") {
    if (rest.includes("--help")) {
      const { HTTP_USAGE } = await import("./http/args.ts");
      process.stdout.write(`${HTTP_USAGE}\n`);
      return;
    }
    const { runHttpBench } = await import("./http/main.ts");
    await runHttpBench(rest);
    return;
  }
  if (name === "web") {
    const { runWebBench } = await import("./web/main.ts");
    await runWebBench();
    return;
  }
  process.stdout.write(`${USAGE}\n`);
  if (name !== undefined) {
    process.stderr.write(`Unknown benchmark: ${name}\n`);
    process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
