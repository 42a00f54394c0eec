import { describe, expect, it } from "vitest";
import { touchTextIssue } from "./channels.ts";

describe("what a logged touch must say", () => {
  it.each([
    ["a WeChat message without a subject", { channel: "wechat", content: "客户确认周二拜访" }],
    ["a call with only its outcome", { channel: "phone", outcome: "Interested" }],
    ["a visit note with only a subject", { channel: "visit", subject: "On site" }],
    ["an e-mail with its subject", { channel: "email", subject: "Quote sent" }],
  ])("accepts %s", (_, touch) => {
    expect(touchTextIssue(touch)).toBeNull();
  });

  it.each([
    ["wechat", null, "content", "one_of_required"],
    ["phone", null, "content", "one_of_required"],
    ["email", "Quote attached", "subject", "required_for_channel"],
  ] as const)("refuses a %s touch that says nothing it needs", (channel, content, field, rule) => {
    expect(touchTextIssue({ channel, subject: "  ", content })).toMatchObject({ field, rule });
  });
});
