import { request, type APIRequestContext, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE, expectAccessible, launch, newPage, PASSWORD, shot, signIn, type Paged } from "./support";

type Case = { id: string; reference: string; internal_notes?: string };
type Named = { id: string; restricted?: boolean; internal_notes?: string; source?: string };
type Share = { id: string; state: string; active: boolean };

let browser: Browser;
let page: Page;
let owner: APIRequestContext;
/** What the owning state sees that a French liaison must never see. */
const secrets: string[] = [];
const sharedWithFr: Case[] = [];
/** The other states a case shared with FR is shared with: never named to the French liaison. */
const otherStates = new Set<string>();

async function all<T>(context: APIRequestContext, path: string): Promise<T[]> {
  const response = await context.get(path);
  expect(response.status(), path).toBe(200);
  return ((await response.json()) as Paged<T>).results;
}

beforeAll(async () => {
  owner = await request.newContext({ baseURL: BASE });
  const login = await owner.post("/api/v1/auth/login/", { data: { username: "prosecutor_gb", password: PASSWORD } });
  expect(login.status()).toBe(200);
  for (const item of await all<Case>(owner, "/api/v1/cases/?page_size=200")) {
    const shares = await all<Share>(owner, `/api/v1/cases/${item.id}/shares/`);
    if (!shares.some((s) => s.state === "FR" && s.active)) continue;
    sharedWithFr.push(item);
    const detail = (await (await owner.get(`/api/v1/cases/${item.id}/`)).json()) as Case;
    if (detail.internal_notes) secrets.push(detail.internal_notes);
    for (const share of shares) {
      secrets.push(share.id);
      if (share.state !== "FR") otherStates.add(share.state);
    }
    for (const kind of ["subjects", "assets", "documents"] as const) {
      for (const row of await all<Named & Record<string, unknown>>(owner, `/api/v1/${kind}/?case=${item.id}&page_size=200`)) {
        if (row.internal_notes) secrets.push(row.internal_notes);
        if (row.restricted) {
          secrets.push(row.id);
          const label = (row.name ?? row.description ?? row.title) as string | undefined;
          if (label) secrets.push(label);
        }
      }
    }
  }
  expect(sharedWithFr.length).toBeGreaterThan(0);
  expect(secrets.length).toBeGreaterThan(0);
  browser = await launch();
  ({ page } = await newPage(browser));
  await signIn(page, "liaison_fr");
});
afterAll(async () => {
  await owner?.dispose();
  await browser?.close();
});

async function expectNothingSecret(where: string): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText + "\n" + document.documentElement.outerHTML + "\n" + document.title);
  const stored = await page.evaluate(async () => {
    const local = Object.entries(localStorage).map(([k, v]) => `${k}=${v}`);
    const session = Object.entries(sessionStorage).map(([k, v]) => `${k}=${v}`);
    const databases = "databases" in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? "") : [];
    const caches = "caches" in window ? await window.caches.keys() : [];
    return [...local, ...session, ...databases, ...caches, document.cookie].join("\n");
  });
  for (const secret of secrets) {
    expect(text.includes(secret), `${where}: the page shows ${secret}`).toBe(false);
    expect(stored.includes(secret), `${where}: the browser stores ${secret}`).toBe(false);
  }
  for (const code of otherStates) {
    expect(text, `${where}: a share with ${code}`).not.toMatch(new RegExp(`(shared with|with) ${code}\\b`));
  }
  // Nothing but the language preference is kept in the browser's storage.
  const keys = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  expect(keys.filter((k) => k !== "ar.locale")).toEqual([]);
}

