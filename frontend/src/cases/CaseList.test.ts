import { describe, expect, it } from "vitest";
import { parseCaseSearch } from "./CaseList";

describe("the case list's URL", () => {
  it("keeps the filters, sorting and page a user would bookmark", () => {
    expect(
      parseCaseSearch({ q: "oil", status: "open", origin_state: "NG", offence_category: "embezzlement", ordering: "reference", page: "3" }),
    ).toEqual({ q: "oil", status: "open", origin_state: "NG", offence_category: "embezzlement", ordering: "reference", page: 3 });
  });

  it("drops what it does not know", () => {
    expect(parseCaseSearch({ status: "deleted", origin_state: "gb", ordering: "secret", page: "0", extra: "x" })).toEqual({});
  });
});
