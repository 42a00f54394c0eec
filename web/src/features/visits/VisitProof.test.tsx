// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/problem.ts";
import { renderWithProviders, sent } from "../../test/render.tsx";
import { deleteErrorKey, mayDeletePhoto } from "./PhotoDelete.tsx";
import type { VisitPhoto } from "./proof-api.ts";
import { visitFixture } from "./testing.ts";
import { VisitProof } from "./VisitProof.tsx";

const photo: VisitPhoto = {
  id: "p-1",
  visitId: "v-1",
  stage: "check_in",
  contentType: "image/jpeg",
  sizeBytes: 1000,
  sha256: "x",
  uploadedBy: "u-1",
  uploadedAt: "2026-11-22T02:05:00.000Z",
  latitude: 31.23,
  longitude: 121.47,
  distanceM: 12,
  verification: "verified",
  url: "/api/v1/visit-photos/p-1",
};

function session(id: string, role: string) {
  return {
    user: { id, name: "李伟", role, timeZone: "Asia/Shanghai", locale: "zh-CN" },
    via: "session",
    csrfToken: "t",
    expiresAt: null,
  };
}

/** The server: the session, the visit's photos (none once deleted), and the delete's answer. */
function stubServer(user: ReturnType<typeof session>, onDelete: () => Response) {
  let photos = [photo];
  const fetchMock = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    if (path === "/api/v1/auth/session") return Response.json(user);
    if (path === "/api/v1/app-config") return Response.json({ photoMaxBytes: 8_000_000 });
    if (path === "/api/v1/visits/v-1/photos") return Response.json({ items: photos });
    if (path === "/api/v1/visit-photos/p-1" && request.method === "DELETE") {
      const res = onDelete();
      if (res.status === 204) photos = [];
      return res;
    }
    return Response.json({}, { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

describe("deleting a photo on the visit page", () => {
  it("lets the rep delete a check-in photo while checked in, after asking", async () => {
    const fetchMock = stubServer(session("u-1", "rep"), () => new Response(null, { status: 204 }));
    renderWithProviders(
      <VisitProof visit={visitFixture({ status: "checked_in" })} timeZone="Asia/Shanghai" />,
      "zh-CN",
    );
    fireEvent.click(await screen.findByRole("button", { name: "删除这张照片（签到，10:05）" }));
    expect(
      await screen.findByText("照片将从拜访中永久删除。拜访签退后，其照片不能再删除。"),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "删除照片" }));
    expect(await screen.findByText("暂无照片。")).toBeTruthy();
    const deletes = fetchMock.mock.calls.filter(([r]) => (r as Request).method === "DELETE");
    expect(deletes).toHaveLength(1);
    expect(await sent(deletes[0]!)).toMatchObject({
      method: "DELETE",
      path: "/api/v1/visit-photos/p-1",
    });
  });

  it("says in the user's language why the server refused", async () => {
    stubServer(session("u-1", "rep"), () =>
      Response.json(
        { status: 409, code: "visit_photo_completed", detail: "The visit is completed …" },
        { status: 409, headers: { "content-type": "application/problem+json" } },
      ),
    );
    renderWithProviders(
      <VisitProof visit={visitFixture({ status: "checked_in" })} timeZone="Asia/Shanghai" />,
      "zh-CN",
    );
    fireEvent.click(await screen.findByRole("button", { name: /删除这张照片/ }));
    fireEvent.click(await screen.findByRole("button", { name: "删除照片" }));
    expect(await screen.findByText("拜访已签退：照片是拜访凭证，不能删除。")).toBeTruthy();
  });

  it("offers no delete once the visit is completed, nor to another rep", async () => {
    stubServer(session("u-1", "rep"), () => new Response(null, { status: 204 }));
    renderWithProviders(
      <VisitProof visit={visitFixture({ status: "completed" })} timeZone="Asia/Shanghai" />,
    );
    await screen.findByTestId("visit-photo");
    await waitFor(() =>
      expect(screen.queryByRole("button", { name: /Delete this photo/ })).toBeNull(),
    );
  });
});

describe("mayDeletePhoto", () => {
  const open = { status: "checked_in" as const };
  it.each([
    ["the uploader", { id: "u-1", role: "rep" }, open, true],
    ["another rep", { id: "u-2", role: "rep" }, open, false],
    ["a manager (the server checks the team)", { id: "m", role: "manager" }, open, true],
    ["an admin", { id: "a", role: "admin" }, open, true],
    [
      "the uploader, once completed",
      { id: "u-1", role: "rep" },
      { status: "completed" as const },
      false,
    ],
    ["nobody signed in", undefined, open, false],
  ])("%s → %s", (_label, me, visit, allowed) => {
    expect(mayDeletePhoto(me, visit, photo)).toBe(allowed);
  });

  it("words the server's refusals, and anything else", () => {
    expect(
      deleteErrorKey(new ApiError({ status: 403, code: "visit_photo_delete_forbidden" })),
    ).toBe("proof.deleteError.visit_photo_delete_forbidden");
    expect(deleteErrorKey(new ApiError({ status: 500, code: "internal" }))).toBe(
      "proof.deleteError.other",
    );
  });
});
