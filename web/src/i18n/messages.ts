import * as core from "./messages/core.ts";
import * as drafts from "./messages/drafts.ts";
import * as errors from "./messages/errors.ts";
import * as field from "./messages/field.ts";
import * as needs from "./messages/needs.ts";
import * as planning from "./messages/planning.ts";
import * as proof from "./messages/proof.ts";
import * as settings from "./messages/settings.ts";
import * as visits from "./messages/visits.ts";

/**
 * Every string the app shows, in English and Simplified Chinese, one file per area so that
 * areas change independently. English is the source of truth for the keys; each area's `zhCN`
 * is typed against its `en`, so a missing translation fails the typecheck.
 */
export const en = {
  ...core.en,
  ...needs.en,
  ...visits.en,
  ...planning.en,
  ...drafts.en,
  ...proof.en,
  ...settings.en,
  ...field.en,
  ...errors.en,
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

export const zhCN: Messages = {
  ...core.zhCN,
  ...needs.zhCN,
  ...visits.zhCN,
  ...planning.zhCN,
  ...drafts.zhCN,
  ...proof.zhCN,
  ...settings.zhCN,
  ...field.zhCN,
  ...errors.zhCN,
};
