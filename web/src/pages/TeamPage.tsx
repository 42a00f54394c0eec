import { Text } from "@mantine/core";

/** Placeholder until the team feature lands. */
export function TeamPage() {
  return <Text>…</Text>;
}
