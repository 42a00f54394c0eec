import "leaflet/dist/leaflet.css";
import "./map.css";
import L from "leaflet";
import { useEffect, useRef } from "react";
import { fromDisplay, type LatLon, type TileCrs, toDisplay } from "./crs.ts";

/** The installation's tiles, as GET /api/v1/app-config gives them. */
export type MapTiles = {
  tileUrl: string;
  attribution: string;
  crs?: TileCrs;
  /** What {s} stands for (MAP_TILE_SUBDOMAINS); Leaflet's "abc" when absent. */
  subdomains?: string;
};

/**
 * Every Leaflet map in the app draws stored positions through one of these, so that on GCJ-02
 * tiles (MAP_TILE_CRS=gcj02) pins and lines sit on their streets, and a point picked on the map
 * is turned back into WGS-84 before it is sent anywhere.
 */
export type Projection = {
  /** Where a stored WGS-84 position is drawn. */
  toMap(p: LatLon): L.LatLngTuple;
  /** The WGS-84 position of a point on the map (a click, a dragged pin). */
  fromMap(p: L.LatLng): LatLon;
};

export function projection(crs: TileCrs | undefined): Projection {
  const system = crs ?? "wgs84";
  return {
    toMap(p) {
      const d = toDisplay(p, system);
      return [d.lat, d.lon];
    },
    fromMap(p) {
      return fromDisplay({ lat: p.lat, lon: p.lng }, system);
    },
  };
}

/**
 * Leaflet inserts tooltip and attribution strings as HTML; names are user data and the
 * attribution is configuration, so both go in as text.
 */
export function escapeHtml(text: string): string {
  const el = document.createElement("span");
  el.textContent = text;
  return el.innerHTML;
}

export function asText(text: string): HTMLElement {
  const el = document.createElement("span");
  el.textContent = text;
  return el;
}

/**
 * One Leaflet map for the lifetime of the element, with the installation's tile layer (none
 * without a tile URL, or offline: the drawing stands on a plain background).
 */
export function useLeafletMap(
  element: React.RefObject<HTMLDivElement | null>,
  tiles: MapTiles | null,
  options: L.MapOptions = {},
): React.RefObject<L.Map | null> {
  const map = useRef<L.Map | null>(null);
  // Options are read once, when the map is made.
  const initial = useRef(options);
  useEffect(() => {
    if (!element.current) return;
    const m = L.map(element.current, { scrollWheelZoom: false, ...initial.current });
    m.setView([31.23, 121.47], 10);
    map.current = m;
    return () => {
      m.remove();
      map.current = null;
    };
  }, [element]);

  useEffect(() => {
    const m = map.current;
    if (!m || !tiles?.tileUrl) return;
    const layer = L.tileLayer(tiles.tileUrl, {
      attribution: escapeHtml(tiles.attribution),
      maxZoom: 19,
      subdomains: tiles.subdomains || "abc",
    });
    layer.addTo(m);
    return () => {
      layer.remove();
    };
  }, [tiles?.tileUrl, tiles?.attribution, tiles?.subdomains]);
  return map;
}
