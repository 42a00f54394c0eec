import { openTestDatabase } from "../../src/db/testing.ts";
import { buildServer } from "../../src/http/server.ts";
import type { OpenApiDocument } from "./generate.ts";

/** The OpenAPI document exactly as the server serves it, built in-process. */
export async function serverDocument(): Promise<OpenApiDocument> {
  const { database, config, dispose } = await openTestDatabase();
  const app = await buildServer({ database, config: { ...config, logLevel: "silent" } });
  try {
    await app.ready();
    return app.swagger() as unknown as OpenApiDocument;
  } finally {
    await app.close();
    await dispose();
  }
}
