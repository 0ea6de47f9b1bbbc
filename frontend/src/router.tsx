import { Center, Paper, Stack, Title } from "@mantine/core";
import {
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  useNavigate,
  useRouterState,
} from "@tanstack/react-router";
import { LoginForm } from "./auth/LoginForm";
import { useSession } from "./auth/session";
import { CASE_PAGES, type CasePage } from "./cases/tabs";
import { CaseList, parseCaseSearch } from "./cases/CaseList";
import { Loading } from "./common/ui";
import { DeadlinesPage, type DeadlineSearch } from "./deadlines/DeadlinesPage";
import { MyWork } from "./home/MyWork";
import { useT } from "./i18n/locale";
import { LanguageSelect, Shell } from "./layout/Shell";
import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";

// Screens beyond the first ones load on demand: the sign-in and My work screens stay small.
const CaseFile = lazy(() => import("./cases/CaseFile").then((m) => ({ default: m.CaseFile })));
const AssetPage = lazy(() => import("./assets/AssetPage").then((m) => ({ default: m.AssetPage })));
const MlaPage = lazy(() => import("./mla/MlaPage").then((m) => ({ default: m.MlaPage })));
const ReportsPage = lazy(() => import("./reports/ReportsPage").then((m) => ({ default: m.ReportsPage })));

function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
import { NotificationsPage } from "./notifications/NotificationsPage";

/** Navigates once, after rendering (TanStack's <Navigate> re-fires with each new search object). */
function Redirect({ to, next, href }: { to?: string; next?: string; href?: string }) {
  const navigate = useNavigate();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void navigate(
      href ? { href, replace: true } : ({ to, search: next ? { next } : {}, replace: true } as never),
    );
  }, [navigate, to, next, href]);
  return <Loading />;
}

function Root() {
  return <Outlet />;
}

/** Signed-in screens: without a session, to /login and back here afterwards. */
function Authenticated() {
  const { me, loading } = useSession();
  const href = useRouterState({ select: (s) => s.location.href });
  if (loading) return <Loading />;
  if (!me) return <Redirect to="/login" next={href === "/" ? undefined : href} />;
  return <Shell />;
}

function LoginPage() {
  const { t } = useT();
  const { me, loading } = useSession();
  const navigate = useNavigate();
  const { next } = loginRoute.useSearch();
  const target = next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
  if (loading) return <Loading />;
  if (me) return <Redirect href={target} />;
  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <LanguageSelect />
          <Title order={1}>{t("login.title")}</Title>
          <LoginForm onDone={() => void navigate({ href: target, replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}

const rootRoute = createRootRoute({ component: Root });
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/login",
  validateSearch: (search: Record<string, unknown>): { next?: string } =>
    typeof search.next === "string" ? { next: search.next } : {},
  component: LoginPage,
});
const appRoute = createRoute({ getParentRoute: () => rootRoute, id: "app", component: Authenticated });
const homeRoute = createRoute({ getParentRoute: () => appRoute, path: "/", component: MyWork });
export const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases",
  validateSearch: parseCaseSearch,
  component: CaseList,
});
const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases/$caseId",
  component: function CaseOverviewRoute() {
    const { caseId } = caseRoute.useParams();
    return (
      <Deferred>
        <CaseFile caseId={caseId} tab="overview" />
      </Deferred>
    );
  },
});
export const caseTabRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/cases/$caseId/$tab",
  validateSearch: (search: Record<string, unknown>): { page?: number; subject?: string; asset?: string } => {
    const page = Number(search.page);
    return {
      ...(Number.isInteger(page) && page > 1 ? { page } : {}),
      ...(typeof search.subject === "string" && search.subject ? { subject: search.subject } : {}),
      ...(typeof search.asset === "string" && search.asset ? { asset: search.asset } : {}),
    };
  },
  component: function CaseTabRoute() {
    const { caseId, tab } = caseTabRoute.useParams();
    const safeTab = (CASE_PAGES as readonly string[]).includes(tab) ? (tab as CasePage) : "overview";
    return (
      <Deferred>
        <CaseFile caseId={caseId} tab={safeTab} />
      </Deferred>
    );
  },
});
const assetRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/assets/$assetId",
  component: function AssetRoute() {
    const { assetId } = assetRoute.useParams();
    return (
      <Deferred>
        <AssetPage assetId={assetId} />
      </Deferred>
    );
  },
});
const mlaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/mla-requests/$mlaId",
  component: function MlaRoute() {
    const { mlaId } = mlaRoute.useParams();
    return (
      <Deferred>
        <MlaPage mlaId={mlaId} />
      </Deferred>
    );
  },
});
export const deadlinesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/deadlines",
  validateSearch: (search: Record<string, unknown>): DeadlineSearch => {
    const page = Number(search.page);
    return {
      ...(Number.isInteger(page) && page > 1 ? { page } : {}),
      ...(search.view === "calendar" ? { view: "calendar" as const } : {}),
      ...(typeof search.month === "string" && /^\d{4}-\d{2}$/.test(search.month) ? { month: search.month } : {}),
    };
  },
  component: DeadlinesPage,
});
export const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/notifications",
  validateSearch: (search: Record<string, unknown>): { page?: number; unread?: boolean } => {
    const page = Number(search.page);
    return {
      ...(Number.isInteger(page) && page > 1 ? { page } : {}),
      ...(search.unread === true || search.unread === "true" ? { unread: true } : {}),
    };
  },
  component: NotificationsPage,
});
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/reports",
  validateSearch: (search: Record<string, unknown>): { as_of?: string; currency?: string; jurisdiction?: string } => {
    const pick = (name: string, pattern: RegExp) =>
      typeof search[name] === "string" && pattern.test(search[name] as string) ? { [name]: search[name] as string } : {};
    return { ...pick("as_of", /^\d{4}-\d{2}-\d{2}$/), ...pick("currency", /^[A-Z]{3}$/), ...pick("jurisdiction", /^[A-Z]{2}$/) };
  },
  component: function ReportsRoute() {
    return (
      <Deferred>
        <ReportsPage />
      </Deferred>
    );
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    casesRoute,
    caseRoute,
    caseTabRoute,
    assetRoute,
    mlaRoute,
    deadlinesRoute,
    notificationsRoute,
    reportsRoute,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: "intent", scrollRestoration: false });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
