import { describe, expect, it } from "vitest";
import { ApiError, fieldErrors, formError } from "./problem.ts";

const validation = new ApiError({
  status: 400,
  code: "validation_failed",
  detail: "The request is not valid.",
  errors: [
    { field: "subject", rule: "too_small", message: "Too small" },
    { field: "content", rule: "too_small", message: "Too small: content" },
    { field: "subject", rule: "too_big", message: "second message for subject" },
  ],
});

describe("problem+json to form errors", () => {
  it("puts the first message of each field next to that field", () => {
    expect(fieldErrors(validation)).toEqual({
      subject: "Too small",
      content: "Too small: content",
    });
  });

  it("has no form-level message when fields explain the failure", () => {
    expect(formError(validation)).toBeNull();
  });

  it("shows the detail of a problem without field errors", () => {
    const forbidden = new ApiError({
      status: 403,
      code: "csrf_failed",
      detail: "CSRF check failed.",
    });
    expect(fieldErrors(forbidden)).toEqual({});
    expect(formError(forbidden)).toBe("CSRF check failed.");
  });

  it("ignores anything that is not an API error", () => {
    expect(fieldErrors(new Error("boom"))).toEqual({});
    expect(formError(null)).toBeNull();
  });
});
