import type { FastifyRequest } from "fastify";
import { describe, expect, it, vi } from "vitest";
import { AppError, ReaderError } from "../errors.ts";
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

  it("words a reader's error in the request's language, else the user's, and adds its members", () => {
    const err = new ReaderError(
      "conflict",
      "min_interval",
      "Too close.",
      [{ field: "date", rule: "min_interval", message: "Too close.", params: { days: 1 } }],
      (locale) => (locale === "zh-CN" ? "间隔过近。" : "Too close."),
      { conflict: { date: "2030-01-10" } },
    );
    const asking = (language: string | undefined, locale: "en" | "zh-CN") =>
      ({
        ...request,
        headers: language ? { "accept-language": language } : {},
        auth: { user: { locale } },
      }) as unknown as FastifyRequest;
    expect(toProblem(err, asking("zh-CN,zh;q=0.9", "en"))).toMatchObject({
      status: 409,
      code: "min_interval",
      detail: "间隔过近。",
      rule: "min_interval",
      conflict: { date: "2030-01-10" },
    });
    expect(toProblem(err, asking(undefined, "zh-CN")).detail).toBe("间隔过近。");
    expect(toProblem(err, asking("en-GB", "zh-CN")).detail).toBe("Too close.");
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
