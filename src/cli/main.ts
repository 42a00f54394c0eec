import { Command } from "commander";
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

const program = new Command("rapport")
  .description("Rapport: the open-source CRM for teams that visit their customers")
  .showHelpAfterError();

registerServe(program);
registerMigrate(program);
registerSeed(program);
registerSolve(program);
registerUser(program);
registerTeam(program);
registerToken(program);
registerPlan(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  // Expected operator errors get one clear line; anything else keeps its stack.
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`rapport: ${err.message}\n`);
    process.exit(1);
  }
  if (err instanceof AppError) {
    const fields = err.issues.map((i) => ` (${i.field}: ${i.message})`).join("");
    process.stderr.write(`rapport: ${err.message}${fields}\n`);
    process.exit(1);
  }
  throw err;
}
