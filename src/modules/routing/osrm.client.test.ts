import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchOsrmTable, RoutingError } from "./osrm.client.ts";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = () => {};
let server: Server;
let baseUrl = "";
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

const points = [
  { lat: 48.8566, lon: 2.3522 },
  { lat: 48.8606, lon: 2.3376 },
];

const expectCode = async (p: Promise<unknown>, code: string): Promise<void> => {
  const err = await p.catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RoutingError);
  expect((err as RoutingError).code).toBe(code);
};

describe("fetchOsrmTable", () => {
  it("requests lon,lat pairs with both annotations and returns the matrices", async () => {
    handler = (_req, res) =>
      json(res, 200, {
        code: "Ok",
        durations: [
          [0, 310.5],
          [298.1, 0],
        ],
        distances: [
          [0, 1520.3],
          [1490, null],
        ],
        sources: [],
        destinations: [],
      });
    const m = await fetchOsrmTable(points, { baseUrl: `${baseUrl}/` });
    expect(requests.at(-1)).toBe(
      "/table/v1/driving/2.352200,48.856600;2.337600,48.860600?annotations=distance,duration",
    );
    expect(m.duration).toEqual([
      [0, 310.5],
      [298.1, 0],
    ]);
    expect(m.distance[0]).toEqual([0, 1520.3]);
    expect(m.distance[1]![1]).toBe(Number.POSITIVE_INFINITY);
  });

  it("maps OSRM's error body to ROUTING_UPSTREAM_ERROR with its code", async () => {
    handler = (_req, res) =>
      json(res, 400, { code: "InvalidQuery", message: "Query string malformed" });
    const err = await fetchOsrmTable(points, { baseUrl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RoutingError);
    expect((err as RoutingError).code).toBe("ROUTING_UPSTREAM_ERROR");
    expect((err as RoutingError).upstream).toBe("InvalidQuery");
  });

  it("maps a non-200 answer without JSON to ROUTING_UPSTREAM_ERROR", async () => {
    handler = (_req, res) => {
      res.writeHead(502);
      res.end("bad gateway");
    };
    await expectCode(fetchOsrmTable(points, { baseUrl }), "ROUTING_UPSTREAM_ERROR");
  });

  it("rejects malformed matrices with ROUTING_BAD_RESPONSE", async () => {
    handler = (_req, res) => json(res, 200, { code: "Ok", durations: [[0]], distances: [[0, 1]] });
    await expectCode(fetchOsrmTable(points, { baseUrl }), "ROUTING_BAD_RESPONSE");
    handler = (_req, res) => {
      res.writeHead(200);
      res.end("not json");
    };
    await expectCode(fetchOsrmTable(points, { baseUrl }), "ROUTING_BAD_RESPONSE");
  });

  it("aborts a slow upstream with ROUTING_TIMEOUT", async () => {
    handler = () => {}; // never answers
    await expectCode(fetchOsrmTable(points, { baseUrl, timeoutMs: 100 }), "ROUTING_TIMEOUT");
  });

  it("reports an unreachable server as ROUTING_UNAVAILABLE", async () => {
    await expectCode(
      fetchOsrmTable(points, { baseUrl: "http://127.0.0.1:1" }),
      "ROUTING_UNAVAILABLE",
    );
  });
});
