import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useMemo, useState } from "react";
import { ApiError } from "../../api/problem.ts";
import type { Locale, User } from "../../api/types.ts";
import { LOCALES, toLocale, useI18n } from "../../i18n/i18n.tsx";
import { defaultMapApp, MAP_APPS, type MapApp } from "../../map/navigation.ts";
import { FormAlert } from "../../ui/FormAlert.tsx";
import { useFieldErrors, useFormError } from "../../ui/useFieldErrors.ts";
import { SESSION_KEY } from "../auth/session.ts";
import { settingsApi } from "./api.ts";
import { fromRows, toRows } from "./hours.ts";
import { saveProfile } from "./save.ts";
import { WorkingHoursInput } from "./WorkingHoursInput.tsx";

function timeZones(): string[] {
  // Older engines lack supportedValuesOf; the saved zone and UTC are always offered.
  const list =
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return list.includes("UTC") ? list : ["UTC", ...list];
}

/** "" is "not set"; anything else must be a number in range. */
function parseCoordinate(raw: string, max: number): number | null | "invalid" {
  const v = raw.trim().replace(",", ".");
  if (v === "") return null;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) <= max ? n : "invalid";
}

/**
 * The user's own profile. Saved with If-Match on the version read: a 412 that is more than a
 * language switch means the profile changed elsewhere (another tab, an admin), and the user
 * reloads rather than overwrites it.
 * The language applies at once and is saved on its own, like the header's switch.
 */
