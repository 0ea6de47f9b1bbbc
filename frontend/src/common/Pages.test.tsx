import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInApp } from "../test-render";
import { Pages } from "./ui";

describe("the pager", () => {
  it("says how many pages there are when the count is exact", () => {
    renderInApp(<Pages count={60} page={1} onChange={() => {}} pageSize={25} />);
    expect(screen.getByText("Page 1 of 3")).toBeInTheDocument();
  });
  it("says there may be more when the count is a lower bound (count_is_lower_bound)", () => {
    renderInApp(<Pages count={1026} page={1} onChange={() => {}} pageSize={25} atLeast />);
    expect(screen.getByText("Page 1 of 42 or more")).toBeInTheDocument();
  });
  it("shows nothing for a single page", () => {
    renderInApp(<Pages count={3} page={1} onChange={() => {}} pageSize={25} />);
    expect(screen.queryByText(/^Page/)).toBeNull();
  });
});
