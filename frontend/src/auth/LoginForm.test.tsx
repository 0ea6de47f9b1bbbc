import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/locale";
import { theme } from "../theme";

const calls: { path: string; body?: unknown }[] = [];
let loginAnswer: { status: number; body: unknown } = { status: 200, body: {} };

vi.mock("../api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../api/client")>();
  const answer = (status: number, body: unknown) => ({
    data: status < 300 ? body : undefined,
    error: status >= 300 ? body : undefined,
    response: new Response(null, { status }),
  });
  return {
    ...actual,
    ensureCsrf: vi.fn(async () => "token"),
    api: {
      POST: vi.fn(async (path: string, options?: { body?: unknown }) => {
        calls.push({ path, body: options?.body });
        if (path === "/api/v1/auth/login/") return answer(loginAnswer.status, loginAnswer.body);
        return answer(200, {});
      }),
      GET: vi.fn(async () => answer(200, { pending: false, enrolled: true })),
    },
  };
});

const { LoginForm } = await import("./LoginForm");

function renderForm(onDone = vi.fn()) {
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={new QueryClient()}>
        <LocaleProvider locale="en">
          <LoginForm onDone={onDone} />
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return onDone;
}

const problem = (attr: string, code: string, detail: string) => ({
  status: 400,
  title: "Bad Request",
  detail,
  errors: [{ attr, code, detail }],
});

beforeEach(() => {
  calls.length = 0;
});

describe("the sign-in form", () => {
  it("answers a wrong password with an alert, and keeps what was typed", async () => {
    loginAnswer = { status: 400, body: problem("non_field_errors", "invalid_credentials", "Unable to sign in.") };
    renderForm();
    await userEvent.type(screen.getByLabelText("Username"), "prosecutor_gb");
    await userEvent.type(screen.getByLabelText("Password"), "wrong");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Unable to sign in with these credentials.");
    expect(screen.getByLabelText("Username")).toHaveValue("prosecutor_gb");
  });

  it("asks for the authentication code when the account has a second factor", async () => {
    loginAnswer = { status: 400, body: problem("otp", "otp_required", "Enter the code.") };
    const onDone = renderForm();
    await userEvent.type(screen.getByLabelText("Username"), "prosecutor_gb");
    await userEvent.type(screen.getByLabelText("Password"), "right");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const code = await screen.findByLabelText("Authentication code");
    loginAnswer = { status: 200, body: { id: "1", username: "prosecutor_gb" } };
    await userEvent.type(code, "123456");
    await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.at(-1)).toEqual({
      path: "/api/v1/auth/login/",
      body: { username: "prosecutor_gb", password: "right", otp: "123456" },
    });
  });
});
