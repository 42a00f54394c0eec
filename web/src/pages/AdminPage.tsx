import { Text } from "@mantine/core";

/** Placeholder until the admin feature lands. */
export function AdminPage() {
  return <Text>…</Text>;
}
