import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, describeInBrowser, expectAccessible, SIZES, shoot, signIn } from "./harness.ts";

/**
 * Editing a draft in Chromium: a manager moves a stop to another day and another up its day,
 * drops one, locks one on a phone, re-optimises around the edits and double-clicks Publish —
 * one publish, its result shown, exactly one set of visits. Then a Chinese manager edits her
 * team's draft, for the screenshots in Chinese.
 */
type Stop = {
  customerId: string;
  name: string;
  start: string;
  locked?: boolean;
  fixed: boolean;
  violations?: string[];
};
type Plan = {
  id: string;
  status: string;
  version: number;
  startDate: string;
  days: number;
  result: {
    routes: { repId: string; date: string; stops: Stop[] }[];
    unplanned: { customerId: string; reason: string }[];
  };
};

const getPlan = (page: Page, id: string) =>
  page.evaluate<Plan>(`fetch("/api/v1/visit-plans/${id}").then((r) => r.json())`);

function find(plan: Plan, customerId: string) {
  for (const r of plan.result.routes) {
    const stop = r.stops.find((s) => s.customerId === customerId);
    if (stop) return { route: r, stop };
  }
  return undefined;
}

async function draftFor(page: Page, baseUrl: string, planButton: string, draftLabel: string) {
  await page.goto(`${baseUrl}/visits/plan`);
  await page.getByRole("button", { name: planButton }).click();
  await page.getByText(draftLabel, { exact: true }).waitFor({ timeout: 60_000 });
  const id = new URL(page.url()).searchParams.get("plan");
  expect(id).toBeTruthy();
  return getPlan(page, id!);
}

/**
 * The edited stops themselves, at desktop and phone size: the page scrolled so that `target`
 * sits near the top. Instant scrolls (the app scrolls smoothly), twice: the map lays itself out
 * again after a resize and moves what is below it.
 */
async function shootStops(page: Page, target: Locator, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.waitForTimeout(600);
    for (let i = 0; i < 2; i++) {
      const box = await target.boundingBox();
      const scrolled = await page.evaluate<number>("window.scrollY");
      const top = Math.max(0, Math.round((box?.y ?? 0) + scrolled - 180));
      await page.evaluate(`window.scrollTo({ top: ${top}, behavior: "instant" })`);
      await page.waitForTimeout(300);
    }
    await page.screenshot({ path: join(artifacts, `${name}-${size.width}x${size.height}.png`) });
  }
  await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
}

/** A stop the edits made late, if any, else `fallback`: what the screenshots should show. */
function lateOr(plan: Plan, fallback: Stop): Stop {
  for (const r of plan.result.routes) {
    const late = uniquelyNamed(plan, r.stops).find((s) => (s.violations ?? []).length > 0);
    if (late) return late;
  }
  return fallback;
}

/** Opens every day of the stop list, so that each stop's menu can be reached. */
async function openAllDays(page: Page) {
  const closed = page.locator("button.mantine-Accordion-control[aria-expanded='false']");
  while ((await closed.count()) > 0) await closed.first().click();
}

/** Stops whose customer's name appears once in the plan (demo reps may share a name). */
function uniquelyNamed(plan: Plan, stops: Stop[]): Stop[] {
  const names = plan.result.routes.flatMap((r) => r.stops.map((s) => s.name));
  return stops.filter((s) => !s.fixed && names.filter((n) => n === s.name).length === 1);
}

/** Opens a stop's menu and picks an item; waits for the server's answer to be shown. */
async function stopAction(page: Page, label: string, item: string, done: string) {
  await page.getByRole("button", { name: label }).click();
  await page.getByRole("menuitem", { name: item }).click();
  await page.getByText(done, { exact: true }).waitFor();
}

