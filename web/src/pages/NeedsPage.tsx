import { NeedsBoard } from "../features/needs/NeedsBoard.tsx";

export function NeedsPage() {
  return <NeedsBoard />;
}
