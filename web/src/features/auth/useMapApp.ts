import { useI18n } from "../../i18n/i18n.tsx";
import { chosenMapApp, type MapApp } from "../../map/navigation.ts";
import { useSession } from "./session.ts";

/** The map app navigate links open: the profile's choice, else the default for language and device. */
export function useMapApp(): MapApp {
  const { locale } = useI18n();
  const session = useSession();
  const agent = typeof navigator === "undefined" ? "" : navigator.userAgent;
  return chosenMapApp(session.data?.user.mapApp, locale, agent);
}
