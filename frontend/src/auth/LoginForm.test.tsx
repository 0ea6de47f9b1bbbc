import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { fill, problem, renderInApp, user } from "../test-render";

const calls: { path: string; body?: unknown }[] = [];
let loginAnswer: { status: number; body: unknown } = { status: 200, body: {} };

vi.mock("../api/client", async (importOriginal) => ({
  ...(await (await import("../test-render")).clientWithFakeApi(
    importOriginal,
    calls,
    (path) => (path === "/api/v1/auth/login/" ? loginAnswer : { status: 200, body: {} }),
    () => ({ status: 200, body: { pending: false, enrolled: true } }),
  )),
  ensureCsrf: vi.fn(async () => "token"),
}));

const { LoginForm } = await import("./LoginForm");

function renderForm(onDone = vi.fn()) {
  renderInApp(<LoginForm onDone={onDone} />);
  return onDone;
}

beforeEach(() => {
  calls.length = 0;
});

// The first render of Mantine's inputs takes seconds on a busy machine: more than the default 5.
describe("the sign-in form", { timeout: 20_000 }, () => {
  it("answers a wrong password with an alert, and keeps what was typed", async () => {
    loginAnswer = { status: 400, body: problem("non_field_errors", "invalid_credentials", "Unable to sign in.") };
    renderForm();
    await fill(screen.getByLabelText("Username"), "prosecutor_gb");
    await fill(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Unable to sign in with these credentials.");
    expect(screen.getByLabelText("Username")).toHaveValue("prosecutor_gb");
  });

  it("asks for the authentication code when the account has a second factor", async () => {
    loginAnswer = { status: 400, body: problem("otp", "otp_required", "Enter the code.") };
    const onDone = renderForm();
    await fill(screen.getByLabelText("Username"), "prosecutor_gb");
    await fill(screen.getByLabelText("Password"), "right");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const code = await screen.findByLabelText("Authentication code");
    loginAnswer = { status: 200, body: { id: "1", username: "prosecutor_gb" } };
    await fill(code, "123456");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.at(-1)).toEqual({
      path: "/api/v1/auth/login/",
      body: { username: "prosecutor_gb", password: "right", otp: "123456" },
    });
  });
});
