import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE, expectAccessible, launch, newPage, shot, signIn } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in and out", () => {
  it("shows an alert on a wrong password, and nothing else", async () => {
    const { page, errors } = await newPage(browser);
    await page.goto("/login");
    await expectAccessible(page, "login");
    await page.getByLabel("Username").fill("prosecutor_gb");
    await page.getByLabel("Password", { exact: true }).fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Unable to sign in");
    expect(await page.getByRole("navigation").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("becomes usable quickly, signs in, shows who and where, and signs out", async () => {
    const { page, errors } = await newPage(browser);
    const started = Date.now();
    await page.goto("/");
    await page.getByLabel("Username").waitFor();
    const loginUsable = Date.now() - started;
    await shot(page, "login-en");
    await signIn(page, "prosecutor_gb");
    const me = (await (await page.context().request.get("/api/v1/auth/me/")).json()) as {
      name: string;
      state: { code: string };
    };
    const header = await page.getByRole("banner").innerText();
    expect(header).toContain(me.name);
    expect(header).toContain("United Kingdom");
    const nav = page.getByRole("navigation");
    for (const name of ["My work", "Cases", "Deadlines", "Notifications", "Reports"]) {
      await expect.poll(() => nav.getByRole("link", { name, exact: true }).count()).toBe(1);
    }
    // A signed-in reload of My work, measured to its first table.
    const reload = Date.now();
    await page.goto("/");
    await page.getByRole("heading", { name: "My work", level: 1 }).waitFor();
    await page.getByRole("table").first().waitFor();
    const homeUsable = Date.now() - reload;
    console.log(`first screen usable: login ${loginUsable} ms, My work (signed in) ${homeUsable} ms`);
    expect(homeUsable).toBeLessThan(5000);
    await expectAccessible(page, "my work");
    await shot(page, "home-prosecutor-en");

    // No secret or token in localStorage: only the language preference.
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys.filter((k) => k !== "ar.locale")).toEqual([]);
    expect(await page.evaluate(() => document.cookie.includes("sessionid"))).toBe(false);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    expect((await page.context().request.get(`${BASE}/api/v1/auth/me/`)).status()).toBe(401);
    expect(errors).toEqual([]);
  });

  it("opens every screen as a deep link, reload included", async () => {
    const { page } = await newPage(browser);
    await page.goto("/cases?status=open&ordering=reference");
    await page.waitForURL(/\/login/);
    await page.getByLabel("Username").fill("prosecutor_gb");
    await page.getByLabel("Password", { exact: true }).fill(process.env.E2E_PASSWORD ?? "demo-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/cases\?/);
    expect(page.url()).toContain("status=open");
    await page.reload();
    await page.getByRole("heading", { name: "Cases", level: 1 }).waitFor();
    expect(await page.getByLabel("Status").inputValue()).toBe("open");
    for (const path of ["/deadlines", "/notifications", "/reports"]) {
      const response = await page.goto(path);
      expect(response?.headers()["cache-control"]).toBe("no-store");
      expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
      expect(response?.headers()["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expectAccessible(page, path);
      await shot(page, `${path.slice(1)}-prosecutor-en`);
    }
  });
});
