import { ExceptionsView } from "../features/exceptions/ExceptionsView.tsx";

export function ExceptionsPage() {
  return <ExceptionsView />;
}
