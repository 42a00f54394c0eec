import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { directoryStore } from "./directory-store.ts";

const root = mkdtempSync(join(tmpdir(), "rapport-store-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the directory file store", () => {
  const store = directoryStore(root);

  it("puts, gets and deletes by key, leaving no temporary file", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]);
    await store.put("visit-photos/5f0c-aa", bytes);
    expect((await store.get("visit-photos/5f0c-aa"))?.equals(bytes)).toBe(true);
    expect(readdirSync(join(root, "visit-photos"))).toEqual(["5f0c-aa"]);
    await store.delete("visit-photos/5f0c-aa");
    expect(await store.get("visit-photos/5f0c-aa")).toBeNull();
    // Deleting what is not there is no error.
    await store.delete("visit-photos/5f0c-aa");
  });

  it("replaces a file whole", async () => {
    await store.put("x/one", Buffer.from("first"));
    await store.put("x/one", Buffer.from("second"));
    expect((await store.get("x/one"))?.toString()).toBe("second");
    expect(readdirSync(join(root, "x"))).toEqual(["one"]);
  });

  it.each(["../etc/passwd", "a/../../b", "/abs", "A/B", "a//b", "a/b.jpg", "", "a/"])(
    "refuses the key %j",
    async (key) => {
      await expect(store.put(key, Buffer.from("x"))).rejects.toThrow(/invalid file-store key/);
      await expect(store.get(key)).rejects.toThrow(/invalid file-store key/);
    },
  );
});
