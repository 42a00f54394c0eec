import { describe, expect, it } from "vitest";
import { renderEmail, renderNotification } from "./notifications.messages.ts";

const reminder = {
  customerName: "上海华联超市",
  notes: "带上新价目表",
  dueAt: "2026-03-02T06:30:00.000Z",
  followUpKind: "visit",
};

describe("notification messages", () => {
  it("renders a reminder in English and in Chinese from the same parameters", () => {
    expect(renderNotification("follow_up_due", reminder, "en")).toEqual({
      title: "Follow-up due: 上海华联超市",
      body: "带上新价目表",
    });
    expect(renderNotification("follow_up_due", reminder, "zh-CN")).toEqual({
      title: "跟进到期：上海华联超市",
      body: "带上新价目表",
    });
  });

  it("falls back to the recorded text, or a neutral title, for kinds it does not know", () => {
    expect(renderNotification("legacy", { title: "Old words", body: null }, "zh-CN")).toEqual({
      title: "Old words",
      body: null,
    });
    expect(renderNotification("from_the_future", {}, "zh-CN")).toEqual({
      title: "通知",
      body: null,
    });
    // A reminder whose parameters lack the name is shown, not thrown.
    expect(renderNotification("follow_up_due", { notes: "x" }, "en").title).toBe("Notification");
  });

  it("writes the e-mail in the recipient's language and zone, with a link when given", () => {
    const zh = renderEmail(
      "follow_up_due",
      reminder,
      { name: "王芳", locale: "zh-CN", timeZone: "Asia/Shanghai" },
      "https://crm.example.com/customers/c1",
    );
    expect(zh.subject).toBe("跟进到期：上海华联超市");
    expect(zh.text).toBe(
      [
        "王芳，您好：",
        "",
        "跟进到期：上海华联超市",
        "到期时间：2026-03-02 14:30 (Asia/Shanghai)",
        "方式：拜访",
        "",
        "带上新价目表",
        "",
        "在 Rapport 中打开：https://crm.example.com/customers/c1",
        "",
        "— Rapport",
      ].join("\n"),
    );
    const en = renderEmail(
      "follow_up_due",
      { ...reminder, customerName: "Café Müller", notes: null, followUpKind: "call" },
      { name: "Anna Schneider", locale: "en", timeZone: "Europe/Berlin" },
      null,
    );
    expect(en.subject).toBe("Follow-up due: Café Müller");
    expect(en.text).toBe(
      [
        "Hello Anna Schneider,",
        "",
        "Follow-up due: Café Müller",
        "Due: 2026-03-02 07:30 (Europe/Berlin)",
        "Kind: call",
        "",
        "— Rapport",
      ].join("\n"),
    );
  });
});
