import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";

/**
 * Shared by the browser tests: the real server (`bin/rapport.js serve`) on a fresh embedded
 * database with demo data, and Debian's Chromium driven by playwright-core. The web app is
 * built once per run by test/setup/web-build.ts.
 */
export const CHROMIUM = "/usr/bin/chromium";
export const root = join(import.meta.dirname, "..", "..");
export const artifacts = join(root, "test-artifacts");
export const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;
export const DEMO_PASSWORD = "rapport-demo";

/** Browser tests need Chromium and run once, on the embedded database (not again on PostgreSQL). */
export const browserTestsEnabled = existsSync(CHROMIUM) && !process.env.DATABASE_URL;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface E2E {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far (failed loads are expected and left out). */
  consoleErrors: string[];
  close(): Promise<void>;
}

function startServer(
  extra: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const { DATABASE_URL: _omit, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, "bin", "rapport.js"), "serve"], {
    env: {
      ...env,
      DATA_DIR: mkdtempSync(join(tmpdir(), "rapport-e2e-")),
      PORT: "0",
      LOG_LEVEL: "warn",
      ...extra,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve({ url: m[1]!, child });
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

/**
 * Starts a server and a browser; `locale` is the browser's language before any sign-in, `env`
 * settings for this server (e.g. its map tiles).
 */
export async function startE2E(
  options: { locale?: string; env?: Record<string, string> } = {},
): Promise<E2E> {
  mkdirSync(artifacts, { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), "rapport-chromium-"));
  const [{ url, child }, context] = await Promise.all([
    startServer(options.env),
    chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      locale: options.locale ?? "en-US",
      viewport: { width: SIZES[0].width, height: SIZES[0].height },
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }),
  ]);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors: string[] = [];
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) {
      consoleErrors.push(m.text());
    }
  });
  return {
    baseUrl: url,
    context,
    page,
    consoleErrors,
    async close() {
      await context.close();
      child.kill("SIGTERM");
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the form; lands wherever the app sends the user afterwards. */
export async function signIn(e2e: E2E, email: string): Promise<void> {
  const { page } = e2e;
  await page.goto(`${e2e.baseUrl}/sign-in`);
  await page.locator("input[type=email], input[name=email]").first().fill(email);
  await page.locator("input[type=password]").first().fill(DEMO_PASSWORD);
  await page.locator("button[type=submit]").first().click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}

/** Screenshots at desktop and phone sizes, and a check that nothing overflows at 360 px. */
export async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Let layout settle after the resize (navbar collapses into a burger on phones).
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(artifacts, `${name}-${size.width}x${size.height}.png`) });
  }
  // The narrowest phone we support: nothing may stick out sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.waitForTimeout(400);
  // A string expression: this file is typechecked without the DOM lib.
  const overflow = await page.evaluate<number>("document.documentElement.scrollWidth");
  expect(overflow, `${name} at 360 px`).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
}

/**
 * axe-core's WCAG 2 A/AA rules on the current page; serious and critical findings fail.
 * Evaluated through the debugger protocol, so the page's CSP does not block the script.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Judge the page at rest: no hover state or colour transition under the pointer.
  await page.mouse.move(1, 1);
  await page.waitForTimeout(300);
  await page.evaluate(`window.axe || (() => { ${axeSource}\n })()`);
  const found = await page.evaluate<{ id: string; nodes: string[] }[]>(`(async () => {
    const r = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  })()`);
  expect(found, `accessibility of ${name}`).toEqual([]);
}

/**
 * A browser test suite: one server and one browser for the file, started before its tests and
 * closed after. `browser()` gives them to a test. Skipped where browser tests do not run.
 */
export function describeInBrowser(
  name: string,
  body: (browser: () => E2E) => void,
  env?: Record<string, string>,
): void {
  describe.skipIf(!browserTestsEnabled)(name, () => {
    let current: E2E | undefined;
    beforeAll(async () => {
      current = await startE2E(env ? { env } : {});
    }, 120_000);
    afterAll(async () => {
      await current?.close();
    });
    body(() => {
      if (!current) throw new Error("the browser did not start");
      return current;
    });
  });
}
