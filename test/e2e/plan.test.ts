import { expect, it } from "vitest";
import { describeInBrowser, expectAccessible, shoot, signIn } from "./harness.ts";

/**
 * Planning a week in a real browser: a manager plans her team, waits for the draft, sees the
 * routes on the map (drawn even though the tile server is unreachable here) and in the
 * calendar, publishes, and the planned visits exist through the API.
 */
describeInBrowser("planning a week in Chromium", (browser) => {
  it("plans Anna's team, shows map and calendar, publishes the visits", async () => {
    const { page, baseUrl, consoleErrors } = browser();
    await signIn(browser(), "anna.schneider@rapport.example");
    await page.goto(`${baseUrl}/visits/plan`);
    await page.getByRole("heading", { name: "Plan visits", level: 2 }).waitFor();

    const start = await page.getByLabel("Start date").inputValue();
    expect(new Date(`${start}T12:00:00Z`).getUTCDay()).toBe(1); // next Monday by default
    await shoot(page, "19-plan-setup");
    await expectAccessible(page, "plan setup");
    await page.getByRole("button", { name: "Plan visits" }).click();

    // The job runs in the background; the page polls until the draft is there.
    await page.getByText("Draft", { exact: true }).waitFor({ timeout: 30_000 });
    const planId = new URL(page.url()).searchParams.get("plan");
    expect(planId).toBeTruthy();
    await page.getByRole("heading", { name: "Totals" }).waitFor();

    // Leaflet drew one polyline per route and a numbered pin per stop, without tiles.
    const map = page.getByRole("region", { name: "Map of the routes" });
    await map.locator("path.leaflet-interactive").first().waitFor();
    const lines = await map.locator("path.leaflet-interactive").count();
    const pins = await map.locator(".plan-pin").count();
    const homes = await map.locator(".plan-home").count();
    expect(lines).toBeGreaterThan(0);
    expect(pins).toBeGreaterThan(lines);
    expect(homes).toBeGreaterThan(0);

    // One day on the map, picked with the keyboard: only that day's routes remain.
    const day = page.getByRole("combobox", { name: "Day on the map" });
    // Each key waits for the list it acts on: under load a key can land before it opens.
    const listbox = page.getByRole("listbox");
    await day.focus();
    await page.keyboard.press("ArrowDown"); // opens the list
    await listbox.waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await listbox.waitFor({ state: "hidden" });
    await expect.poll(() => map.locator("path.leaflet-interactive").count()).toBeLessThan(lines);
    await day.focus();
    await page.keyboard.press("ArrowDown");
    await listbox.waitFor();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await listbox.waitFor({ state: "hidden" });
    await expect.poll(() => map.locator("path.leaflet-interactive").count()).toBe(lines);

    // The calendar shows the stops as blocks.
    const blocks = await page.locator(".plan-block:visible").count();
    expect(blocks).toBe(pins);

    // The stops tab lists every stop with its reason.
    await page.getByRole("tab", { name: "Stops" }).click();
    await page
      .getByText(/ETA \d\d:\d\d/)
      .first()
      .waitFor();
    await expect.poll(() => page.getByText(/Why: /).count()).toBeGreaterThan(0);
    await expectAccessible(page, "plan stops");
    await page.getByRole("tab", { name: /Left out/ }).click();
    await expectAccessible(page, "plan left out");
    await page.getByRole("tab", { name: "Calendar" }).click();

    await page.evaluate("window.scrollTo(0, 0)");
    await shoot(page, "20-plan-draft");
    await expectAccessible(page, "plan draft");

    await page.getByRole("button", { name: "Publish plan" }).click();
    await page.getByRole("dialog", { name: "Publish this plan?" }).waitFor();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    const outcome = page.getByText(/visits created/);
    await outcome.waitFor();
    // Fixed stops (locked or already checked in) stay as they were: not every pin is new.
    const created = Number(/(\d+) visits created/.exec((await outcome.textContent()) ?? "")?.[1]);
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThanOrEqual(pins);
    await page.getByText("Published", { exact: true }).first().waitFor();
    await page.evaluate("window.scrollTo(0, 0)");
    await shoot(page, "21-plan-published");
    await expectAccessible(page, "plan published");

    // The planned visits exist, tagged with this plan.
    const to = new Date(Date.parse(`${start}T00:00:00Z`) + 8 * 86_400_000).toISOString();
    const planned = await page.evaluate(
      `fetch("/api/v1/visits?limit=200&status=planned&from=${start}T00:00:00Z&to=${to}")
        .then((r) => r.json())
        .then((b) => b.items.filter((v) => v.planId === "${planId}").length)`,
    );
    expect(planned).toBe(created);

    // Publishing again answers the first publish's result: a plan publishes once.
    const again = await page.evaluate<{ status: number; created: number }>(
      `fetch("/api/v1/auth/session").then((r) => r.json()).then((s) =>
        fetch("/api/v1/visit-plans/${planId}/publish", {
          method: "POST",
          headers: { "x-csrf-token": s.csrfToken },
        })).then(async (r) => ({ status: r.status, created: (await r.json()).created }))`,
    );
    expect(again).toEqual({ status: 200, created });
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
