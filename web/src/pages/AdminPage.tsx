import { AdminView } from "../features/admin/AdminView.tsx";

export function AdminPage() {
  return <AdminView />;
}
