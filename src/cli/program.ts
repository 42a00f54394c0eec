import { Command, CommanderError } from "commander";
import { ConfigError } from "../config.ts";
import { DataDirLockedError } from "../db/lock.ts";
import { AppError } from "../errors.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerPlan } from "./commands/plan.ts";
import { registerSeed } from "./commands/seed.ts";
import { registerServe } from "./commands/serve.ts";
import { registerSolve } from "./commands/solve.ts";
import { registerTeam } from "./commands/team.ts";
import { registerToken } from "./commands/token.ts";
import { registerUser } from "./commands/user.ts";
import { type CliContext, isCliProcessOnly } from "./context.ts";
import { CliError } from "./io.ts";

/**
 * The `rapport` program, built afresh for every run: commander keeps parsed options on the
 * command objects, and a server runs several handed-over commands at once.
 */
export function buildProgram(ctx: CliContext): Command {
  const { io } = ctx;
  const program = new Command("rapport")
    .description("Rapport: the open-source CRM for teams that visit their customers")
    .showHelpAfterError()
    // Inherited by every subcommand added below: no process.exit, output to this run's streams.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    });
  registerServe(program, ctx);
  registerMigrate(program, ctx);
  registerSeed(program, ctx);
  registerSolve(program, ctx);
  registerUser(program, ctx);
  registerTeam(program, ctx);
  registerToken(program, ctx);
  registerPlan(program, ctx);
  return program;
}

/** One line for errors an operator causes and can fix; null for bugs (they keep their stack). */
function operatorMessage(err: unknown): string | null {
  if (err instanceof CliError || err instanceof ConfigError || err instanceof DataDirLockedError) {
    return err.message;
  }
  if (err instanceof AppError) {
    return err.message + err.issues.map((i) => ` (${i.field}: ${i.message})`).join("");
  }
  return null;
}

/** Runs one command line (arguments after `rapport`); resolves to the exit code. */
export async function runCli(args: string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(args, { from: "user" });
    return 0;
  } catch (err) {
    // Help, --version and usage errors: commander has already written its message.
    if (err instanceof CommanderError) return err.exitCode;
    const message = operatorMessage(err);
    if (message === null) throw err;
    const code = err instanceof CliError ? err.exitCode : 1;
    ctx.io.stderr.write(`rapport: ${message}\n`);
    return code;
  }
}

/**
 * Whether a running server takes a handed-over command line: every command that uses the
 * database; help, unknown commands and those marked `runsInCliProcess` go back to the CLI.
 */
export function runsInServer(args: string[], ctx: CliContext): boolean {
  const name = args.find((a) => !a.startsWith("-"));
  if (name === undefined) return false;
  const command = buildProgram(ctx).commands.find(
    (c) => c.name() === name || c.aliases().includes(name),
  );
  return command !== undefined && !isCliProcessOnly(command);
}
