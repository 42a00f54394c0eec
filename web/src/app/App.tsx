import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useRef } from "react";
import { createBrowserRouter, RouterProvider } from "react-router";
import { ApiError } from "../api/problem.ts";
import { I18nProvider, useI18n } from "../i18n/i18n.tsx";
import { Loading } from "../ui/states.tsx";
import { Shell } from "./Shell.tsx";
import { cssVariablesResolver, theme } from "./theme.ts";

// Each page is its own chunk: the sign-in route downloads none of the list or detail code.
const SignInPage = lazy(() =>
  import("../pages/SignInPage.tsx").then((m) => ({ default: m.SignInPage })),
);
const DayPage = lazy(() => import("../pages/DayPage.tsx").then((m) => ({ default: m.DayPage })));
const CustomersPage = lazy(() =>
  import("../pages/CustomersPage.tsx").then((m) => ({ default: m.CustomersPage })),
);
const CustomerPage = lazy(() =>
  import("../pages/CustomerPage.tsx").then((m) => ({ default: m.CustomerPage })),
);
const NeedsPage = lazy(() =>
  import("../pages/NeedsPage.tsx").then((m) => ({ default: m.NeedsPage })),
);
const VisitsPage = lazy(() =>
  import("../pages/VisitsPage.tsx").then((m) => ({ default: m.VisitsPage })),
);
const VisitPage = lazy(() =>
  import("../pages/VisitPage.tsx").then((m) => ({ default: m.VisitPage })),
);
const PlanPage = lazy(() => import("../pages/PlanPage.tsx").then((m) => ({ default: m.PlanPage })));
const ExceptionsPage = lazy(() =>
  import("../pages/ExceptionsPage.tsx").then((m) => ({ default: m.ExceptionsPage })),
);
const TeamPage = lazy(() => import("../pages/TeamPage.tsx").then((m) => ({ default: m.TeamPage })));
const SettingsPage = lazy(() =>
  import("../pages/SettingsPage.tsx").then((m) => ({ default: m.SettingsPage })),
);
const AdminPage = lazy(() =>
  import("../pages/AdminPage.tsx").then((m) => ({ default: m.AdminPage })),
);
const NotFoundPage = lazy(() =>
  import("../pages/NotFoundPage.tsx").then((m) => ({ default: m.NotFoundPage })),
);

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Client errors (401, 403, 404, 400) will not fix themselves; retry only the rest.
      retry: (count, error) =>
        count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

const router = createBrowserRouter([
  {
    path: "/sign-in",
    element: (
      <Suspense fallback={<Loading />}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    element: <Shell />,
    children: [
      { index: true, element: <DayPage /> },
      { path: "customers", element: <CustomersPage /> },
      { path: "customers/:id", element: <CustomerPage /> },
      { path: "needs", element: <NeedsPage /> },
      { path: "visits", element: <VisitsPage /> },
      { path: "visits/plan", element: <PlanPage /> },
      { path: "visits/:id", element: <VisitPage /> },
      { path: "team", element: <TeamPage /> },
      { path: "exceptions", element: <ExceptionsPage /> },
      { path: "settings", element: <SettingsPage /> },
      { path: "admin", element: <AdminPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
]);

/**
 * Some texts come from the server in the UI's language (reasons); when the language changes,
 * everything cached is fetched again in the new one.
 */
function ServerTextsFollowLocale() {
  const { locale } = useI18n();
  const client = useQueryClient();
  const first = useRef(locale);
  useEffect(() => {
    if (locale !== first.current) {
      first.current = locale;
      client.invalidateQueries();
    }
  }, [locale, client]);
  return null;
}

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <ServerTextsFollowLocale />
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </MantineProvider>
  );
}
