import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { crc32, deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { haversineMeters } from "../../src/domain/geo.ts";
import {
  browserTestsEnabled,
  type E2E,
  expectAccessible,
  root,
  shoot,
  signIn,
  startE2E,
} from "./harness.ts";

/**
 * On the way to a customer, on a server whose tiles are drawn in GCJ-02 (as AMap's and
 * Tencent's are): the visit page shows the address, contacts to tap and a navigate link in the
 * rep's map app, and the customer's pin is drawn where GCJ-02 tiles show its WGS-84 position —
 * measured against the tiles themselves. Then "due customers near me" on My day, with the
 * position given and refused, and a WeChat message logged with its contact and direction.
 */
const screenshots = join(root, "docs", "screenshots");

/** The web app's conversion library, asked here for where the pin belongs. */
const gcoord = createRequire(import.meta.url)("gcoord") as {
  transform(p: [number, number], from: string, to: string): [number, number];
  WGS84: string;
  GCJ02: string;
};

/**
 * A plain 256×256 tile, light grey with a faint grid, so screenshots read as a map; only the
 * tiles' URLs and places matter to the test.
 */
function gridTile(): Buffer {
  const size = 256;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const line = x % 64 === 0 || y % 64 === 0;
      row.fill(line ? 0xd0 : 0xec, 1 + x * 3, 4 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, "ascii");
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const PNG = gridTile();

type Setup = {
  visitId: string;
  customerId: string;
  name: string;
  latitude: number;
  longitude: number;
};

/** Where the pin's centre is on the map, read back through the tiles around it (Web Mercator). */
async function pinOnTiles(page: Page): Promise<{ lat: number; lon: number }> {
  // A string expression: this file is typechecked without the DOM lib.
  return page.evaluate<{ lat: number; lon: number }>(`(() => {
    const map = document.querySelector(".place-map");
    const pin = map.querySelector(".place-pin").getBoundingClientRect();
    const tile = [...map.querySelectorAll("img.leaflet-tile")].find((t) => /\\/\\d+\\/\\d+\\/\\d+\\.png$/.test(t.src));
    const [z, x, y] = tile.src.match(/(\\d+)\\/(\\d+)\\/(\\d+)\\.png$/).slice(1).map(Number);
    const box = tile.getBoundingClientRect();
    const scale = 256 / box.width;
    const worldX = x * 256 + (pin.left + pin.width / 2 - box.left) * scale;
    const worldY = y * 256 + (pin.top + pin.height / 2 - box.top) * scale;
    const size = 256 * 2 ** z;
    const lon = (worldX / size) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * worldY) / size))) * 180) / Math.PI;
    return { lat, lon };
  })()`);
}

/** Scrolls `selector` to the top of the phone screen, just under the app's fixed header. */
async function showBelowHeader(page: Page, selector: string): Promise<void> {
  await page.evaluate(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80); })()`,
  );
  await page.waitForTimeout(300);
}

describe.skipIf(!browserTestsEnabled)("getting there, on GCJ-02 tiles", () => {
  let e2e: E2E;
  let tiles: Server;
  const tileRequests: string[] = [];
  /** The customer the first test sets up (a contact on WeChat), used again by the second. */
  let customerId = "";

  beforeAll(async () => {
    tiles = createServer((req, res) => {
      tileRequests.push(req.url ?? "");
      res.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" });
      res.end(PNG);
    });
    await new Promise<void>((ok) => tiles.listen(0, "127.0.0.1", ok));
    const port = (tiles.address() as AddressInfo).port;
    e2e = await startE2E({
      env: {
        MAP_TILE_URL: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
        MAP_ATTRIBUTION: "© test tiles",
        MAP_TILE_CRS: "gcj02",
      },
    });
  }, 120_000);
  afterAll(async () => {
    await e2e?.close();
    await new Promise((ok) => tiles?.close(ok));
  });

  it("shows the way to the customer, with the pin where GCJ-02 tiles have it", async () => {
    const { page, context, consoleErrors, baseUrl } = e2e;
    await signIn(e2e, "li.wei@rapport.example");
    await page.getByRole("heading", { name: "我的一天", level: 2 }).waitFor();

    // A visit today at a due customer with a position, and a contact reachable on WeChat.
    const setup = await page.evaluate(async (): Promise<Setup> => {
      const session = (await (await fetch("/api/v1/auth/session")).json()) as {
        csrfToken: string;
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
      const contact = await fetch(`/api/v1/customers/${c.customerId}/contacts`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          name: "朱静",
          title: "采购经理",
          phone: "+86 131 4985 0123",
          wechatId: "zhujing_88",
          isPrimary: true,
        }),
      });
      if (contact.status !== 201) throw new Error(`contact: ${await contact.text()}`);
      const start = Date.now() + 30 * 60_000;
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
        name: c.name,
        latitude: c.latitude!,
        longitude: c.longitude!,
      };
    });

    customerId = setup.customerId;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/visits/${setup.visitId}`);
    const there = page.getByRole("region", { name: "前往客户" });
    await there.waitFor();

    // Navigate in AMap (a Chinese profile's default), given the stored WGS-84 position.
    const go = there.getByRole("link", { name: "用高德地图导航" });
    const href = new URL((await go.getAttribute("href"))!);
    expect(href.origin + href.pathname).toBe("https://uri.amap.com/navigation");
    expect(href.searchParams.get("to")).toBe(
      `${setup.longitude.toFixed(6)},${setup.latitude.toFixed(6)},${setup.name}`,
    );
    expect(href.searchParams.get("coordinate")).toBe("wgs84");
    await page.locator(".place-map .place-pin").waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({
      path: join(screenshots, "visit-getting-there-zh-390.png"),
      fullPage: true,
    });
    await there.getByRole("button", { name: `其他地图应用: ${setup.name}` }).click();
    const baidu = page.locator("[data-map-app=baidu]");
    expect(await baidu.getAttribute("href")).toContain("coord_type=wgs84");
    await page.keyboard.press("Escape");
    expect(
      await there.getByRole("link", { name: "致电朱静: +86 131 4985 0123" }).getAttribute("href"),
    ).toBe("tel:+8613149850123");
    await there.getByText("微信：zhujing_88").waitFor();

    // The pin, read back through the tiles it is drawn on, is the GCJ-02 position.
    await page.locator(".place-map .place-pin").waitFor();
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    await page.waitForTimeout(600);
    const drawn = await pinOnTiles(page);
    const stored = { lat: setup.latitude, lon: setup.longitude };
    const [gcjLon, gcjLat] = gcoord.transform([stored.lon, stored.lat], gcoord.WGS84, gcoord.GCJ02);
    expect(haversineMeters(drawn, { lat: gcjLat, lon: gcjLon })).toBeLessThan(20);
    // And visibly not where raw WGS-84 would put it on these tiles.
    expect(haversineMeters(drawn, stored)).toBeGreaterThan(200);

    await shoot(page, "40-visit-getting-there");
    await expectAccessible(page, "visit page with getting there");

    // My day: due customers near me, from a position a few hundred metres from the customer.
    await context.grantPermissions(["geolocation"], { origin: baseUrl });
    await context.setGeolocation({
      latitude: setup.latitude + 0.004,
      longitude: setup.longitude + 0.004,
      accuracy: 15,
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(baseUrl);
    const near = page.getByRole("region", { name: "附近待拜访客户" });
    await near.getByRole("button", { name: "查找附近待拜访客户" }).click();
    const row = near.getByTestId("near-row").first();
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/[\d.]+ 公里 · 约 \d+ 分钟/);
    const nav = row.getByRole("link", { name: /^用高德地图导航到/ });
    expect(new URL((await nav.getAttribute("href"))!).searchParams.get("from")).toBe(
      `${(setup.longitude + 0.004).toFixed(6)},${(setup.latitude + 0.004).toFixed(6)}`,
    );
    await showBelowHeader(page, "#near-me");
    await page.screenshot({ path: join(screenshots, "my-day-near-me-zh-390.png") });
    await expectAccessible(page, "my day, near me");

    // Location refused: the card says so and points to the due list; nothing else breaks.
    await context.clearPermissions();
    await page.reload();
    await near.getByRole("button", { name: "查找附近待拜访客户" }).click();
    await near
      .getByRole("alert")
      .getByText(/定位权限已关闭/)
      .waitFor();
    await near.getByRole("link", { name: "打开待拜访列表" }).waitFor();
    await near.screenshot({ path: join(screenshots, "my-day-near-me-denied-zh-390.png") });

    // The same screens in English.
    await page.getByLabel("语言").first().selectOption("en");
    await context.grantPermissions(["geolocation"], { origin: baseUrl });
    await page.reload();
    const nearEn = page.getByRole("region", { name: "Due customers near me" });
    await nearEn.getByRole("button", { name: "Find due customers near me" }).click();
    await nearEn.getByTestId("near-row").first().waitFor();
    await showBelowHeader(page, "#near-me");
    await page.screenshot({ path: join(screenshots, "my-day-near-me-en-390.png") });
    await page.goto(`${baseUrl}/visits/${setup.visitId}`);
    await page.getByRole("region", { name: "Getting there" }).waitFor();
    await page.locator(".place-map .place-pin").waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({
      path: join(screenshots, "visit-getting-there-en-390.png"),
      fullPage: true,
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(screenshots, "visit-getting-there-en-desktop.png") });

    expect(consoleErrors).toEqual([]);
  });

  it("logs a WeChat message with its contact and direction, and no subject", async () => {
    const { page, baseUrl } = e2e;
    expect(customerId).not.toBe("");
    for (const [locale, labels] of [
      [
        "zh-CN",
        {
          action: "微信",
          contact: "联系人",
          person: "朱静 · 微信：zhujing_88",
          mapApp: "导航应用",
          inbound: "对方联系",
          text: "沟通内容",
          save: "保存",
        },
      ],
      [
        "en",
        {
          action: "WeChat",
          contact: "Contact",
          person: "朱静 · WeChat: zhujing_88",
          mapApp: "Navigate with",
          inbound: "They reached me",
          text: "What was said",
          save: "Save",
        },
      ],
    ] as const) {
      await page.evaluate(async (l) => {
        const s = (await (await fetch("/api/v1/auth/session")).json()) as {
          csrfToken: string;
          user: { id: string; version: number };
        };
        const me = (await (await fetch(`/api/v1/users/${s.user.id}`)).json()) as {
          version: number;
        };
        await fetch(`/api/v1/users/${s.user.id}`, {
          method: "PATCH",
          headers: {
            "content-type": "application/json",
            "x-csrf-token": s.csrfToken,
            "if-match": `"${me.version}"`,
          },
          body: JSON.stringify({ locale: l }),
        });
        (
          globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }
        ).localStorage.setItem("rapport.locale", l);
      }, locale);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/customers/${customerId}`);
      await page.getByRole("button", { name: labels.action, exact: true }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel(labels.contact).selectOption({ label: labels.person });
      await dialog.getByLabel(labels.inbound).check();
      await dialog.getByLabel(labels.text).fill(`朱经理微信确认下周二上午拜访 (${locale})`);
      await page.screenshot({
        path: join(screenshots, `log-wechat-${locale === "en" ? "en" : "zh"}-390.png`),
      });
      await dialog.getByRole("button", { name: labels.save }).click();
      await dialog.waitFor({ state: "detached" });
      await page.goto(`${baseUrl}/settings`);
      await page.getByLabel(labels.mapApp).waitFor();
      await page.screenshot({
        path: join(screenshots, `settings-map-app-${locale === "en" ? "en" : "zh"}-390.png`),
        fullPage: true,
      });
    }
    const logged = await page.evaluate(async (id) => {
      const r = await fetch(`/api/v1/communications?customerId=${id}&channel=wechat&limit=5`);
      return (
        (await r.json()) as {
          items: {
            subject: string | null;
            content: string;
            direction: string;
            contactId: string | null;
          }[];
        }
      ).items;
    }, customerId);
    const mine = logged.filter((c) => c.content.startsWith("朱经理微信确认下周二上午拜访"));
    expect(mine).toHaveLength(2);
    for (const c of mine) {
      expect(c).toMatchObject({ subject: null, direction: "in" });
      expect(c.contactId).not.toBeNull();
    }
  });
});
