import { useCallback } from "react";
import { ApiError, fieldErrors, formError } from "../api/problem.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { en as ruleMessages } from "../i18n/messages/errors.ts";
import type { MessageKey } from "../i18n/messages.ts";

/**
 * The server's field errors, in Chinese when the UI is: the API words its messages in English,
 * so a zh-CN UI shows our translation of the issue's `rule`. English keeps the server's text
 * (more specific than a per-rule wording), and so does any rule we have no translation for.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  return fieldErrors(error, useTranslateIssue());
}

/**
 * The failure to show above a form: a lost connection in the UI's words; the server's field
 * errors for fields this form does not show (`shownFields`), which would otherwise go unseen;
 * else the problem's detail when no field explains it.
 */
export function useFormError(error: unknown, shownFields?: readonly string[]): string | null {
  const { t } = useI18n();
  const translate = useTranslateIssue();
  if (error instanceof ApiError && error.status === 0) return t("state.networkError");
  if (error instanceof ApiError && shownFields) {
    // A shown field covers its nested fields too ("workingHours" covers "workingHours.mon").
    const shown = (field: string) =>
      shownFields.some((f) => field === f || field.startsWith(`${f}.`));
    const hidden = (error.problem.errors ?? []).filter((e) => !shown(e.field));
    if (hidden.length > 0) return hidden.map((e) => `${e.field}: ${translate(e)}`).join(" · ");
  }
  return formError(error);
}

function useTranslateIssue() {
  const { locale, t } = useI18n();
  return useCallback(
    (issue: { rule?: string; message: string }) => {
      if (locale !== "zh-CN" || !issue.rule) return issue.message;
      const key = `errors.${issue.rule}`;
      return Object.hasOwn(ruleMessages, key) ? t(key as MessageKey) : issue.message;
    },
    [locale, t],
  );
}
