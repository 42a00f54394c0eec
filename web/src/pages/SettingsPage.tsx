import { Text } from "@mantine/core";

/** Placeholder until the settings feature lands. */
export function SettingsPage() {
  return <Text>…</Text>;
}
