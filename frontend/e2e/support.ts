// Shared by the end-to-end suite: a headless Debian chromium, sign-in, axe-core, screenshots.
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";

export const BASE = process.env.E2E_BASE_URL ?? "http://127.0.0.1:8015";
export const PASSWORD = process.env.E2E_PASSWORD ?? "demo-password-123";
const SCREENSHOTS = process.env.E2E_SCREENSHOTS ?? "";

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
}

export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    baseURL: BASE,
    // No animations: axe-core checks colours as they settle, not halfway through a transition.
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error" && /Content.Security.Policy/i.test(message.text())) errors.push(message.text());
  });
  return { context, page, errors };
}

export async function signIn(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("navigation").waitFor();
}

/** axe-core over the screen as it is: no serious or critical violation (WCAG 2.2 AA rules). */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const grave = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} :: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
  expect(grave).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/** The API as the signed-in page's user, with the session's CSRF token for writes. */
export async function apiAs(page: Page) {
  const request = page.context().request;
  const csrf = async () => {
    await request.get("/api/v1/auth/csrf/");
    const cookies = await page.context().cookies(BASE);
    return cookies.find((c) => c.name === "csrftoken")?.value ?? "";
  };
  return {
    get: async <T>(path: string): Promise<T> => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      return (await response.json()) as T;
    },
    patch: async (path: string, body: unknown, headers: Record<string, string> = {}) =>
      request.patch(path, { data: body, headers: { "X-CSRFToken": await csrf(), ...headers } }),
    raw: request,
  };
}

export type Page_ = Page;
export type Paged<T> = { count: number; next: string | null; results: T[] };
