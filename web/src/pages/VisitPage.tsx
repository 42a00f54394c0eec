import { Text } from "@mantine/core";

/** Placeholder until the visits feature lands. */
export function VisitPage() {
  return <Text>…</Text>;
}
