import { useParams } from "react-router";
import { VisitDetail } from "../features/visits/VisitDetail.tsx";

export function VisitPage() {
  const { id = "" } = useParams();
  // Keyed by id: moving between visits starts each page's forms afresh.
  return <VisitDetail key={id} id={id} />;
}
