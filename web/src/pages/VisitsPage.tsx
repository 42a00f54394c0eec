import { VisitsView } from "../features/visits/VisitsView.tsx";

export function VisitsPage() {
  return <VisitsView />;
}
