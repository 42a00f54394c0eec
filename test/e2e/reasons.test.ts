import { expect, it } from "vitest";
import { describeInBrowser, shoot, signIn } from "./harness.ts";

/**
 * A 简体中文 manager publishes a plan: the reasons of its stops and visits, and her
 * notifications, read in Chinese — stored as data and rendered for the reader. Switching the
 * app to English renders the same data in English.
 */
type Setup = { planId: string; visitId: string; customerName: string };

describeInBrowser(
  "reasons and notifications in the reader's language",
  (browser) => {
    it("shows a Chinese manager reasons and notifications in Chinese, then in English", async () => {
      const { page, consoleErrors, baseUrl } = browser();
      await signIn(browser(), "wang.fang@rapport.example");
      await page.getByRole("heading", { name: "我的一天", level: 2 }).waitFor();

      const setup = await page.evaluate(async (): Promise<Setup> => {
        const session = (await (await fetch("/api/v1/auth/session")).json()) as {
          csrfToken: string;
          user: { id: string };
        };
        const headers = { "content-type": "application/json", "x-csrf-token": session.csrfToken };
        const monday = new Date();
        monday.setUTCDate(monday.getUTCDate() + ((8 - monday.getUTCDay()) % 7 || 7));
        const startDate = monday.toISOString().slice(0, 10);
        const created = await fetch("/api/v1/visit-plans", {
          method: "POST",
          headers,
          body: JSON.stringify({ startDate, days: 2, options: { timeLimitSeconds: 1 } }),
        });
        if (created.status !== 202) throw new Error(`plan: ${created.status}`);
        const { id } = (await created.json()) as { id: string };
        for (let i = 0; i < 300; i++) {
          const got = (await (await fetch(`/api/v1/visit-plans/${id}`)).json()) as {
            status: string;
          };
          if (got.status === "draft") break;
          if (got.status === "failed") throw new Error("plan failed");
          await new Promise((r) => setTimeout(r, 100));
        }
        const published = await fetch(`/api/v1/visit-plans/${id}/publish`, {
          method: "POST",
          headers: { "x-csrf-token": session.csrfToken },
        });
        if (published.status !== 200) throw new Error(`publish: ${published.status}`);
        const visits = (await (
          await fetch(`/api/v1/visits?from=${startDate}T00:00:00Z&limit=5`)
        ).json()) as { items: { id: string; customerId: string; planId: string | null }[] };
        const visit = visits.items.find((v) => v.planId === id);
        if (!visit) throw new Error("no planned visit");
        const customer = (await (await fetch(`/api/v1/customers/${visit.customerId}`)).json()) as {
          name: string;
        };
        // A follow-up for the manager, due a minute ago: the scheduler notifies her.
        const followUp = await fetch(`/api/v1/customers/${visit.customerId}/follow-ups`, {
          method: "POST",
          headers,
          body: JSON.stringify({
            kind: "call",
            dueAt: new Date(Date.now() - 60_000).toISOString(),
            assigneeId: session.user.id,
          }),
        });
        if (followUp.status !== 201) throw new Error(`follow-up: ${followUp.status}`);
        return { planId: id, visitId: visit.id, customerName: customer.name };
      });

      // The plan's stops, with reasons in Chinese.
      await page.goto(`${baseUrl}/visits/plan?plan=${setup.planId}`);
      await page.getByRole("tab", { name: "拜访站点" }).click();
      await expect.poll(() => page.getByText(/原因：[ABC]类客户/).count()).toBeGreaterThan(0);
      expect(await page.getByText(/Why:|tier|days since/).count()).toBe(0);

      // A published visit says why it is there, in Chinese.
      await page.goto(`${baseUrl}/visits/${setup.visitId}`);
      const why = page.getByTestId("visit-why");
      await expect.poll(() => why.textContent()).toMatch(/^原因：[ABC]类客户/);
      await shoot(page, "33-visit-reason-zh");

      // The reminder, rendered in Chinese on My day.
      await page.goto(`${baseUrl}/`);
      await page.getByText(`跟进到期：${setup.customerName}`).first().waitFor({ timeout: 20_000 });

      // The same data in English once the app speaks English.
      await page.goto(`${baseUrl}/visits/${setup.visitId}`);
      await page.getByRole("combobox", { name: "语言" }).selectOption("en");
      await expect.poll(() => why.textContent()).toMatch(/^Why: [ABC]-tier/);
      await shoot(page, "34-visit-reason-en");
      expect(consoleErrors).toEqual([]);
    }, 90_000);
  },
  { SCHEDULER_INTERVAL_MS: "1000" },
);
