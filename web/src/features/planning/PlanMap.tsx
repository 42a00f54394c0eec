import "leaflet/dist/leaflet.css";
import "./planning.css";
import { Box, Group, Text } from "@mantine/core";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n.tsx";
import type { PlanResult } from "./api.ts";
import { type ColoredRoute, dayLabel, routePoints } from "./model.ts";

export type MapTiles = { tileUrl: string; attribution: string };

/**
 * The routes on a Leaflet map: one polyline per rep per day in its colour, numbered pins
 * (div icons: Leaflet's default marker images break in bundlers) and each rep's home base.
 * Without a tile URL, or offline, the drawing stands on a plain background.
 */
/**
 * Leaflet inserts tooltip and attribution strings as HTML; names are user data and the
 * attribution is configuration, so both go in as text.
 */
function escapeHtml(text: string): string {
  const el = document.createElement("span");
  el.textContent = text;
  return el.innerHTML;
}

function asText(text: string): HTMLElement {
  const el = document.createElement("span");
  el.textContent = text;
  return el;
}

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
  const map = useRef<L.Map | null>(null);
  const drawing = useRef<L.LayerGroup | null>(null);

  // One map per mount; tiles follow the configuration.
  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, { scrollWheelZoom: false, zoomSnap: 0.5 });
    m.setView([31.23, 121.47], 10);
    drawing.current = L.layerGroup().addTo(m);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || !tiles?.tileUrl) return;
    const layer = L.tileLayer(tiles.tileUrl, {
      attribution: escapeHtml(tiles.attribution),
      maxZoom: 19,
    });
    layer.addTo(m);
    return () => {
      layer.remove();
    };
  }, [tiles?.tileUrl, tiles?.attribution]);

  useEffect(() => {
    const m = map.current;
    const group = drawing.current;
    if (!m || !group) return;
    group.clearLayers();
    const bounds = L.latLngBounds([]);
    const shown = new Set(routes.map((r) => r.repId));
    for (const home of reps ?? []) {
      if (!shown.has(home.id)) continue;
      const title = t("plan.home", { name: home.name });
      L.marker([home.lat, home.lon], {
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
      bounds.extend([home.lat, home.lon]);
    }
    for (const route of routes) {
      const home = reps?.find((r) => r.id === route.repId);
      const points = routePoints(route, home);
      if (points.length > 1) {
        L.polyline(points, { color: route.color, weight: 4, opacity: 0.85 })
          .bindTooltip(asText(`${repName(route.repId)} · ${dayLabel(route.date, locale)}`))
          .addTo(group);
      }
      route.stops.forEach((stop, i) => {
        if (stop.lat == null || stop.lon == null) return;
        const title = t("plan.stopTitle", { n: i + 1, name: stop.name });
        L.marker([stop.lat, stop.lon], {
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
        bounds.extend([stop.lat, stop.lon]);
      });
    }
    if (bounds.isValid()) m.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
  }, [routes, reps, t, repName, locale]);

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
