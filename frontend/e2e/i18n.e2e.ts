import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, newPage, shot, signIn } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// 1 234 567,89 (a narrow or plain no-break space between thousands, a decimal comma).
const FRENCH_MONEY = /\d{1,3}(?:[\u202f\u00a0]\d{3})+,\d{2}/;
const ENGLISH_MONEY = /\d{1,3}(?:,\d{3})+\.\d{2}/;

describe("three languages", () => {
  it("switches to Français: the chrome is translated, money formatted the French way, and it persists", async () => {
    const { page, errors } = await newPage(browser);
    await signIn(page, "prosecutor_gb");
    await page.goto("/cases?q=embezzlement");
    await page.waitForLoadState("networkidle");
    await page.getByRole("row").filter({ hasText: "Oil ministry embezzlement" }).getByRole("link").click();
    await page.getByRole("tab", { name: "Assets" }).click();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("table").innerText()).toMatch(ENGLISH_MONEY);

    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("tab", { name: "Actifs" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("fr");
    const nav = page.getByRole("navigation");
    for (const name of ["Mon travail", "Dossiers", "Échéances", "Notifications", "Rapports"]) {
      expect(await nav.getByRole("link", { name, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole("button", { name: "Se déconnecter" }).count()).toBe(1);
    const table = await page.getByRole("table").innerText();
    expect(table).toMatch(FRENCH_MONEY);
    expect(table).not.toMatch(ENGLISH_MONEY);
    expect(table).toContain("Valeur estimée");
    await expectAccessible(page, "assets in French");
    await shot(page, "case-assets-prosecutor-fr");

    await page.reload();
    await page.getByRole("tab", { name: "Actifs" }).waitFor();
    expect(await page.getByLabel("Langue").inputValue()).toBe("fr");
    for (const path of ["/", "/cases", "/deadlines", "/notifications", "/reports"]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, `${path} in French`);
      await shot(page, `${path === "/" ? "home" : path.slice(1)}-prosecutor-fr`);
    }
    await page.getByLabel("Langue").selectOption("es");
    await page.getByRole("link", { name: "Casos", exact: true }).waitFor();
    await shot(page, "reports-prosecutor-es");
    expect(errors).toEqual([]);
  });
});
