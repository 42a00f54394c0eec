import { TeamView } from "../features/team/TeamView.tsx";

export function TeamPage() {
  return <TeamView />;
}
