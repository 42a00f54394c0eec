import { Readable } from "node:stream";
import { finished } from "node:stream/promises";
import type { FastifyInstance } from "fastify";
import { list } from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../db/testing.ts";
import { buildServer } from "./server.ts";

async function serve(sourceUrl: string | undefined) {
  const { database, config, dispose } = await openTestDatabase();
  const app: FastifyInstance = await buildServer({ database, config: { ...config, sourceUrl } });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("no address");
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

async function entries(archive: Buffer): Promise<string[]> {
  const names: string[] = [];
  const parser = list({ onReadEntry: (e) => names.push(e.path) });
  Readable.from([archive]).pipe(parser);
  await finished(parser);
  return names;
}

let own: Awaited<ReturnType<typeof serve>>;
let elsewhere: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  own = await serve(undefined);
  elsewhere = await serve("https://git.example.org/acme/rapport");
});
afterAll(async () => {
  await own?.close();
  await elsewhere?.close();
});

describe("the source offer (AGPL-3.0 section 13)", () => {
  it("serves the server's own source to anyone, without the builds or installed packages", async () => {
    const res = await fetch(`${own.url}/source.tar.gz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/gzip");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="rapport-\d+\.\d+\.\d+-source\.tar\.gz"$/,
    );
    const names = await entries(Buffer.from(await res.arrayBuffer()));
    const prefix = names[0]!.split("/")[0]!;
    expect(prefix).toMatch(/^rapport-\d/);
    for (const file of [
      "LICENSE",
      "README.md",
      "package.json",
      "package-lock.json",
      "bin/rapport.js",
      "src/http/source.ts",
      "src/cli/main.ts",
      "web/src/main.tsx",
      "scripts/build/main.mjs",
    ]) {
      expect(names, file).toContain(`${prefix}/${file}`);
    }
    expect(names.every((n) => n.startsWith(`${prefix}/`))).toBe(true);
    expect(names.filter((n) => /(^|\/)(node_modules|dist|data)\//.test(n))).toEqual([]);
    // Packed once: the second answer is the same archive.
    const again = await fetch(`${own.url}/source.tar.gz`);
    expect(Buffer.from(await again.arrayBuffer()).length).toBe(
      Number(res.headers.get("content-length")),
    );
  });

  it("tells the web app where the source is", async () => {
    const config = (await (await fetch(`${own.url}/api/v1/app-config`)).json()) as {
      sourceUrl: string;
    };
    expect(config.sourceUrl).toBe("/source.tar.gz");
  });

  it("points at SOURCE_URL instead when it is set, and offers no archive", async () => {
    const config = (await (await fetch(`${elsewhere.url}/api/v1/app-config`)).json()) as {
      sourceUrl: string;
    };
    expect(config.sourceUrl).toBe("https://git.example.org/acme/rapport");
    expect((await fetch(`${elsewhere.url}/source.tar.gz`)).status).toBe(404);
  });
});
