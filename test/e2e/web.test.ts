import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The web app in a real browser against the real server on a fresh database with demo data:
 * sign in, find a customer by a Chinese name, log a call, switch language. Screenshots land in
 * test-artifacts/ at desktop and phone sizes. Needs Debian's Chromium (.ci/run installs it);
 * skipped on the PostgreSQL run, where it would only repeat the same browser work.
 */
const CHROMIUM = "/usr/bin/chromium";
const root = join(import.meta.dirname, "..", "..");
const artifacts = join(root, "test-artifacts");
const SIZES = [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 390, height: 844 },
] as const;

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

let server: ChildProcess | undefined;
let context: BrowserContext | undefined;
let profileDir = "";
let baseUrl = "";

async function startServer(): Promise<string> {
  const { DATABASE_URL: _omit, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, "bin", "rapport.js"), "serve"], {
    env: {
      ...env,
      DATA_DIR: mkdtempSync(join(tmpdir(), "rapport-e2e-")),
      PORT: "0",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  let out = "";
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

async function shoot(page: Page, name: string) {
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
async function expectAccessible(page: Page, name: string) {
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

describe.skipIf(!existsSync(CHROMIUM) || process.env.DATABASE_URL)("web app in Chromium", () => {
  beforeAll(async () => {
    // The server serves web/dist; build it when missing or stale (fast when up to date).
    const build = spawnSync(process.execPath, [join(root, "web", "build-if-stale.mjs")], {
      stdio: "inherit",
    });
    expect(build.status).toBe(0);
    mkdirSync(artifacts, { recursive: true });
    profileDir = mkdtempSync(join(tmpdir(), "rapport-chromium-"));
    const [url, ctx] = await Promise.all([
      startServer(),
      chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM,
        headless: true,
        locale: "en-US",
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
    baseUrl = url;
    context = ctx;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    server?.kill("SIGTERM");
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it("signs in, finds 华信, logs a call and switches language", async () => {
    const page = context!.pages()[0] ?? (await context!.newPage());
    const consoleErrors: string[] = [];
    page.on("pageerror", (e) => consoleErrors.push(e.message));
    // Failed loads are expected (401 before sign-in, 400s from validation); check 404s apart.
    page.on("console", (m) => {
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) {
        consoleErrors.push(m.text());
      }
    });
    const missing: string[] = [];
    page.on("response", (r) => {
      if (r.status() === 404) missing.push(r.url());
    });

    // Signed out, any page leads to sign-in.
    await page.goto(`${baseUrl}/customers`);
    await page.getByRole("heading", { name: "Sign in to Rapport" }).waitFor();
    // Empty submit: the server's validation messages appear next to the fields.
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").or(page.locator("[aria-invalid=true]")).first().waitFor();
    await shoot(page, "01-sign-in");
    await expectAccessible(page, "sign-in");

    await page.getByRole("textbox", { name: "Email" }).fill("wang.fang@rapport.example");
    await page.getByRole("textbox", { name: "Password" }).fill("rapport-demo");
    await page.getByRole("button", { name: "Sign in" }).click();

    // Wang Fang's profile is in Chinese, so the app switches after sign-in; back where she was.
    await page.getByRole("heading", { name: "客户", level: 2 }).waitFor();
    await page.getByLabel("搜索客户").fill("华信");
    // The search is debounced and server-side: wait until every visible row is a match.
    const rows = page.getByTestId("customer-rows").getByRole("link");
    await expect
      .poll(async () => {
        const names = await rows.allTextContents();
        return names.length > 0 && names.every((n) => n.includes("华信"));
      })
      .toBe(true);
    const row = rows.first();
    await shoot(page, "02-customers-search");
    await expectAccessible(page, "customers");

    await row.click();
    await page.getByRole("heading", { name: /华信/, level: 2 }).waitFor();
    await page.getByText("联系人").first().waitFor();

    // Quick action: an empty call is refused next to its fields, then a real one is saved.
    await page.getByRole("button", { name: "记录电话" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.locator("[aria-invalid=true]").first().waitFor();
    await dialog.getByLabel("主题").fill("确认交货期");
    await dialog.getByLabel("沟通内容").fill("客户希望下周三前到货，已答复可以安排。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("确认交货期").first().waitFor();
    await shoot(page, "03-customer-zh");
    await expectAccessible(page, "customer");

    // Switch to English: strings and dates change, and the choice is saved on the profile.
    await page.getByLabel("语言").first().selectOption("en");
    await page.getByRole("link", { name: "All customers" }).waitFor();
    await shoot(page, "04-customer-en");
    await expect
      .poll(async () =>
        page.evaluate(async () => {
          const r = await fetch("/api/v1/auth/session");
          return ((await r.json()) as { user: { locale: string } }).user.locale;
        }),
      )
      .toBe("en");

    await page.getByRole("link", { name: "My day" }).first().click();
    await page.getByRole("heading", { name: "My day", level: 2 }).waitFor();
    await page.getByText("Notifications").first().waitFor();
    await shoot(page, "05-my-day");
    await expectAccessible(page, "my day");

    // A reload restores the session from the cookie and keeps the chosen language.
    await page.reload();
    await page.getByRole("heading", { name: "My day", level: 2 }).waitFor();
    expect(consoleErrors).toEqual([]);
    expect(missing).toEqual([]);
  }, 90_000);
});
