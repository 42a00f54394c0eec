import { SettingsView } from "../features/settings/SettingsView.tsx";

export function SettingsPage() {
  return <SettingsView />;
}
