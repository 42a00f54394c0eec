import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Empty, ErrorState, Loading } from "./states.tsx";

/** For the common `{ items: [...] }` list answer: nothing to show when it has no items. */
export const noItems = (data: { items: readonly unknown[] }) => data.items.length === 0;

/**
 * One query's loading, failure (with a retry) and empty states, so every screen shows them
 * alike; `children` only runs once there is data to draw.
 */
export function QueryState<T, E>({
  query,
  empty,
  isEmpty,
  children,
}: {
  query: UseQueryResult<T, E>;
  /** The message for data that `isEmpty` finds empty; without it, empty data goes to children. */
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (empty !== undefined && isEmpty?.(query.data)) return <Empty>{empty}</Empty>;
  return <>{children(query.data)}</>;
}
