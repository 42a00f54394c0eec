import { Anchor, Box, Card, Divider, Group, Stack, Text, Title } from "@mantine/core";
import { IconMail, IconMapPin, IconPhone } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { endpoints } from "../../api/endpoints.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import { NavigateLinks } from "../../map/NavigateLinks.tsx";
import { telHref } from "../../map/navigation.ts";
import { useMapApp } from "../auth/useMapApp.ts";
import { ContactLine } from "../customers/ContactLine.tsx";
import { visitsApi } from "./api.ts";

// Leaflet is downloaded only for a customer with a position, after the rest has rendered.
const PlaceMap = lazy(() =>
  import("../../map/PlaceMap.tsx").then((m) => ({ default: m.PlaceMap })),
);

/**
 * Everything a rep needs on the way to a visit: where (address, a small map, a navigate link in
 * their map app), and who (the company's and the contacts' numbers to tap, their WeChat IDs).
 */
export function GettingThere({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const app = useMapApp();
  const customer = useQuery({
    queryKey: ["customer", customerId],
    queryFn: () => visitsApi.customer(customerId),
  });
  const contacts = useQuery({
    queryKey: ["customer", customerId, "contacts"],
    queryFn: () => endpoints.contacts(customerId),
  });
  const config = useQuery({
    queryKey: ["app-config"],
    queryFn: visitsApi.appConfig,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const c = customer.data;
  if (!c) return null;
  const place =
    c.latitude != null && c.longitude != null ? { lat: c.latitude, lon: c.longitude } : null;
  const people = [...(contacts.data?.items ?? [])].sort(
    (a, b) => Number(b.isPrimary) - Number(a.isPrimary),
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="visit-there">
      <Title order={3} size="h5" id="visit-there" mb="xs">
        {t("there.title")}
      </Title>
      <Stack gap="sm">
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconMapPin size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" style={{ overflowWrap: "anywhere" }} data-testid="customer-address">
            {c.address || t("there.noAddress")}
          </Text>
        </Group>
        {place ? (
          <>
            <NavigateLinks app={app} to={{ ...place, name: c.name, address: c.address }} />
            <Suspense fallback={<Box h={200} />}>
              {/* Tiles wait for the installation's settings: never drawn in the wrong datum. */}
              {config.data || config.isError ? (
                <PlaceMap
                  place={place}
                  name={c.name}
                  tiles={config.data?.map ?? null}
                  label={t("there.map", { name: c.name })}
                />
              ) : (
                <Box h={200} />
              )}
            </Suspense>
          </>
        ) : c.address ? (
          <Text size="sm" c="dimmed">
            {t("there.noPosition")}
          </Text>
        ) : null}
        {c.phone || c.email ? (
          <Stack gap={4}>
            {c.phone ? (
              <Anchor
                href={telHref(c.phone)}
                size="sm"
                aria-label={`${t("there.companyPhone")}: ${c.phone}`}
              >
                <Group gap={6} wrap="nowrap" component="span">
                  <IconPhone size={16} aria-hidden />
                  {c.phone}
                </Group>
              </Anchor>
            ) : null}
            {c.email ? (
              <Anchor
                href={`mailto:${c.email}`}
                size="sm"
                aria-label={`${t("there.companyEmail")}: ${c.email}`}
                style={{ overflowWrap: "anywhere" }}
              >
                <Group gap={6} wrap="nowrap" component="span">
                  <IconMail size={16} aria-hidden />
                  {c.email}
                </Group>
              </Anchor>
            ) : null}
          </Stack>
        ) : null}
        <Divider />
        <Title order={4} size="h6">
          {t("customer.contacts")}
        </Title>
        {people.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("there.noContacts")}
          </Text>
        ) : (
          <Stack gap="sm">
            {people.map((p) => (
              <ContactLine key={p.id} contact={p} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
