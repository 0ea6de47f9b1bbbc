import { AppShell, Burger, Button, Group, NativeSelect, NavLink, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet, useNavigate, useRouterState } from "@tanstack/react-router";
import { useSession, useSignOut } from "../auth/session";
import { LOCALES, useLocale, useT, type Locale } from "../i18n/locale";
import { SessionExpired } from "./SessionExpired";
import { UnreadLink } from "./UnreadLink";

const NAV = [
  { to: "/", id: "nav.myWork" },
  { to: "/cases", id: "nav.cases" },
  { to: "/deadlines", id: "nav.deadlines" },
  { to: "/notifications", id: "nav.notifications" },
  { to: "/reports", id: "nav.reports" },
] as const;

export function LanguageSelect() {
  const { t } = useT();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      label={t("header.language")}
      value={locale}
      onChange={(e) => setLocale(e.currentTarget.value as Locale)}
      data={LOCALES.map((l) => ({ value: l.code, label: l.label }))}
      size="xs"
      styles={{ root: { display: "flex", alignItems: "center", gap: 6 } }}
    />
  );
}

export function Shell() {
  const { t, state } = useT();
  const { me } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  return (
    <AppShell
      header={{ height: { base: 96, sm: 60 } }}
      navbar={{ width: 220, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className="skip-link">
        {t("app.skip")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("header.menu")} />
            <Title order={2} size="h4">
              {t("app.name")}
            </Title>
          </Group>
          <Group gap="md" wrap="wrap">
            {me && (
              <Text size="sm" data-testid="current-user">
                {t("header.user", { name: me.name || me.username, state: state(me.state.code) })}
              </Text>
            )}
            <UnreadLink />
            <LanguageSelect />
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                void signOut().then(() => navigate({ to: "/login" }));
              }}
            >
              {t("header.signOut")}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("nav.label")}>
        {NAV.map((item) => {
          const active = item.to === "/" ? pathname === "/" : pathname.startsWith(item.to);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.id)}
              active={active}
              aria-current={active ? "page" : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
      <SessionExpired />
    </AppShell>
  );
}
