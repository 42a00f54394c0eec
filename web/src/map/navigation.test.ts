import { describe, expect, it } from "vitest";
import { chosenMapApp, defaultMapApp, navigationUrl, telHref } from "./navigation.ts";

const to = { lat: 31.2397, lon: 121.4998, name: "上海华信, 外滩店", address: "中山东一路1号" };
const here = { lat: 31.23, lon: 121.47 };
const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe("navigate links", () => {
  it("asks AMap for directions to lon,lat in WGS-84, opening the app on a phone", () => {
    const url = navigationUrl("amap", to);
    expect(url.startsWith("https://uri.amap.com/navigation?")).toBe(true);
    expect(query(url)).toEqual({
      to: "121.499800,31.239700,上海华信  外滩店",
      mode: "car",
      coordinate: "wgs84",
      callnative: "1",
      src: "rapport",
    });
    expect(query(navigationUrl("amap", to, here)).from).toBe("121.470000,31.230000");
  });

  it("gives Baidu lat,lng with coord_type=wgs84: a route from here, or the place", () => {
    const route = navigationUrl("baidu", to, here);
    expect(route.startsWith("https://api.map.baidu.com/direction?")).toBe(true);
    expect(query(route)).toMatchObject({
      origin: "latlng:31.230000,121.470000",
      destination: "latlng:31.239700,121.499800|name:上海华信  外滩店",
      mode: "driving",
      coord_type: "wgs84",
      output: "html",
    });
    const place = navigationUrl("baidu", to);
    expect(place.startsWith("https://api.map.baidu.com/marker?")).toBe(true);
    expect(query(place)).toMatchObject({
      location: "31.239700,121.499800",
      content: "中山东一路1号",
      coord_type: "wgs84",
    });
  });

  it("uses Apple's and Google's documented direction links", () => {
    expect(query(navigationUrl("apple", to))).toEqual({
      daddr: "31.239700,121.499800",
      dirflg: "d",
    });
    expect(navigationUrl("apple", to).startsWith("https://maps.apple.com/?")).toBe(true);
    const google = navigationUrl("google", to, here);
    expect(google.startsWith("https://www.google.com/maps/dir/?")).toBe(true);
    expect(query(google)).toEqual({
      api: "1",
      origin: "31.230000,121.470000",
      destination: "31.239700,121.499800",
      travelmode: "driving",
    });
  });

  it.each([
    ["zh-CN", "Mozilla/5.0 (Linux; Android 14)", "amap"],
    ["zh-CN", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)", "amap"],
    ["en", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)", "apple"],
    ["en", "Mozilla/5.0 (Linux; Android 14)", "google"],
  ])("defaults to the app a %s user on %s has", (locale, ua, app) => {
    expect(defaultMapApp(locale, ua)).toBe(app);
  });

  it("keeps the profile's choice over the default", () => {
    expect(chosenMapApp("baidu", "en", "iPhone")).toBe("baidu");
    expect(chosenMapApp(null, "en", "iPhone")).toBe("apple");
  });

  it("dials digits only", () => {
    expect(telHref("+86 131 4985 0123")).toBe("tel:+8613149850123");
    expect(telHref("(089) 123-45")).toBe("tel:08912345");
  });
});
