import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, expectAccessible, launch, newPage, shot, signIn } from "./support";

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await newPage(browser));
  await signIn(page, "prosecutor_gb");
});
afterAll(async () => {
  await browser?.close();
});

async function openEmbezzlementCase(): Promise<string> {
  await page.goto("/cases");
  await page.getByRole("searchbox", { name: "Search cases" }).fill("embezzlement");
  await page.waitForURL(/q=embezzlement/);
  // The list shows the previous answer until the search's own arrives: wait for it to settle, so
  // that the click does not land on a row that moves.
  await expect.poll(() => page.getByRole("row").filter({ hasText: "Port concession bribery" }).count()).toBe(0);
  await page.waitForLoadState("networkidle");
  const row = page.getByRole("row").filter({ hasText: "Oil ministry embezzlement" });
  await row.waitFor();
  const reference = (await row.getByRole("link").first().innerText()).trim();
  await row.getByRole("link", { name: reference }).click();
  await page.getByRole("heading", { name: reference, level: 1 }).waitFor();
  return reference;
}

describe("a prosecutor works a case", () => {
  it("finds a case by search, filters and sorts, all in the URL", async () => {
    await page.goto("/cases");
    const table = page.getByRole("table");
    await table.waitFor();
    for (const name of ["Reference", "Title", "Status"]) {
      expect(await table.getByRole("columnheader", { name, exact: true }).count()).toBe(1);
    }
    await expectAccessible(page, "case list");
    await shot(page, "cases-prosecutor-en");
    await page.getByLabel("Status").selectOption("closed");
    await page.waitForURL(/status=closed/);
    await page.getByLabel("Sort by").selectOption("reference");
    await page.waitForURL(/ordering=reference/);
    await page.getByLabel("Status").selectOption("");
    await page.getByLabel("Offence").selectOption("embezzlement");
    await page.waitForURL(/offence_category=embezzlement/);
    await page.getByRole("row").filter({ hasText: "Oil ministry embezzlement" }).waitFor();
    await expect.poll(() => page.getByRole("row").filter({ hasText: "Port concession bribery" }).count()).toBe(0);
  });

  it("reads the case file, tab by tab", async () => {
    const reference = await openEmbezzlementCase();
    const tabs = page.getByRole("tab");
    const names = await tabs.allInnerTexts();
    expect(names).toEqual(["Overview", "Subjects", "Assets", "MLA requests", "Documents", "Tasks", "Proceeds", "Activity", "Sharing"]);
    await expectAccessible(page, "overview");
    await shot(page, "case-overview-prosecutor-en");
    for (const [tab, slug] of [
      ["Subjects", "subjects"],
      ["Assets", "assets"],
      ["MLA requests", "mla-requests"],
      ["Documents", "documents"],
      ["Proceeds", "proceeds"],
      ["Activity", "activity"],
      ["Sharing", "sharing"],
    ] as const) {
      await page.getByRole("tab", { name: tab }).click();
      await page.waitForURL(new RegExp(`/cases/[^/]+/${slug}$`));
      await page.getByRole("tabpanel").waitFor();
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, `tab ${tab}`);
      await shot(page, `case-${slug}-prosecutor-en`);
    }
    // A tab is a deep link: the reload opens it again.
    await page.reload();
    await page.getByRole("heading", { name: reference, level: 1 }).waitFor();
    expect(await page.getByRole("tab", { name: "Sharing" }).getAttribute("aria-selected")).toBe("true");

    await page.getByRole("tab", { name: "Assets" }).click();
    const assets = page.getByRole("table");
    await assets.waitFor();
    // The acts column arrives with its own request and widens the table: click once it has
    // settled, or the click can land where the link was (CI at stop 30 never navigated).
    await page.waitForLoadState("networkidle");
    for (const name of ["Description", "Kind", "Stage", "Estimated value"]) {
      expect(await assets.getByRole("columnheader", { name, exact: true }).count()).toBe(1);
    }
    await assets.getByRole("link").first().click();
    await page.waitForURL(/\/assets\//);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "asset");
    await shot(page, "asset-prosecutor-en");
  });

  it("uploads a document with progress and downloads it", async () => {
    await openEmbezzlementCase();
    await page.getByRole("tab", { name: "Documents" }).click();
    const file = path.join(mkdtempSync(path.join(tmpdir(), "e2e-")), "order.pdf");
    writeFileSync(file, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const title = `Freezing order (e2e ${Date.now()})`;
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByRole("button", { name: "Upload" }).click();
    // The progress bar shows while the bytes go up; the new document is listed once stored.
    const link = page.getByRole("link", { name: `Download ${title}` });
    await link.waitFor();
    const href = await link.getAttribute("href");
    const download = await page.context().request.get(href!);
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toContain("%PDF-1.4");
  });

  it("shares the case with a state and revokes the share after a confirmation naming it", async () => {
    await openEmbezzlementCase();
    await page.getByRole("tab", { name: "Sharing" }).click();
    await page.getByLabel("State", { exact: true }).selectOption({ label: "Germany" });
    await page.getByLabel("Expires on").fill("2027-06-30");
    await page.getByRole("button", { name: "Share", exact: true }).click();
    const revoke = page.getByRole("button", { name: "Revoke the share with Germany" });
    await revoke.waitFor();
    await revoke.click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain("Germany");
    await expectAccessible(page, "revoke dialog");
    await dialog.getByRole("button", { name: "Revoke the share with Germany" }).click();
    await expect.poll(() => revoke.count()).toBe(0);
  });

  it("shows a 412 conflict and recovers without losing the edit", async () => {
    await openEmbezzlementCase();
    const caseId = page.url().split("/cases/")[1]!.split("/")[0]!;
    await page.getByRole("button", { name: "Edit case" }).click();
    const title = page.getByLabel("Title", { exact: true });
    const original = await title.inputValue();
    const edited = `${original.replace(/ \(edited.*$/, "")} (edited in the browser)`;
    await title.fill(edited);
    // Someone else saves first.
    const api = await apiAs(page);
    const current = await api.raw.get(`/api/v1/cases/${caseId}/`);
    const other = await api.patch(
      `/api/v1/cases/${caseId}/`,
      { summary: `Changed elsewhere at ${Date.now()}` },
      { "If-Match": current.headers()["etag"]! },
    );
    expect(other.status()).toBe(200);
    await page.getByRole("button", { name: "Save" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Someone else changed this case" });
    await alert.waitFor();
    expect(await title.inputValue()).toBe(edited);
    await expectAccessible(page, "conflict");
    await shot(page, "case-conflict-prosecutor-en");
    await page.getByRole("button", { name: "Reload latest, keep my edit" }).click();
    await expect.poll(() => alert.count()).toBe(0);
    expect(await title.inputValue()).toBe(edited);
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText(edited, { exact: true }).waitFor();
    const saved = await api.get<{ title: string; summary: string }>(`/api/v1/cases/${caseId}/`);
    expect(saved.title).toBe(edited);
    expect(saved.summary).toMatch(/^Changed elsewhere/);
  });

  it("reviews a subject's matches in another case, confirms one, and charts the linked case", async () => {
    const reference = await openEmbezzlementCase();
    const caseId = page.url().split("/cases/")[1]!.split("/")[0]!;
    await page.getByRole("tab", { name: "Subjects" }).click();
    await page.getByRole("button", { name: "Matches of Chief Adebayo Demo-Okonkwo" }).click();
    await page.waitForURL(/\/subjects\?subject=/);
    const section = page.getByRole("region", { name: "Matches of Chief Adebayo Demo-Okonkwo in other cases" });
    // The demo's port-concession case holds the minister under another spelling, same passport.
    const candidate = section.getByRole("listitem", { name: "Adebayo Demo Okonkwo" });
    // The server's first person-to-person score loads logic-v2's name data (seconds, once per
    // process; longer on a busy machine).
    await candidate.waitFor({ timeout: 120_000 });
    const text = await candidate.innerText();
    expect(text).toMatch(/Case GB-\d{4}-\d{5}/);
    expect(text).not.toContain(reference);
    expect(text).toMatch(/Score: \d+%/);
    expect(text).toContain("An identifier matches (100%): A05550123");
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "subject matches");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "subject-matches-prosecutor-en");

    await candidate.getByRole("button", { name: "Same entity" }).click();
    await expect.poll(() => candidate.getByTestId("judgement").textContent()).toBe("Same entity");
    expect(await candidate.getByRole("button", { name: "Same entity" }).getAttribute("aria-pressed")).toBe("true");
    await expectAccessible(page, "subject matches decided");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "subject-matches-decided-prosecutor-en");
    // The other case's reference is a link to it.
    const other = (await candidate.getByRole("link").innerText()).replace(/^Case /, "");

    // The link chart shows the case the confirmed match links this one to.
    await page.goto(`/cases/${caseId}/chart`);
    await page.getByTestId("link-chart").waitFor();
    await page.getByRole("link", { name: `${other} (Linked case)` }).waitFor();
    await page.getByRole("heading", { name: "Cases linked by confirmed matches" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "chart with a linked case");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "case-chart-prosecutor-en");

    // The same screens in French, then back to English for the tests that follow.
    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("heading", { name: "Dossiers liés par des correspondances confirmées" }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "case-chart-prosecutor-fr");
    await page.goto(`/cases/${caseId}/subjects`);
    await page.getByRole("button", { name: "Correspondances de Chief Adebayo Demo-Okonkwo" }).click();
    const french = page.getByRole("listitem", { name: "Adebayo Demo Okonkwo" });
    await french.waitFor();
    expect(await french.getByTestId("judgement").textContent()).toBe("Même entité");
    await page.waitForLoadState("networkidle");
    await expectAccessible(page, "subject matches in French");
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "subject-matches-prosecutor-fr");
    await page.getByLabel("Langue").selectOption("en");
    await page.getByRole("tab", { name: "Subjects" }).waitFor();
  }, 240_000);

  it("opens a new case", async () => {
    await page.goto("/cases");
    await page.getByRole("button", { name: "New case" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Title", { exact: true }).fill("Harbour dredging kickbacks (e2e)");
    await dialog.getByLabel("Origin state").selectOption({ label: "Kenya" });
    await dialog.getByLabel("Offence").selectOption("bribery");
    await expectAccessible(page, "create case");
    await dialog.getByRole("button", { name: "Create case" }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const h1 = await page.getByRole("heading", { level: 1 }).innerText();
    expect(h1).toMatch(/^GB-\d{4}-\d{5}$/);
    await page.getByText("Harbour dredging kickbacks (e2e)").first().waitFor();
    expect(errors).toEqual([]);
  });
});
