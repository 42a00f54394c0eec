import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { create } from "tar";

const root = join(import.meta.dirname, "..", "..");

/**
 * What this server is built from: enough to change it, build it and run it (the AGPL's
 * "Corresponding Source"). Missing entries (a trimmed install) are skipped.
 */
const ENTRIES = [
  "LICENSE",
  "README.md",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
  "biome.json",
  "vitest.config.ts",
  "drizzle.config.ts",
  "Dockerfile",
  "compose.yaml",
  ".dockerignore",
  "bin",
  "scripts",
  "src",
  "drizzle",
  "web",
  "test",
  "bench",
  "docs",
];

/** Builds, installed packages, data and local leftovers are not source. */
const NOT_SOURCE =
  /(^|\/)(node_modules|dist|data|\.dist-[^/]*|\.build-lock|test-artifacts|screenshots)(\/|$)/;

/**
 * `GET /source.tar.gz`: the running server offers its own source to every user, as AGPL-3.0
 * section 13 asks, when no SOURCE_URL points elsewhere. Packed once on the first request and
 * kept (a few hundred KB): an open endpoint must not cost a compression per call.
 */
export async function sourceRoutes(app: FastifyInstance) {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    version: string;
  };
  const name = `rapport-${version}`;
  let packed: Promise<Buffer> | null = null;
  const pack = async (): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    const stream = create(
      {
        gzip: true,
        cwd: root,
        portable: true,
        prefix: name,
        filter: (path) => !NOT_SOURCE.test(path),
      },
      ENTRIES.filter((e) => existsSync(join(root, e))),
    );
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };

  app.get("/source.tar.gz", { schema: { hide: true } }, async (_request, reply) => {
    packed ??= pack().catch((err: unknown) => {
      packed = null;
      throw err;
    });
    const body = await packed;
    return reply
      .type("application/gzip")
      .header("content-disposition", `attachment; filename="${name}-source.tar.gz"`)
      .header("cache-control", "public, max-age=3600")
      .send(body);
  });
}
