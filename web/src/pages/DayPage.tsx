import { MyDayView } from "../features/day/MyDayView.tsx";

export function DayPage() {
  return <MyDayView />;
}
