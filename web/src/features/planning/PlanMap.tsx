import "leaflet/dist/leaflet.css";
import "./planning.css";
import { Box, Group, Text } from "@mantine/core";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import { asText, type MapTiles, projection, useLeafletMap } from "../../map/leaflet.ts";
import type { PlanResult } from "./api.ts";
import { type ColoredRoute, dayLabel, routePoints } from "./model.ts";

export type { MapTiles } from "../../map/leaflet.ts";

/**
 * The routes on a Leaflet map: one polyline per rep per day in its colour, numbered pins
 * (div icons: Leaflet's default marker images break in bundlers) and each rep's home base.
 * Without a tile URL, or offline, the drawing stands on a plain background. Positions go
 * through the installation's projection (GCJ-02 tiles move them for display only).
 */
export function PlanMap({
  routes,
  reps,
  tiles,
  repName,
}: {
  routes: ColoredRoute[];
  reps: PlanResult["reps"];
  tiles: MapTiles | null;
  repName: (id: string) => string;
}) {
  const { t, locale } = useI18n();
  const element = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(element, tiles, { zoomSnap: 0.5 });
  const crs = tiles?.crs;

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const group = L.layerGroup().addTo(m);
    const at = projection(crs).toMap;
    const bounds = L.latLngBounds([]);
    const shown = new Set(routes.map((r) => r.repId));
    for (const home of reps ?? []) {
      if (!shown.has(home.id)) continue;
      const title = t("plan.home", { name: home.name });
      const base = at(home);
      L.marker(base, {
        title,
        icon: L.divIcon({
          className: "plan-home",
          html: "⌂",
          iconSize: [26, 26],
        }),
        keyboard: false,
      })
        .bindTooltip(asText(title))
        .addTo(group);
      bounds.extend(base);
    }
    for (const route of routes) {
      const home = reps?.find((r) => r.id === route.repId);
      const points = routePoints(route, home).map(([lat, lon]) => at({ lat, lon }));
      if (points.length > 1) {
        L.polyline(points, { color: route.color, weight: 4, opacity: 0.85 })
          .bindTooltip(asText(`${repName(route.repId)} · ${dayLabel(route.date, locale)}`))
          .addTo(group);
      }
      route.stops.forEach((stop, i) => {
        if (stop.lat == null || stop.lon == null) return;
        const title = t("plan.stopTitle", { n: i + 1, name: stop.name });
        const pin = at({ lat: stop.lat, lon: stop.lon });
        L.marker(pin, {
          title,
          // The list below the map is the keyboard path; pins would add dozens of tab stops.
          keyboard: false,
          icon: L.divIcon({
            className: "plan-pin",
            html: `<span style="background:${route.color}">${i + 1}</span>`,
            iconSize: [24, 24],
          }),
        })
          .bindTooltip(asText(title))
          .addTo(group);
        bounds.extend(pin);
      });
    }
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    return () => {
      group.remove();
    };
  }, [map, crs, routes, reps, t, repName, locale]);

  return (
    <>
      <Box
        ref={element}
        className="plan-map"
        role="region"
        aria-label={t("plan.map")}
        h={{ base: 320, sm: 440 }}
      />
      {/* Which colour is whose day: the lines alone do not say. */}
      <Group component="ul" gap="xs" mt="xs" p={0} m={0} aria-label={t("plan.legend")}>
        {routes.map((r) => (
          <Group component="li" key={r.key} gap={4} wrap="nowrap" style={{ listStyle: "none" }}>
            <span
              aria-hidden
              style={{ width: 16, height: 4, borderRadius: 2, background: r.color }}
            />
            <Text size="xs">
              {repName(r.repId)} · {dayLabel(r.date, locale)}
            </Text>
          </Group>
        ))}
      </Group>
    </>
  );
}
