import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";

/** What route plugins are built with. */
export type AppDeps = { database: Database; config: Config };
