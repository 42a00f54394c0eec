import { NativeSelect } from "@mantine/core";
import type { Locale } from "../api/types.ts";
import { LOCALES, toLocale, useI18n } from "../i18n/i18n.tsx";

/**
 * A native select: keyboard- and screen-reader-friendly on every phone, and tiny.
 * `onChanged` lets the signed-in shell also save the choice on the server.
 */
export function LanguageSwitch({ onChanged }: { onChanged?: (locale: Locale) => void }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <NativeSelect
      aria-label={t("lang.label")}
      size="xs"
      value={locale}
      data={LOCALES.map((l) => ({ value: l.value, label: l.label }))}
      onChange={(e) => {
        const next = toLocale(e.currentTarget.value);
        if (!next || next === locale) return;
        setLocale(next);
        onChanged?.(next);
      }}
    />
  );
}
