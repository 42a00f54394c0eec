import type { FastifyRequest } from "fastify";
import { describe, expect, it, vi } from "vitest";
import { AppError } from "../errors.ts";
import { toProblem } from "./problem.ts";
import { maskSecrets } from "./server.ts";

const request = { log: { error: vi.fn() } } as unknown as FastifyRequest;

describe("toProblem", () => {
  it("maps typed errors by kind", () => {
    expect(
      toProblem(new AppError("not_found", "customer_not_found", "No such customer."), request),
    ).toMatchObject({
      status: 404,
      code: "customer_not_found",
      type: "urn:rapport:problem:customer_not_found",
    });
    expect(toProblem(new AppError("precondition_required", "x", "y"), request).status).toBe(428);
  });

  it("hides everything about an unexpected error", () => {
    const err = Object.assign(new Error('relation "customers" does not exist at /srv/app/x.ts:3'), {
      code: "42P01",
    });
    const body = toProblem(err, request);
    expect(body).toEqual({
      type: "urn:rapport:problem:internal",
      title: "Internal Server Error",
      status: 500,
      code: "internal",
      detail: "Something went wrong on the server. It has been logged.",
    });
  });
});

describe("log masking", () => {
  it("hides the calendar feed token", () => {
    expect(maskSecrets("/api/v1/calendar/rcal_abc123.ics")).toBe("/api/v1/calendar/….ics");
    expect(maskSecrets("/api/v1/customers?q=x")).toBe("/api/v1/customers?q=x");
  });
});
