import type { Executor } from "../../db/client.ts";
import { systemScope } from "../access/scope.ts";
import type { ServiceContext } from "./context.ts";

/** A context for work no signed-in user asked for: the CLI, background jobs, the seed. */
export function systemContext(db: Executor): ServiceContext {
  return { db, actor: null, scope: systemScope() };
}
