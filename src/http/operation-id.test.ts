import { describe, expect, it } from "vitest";
import { operationIdFor } from "./operation-id.ts";

describe("operationIdFor", () => {
  it.each([
    ["GET", "/api/v1/customers", "listCustomers"],
    ["POST", "/api/v1/customers", "createCustomer"],
    ["GET", "/api/v1/customers/:id", "getCustomer"],
    ["PATCH", "/api/v1/customers/:id", "updateCustomer"],
    ["DELETE", "/api/v1/customers/:id", "deleteCustomer"],
    ["POST", "/api/v1/customers/:id/restore", "restoreCustomer"],
    ["GET", "/api/v1/customers/:id/contacts", "listCustomerContacts"],
    ["POST", "/api/v1/customers/:id/contacts", "createCustomerContact"],
    ["GET", "/api/v1/customers/:id/timeline", "getCustomerTimeline"],
    ["POST", "/api/v1/strategies", "createStrategy"],
    ["GET", "/api/v1/strategies/:id/kpis", "listStrategyKpis"],
    ["POST", "/api/v1/visits/:id/check-in", "checkInVisit"],
    ["PUT", "/api/v1/need-types/:key", "putNeedType"],
    ["POST", "/api/v1/notifications/read-all", "readAllNotifications"],
    ["POST", "/api/v1/auth/login", "login"],
    ["DELETE", "/api/v1/auth/tokens/:id", "deleteToken"],
    ["GET", "/api/v1/me/day", "getMeDay"],
    ["POST", "/api/v1/calendar/feed", "createCalendarFeed"],
  ])("%s %s → %s", (method, url, id) => {
    expect(operationIdFor(method, url)).toBe(id);
  });
});
