import { Text } from "@mantine/core";

/** Placeholder until the visits feature lands. */
export function VisitsPage() {
  return <Text>…</Text>;
}
