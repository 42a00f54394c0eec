import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../http/testing.ts";
import { buildCustomer } from "../customers/customers.factory.ts";

let s: TestServer;
let rep: { id: string; token: string };

beforeAll(async () => {
  s = await startTestServer();
  rep = await s.user({ role: "rep", teamId: await s.team() });
});
afterAll(async () => {
  await s?.close();
});

describe("needs list", () => {
  it("names each need's customer and owner, for boards that show them", async () => {
    const c = await s.request("POST", "/api/v1/customers", {
      body: buildCustomer({ name: "华信贸易 Board" }),
      as: rep.token,
    });
    expect(c.status, c.text).toBe(201);
    const n = await s.request("POST", `/api/v1/customers/${c.body.id}/needs`, {
      body: { type: "complaint", title: "Late delivery" },
      as: rep.token,
    });
    expect(n.status, n.text).toBe(201);
    const list = await s.request("GET", `/api/v1/needs?customerId=${c.body.id}`, { as: rep.token });
    expect(list.status, list.text).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        id: n.body.id,
        customerName: "华信贸易 Board",
        ownerId: rep.id,
        ownerName: "Test rep",
      }),
    ]);
  });
});
