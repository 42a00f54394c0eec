import { ApiError } from "../../api/problem.ts";
import type { User } from "../../api/types.ts";
import { settingsApi, type UserPatch } from "./api.ts";

/** The fields the settings form edits; the language is saved on its own. */
const EDITED = [
  "name",
  "email",
  "timeZone",
  "homeAddress",
  "homeLat",
  "homeLon",
  "workingHours",
  "mapApp",
] as const;

export function sameEditedFields(a: User, b: User): boolean {
  return EDITED.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * PATCH with If-Match on the version the form started from. On 412 it re-reads once and
 * retries only when none of the form's fields changed on the server: a language switch (here
 * or in the header) bumps the version too, and must not cost the user their edits. A real
 * concurrent edit still surfaces as the 412.
 */
export async function saveProfile(base: User, body: UserPatch): Promise<User> {
  try {
    return await settingsApi.patchUser(base.id, base.version, body);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 412)) throw error;
    const current = await settingsApi.user(base.id).catch(() => null);
    if (!current || !sameEditedFields(base, current)) throw error;
    return settingsApi.patchUser(base.id, current.version, body);
  }
}
