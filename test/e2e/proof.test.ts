import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { artifacts, describeInBrowser, expectAccessible, signIn } from "./harness.ts";

/**
 * Proof of visit on a phone (390×844), in Chromium: a rep checks in 3.1 km from the customer
 * with a photo from the camera; the server asks for a reason, the app asks the rep, and the
 * check-in goes through with it; the photo is on the visit, stamped with the distance. Then the
 * rep's manager finds the visit in the exceptions view, with the reason. Li Wei and Wang Fang
 * work in Chinese; each screen is also shot in English.
 */
const PHONE = { width: 390, height: 844 };

type Setup = {
  visitId: string;
  customerId: string;
  customerName: string;
  latitude: number;
  longitude: number;
};

async function shot(page: Page, name: string) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(artifacts, `${name}-390x844.png`), fullPage: true });
  // Nothing may stick out sideways on a phone.
  expect(await page.evaluate<number>("document.documentElement.scrollWidth"), name).toBe(390);
}

async function language(page: Page, locale: "en" | "zh-CN") {
  await page.getByRole("combobox", { name: /Language|语言/ }).selectOption(locale);
}

/**
 * A real JPEG from the browser's own encoder, as a phone camera gives it: 3200×2400 pixels
 * stored on their side, with EXIF orientation 6 ("turn 90° clockwise to show"), so that it
 * shows upright as a 2400×3200 portrait of a shop front — sky blue above, brick below.
 */
async function cameraJpeg(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate<string>(`(() => {
    const upright = document.createElement("canvas");
    upright.width = 2400;
    upright.height = 3200;
    const g = upright.getContext("2d");
    g.fillStyle = "#8fb8de"; g.fillRect(0, 0, 2400, 3200);
    g.fillStyle = "#b5533c"; g.fillRect(0, 1400, 2400, 1800);
    g.fillStyle = "#2d3142"; g.fillRect(1000, 2300, 400, 900);
    g.fillStyle = "#f4d35e"; g.fillRect(300, 1550, 1800, 350);
    g.fillStyle = "#2d3142"; g.font = "bold 220px sans-serif"; g.fillText("SHOP 商店", 420, 1810);
    const stored = document.createElement("canvas");
    stored.width = 3200;
    stored.height = 2400;
    const s = stored.getContext("2d");
    s.translate(0, 2400);
    s.rotate(-Math.PI / 2);
    s.drawImage(upright, 0, 0);
    return stored.toDataURL("image/jpeg", 0.92);
  })()`);
  const jpeg = Buffer.from(dataUrl.split(",")[1]!, "base64");
  // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6.
  const exif = Buffer.from([
    0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00,
    0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ]);
  return Buffer.concat([jpeg.subarray(0, 2), exif, jpeg.subarray(2)]);
}

type Shown = { width: number; height: number; top: number[]; bottom: number[] } | null;

/** The displayed photo's size and the colour near its top-left and bottom-left corners. */
function shownPhoto(page: Page) {
  return page.evaluate<Shown>(`(() => {
    const img = document.querySelector("[data-testid=visit-photo] img");
    if (!img || !img.complete || img.naturalWidth === 0) return null;
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext("2d");
    g.drawImage(img, 0, 0);
    const at = (y) => Array.from(g.getImageData(Math.floor(c.width / 10), Math.floor(y), 1, 1).data.slice(0, 3));
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      top: at(c.height * 0.05),
      bottom: at(c.height * 0.95),
    };
  })()`);
}

/** Near enough to a colour, after JPEG's rounding. */
const near = (rgb: readonly number[] | undefined, hex: string) =>
  rgb !== undefined &&
  [0, 1, 2].every(
    (i) => Math.abs(rgb[i]! - Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16)) < 24,
  );

