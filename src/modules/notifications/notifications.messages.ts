import type { NotificationParams } from "../../db/schema/timeline.ts";
import { zoneOffsetMs } from "../../domain/time.ts";

/**
 * The words of notifications, in each supported language. A notification is stored as a kind
 * plus parameters; its title and body are rendered here for whoever reads it — in the API for
 * the reader, in e-mail for the recipient — so a 简体中文 user never reads English.
 */
export type NotificationLocale = "en" | "zh-CN";

export const FOLLOW_UP_DUE = "follow_up_due";

export type Rendered = { title: string; body: string | null };

/**
 * The parameters of a follow-up reminder, written by notifications.repository.ts when it
 * fires: `customerName` (as it was then), `notes`, `dueAt` (ISO, UTC), `followUpKind`.
 */
const WORDS = {
  en: {
    followUpDue: (customer: string) => `Follow-up due: ${customer}`,
    fallbackTitle: "Notification",
    hello: (name: string) => `Hello ${name},`,
    due: "Due: ",
    open: "Open in Rapport: ",
    kinds: {
      call: "call",
      visit: "visit",
      email: "e-mail",
      message: "message",
      wechat: "WeChat",
      other: "other",
    },
    kind: "Kind: ",
  },
  "zh-CN": {
    followUpDue: (customer: string) => `跟进到期：${customer}`,
    fallbackTitle: "通知",
    hello: (name: string) => `${name}，您好：`,
    due: "到期时间：",
    open: "在 Rapport 中打开：",
    kinds: {
      call: "电话",
      visit: "拜访",
      email: "邮件",
      message: "消息",
      wechat: "微信",
      other: "其他",
    },
    kind: "方式：",
  },
} as const;

function words(locale: string) {
  return locale === "zh-CN" ? WORDS["zh-CN"] : WORDS.en;
}

/**
 * Title and body of a notification in `locale`. Parameters come from the database as JSON: a
 * kind this code does not know, or parameters missing a value, fall back to the text recorded
 * with it (rows from before kinds existed) or to a neutral title — never to an error.
 */
export function renderNotification(
  kind: string,
  params: NotificationParams,
  locale: string,
): Rendered {
  const w = words(locale);
  const customer = params.customerName;
  if (kind === FOLLOW_UP_DUE && typeof customer === "string") {
    return { title: w.followUpDue(customer), body: params.notes ?? null };
  }
  return {
    title: typeof params.title === "string" ? params.title : w.fallbackTitle,
    body: typeof params.body === "string" ? params.body : null,
  };
}

/** "2026-11-25 14:00" on the wall clock of `timeZone`: unambiguous in both languages. */
function wallClock(iso: string, timeZone: string): string | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const local = new Date(at.getTime() + zoneOffsetMs(at, timeZone));
  return local.toISOString().slice(0, 16).replace("T", " ");
}

export type EmailRecipient = { name: string; locale: string; timeZone: string };

/**
 * The e-mail for a notification, in the recipient's language and time zone. `link` (from
 * PUBLIC_URL) points at the page the notification is about; without it the mail has no link.
 */
export function renderEmail(
  kind: string,
  params: NotificationParams,
  to: EmailRecipient,
  link: string | null,
): { subject: string; text: string } {
  const w = words(to.locale);
  const { title, body } = renderNotification(kind, params, to.locale);
  const due = kind === FOLLOW_UP_DUE && params.dueAt ? wallClock(params.dueAt, to.timeZone) : null;
  const kindWord =
    kind === FOLLOW_UP_DUE && params.followUpKind && params.followUpKind in w.kinds
      ? w.kinds[params.followUpKind as keyof typeof w.kinds]
      : null;
  const facts = [
    ...(due ? [`${w.due}${due} (${to.timeZone})`] : []),
    ...(kindWord ? [`${w.kind}${kindWord}`] : []),
  ];
  const text = [
    w.hello(to.name),
    "",
    title,
    ...facts,
    ...(body ? ["", body] : []),
    ...(link ? ["", `${w.open}${link}`] : []),
    "",
    "— Rapport",
  ].join("\n");
  return { subject: title, text };
}
