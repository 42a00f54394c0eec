import { useQueries } from "@tanstack/react-query";
import { visitsApi } from "./api.ts";

/**
 * Customer names for a set of visits. A visit carries only the customer's id; each customer
 * is read once and cached under the same key as the customer page, so opening it is instant.
 */
export function useCustomerNames(ids: string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ["customer", id],
      queryFn: () => visitsApi.customer(id),
      staleTime: 5 * 60_000,
    })),
  });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    if (r.data) names.set(unique[i]!, r.data.name);
  });
  return names;
}
