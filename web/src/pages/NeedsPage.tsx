import { Text } from "@mantine/core";

/** Placeholder until the needs feature lands. */
export function NeedsPage() {
  return <Text>…</Text>;
}
