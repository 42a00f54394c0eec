import { useCallback } from "react";
import { fieldErrors } from "../api/problem.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { en as ruleMessages } from "../i18n/messages/errors.ts";
import type { MessageKey } from "../i18n/messages.ts";

/**
 * The server's field errors, in Chinese when the UI is: the API words its messages in English,
 * so a zh-CN UI shows our translation of the issue's `rule`. English keeps the server's text
 * (more specific than a per-rule wording), and so does any rule we have no translation for.
 */
export function useFieldErrors(error: unknown): Record<string, string> {
  const { locale, t } = useI18n();
  const translate = useCallback(
    (issue: { rule?: string; message: string }) => {
      if (locale !== "zh-CN" || !issue.rule) return issue.message;
      const key = `errors.${issue.rule}`;
      return Object.hasOwn(ruleMessages, key) ? t(key as MessageKey) : issue.message;
    },
    [locale, t],
  );
  return fieldErrors(error, translate);
}