describe("a liaison sees only what is shared, narrowed", () => {
  it("sees the shared cases, with no sharing tab, nothing restricted and no internal notes", async () => {
    await page.goto("/");
    await page.getByRole("heading", { name: "My work", level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "liaison my work");
    await shot(page, "home-liaison-en");
    await expectNothingSecret("my work");
    await page.goto("/cases");
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("button", { name: "New case" }).count()).toBe(0);
    await shot(page, "cases-liaison-en");
    await expectNothingSecret("case list");

    for (const item of sharedWithFr) {
      await page.goto(`/cases/${item.id}`);
      await page.getByRole("heading", { name: item.reference, level: 1 }).waitFor();
      const tabs = await page.getByRole("tab").allInnerTexts();
      expect(tabs).toEqual(["Overview", "Subjects", "Assets", "MLA requests", "Documents", "Tasks", "Proceeds", "Activity"]);
      expect(await page.getByRole("button", { name: "Edit case" }).count()).toBe(0);
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, "liaison overview");
      await expectNothingSecret(`${item.reference} overview`);
      for (const slug of ["subjects", "assets", "mla-requests", "documents", "proceeds", "activity"]) {
        await page.goto(`/cases/${item.id}/${slug}`);
        await page.getByRole("tabpanel").waitFor();
        await page.waitForLoadState("networkidle");
        await expectAccessible(page, `liaison ${slug}`);
        await expectNothingSecret(`${item.reference} ${slug}`);
        await shot(page, `case-${slug}-liaison-en`);
      }
      // The sharing tab is no deep link for a partner state either.
      await page.goto(`/cases/${item.id}/sharing`);
      await page.getByRole("heading", { name: item.reference, level: 1 }).waitFor();
      expect(await page.getByRole("tab", { name: "Sharing" }).count()).toBe(0);
      expect(await page.getByRole("tab", { name: "Overview" }).getAttribute("aria-selected")).toBe("true");
      await expectNothingSecret(`${item.reference} sharing`);
    }
  });

  it("reads a subject's matches in the cases shared with FR, without deciding", async () => {
    const first = sharedWithFr.find((c) => c.reference.startsWith("GB-"))!;
    await page.goto(`/cases/${first.id}/subjects`);
    await page.getByRole("button", { name: "Matches of Harbour Light Trading FZE" }).click();
    // The NG case shares the same Dubai company with FR: FR's liaison sees both sides.
    const candidate = page.getByRole("listitem", { name: "Harbour Light Trading FZE" });
    // The server's first score loads logic-v2's name data (seconds, once per process).
    await candidate.waitFor({ timeout: 120_000 });
    expect(await candidate.innerText()).toMatch(/Case NG-\d{4}-\d{5}/);
    expect(await candidate.getByRole("button").count()).toBe(0);
    await page.getByText("Only the case team decides on matches.").waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "liaison subject matches");
    await expectNothingSecret(`${first.reference} matches`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "subject-matches-liaison-en");
    // The minister's match in the port-concession case (not shared with FR) is not shown.
    await page.getByRole("button", { name: "Matches of Chief Adebayo Demo-Okonkwo" }).click();
    const section = page.getByRole("region", { name: "Matches of Chief Adebayo Demo-Okonkwo in other cases" });
    await expect.poll(() => section.innerText(), { timeout: 30_000 }).toContain("No match in the other cases you may see.");
    // Nor are the team's links, on the chart.
    await page.goto(`/cases/${first.id}/chart`);
    await page.getByTestId("link-chart").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("heading", { name: "Cases linked by confirmed matches" }).count()).toBe(0);
    await expectNothingSecret(`${first.reference} chart`);

    await page.getByLabel("Language").selectOption("fr");
    await page.goto(`/cases/${first.id}/subjects`);
    await page.getByRole("button", { name: "Correspondances de Harbour Light Trading FZE" }).click();
    await page.getByRole("listitem", { name: "Harbour Light Trading FZE" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "liaison subject matches in French");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "subject-matches-liaison-fr");
    await page.getByLabel("Langue").selectOption("en");
  }, 240_000);

  it("sees the deadlines its state owes, and nothing secret, in English and French", async () => {
    await page.goto("/deadlines");
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "liaison deadlines");
    await shot(page, "deadlines-liaison-en");
    await expectNothingSecret("deadlines");
    await page.getByLabel("Language").selectOption("fr");
    await page.getByLabel("Langue").waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "liaison deadlines in French");
    await shot(page, "deadlines-liaison-fr");
    await page.getByLabel("Langue").selectOption("en");
  }, 60_000);
});
