import { useCallback, useState } from "react";
import { newIdempotencyKey } from "../api/idempotency.ts";

/**
 * One key per thing being created: it stays the same while the form is resubmitted (a lost
 * answer, a double tap), so the server creates it once; `renew` after a success readies the
 * next one.
 */
export function useIdempotencyKey(): [key: string, renew: () => void] {
  const [key, setKey] = useState(newIdempotencyKey);
  const renew = useCallback(() => setKey(newIdempotencyKey()), []);
  return [key, renew];
}
