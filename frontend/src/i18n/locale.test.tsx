import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import { LocaleProvider, useT, type Locale } from "./locale";

function Sample() {
  const { t, money, date, state } = useT();
  return (
    <p>
      <span data-testid="nav">{t("nav.cases")}</span>
      <span data-testid="money">{money({ amount: "1234567.50", currency: "EUR" })}</span>
      <span data-testid="date">{date("2026-11-27")}</span>
      <span data-testid="state">{state("CH")}</span>
    </p>
  );
}

function renderIn(locale: Locale) {
  return render(
    <LocaleProvider locale={locale}>
      <Sample />
    </LocaleProvider>,
  );
}

describe("catalogs and formats", () => {
  it("holds the same message ids in every language", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it("formats money, dates and state names for English", () => {
    renderIn("en");
    expect(screen.getByTestId("nav").textContent).toBe("Cases");
    expect(screen.getByTestId("money").textContent).toBe("€1,234,567.50");
    expect(screen.getByTestId("state").textContent).toBe("Switzerland");
  });

  it("formats money the French way", () => {
    renderIn("fr");
    expect(screen.getByTestId("nav").textContent).toBe("Dossiers");
    expect(screen.getByTestId("money").textContent).toMatch(/^1[\u202f\u00a0]234[\u202f\u00a0]567,50[\u202f\u00a0]€$/);
    expect(screen.getByTestId("date").textContent).toContain("nov.");
    expect(screen.getByTestId("state").textContent).toBe("Suisse");
  });

  it("speaks Spanish", () => {
    renderIn("es");
    expect(screen.getByTestId("nav").textContent).toBe("Casos");
    expect(screen.getByTestId("state").textContent).toBe("Suiza");
  });
});
