import { expect, it } from "vitest";
import { describeInBrowser, expectAccessible, shoot } from "./harness.ts";

/**
 * The web app in a real browser against the real server on a fresh database with demo data:
 * sign in, find a customer by a Chinese name, log a call and a visit note, switch language. Screenshots land in
 * test-artifacts/ at desktop and phone sizes. Needs Debian's Chromium (.ci/run installs it);
 * skipped on the PostgreSQL run, where it would only repeat the same browser work.
 */
describeInBrowser("web app in Chromium", (browser) => {
  it("signs in, finds 华信, logs a call and a visit note, switches language", async () => {
    const { page, consoleErrors } = browser();
    const { baseUrl } = browser();
    // Failed loads are expected (401 before sign-in, 400s from validation); check 404s apart.
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

    // A visit note, the other quick action a rep uses after being on site.
    await page.getByRole("button", { name: "拜访记录" }).click();
    await dialog.getByLabel("主题").fill("现场查看仓库");
    await dialog.getByLabel("沟通内容").fill("仓库扩建完成，下月需要追加两台设备。");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("现场查看仓库").first().waitFor();
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
