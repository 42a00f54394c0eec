import { useParams } from "react-router";
import { CustomerDetail } from "../features/customers/CustomerDetail.tsx";

export function CustomerPage() {
  const { id = "" } = useParams();
  // Keyed by id so the quick-action form never carries state from one customer to the next.
  return <CustomerDetail key={id} id={id} />;
}
