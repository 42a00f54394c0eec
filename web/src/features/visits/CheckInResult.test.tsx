// @vitest-environment jsdom
import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../test/render.tsx";
import { CheckInResult } from "./CheckInResult.tsx";
import { visitFixture } from "./testing.ts";

const checkedIn = { status: "checked_in" as const, checkInAt: "2026-11-22T02:05:00.000Z" };

describe("check-in result", () => {
  it("says verified, with the distance and the time in the rep's zone", () => {
    renderWithProviders(
      <CheckInResult
        visit={visitFixture({
          ...checkedIn,
          verification: "verified",
          checkInDistanceM: 35,
          checkInAccuracyM: 12.4,
        })}
        timeZone="Asia/Shanghai"
        radiusM={200}
      />,
    );
    const box = screen.getByTestId("check-in-result");
    expect(box.textContent).toContain("Verified: within 200 m ✓");
    expect(box.textContent).toContain("35 m from the customer");
    expect(box.textContent).toContain("Checked in at 10:05");
    expect(box.textContent).toContain("GPS accuracy ±12 m");
  });

  it("says out of radius and how far away, in Chinese too", () => {
    renderWithProviders(
      <CheckInResult
        visit={visitFixture({
          ...checkedIn,
          verification: "out_of_radius",
          checkInDistanceM: 1240,
        })}
        timeZone="Asia/Shanghai"
        radiusM={200}
      />,
      "zh-CN",
    );
    const box = screen.getByTestId("check-in-result");
    expect(box.textContent).toContain("超出 200 米范围");
    expect(box.textContent).toContain("距客户 1,240 米");
  });

  it("says unverified when no position was compared", () => {
    renderWithProviders(
      <CheckInResult
        visit={visitFixture({ ...checkedIn, verification: "unverified" })}
        timeZone="UTC"
      />,
    );
    const box = screen.getByTestId("check-in-result");
    expect(box.textContent).toContain("Unverified");
    expect(box.textContent).toContain("No position was compared");
    expect(box.textContent).not.toContain(" m ");
  });

  it("says verified without a radius when the installation's is unknown", () => {
    renderWithProviders(
      <CheckInResult
        visit={visitFixture({ ...checkedIn, verification: "verified", checkInDistanceM: 8 })}
        timeZone="UTC"
      />,
    );
    expect(screen.getByTestId("check-in-result").textContent).toContain("Verified on site ✓");
  });

  it("shows nothing before the check-in", () => {
    renderWithProviders(<CheckInResult visit={visitFixture()} timeZone="UTC" />);
    expect(screen.queryByTestId("check-in-result")).toBeNull();
  });
});
