import { expect, it } from "vitest";
import { describeInBrowser, expectAccessible, shoot, signIn } from "./harness.ts";

/**
 * A rep's visit in the field, in a real browser: today's visit on My day, open it, check in at
 * the customer's position (faked geolocation) → verified, check out → completed, and the visit
 * is on the customer's timeline. Then the due list with its reasons. Li Wei's profile is in
 * Chinese, so the app speaks Chinese after his sign-in.
 */
type Setup = {
  visitId: string;
  customerId: string;
  customerName: string;
  latitude: number;
  longitude: number;
};

describeInBrowser("visits in Chromium", (browser) => {
  it("checks in at the customer, checks out, and shows the due list", async () => {
    const { page, context, consoleErrors, baseUrl } = browser();
    await signIn(browser(), "li.wei@rapport.example");
    await page.getByRole("heading", { name: "我的一天", level: 2 }).waitFor();

    // The demo plans no visit for today: plan one, through the API, at a customer on the map.
    const setup = await page.evaluate(async (): Promise<Setup> => {
      const session = (await (await fetch("/api/v1/auth/session")).json()) as {
        csrfToken: string;
        user: { id: string };
      };
      const due = (await (await fetch("/api/v1/visits/due")).json()) as {
        items: {
          customerId: string;
          name: string;
          latitude: number | null;
          longitude: number | null;
        }[];
      };
      const c = due.items.find((x) => x.latitude != null && x.longitude != null);
      if (!c) throw new Error("no due customer with a map position");
      const headers = { "content-type": "application/json", "x-csrf-token": session.csrfToken };
      // An open need: the visit's agenda is pre-filled from it.
      const need = await fetch(`/api/v1/customers/${c.customerId}/needs`, {
        method: "POST",
        headers,
        body: JSON.stringify({ type: "product_interest", title: "新型号报价", importance: 4 }),
      });
      if (need.status !== 201) throw new Error(`create need: ${need.status} ${await need.text()}`);
      // Started a minute ago: today in the rep's zone and already open for check-in.
      const start = Date.now() - 60_000;
      const r = await fetch("/api/v1/visits", {
        method: "POST",
        headers,
        body: JSON.stringify({
          customerId: c.customerId,
          purpose: "季度回顾",
          plannedStart: new Date(start).toISOString(),
          plannedEnd: new Date(start + 45 * 60_000).toISOString(),
        }),
      });
      if (r.status !== 201) throw new Error(`create visit: ${r.status} ${await r.text()}`);
      const visit = (await r.json()) as { id: string };
      return {
        visitId: visit.id,
        customerId: c.customerId,
        customerName: c.name,
        latitude: c.latitude!,
        longitude: c.longitude!,
      };
    });

    // My day lists it among today's visits, with its stop number and ETA.
    await page.reload();
    const today = page.getByRole("region", { name: "今日拜访" });
    const row = today.getByRole("link", { name: new RegExp(escapeRegExp(setup.customerName)) });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/第 1 站 · 预计 \d{2}:\d{2}/);
    await shoot(page, "32-my-day-visits");
    await expectAccessible(page, "my day with visits");

    // Standing at the customer's door.
    await context.grantPermissions(["geolocation"], { origin: baseUrl });
    await context.setGeolocation({
      latitude: setup.latitude,
      longitude: setup.longitude,
      accuracy: 12,
    });
    await row.click();
    await page.waitForURL(`**/visits/${setup.visitId}`);
    await page.getByRole("heading", { name: setup.customerName, level: 2 }).waitFor();
    await page.getByRole("region", { name: "议程" }).getByText("新型号报价").waitFor();
    await page.getByRole("button", { name: "签到" }).click();
    const result = page.getByTestId("check-in-result");
    await result.waitFor();
    // The installation's radius names what "verified" means.
    await expect.poll(() => result.textContent()).toMatch(/已验证：在 200 米范围内 ✓/);
    expect(await result.textContent()).toMatch(/距客户 \d+ 米/);
    await page.getByText("已签到").first().waitFor();
    await shoot(page, "31-visit-checked-in");
    await expectAccessible(page, "visit checked in");

    await page.getByLabel("拜访结果").fill("客户确认下月订单，需要新报价。");
    // Tap the score's label, as a finger would (the radio itself is visually hidden).
    await page
      .getByRole("radiogroup", { name: "拜访效果（1–5）" })
      .getByText("4", { exact: true })
      .click();
    await page.getByRole("button", { name: "签退" }).click();
    await page.getByText("拜访已完成").waitFor();
    await page.getByText(/现场停留 \d+ 分钟/).waitFor();

    // The server agrees: completed, and a visit communication is on the customer's timeline.
    const check = await page.evaluate(
      async ({ visitId, customerId }) => {
        const v = (await (await fetch(`/api/v1/visits/${visitId}`)).json()) as {
          status: string;
          verification: string;
          resultScore: number;
          communicationId: string;
        };
        const tl = (await (
          await fetch(`/api/v1/customers/${customerId}/timeline?limit=30`)
        ).json()) as {
          items: { type: string; communication?: { id: string; channel: string } }[];
        };
        const onTimeline = tl.items.some(
          (e) =>
            e.type === "communication" &&
            e.communication?.id === v.communicationId &&
            e.communication.channel === "visit",
        );
        return {
          status: v.status,
          verification: v.verification,
          score: v.resultScore,
          onTimeline,
        };
      },
      { visitId: setup.visitId, customerId: setup.customerId },
    );
    expect(check).toEqual({
      status: "completed",
      verification: "verified",
      score: 4,
      onTimeline: true,
    });

    // The due list: ranked customers with their reasons in Chinese.
    await page.getByRole("link", { name: "拜访", exact: true }).first().click();
    await page.getByRole("heading", { name: "拜访", level: 2 }).waitFor();
    const due = page.getByTestId("due-row");
    await due.first().waitFor();
    expect(await due.first().textContent()).toMatch(/[ABC]类客户/);
    await page.getByRole("region", { name: "我的近期拜访" }).getByText("已完成").first().waitFor();
    await shoot(page, "30-visits-due");
    await expectAccessible(page, "visits");
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
