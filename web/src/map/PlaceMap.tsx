import { Box } from "@mantine/core";
import L from "leaflet";
import { useEffect, useRef } from "react";
import type { LatLon } from "./crs.ts";
import { asText, type MapTiles, projection, useLeafletMap } from "./leaflet.ts";

/**
 * One place on a small map: the customer's pin, and the user's own position when known.
 * Through the shared projection, so on GCJ-02 tiles the pin stands on the right street.
 */
export function PlaceMap({
  place,
  name,
  here,
  hereLabel,
  tiles,
  label,
  height = 200,
}: {
  place: LatLon;
  name: string;
  here?: LatLon | null;
  hereLabel?: string;
  tiles: MapTiles | null;
  label: string;
  height?: number;
}) {
  const element = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(element, tiles, { zoomSnap: 0.5 });
  const crs = tiles?.crs;

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const project = projection(crs);
    const group = L.layerGroup().addTo(m);
    const pin = project.toMap(place);
    L.marker(pin, {
      title: name,
      keyboard: false,
      icon: L.divIcon({ className: "place-pin", html: "<span></span>", iconSize: [22, 22] }),
    })
      .bindTooltip(asText(name))
      .addTo(group);
    const bounds = L.latLngBounds([pin]);
    if (here) {
      const me = project.toMap(here);
      L.circleMarker(me, {
        radius: 7,
        color: "#fff",
        weight: 2,
        fillColor: "#1c7ed6",
        fillOpacity: 1,
      })
        .bindTooltip(asText(hereLabel ?? ""))
        .addTo(group);
      bounds.extend(me);
    }
    if (here) m.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    else m.setView(pin, 16);
    return () => {
      group.remove();
    };
  }, [map, crs, place, name, here, hereLabel]);

  return (
    <Box
      ref={element}
      className="place-map"
      role="region"
      aria-label={label}
      h={height}
      data-crs={crs ?? "wgs84"}
    />
  );
}
