import { expect, it } from "vitest";
import { describeInBrowser, expectAccessible, shoot, signIn } from "./harness.ts";

/**
 * Settings, admin and team views in a real browser against the real server with demo data:
 * a rep edits time zone and working hours (kept after a reload), switches language and creates
 * a calendar feed; an admin creates a user; a manager opens the team's plan vs done.
 */
describeInBrowser("settings, admin and team in Chromium", (browser) => {
  it("edits the profile, creates a feed, manages users and shows the team", async () => {
    const { page, consoleErrors, baseUrl } = browser();
    const main = page.getByRole("main");
    // The nav's button ends the session on the server and lands on the sign-in page.
    const signOut = async () => {
      const done = page.waitForResponse((r) => r.url().endsWith("/api/v1/auth/logout"));
      await page.getByRole("button", { name: "Sign out" }).click();
      expect((await done).status()).toBe(204);
      await page.waitForURL((u) => u.pathname === "/sign-in");
    };

    // 李伟's profile is in Chinese: the app turns Chinese after sign-in.
    await signIn(browser(), "li.wei@rapport.example");
    await page.goto(`${baseUrl}/settings`);
    await page.getByRole("heading", { name: "设置", level: 2 }).waitFor();
    // Switching in the settings applies at once.
    await main.getByLabel("语言").selectOption("en");
    await page.getByRole("heading", { name: "Settings", level: 2 }).waitFor();

    // Time zone: a searchable list of IANA zones.
    const zone = main.getByLabel("Time zone", { exact: true });
    await zone.click();
    await zone.fill("Europe/Ber");
    await page.getByRole("option", { name: "Europe/Berlin" }).click();
    // Working hours: Saturday mornings on, Friday off.
    await main.getByRole("checkbox", { name: "Sat" }).check();
    await main.getByLabel("Sat from").fill("09:30");
    await main.getByLabel("Sat to").fill("12:00");
    await main.getByRole("checkbox", { name: "Fri" }).uncheck();
    await main.getByRole("button", { name: "Save" }).click();
    await main.getByText("Saved.").waitFor();

    await page.reload();
    await page.getByRole("heading", { name: "Settings", level: 2 }).waitFor();
    await expect
      .poll(() => main.getByLabel("Time zone", { exact: true }).inputValue())
      .toBe("Europe/Berlin");
    expect(await main.getByLabel("Sat from").inputValue()).toBe("09:30");
    expect(await main.getByLabel("Sat to").inputValue()).toBe("12:00");
    expect(await main.getByRole("checkbox", { name: "Fri" }).isChecked()).toBe(false);

    await page.evaluate("window.scrollTo(0, 0)");
    await shoot(page, "40-settings");
    await expectAccessible(page, "settings");

    // The calendar feed: its URL is shown once, with copy buttons.
    await main.getByRole("button", { name: "Create feed" }).click();
    const url = main.getByRole("textbox", { name: "Feed URL" });
    await url.waitFor();
    expect(await url.inputValue()).toMatch(/\/api\/v1\/calendar\/rcal_[\w-]+\.ics$/);
    await main.getByText(/Feed active since/).waitFor();
    await url.scrollIntoViewIfNeeded();
    await shoot(page, "40-settings-feed");
    await expectAccessible(page, "settings with the feed's URL");

    // Back to Chinese from the settings: the whole UI follows, and the profile keeps it.
    await main.getByLabel("Language").selectOption("zh-CN");
    await page.getByRole("heading", { name: "设置", level: 2 }).waitFor();
    await page.getByRole("button", { name: "退出登录" }).waitFor();
    await expect
      .poll(async () =>
        page.evaluate(async () => {
          const r = await fetch("/api/v1/users/me");
          return ((await r.json()) as { locale: string }).locale;
        }),
      )
      .toBe("zh-CN");
    await shoot(page, "40-settings-zh");
    // Leave the browser in English for the next users (the last pick is kept per browser).
    await main.getByLabel("语言").selectOption("en");
    await signOut();

    // An admin creates a user.
    await signIn(browser(), "admin@rapport.example");
    await page.goto(`${baseUrl}/admin`);
    await page.getByRole("heading", { name: "Users & teams", level: 2 }).waitFor();
    await main.getByText("wang.fang@rapport.example").waitFor();
    await main.getByRole("button", { name: "New user" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Email").fill("chen.jie@rapport.example");
    await dialog.getByLabel("Name").fill("陈杰");
    await dialog.getByLabel("Role").selectOption("rep");
    await dialog.getByLabel("Team").selectOption({ index: 1 });
    await dialog.getByLabel("Initial password").fill("a-long-password-1");
    await shoot(page, "41-admin-new-user");
    await dialog.getByRole("button", { name: "Create user" }).click();
    await dialog.waitFor({ state: "detached" });
    await main.getByText("chen.jie@rapport.example").waitFor();
    await shoot(page, "41-admin");
    await expectAccessible(page, "admin");
    await signOut();

    // A manager sees plan vs done for the week.
    await signIn(browser(), "anna.schneider@rapport.example");
    await page.goto(`${baseUrl}/team`);
    await page.getByRole("heading", { name: "Team", level: 2 }).waitFor();
    await main.getByText("Team total").waitFor();
    await main.getByRole("button", { name: "Previous week" }).click();
    await main.getByRole("button", { name: "This week" }).waitFor();
    await main.getByRole("button", { name: "This week" }).click();
    await main.getByText("Team total").waitFor();
    await shoot(page, "42-team");
    await expectAccessible(page, "team");

    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
