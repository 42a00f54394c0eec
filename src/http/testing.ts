import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.ts";
import type { Database } from "../db/client.ts";
import { openTestDatabase } from "../db/testing.ts";
import { createApiToken } from "../modules/auth/api-tokens.service.ts";
import { systemContext } from "../modules/common/system.ts";
import { createTeam } from "../modules/teams/teams.service.ts";
import { createUser } from "../modules/users/users.service.ts";
import { buildServer } from "./server.ts";

export type TestServer = {
  url: string;
  app: FastifyInstance;
  database: Database;
  /** The server's settings (its FILES_DIR is a temporary directory of its own). */
  config: Config;
  /** An admin's API token, sent by `request` unless `as` says otherwise. */
  adminToken: string;
  /**
   * Real HTTP to the listening server. `as`: another bearer token, or null for no
   * credentials. `body`: JSON (a string is sent as it is), or a Uint8Array sent as bytes.
   */
  request(
    method: string,
    path: string,
    init?: { body?: unknown; headers?: Record<string, string>; as?: string | null },
  ): Promise<TestResponse>;
  /** Creates a user straight through the services; returns its id and an API token. */
  user(input: {
    role: "admin" | "manager" | "rep";
    teamId?: string | null;
    email?: string;
    password?: string;
  }): Promise<{ id: string; token: string; email: string }>;
  team(name?: string): Promise<string>;
  close(): Promise<void>;
};

export type TestResponse = {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
  body: any;
  text: string;
};

/** Starts the real server on a random port over a fresh database. */
export async function startTestServer(): Promise<TestServer> {
  const { database, config, dispose } = await openTestDatabase();
  const app = await buildServer({ database, config });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  const url = `http://127.0.0.1:${address.port}`;
  const system = systemContext(database.db);
  const user: TestServer["user"] = async (input) => {
    const email = input.email ?? `${input.role}-${randomUUID().slice(0, 8)}@test.example`;
    const row = await createUser(system, {
      email,
      name: `Test ${input.role}`,
      role: input.role,
      teamId: input.teamId ?? null,
      locale: "en",
      timeZone: "UTC",
      password: input.password,
    });
    const { token } = await createApiToken(database.db, row.id, { name: "test" });
    return { id: row.id, token, email };
  };
  const admin = await user({ role: "admin" });
  return {
    url,
    app,
    database,
    config,
    adminToken: admin.token,
    user,
    async team(name) {
      const row = await createTeam(system, {
        name: name ?? `Team ${randomUUID().slice(0, 8)}`,
        managerId: null,
      });
      return row.id;
    },
    async request(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      const as = init.as === undefined ? admin.token : init.as;
      if (as) headers.authorization ??= `Bearer ${as}`;
      let body: string | Uint8Array | undefined;
      if (init.body instanceof Uint8Array) {
        // Bytes (a photo upload) go as they are, under the content-type the test names.
        body = init.body;
        headers["content-type"] ??= "application/octet-stream";
      } else if (init.body !== undefined) {
        body = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
        headers["content-type"] ??= "application/json";
      }
      const res = await fetch(url + path, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        parsed = null;
      }
      return { status: res.status, headers: res.headers, body: parsed, text };
    },
    async close() {
      await app.close();
      await dispose();
    },
  };
}
