import { AppShell, Burger, Button, Group, NavLink, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconAlertTriangle,
  IconCalendarDue,
  IconChartBar,
  IconClipboardList,
  IconLogout,
  IconMapPin,
  IconRoute,
  IconSettings,
  IconUserShield,
  IconUsers,
} from "@tabler/icons-react";
import "./shell.css";
import { Suspense, useEffect } from "react";
import { Navigate, Outlet, Link as RouterLink, useLocation } from "react-router";
import { endpoints } from "../api/endpoints.ts";
import { useSession, useSessionActions } from "../features/auth/session.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { LanguageSwitch } from "../ui/LanguageSwitch.tsx";
import { SourceLink } from "../ui/SourceLink.tsx";
import { ErrorState, Loading } from "../ui/states.tsx";

/** The signed-in frame: header, navigation (a drawer on phones) and the routed page. */
export function Shell() {
  const { t, setTimeZone } = useI18n();
  const session = useSession();
  const profileZone = session.data?.user.timeZone;
  // Show every time in the user's own zone (their working day), not the browser's.
  useEffect(() => {
    setTimeZone(profileZone);
  }, [profileZone, setTimeZone]);
  const actions = useSessionActions();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  if (session.isPending) return <Loading />;
  if (session.isError)
    return <ErrorState error={session.error} onRetry={() => session.refetch()} />;
  if (!session.data) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  const user = session.data.user;

  const links = [
    { to: "/", label: t("nav.day"), icon: IconCalendarDue },
    { to: "/customers", label: t("nav.customers"), icon: IconUsers },
    { to: "/needs", label: t("nav.needs"), icon: IconClipboardList },
    { to: "/visits", label: t("nav.visits"), icon: IconMapPin },
    { to: "/visits/plan", label: t("nav.plan"), icon: IconRoute },
    ...(user.role === "rep" ? [] : [{ to: "/team", label: t("nav.team"), icon: IconChartBar }]),
    ...(user.role === "rep"
      ? []
      : [{ to: "/exceptions", label: t("nav.exceptions"), icon: IconAlertTriangle }]),
    { to: "/settings", label: t("nav.settings"), icon: IconSettings },
    ...(user.role === "admin"
      ? [{ to: "/admin", label: t("nav.admin"), icon: IconUserShield }]
      : []),
  ];
  // The longest matching link is the active one: /visits/plan is not also "Visits".
  const active = links
    .filter((l) => (l.to === "/" ? location.pathname === "/" : location.pathname.startsWith(l.to)))
    .sort((a, b) => b.to.length - a.to.length)[0]?.to;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("nav.menu")}
            />
            <Text fw={700} size="lg">
              {t("app.name")}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" visibleFrom="xs" truncate="end" maw={140}>
              {user.name}
            </Text>
            <LanguageSwitch
              onChanged={(locale) => {
                // Best effort: the choice is already applied and kept in localStorage.
                endpoints.setLocale(user.id, locale).catch(() => undefined);
              }}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav">
        {links.map((l) => (
          <NavLink
            key={l.to}
            component={RouterLink}
            to={l.to}
            label={l.label}
            leftSection={<l.icon size={18} aria-hidden />}
            active={l.to === active}
            onClick={close}
          />
        ))}
        <Button
          mt="auto"
          variant="subtle"
          color="gray"
          leftSection={<IconLogout size={16} />}
          onClick={() => void actions.signOut()}
        >
          {t("nav.signOut")}
        </Button>
        <Group justify="center" pt={4}>
          <SourceLink />
        </Group>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
