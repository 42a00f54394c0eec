import { Group, Select, Switch } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useI18n } from "../../i18n/i18n.tsx";
import { type BoardFilters as Filters, type NeedType, needsApi } from "./api.ts";

/** The type's label in the UI's language; the key when the type is unknown. */
export function typeLabel(types: NeedType[] | undefined, key: string, locale: string): string {
  const type = types?.find((x) => x.key === key);
  if (!type) return key;
  return locale === "zh-CN" ? type.labelZh : type.labelEn;
}

export function useNeedTypes() {
  return useQuery({ queryKey: ["need-types"], queryFn: needsApi.types, staleTime: 5 * 60_000 });
}

/** Type, owner and overdue filters; all three are applied by the server. */
export function BoardFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
}) {
  const { t, locale } = useI18n();
  const types = useNeedTypes();
  // Reps see only themselves here, managers their team, admins everyone (GET /users).
  const users = useQuery({ queryKey: ["users"], queryFn: needsApi.users, staleTime: 5 * 60_000 });
  const typeData = [
    { value: "", label: t("needs.filter.anyType") },
    ...(types.data?.items ?? [])
      .filter((x) => x.active)
      .map((x) => ({ value: x.key, label: typeLabel(types.data?.items, x.key, locale) })),
  ];
  const ownerData = [
    { value: "", label: t("needs.filter.anyone") },
    ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <Group gap="sm" align="flex-end">
      <Select
        label={t("needs.filter.type")}
        data={typeData}
        value={value.type ?? ""}
        onChange={(v) => onChange({ ...value, type: v ? v : null })}
        allowDeselect={false}
        w={{ base: "100%", xs: 200 }}
      />
      <Select
        label={t("needs.filter.owner")}
        data={ownerData}
        value={value.ownerId ?? ""}
        onChange={(v) => onChange({ ...value, ownerId: v ? v : null })}
        allowDeselect={false}
        w={{ base: "100%", xs: 200 }}
      />
      <Switch
        label={t("needs.filter.overdue")}
        checked={value.overdue}
        onChange={(e) => onChange({ ...value, overdue: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
