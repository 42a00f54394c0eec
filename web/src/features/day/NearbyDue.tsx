import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconCurrentLocation, IconMapPins } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import type { DueCustomer } from "../../api/types.ts";
import { useI18n } from "../../i18n/i18n.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { formatTime, safeZone } from "../../i18n/time.ts";
import { NavigateLinks } from "../../map/NavigateLinks.tsx";
import { ErrorState, Loading } from "../../ui/states.tsx";
import { useSession } from "../auth/session.ts";
import { useMapApp } from "../auth/useMapApp.ts";
import {
  currentPosition,
  isNoPosition,
  type NoPosition,
  type Position,
} from "../visits/geolocation.ts";
import { badgeText } from "../visits/tones.ts";
import { nearbyApi, nearbyUntil } from "./nearby.ts";

type Where =
  | { state: "idle" }
  | { state: "locating" }
  | { state: "found"; position: Position; until: string }
  | { state: "failed"; reason: NoPosition };

const FAILED: Record<NoPosition, MessageKey> = {
  denied: "near.denied",
  unavailable: "near.unavailable",
  timeout: "near.timeout",
  unsupported: "near.unsupported",
};

function NearRow({ entry, from }: { entry: DueCustomer; from: Position }) {
  const { t, formatNumber } = useI18n();
  const app = useMapApp();
  // Rendered by the server in the language the UI asked for.
  const reasons = entry.reasonText;
  return (
    <Card withBorder padding="sm" component="li" data-testid="near-row">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
          <Anchor
            component={Link}
            to={`/customers/${entry.customerId}`}
            fw={600}
            style={{ overflowWrap: "anywhere", minWidth: 0 }}
          >
            {entry.name}
          </Anchor>
          <Badge variant="outline" color="gray" vars={badgeText("gray")} style={{ flexShrink: 0 }}>
            {entry.tier}
          </Badge>
        </Group>
        <Text size="sm" fw={500}>
          {t("near.distance", {
            km: formatNumber(entry.distanceKm ?? 0),
            min: formatNumber(entry.travelMinutes ?? 0),
          })}
        </Text>
        <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
          {reasons}
        </Text>
        {entry.latitude != null && entry.longitude != null ? (
          <NavigateLinks
            compact
            app={app}
            from={from}
            to={{ lat: entry.latitude, lon: entry.longitude, name: entry.name }}
          />
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * "Who is due near me": the phone's position, asked for only when the rep taps (a prompt on
 * page load would be refused out of habit), then the due customers reachable and visitable
 * before the end of the working day, nearest first, each with a navigate link from here.
 * A refused or failed position says so and points to the due list instead.
 */
export function NearbyDue() {
  const { t, locale } = useI18n();
  const session = useSession();
  const user = session.data?.user;
  const timeZone = safeZone(user?.timeZone);
  const [where, setWhere] = useState<Where>({ state: "idle" });
  const found = where.state === "found" ? where : null;
  const q = useQuery({
    queryKey: ["visits", "nearby", found?.position.lat, found?.position.lon, found?.until],
    queryFn: () =>
      nearbyApi.due({ lat: found!.position.lat, lon: found!.position.lon, until: found!.until }),
    enabled: found !== null,
  });

  const locate = async () => {
    setWhere({ state: "locating" });
    try {
      const position = await currentPosition();
      setWhere({
        state: "found",
        position,
        until: nearbyUntil(new Date(), timeZone, user?.workingHours),
      });
    } catch (reason) {
      setWhere({ state: "failed", reason: isNoPosition(reason) ? reason : "unavailable" });
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="near-me">
      <Group gap="xs" mb={4}>
        <IconMapPins size={18} aria-hidden />
        <Title order={3} size="h5" id="near-me">
          {t("near.title")}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t("near.hint")}
      </Text>
      <Stack gap="sm">
        <Button
          variant={found ? "default" : "light"}
          size="md"
          w="fit-content"
          leftSection={<IconCurrentLocation size={18} aria-hidden />}
          loading={where.state === "locating"}
          onClick={() => void locate()}
        >
          {found ? t("near.again") : t("near.find")}
        </Button>
        {where.state === "locating" ? (
          <Text size="sm" role="status">
            {t("near.locating")}
          </Text>
        ) : null}
        {where.state === "failed" ? (
          <Alert color="yellow" role="alert" variant="light">
            <Stack gap={6} align="flex-start">
              <Text size="sm">{t(FAILED[where.reason])}</Text>
              <Anchor component={Link} to="/visits" size="sm">
                {t("near.dueList")}
              </Anchor>
            </Stack>
          </Alert>
        ) : null}
        {found && q.isPending ? <Loading /> : null}
        {found && q.isError ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : null}
        {found && q.data ? (
          q.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("near.none", { time: formatTime(found.until, locale, timeZone) })}
            </Text>
          ) : (
            <>
              <Text size="sm">
                {t("near.until", { time: formatTime(found.until, locale, timeZone) })}
              </Text>
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
                {q.data.items.map((e) => (
                  <NearRow key={e.customerId} entry={e} from={found.position} />
                ))}
              </Stack>
            </>
          )
        ) : null}
      </Stack>
    </Card>
  );
}