describeInBrowser("proof of visit on a phone", (browser) => {
  it("asks for a reason off the radius, keeps the photo, and shows the manager the exception", async () => {
    const { page, context, consoleErrors, baseUrl } = browser();
    await page.setViewportSize(PHONE);
    await signIn(browser(), "li.wei@rapport.example");
    await page.getByRole("heading", { name: "我的一天", level: 2 }).waitFor();

    // A visit that starts now, at a due customer on the map.
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
      const start = Date.now() - 60_000;
      const r = await fetch("/api/v1/visits", {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": session.csrfToken },
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

    // 3.1 km north of the customer's door.
    await context.grantPermissions(["geolocation"], { origin: baseUrl });
    await context.setGeolocation({
      latitude: setup.latitude + 3100 / 111_195,
      longitude: setup.longitude,
      accuracy: 15,
    });
    await page.goto(`${baseUrl}/visits/${setup.visitId}`);
    await page.getByRole("heading", { name: setup.customerName, level: 2 }).waitFor();

    // The camera's photo, chosen before checking in.
    const jpeg = await cameraJpeg(page);
    await page.getByTestId("photo-input").setInputFiles({
      name: "IMG_0001.jpg",
      mimeType: "image/jpeg",
      buffer: jpeg,
    });
    await page.getByTestId("photo-chosen").waitFor();
    await page.getByRole("button", { name: "签到", exact: true }).click();

    // The server wants a reason: the app says why, with the distance, and offers reasons.
    const prompt = page.getByTestId("reason-prompt");
    await prompt.waitFor();
    await expect.poll(() => prompt.textContent()).toMatch(/您距客户 3,1\d\d 米（允许 200 米）/);
    await shot(page, "40-check-in-reason-zh");
    await expectAccessible(page, "check-in reason prompt");
    await language(page, "en");
    await expect.poll(() => prompt.textContent()).toMatch(/You are 3,1\d\d m from the customer/);
    await shot(page, "40-check-in-reason-en");
    await language(page, "zh-CN");

    await prompt.getByText("在其他地点见客户").click();
    await prompt.getByLabel(/备注/).fill("客户在展会现场");
    await page.getByRole("button", { name: "附原因签到" }).click();

    const result = page.getByTestId("check-in-result");
    await result.waitFor();
    await expect.poll(() => result.textContent()).toMatch(/超出 200 米范围/);
    const proof = page.getByRole("region", { name: "拜访凭证" });
    await proof.getByText("签到原因：在其他地点见客户 — 客户在展会现场").waitFor();
    const photo = proof.getByTestId("visit-photo");
    await photo.waitFor();
    // Made smaller on the phone: 1600 px on the long side, the right way up (sky above).
    await expect.poll(() => shownPhoto(page)).not.toBeNull();
    const shown = (await shownPhoto(page))!;
    expect({ width: shown.width, height: shown.height }).toEqual({ width: 1200, height: 1600 });
    expect(near(shown.top, "#8fb8de"), JSON.stringify(shown)).toBe(true);
    expect(near(shown.bottom, "#b5533c"), JSON.stringify(shown)).toBe(true);
    await expect.poll(() => photo.textContent()).toMatch(/签到 · \d{2}:\d{2} · 距客户 3,1\d\d 米/);
    await shot(page, "41-visit-proof-zh");
    await expectAccessible(page, "visit proof");

    // The server kept it all: the reason on the visit, the photo stamped with the distance.
    const kept = await page.evaluate(async (visitId: string) => {
      const v = (await (await fetch(`/api/v1/visits/${visitId}`)).json()) as {
        verification: string;
        checkInReason: unknown;
      };
      const photos = (await (await fetch(`/api/v1/visits/${visitId}/photos`)).json()) as {
        items: { url: string; contentType: string; distanceM: number | null }[];
      };
      const first = photos.items[0];
      const bytes = first ? (await (await fetch(first.url)).arrayBuffer()).byteLength : 0;
      return {
        verification: v.verification,
        reason: v.checkInReason,
        photos: photos.items.length,
        type: first?.contentType,
        distance: Math.round((first?.distanceM ?? 0) / 100) * 100,
        bytes,
      };
    }, setup.visitId);
    expect(kept).toEqual({
      verification: "out_of_radius",
      reason: { code: "met_elsewhere", note: "客户在展会现场" },
      photos: 1,
      type: "image/jpeg",
      distance: 3100,
      bytes: kept.bytes,
    });
    expect(kept.bytes).toBeLessThan(jpeg.length / 2);

    // The manager: 拜访异常 from the navigation, the counts per rep, and the visit with its reason.
    await page.evaluate(async () => {
      const s = (await (await fetch("/api/v1/auth/session")).json()) as { csrfToken: string };
      await fetch("/api/v1/auth/logout", {
        method: "POST",
        headers: { "x-csrf-token": s.csrfToken },
      });
    });
    await signIn(browser(), "wang.fang@rapport.example");
    await page.getByRole("button", { name: /切换导航|Toggle navigation/ }).click();
    await page.getByRole("link", { name: "拜访异常" }).click();
    await page.getByRole("heading", { name: "拜访异常", level: 2 }).waitFor();
    const counts = page.getByTestId("exception-counts");
    const liWei = counts.getByRole("row", { name: /李伟/ });
    await liWei.waitFor();
    const card = page.getByTestId("exception-row").filter({ hasText: setup.customerName }).first();
    await card.waitFor();
    expect(await card.textContent()).toMatch(/超出范围/);
    expect(await card.textContent()).toMatch(/距客户 3,1\d\d 米/);
    expect(await card.textContent()).toMatch(/原因：在其他地点见客户 — 客户在展会现场/);
    expect(await card.textContent()).toMatch(/1 张照片/);
    // The rep's name narrows the list to his visits.
    await counts.getByRole("button", { name: /李伟/ }).click();
    await expect
      .poll(async () =>
        (await page.getByTestId("exception-row").allTextContents()).every((t) =>
          t.includes("李伟"),
        ),
      )
      .toBe(true);
    await shot(page, "42-exceptions-zh");
    await expectAccessible(page, "exceptions");
    await language(page, "en");
    await page.getByRole("heading", { name: "Visit exceptions", level: 2 }).waitFor();
    await expect.poll(() => card.textContent()).toMatch(/Reason: Met the customer elsewhere/);
    await shot(page, "42-exceptions-en");

    // And from there to the visit: the manager sees the photo and the reason.
    await card.getByRole("link", { name: "Open visit" }).click();
    await page.getByRole("region", { name: "Proof of visit" }).getByTestId("visit-photo").waitFor();
    await shot(page, "43-visit-proof-manager-en");

    // The visit is not checked out yet: the rep's manager may take the photo back.
    const proofEn = page.getByRole("region", { name: "Proof of visit" });
    await proofEn.getByRole("button", { name: /^Delete this photo \(Check-in, / }).click();
    const dialog = page.getByRole("dialog", { name: "Delete this photo?" });
    await dialog.waitFor();
    await shot(page, "44-delete-photo-en");
    await expectAccessible(page, "delete photo");
    await dialog.getByRole("button", { name: "Delete photo" }).click();
    await proofEn.getByText("No photos.").waitFor();
    const left = await page.evaluate(async (visitId: string) => {
      const r = await fetch(`/api/v1/visits/${visitId}/photos`);
      return ((await r.json()) as { items: unknown[] }).items.length;
    }, setup.visitId);
    expect(left).toBe(0);
    expect(consoleErrors).toEqual([]);
  }, 120_000);
});