describeInBrowser("editing a draft plan in Chromium", (browser) => {
  it("moves, drops and locks stops, re-optimises, and publishes once on a double click", async () => {
    const { page, baseUrl, consoleErrors } = browser();
    await signIn(browser(), "anna.schneider@rapport.example");
    let plan = await draftFor(page, baseUrl, "Plan visits", "Draft");
    const first = plan.result.routes.find((r) => uniquelyNamed(plan, r.stops).length >= 4)!;
    expect(first).toBeTruthy();
    const [a, b, c, d] = uniquelyNamed(plan, first.stops) as [Stop, Stop, Stop, Stop];
    const lastDay = plan.result.routes.at(-1)!.date;
    await page.getByRole("tab", { name: "Stops" }).click();
    await openAllDays(page);
    await expectAccessible(page, "draft stops with actions");

    // Move a stop to another day through the dialog.
    await page.getByRole("button", { name: `Actions for ${a.name}` }).click();
    await page.getByRole("menuitem", { name: "Move to another day or rep…" }).click();
    const dialog = page.getByRole("dialog", { name: `Move ${a.name}` });
    await dialog.waitFor();
    await dialog.getByRole("combobox", { name: "Day" }).click();
    await dialog.getByRole("listbox").waitFor();
    await dialog.getByRole("option").last().click();
    await dialog.getByRole("button", { name: "Move", exact: true }).click();
    await page.getByText(`${a.name} moved.`, { exact: true }).waitFor();
    plan = await getPlan(page, plan.id);
    expect(find(plan, a.customerId)!.route.date).not.toBe(first.date);

    // Up within its day: one place earlier.
    const indexOf = (p: Plan, s: Stop) =>
      find(p, s.customerId)!.route.stops.findIndex((x) => x.customerId === s.customerId);
    const wasAt = indexOf(plan, c);
    expect(wasAt).toBeGreaterThan(0);
    await stopAction(page, `Actions for ${c.name}`, "Move up", `${c.name} moved.`);
    plan = await getPlan(page, plan.id);
    expect(indexOf(plan, c)).toBe(wasAt - 1);

    // Drop one: it shows among those left out, as dropped by hand.
    await stopAction(
      page,
      `Actions for ${b.name}`,
      "Drop from the plan",
      `${b.name} dropped from the plan.`,
    );

    // Lock one on a phone: the menu and its items fit and work at 390 × 844.
    await page.setViewportSize({ width: SIZES[1].width, height: SIZES[1].height });
    await stopAction(
      page,
      `Actions for ${d.name}`,
      "Lock (keep here when re-optimising)",
      `${d.name} locked.`,
    );
    await page.getByText("Locked", { exact: true }).first().waitFor();
    await page.setViewportSize({ width: SIZES[0].width, height: SIZES[0].height });
    plan = await getPlan(page, plan.id);
    const pinned = find(plan, d.customerId)!;
    expect(pinned.stop.locked).toBe(true);

    const shown = lateOr(plan, d);
    await shootStops(
      page,
      page.getByRole("button", { name: `Actions for ${shown.name}` }),
      "22-draft-edited-stops",
    );
    await page.evaluate("window.scrollTo(0, 0)");
    await shoot(page, "22-draft-edited");
    await page.getByRole("tab", { name: /Left out/ }).click();
    await page.getByText("taken out of the plan by hand").first().waitFor();
    await expectAccessible(page, "draft left out");
    await page.getByRole("tab", { name: "Stops" }).click();

    // Re-optimise: the locked stop stays, the dropped one stays out.
    await page.getByRole("button", { name: "Re-optimise around my edits" }).click();
    await page.getByText(/^Re-optimised: \d+ visits/).waitFor({ timeout: 30_000 });
    plan = await getPlan(page, plan.id);
    const kept = find(plan, d.customerId)!;
    expect(kept.stop).toMatchObject({ locked: true, start: pinned.stop.start });
    expect(kept.route).toMatchObject({ repId: pinned.route.repId, date: pinned.route.date });
    expect(find(plan, b.customerId)).toBeUndefined();
    expect(plan.result.unplanned).toContainEqual(
      expect.objectContaining({ customerId: b.customerId, reason: "dropped" }),
    );
    expect(lastDay).toBeTruthy();

    // A double click on Publish: one request, the result shown, no error.
    let publishes = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith(`/visit-plans/${plan.id}/publish`)) publishes++;
    });
    await page.getByRole("button", { name: "Publish plan" }).click();
    await page.getByRole("dialog", { name: "Publish this plan?" }).waitFor();
    await page.getByRole("button", { name: "Publish", exact: true }).dblclick();
    const outcome = page.getByText(/visits created/);
    await outcome.waitFor();
    const created = Number(/(\d+) visits created/.exec((await outcome.textContent()) ?? "")?.[1]);
    expect(created).toBeGreaterThan(0);
    expect(publishes).toBe(1);
    expect(await page.getByText("could not be published").count()).toBe(0);
    expect(await page.getByText(/Only a draft/).count()).toBe(0);
    const visits = await page.evaluate<number>(
      `fetch("/api/v1/visits?limit=200&status=planned&from=${plan.result.routes[0]!.date}T00:00:00Z&to=2099-01-01T00:00:00Z")
        .then((r) => r.json())
        .then((b) => b.items.filter((v) => v.planId === "${plan.id}").length)`,
    );
    expect(visits).toBe(created);
    // Publishing again (a retry) answers the same and makes nothing new.
    const again = await page.evaluate<{ status: number; created: number }>(
      `fetch("/api/v1/auth/session").then((r) => r.json()).then((s) =>
        fetch("/api/v1/visit-plans/${plan.id}/publish", {
          method: "POST",
          headers: { "x-csrf-token": s.csrfToken },
        })).then(async (r) => ({ status: r.status, created: (await r.json()).created }))`,
    );
    expect(again).toEqual({ status: 200, created });
    expect(consoleErrors).toEqual([]);
  }, 180_000);

  it("lets a Chinese manager edit her team's draft in Chinese", async () => {
    const { page, baseUrl, context, consoleErrors } = browser();
    await context.clearCookies();
    await page.goto(`${baseUrl}/sign-in`);
    await page.evaluate("localStorage.clear()");
    await signIn(browser(), "wang.fang@rapport.example");
    const plan = await draftFor(page, baseUrl, "开始规划", "草案");
    const route = plan.result.routes.find((r) => uniquelyNamed(plan, r.stops).length >= 2)!;
    const [x, y] = uniquelyNamed(plan, route.stops) as [Stop, Stop];
    await page.getByRole("tab", { name: "拜访站点" }).click();
    await openAllDays(page);
    await stopAction(page, `${x.name} 的操作`, "锁定（重新优化时保持不变）", `已锁定 ${x.name}。`);
    await stopAction(page, `${y.name} 的操作`, "下移", `已移动 ${y.name}。`);
    await page.getByText("已锁定", { exact: true }).first().waitFor();
    const shown = lateOr(await getPlan(page, plan.id), x);
    await shootStops(
      page,
      page.getByRole("button", { name: `${shown.name} 的操作` }),
      "23-draft-edited-zh-stops",
    );
    await page.evaluate("window.scrollTo(0, 0)");
    await shoot(page, "23-draft-edited-zh");
    await expectAccessible(page, "draft in Chinese");

    // A customer agrees by phone to a visit on the plan's last day; moving its stop there
    // would book it twice: refused, said in Chinese, and the draft stays as it was.
    const before = await getPlan(page, plan.id);
    // The plan's last day, the last one the move dialog offers.
    const lastDay = new Date(
      Date.parse(`${before.startDate}T00:00:00Z`) + (before.days - 1) * 86_400_000,
    )
      .toISOString()
      .slice(0, 10);
    const zRoute = before.result.routes.find(
      (r) =>
        r.date !== lastDay &&
        uniquelyNamed(before, r.stops).some((s) => s.customerId !== x.customerId),
    )!;
    const z = uniquelyNamed(before, zRoute.stops).find((s) => s.customerId !== x.customerId)!;
    const booked = await page.evaluate(
      async (b: { customerId: string; repId: string; day: string }) => {
        const session = (await (await fetch("/api/v1/auth/session")).json()) as {
          csrfToken: string;
        };
        const r = await fetch("/api/v1/visits", {
          method: "POST",
          headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
          body: JSON.stringify({
            customerId: b.customerId,
            repId: b.repId,
            plannedStart: `${b.day}T02:00:00.000Z`,
            plannedEnd: `${b.day}T03:00:00.000Z`,
            locked: true,
          }),
        });
        return r.status;
      },
      { customerId: z.customerId, repId: zRoute.repId, day: lastDay },
    );
    expect(booked).toBe(201);
    await page.getByRole("button", { name: `${z.name} 的操作` }).click();
    await page.getByRole("menuitem", { name: "移到其他日期或销售代表…" }).click();
    const dialog = page.getByRole("dialog", { name: `移动 ${z.name}` });
    await dialog.waitFor();
    await dialog.getByRole("combobox", { name: "日期" }).click();
    await dialog.getByRole("listbox").waitFor();
    await dialog.getByRole("option").last().click();
    await dialog.getByRole("button", { name: "移动", exact: true }).click();
    const refusal = page.getByText(
      /^未修改：.+ 将与.+的约定拜访在同一天。该客户两次拜访至少间隔 \d+ 天。$/,
    );
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain(z.name);
    const after = await getPlan(page, plan.id);
    expect({ version: after.version, result: after.result }).toEqual({
      version: before.version,
      result: before.result,
    });
    await page.evaluate("window.scrollTo(0, 0)");
    await shoot(page, "24-draft-too-close-zh");
    expect(consoleErrors).toEqual([]);
  }, 180_000);
});
