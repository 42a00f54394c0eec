import { Text } from "@mantine/core";

/** Placeholder until the planning feature lands. */
export function PlanPage() {
  return <Text>…</Text>;
}
