import { expect, it } from "vitest";
import { describeInBrowser, expectAccessible, shoot, signIn } from "./harness.ts";

/**
 * The needs board in a real browser: a rep (李伟, whose profile is Chinese) drags a need from
 * 待处理 to 处理中 with a real pointer, the server agrees; an invalid move shows the server's
 * reason and the card stays; then a need is added from a customer's page.
 */
describeInBrowser("needs board in Chromium", (browser) => {
  it("drags a need, refuses an invalid move with the server's reason, adds one from a customer", async () => {
    const { page, consoleErrors } = browser();
    await signIn(browser(), "li.wei@rapport.example");
    // What the server says, not what the board shows.
    const serverStatus = (needId: string) =>
      page.evaluate(async (nid) => {
        const r = await fetch(`/api/v1/needs/${nid}`);
        return ((await r.json()) as { status: string }).status;
      }, needId);

    // A need of our own to move, so the test does not depend on what the demo data drew.
    const created = await page.evaluate(async () => {
      const session = (await (await fetch("/api/v1/auth/session")).json()) as {
        csrfToken: string;
      };
      const customers = (await (await fetch("/api/v1/customers?limit=1")).json()) as {
        items: { id: string; name: string }[];
      };
      const customer = customers.items[0]!;
      const r = await fetch(`/api/v1/customers/${customer.id}/needs`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
        body: JSON.stringify({ type: "complaint", title: "E2E 拖动的需求", importance: 4 }),
      });
      const need = (await r.json()) as { id: string };
      return { status: r.status, id: need.id, customer: customer.name };
    });
    expect(created.status).toBe(201);
    const id = created.id;

    await page.goto(`${browser().baseUrl}/needs`);
    await page.getByRole("heading", { name: "需求", level: 2 }).waitFor();
    const open = page.locator("section[data-status=open]");
    const inProgress = page.locator("section[data-status=in_progress]");
    const card = page.locator(`[data-need-id="${id}"]`);
    await open.locator(`[data-need-id="${id}"]`).waitFor();

    // A real drag: press on the handle, travel past the activation distance, drop on the column.
    const handle = card.getByRole("button", { name: /拖到其他列/ });
    await handle.scrollIntoViewIfNeeded();
    await handle.hover();
    await page.mouse.down();
    const from = (await handle.boundingBox())!;
    const to = (await inProgress.boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
    // Same height: the columns are tall, and the handle is in view there.
    await page.mouse.move(to.x + to.width / 2, from.y + 10, { steps: 15 });
    await page.mouse.up();
    await inProgress.locator(`[data-need-id="${id}"]`).waitFor();
    await expect.poll(() => serverStatus(id)).toBe("in_progress");

    // The keyboard way: space picks it up, an arrow key goes one column left, space drops.
    await handle.focus();
    // dnd-kit listens for the arrow keys from the next tick on, as a person would press them.
    for (const key of ["Space", "ArrowLeft", "Space"]) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
    await open.locator(`[data-need-id="${id}"]`).waitFor();
    await expect.poll(() => serverStatus(id)).toBe("open");

    // in_progress → ... is allowed everywhere, so try an open need straight to 已解决 (resolved).
    const anotherOpen = open.locator("[data-need-id]").first();
    const otherId = await anotherOpen.getAttribute("data-need-id");
    if (otherId) {
      await anotherOpen.getByRole("button", { name: "移动到…" }).click();
      await page.getByRole("menuitem", { name: "已解决" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("处理说明").fill("电话确认已解决");
      await dialog.getByRole("button", { name: "移动" }).click();
      await page
        .getByRole("alert")
        .filter({ hasText: "需求不能从“待处理”直接改为“已解决”" })
        .waitFor();
      await open.locator(`[data-need-id="${otherId}"]`).waitFor();
      expect(await serverStatus(otherId)).toBe("open");
    }
    await shoot(page, "10-needs-board");
    await expectAccessible(page, "needs board");

    // From the card to its customer, and a new need in two fields.
    await card.getByRole("link").first().click();
    await page.getByRole("heading", { name: created.customer, level: 2 }).waitFor();
    await page.getByRole("button", { name: "添加需求" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "保存需求" }).click();
    await dialog.locator("[aria-invalid=true]").first().waitFor();
    await dialog.getByLabel("客户需要什么？").fill("E2E 需要备件报价");
    await dialog.getByRole("button", { name: "保存需求" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("E2E 需要备件报价").first().waitFor();

    // A follow-up with its defaults (a call, tomorrow at nine) and a note.
    await page.getByRole("button", { name: "添加跟进" }).click();
    await dialog.getByLabel("备注").fill("E2E 确认报价是否收到");
    await dialog.getByRole("button", { name: "保存跟进" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByText("E2E 确认报价是否收到").first().waitFor();
    await shoot(page, "11-customer-needs");
    await expectAccessible(page, "customer needs");
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