export function ProfileForm({ user, onReload }: { user: User; onReload: () => void }) {
  const { t, setLocale, locale } = useI18n();
  const qc = useQueryClient();
  // What the server had when this form last loaded or saved: the base of the next save.
  const [base, setBase] = useState(user);
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email);
  const [timeZone, setTimeZone] = useState(user.timeZone);
  const [homeAddress, setHomeAddress] = useState(user.homeAddress ?? "");
  const [homeLat, setHomeLat] = useState(user.homeLat === null ? "" : String(user.homeLat));
  const [homeLon, setHomeLon] = useState(user.homeLon === null ? "" : String(user.homeLon));
  const [hours, setHours] = useState(() => toRows(user.workingHours));
  const [mapApp, setMapApp] = useState<MapApp | null>(user.mapApp);
  const [local, setLocal] = useState<Record<string, string>>({});
  const zones = useMemo(() => {
    const list = timeZones();
    return list.includes(user.timeZone) ? list : [user.timeZone, ...list];
  }, [user.timeZone]);

  const saved = (next: User) => {
    setBase(next);
    qc.setQueryData(["settings", "me"], next);
    // The header shows the session's name and language.
    void qc.invalidateQueries({ queryKey: SESSION_KEY });
  };

  const save = useMutation({
    mutationFn: () => {
      const lat = parseCoordinate(homeLat, 90);
      const lon = parseCoordinate(homeLon, 180);
      return saveProfile(base, {
        name,
        email,
        timeZone,
        homeAddress: homeAddress.trim() === "" ? null : homeAddress,
        homeLat: lat === "invalid" ? null : lat,
        homeLon: lon === "invalid" ? null : lon,
        workingHours: fromRows(hours),
        mapApp,
      });
    },
    onSuccess: saved,
  });

  const language = useMutation({
    // Read first, so a language switch never fails on a stale version. The form keeps its
    // base: saveProfile() sees that only the language changed and saves over it.
    mutationFn: async (next: Locale) => {
      const current = await settingsApi.user(user.id);
      return settingsApi.patchUser(user.id, current.version, { locale: next });
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: SESSION_KEY }),
  });

  const server = useFieldErrors(save.error);
  const errors = { ...server, ...local };
  const conflict = save.error instanceof ApiError && save.error.status === 412;
  const failure = useFormError(save.error, [
    "name",
    "email",
    "locale",
    "timeZone",
    "homeAddress",
    "homeLat",
    "homeLon",
    "workingHours",
    "mapApp",
  ]);
  const general = conflict ? null : failure;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const lat = parseCoordinate(homeLat, 90);
    const lon = parseCoordinate(homeLon, 180);
    if (lat === "invalid") found.homeLat = t("settings.home.latRange");
    if (lon === "invalid") found.homeLon = t("settings.home.lonRange");
    if (!found.homeLat && !found.homeLon && (lat === null) !== (lon === null)) {
      found[lat === null ? "homeLat" : "homeLon"] = t("settings.home.both");
    }
    setLocal(found);
    if (Object.keys(found).length === 0) save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {conflict ? (
          <Alert color="yellow" role="alert" title={t("settings.conflict.title")}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t("settings.conflict.body")}</Text>
              <Button size="xs" variant="light" onClick={onReload}>
                {t("settings.conflict.reload")}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <FormAlert message={general} />
        <Card withBorder>
          <Title order={3} size="h5" mb="sm">
            {t("settings.profile")}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t("settings.name")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={errors.name}
              required
            />
            <TextInput
              label={t("settings.email")}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={errors.email}
              required
            />
            <NativeSelect
              label={t("settings.language")}
              value={locale}
              data={LOCALES.map((l) => ({ value: l.value, label: l.label }))}
              description={t("settings.language.hint")}
              error={language.isError ? t("settings.language.failed") : undefined}
              onChange={(e) => {
                const next = toLocale(e.currentTarget.value);
                if (!next || next === locale) return;
                setLocale(next);
                language.mutate(next);
              }}
            />
            <Select
              label={t("settings.timeZone")}
              searchable
              data={zones}
              value={timeZone}
              onChange={(v) => v && setTimeZone(v)}
              description={t("settings.timeZone.hint")}
              error={errors.timeZone}
              nothingFoundMessage={t("settings.timeZone.none")}
              comboboxProps={{ withinPortal: true }}
              allowDeselect={false}
            />
            <NativeSelect
              label={t("mapApp.label")}
              description={t("mapApp.hint")}
              value={mapApp ?? ""}
              error={errors.mapApp}
              data={[
                {
                  value: "",
                  label: t("mapApp.auto", {
                    app: t(`mapApp.${defaultMapApp(locale, navigator.userAgent)}`),
                  }),
                },
                ...MAP_APPS.map((a) => ({ value: a, label: t(`mapApp.${a}`) })),
              ]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setMapApp(MAP_APPS.find((a) => a === v) ?? null);
              }}
            />
          </SimpleGrid>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb={4}>
            {t("settings.home")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("settings.home.hint")}
          </Text>
          <Stack gap="sm">
            <TextInput
              label={t("settings.home.address")}
              value={homeAddress}
              onChange={(e) => setHomeAddress(e.currentTarget.value)}
              error={errors.homeAddress}
            />
            <SimpleGrid cols={2} spacing="sm">
              <TextInput
                label={t("settings.home.lat")}
                inputMode="decimal"
                placeholder="31.2304"
                value={homeLat}
                onChange={(e) => setHomeLat(e.currentTarget.value)}
                error={errors.homeLat}
              />
              <TextInput
                label={t("settings.home.lon")}
                inputMode="decimal"
                placeholder="121.4737"
                value={homeLon}
                onChange={(e) => setHomeLon(e.currentTarget.value)}
                error={errors.homeLon}
              />
            </SimpleGrid>
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5" mb={4}>
            {t("settings.hours")}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t("settings.hours.hint")}
          </Text>
          <WorkingHoursInput value={hours} onChange={setHours} errors={errors} />
        </Card>
        <Group justify="flex-end" gap="sm">
          {save.isSuccess ? (
            <Text size="sm" c="teal.8" role="status">
              {t("settings.saved")}
            </Text>
          ) : null}
          <Button type="submit" loading={save.isPending}>
            {t("settings.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
