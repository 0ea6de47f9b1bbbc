import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { LocaleProvider } from "../i18n/locale";
import { theme } from "../theme";

const calls: { path: string; body?: unknown }[] = [];
let createAnswer: { status: number; body: unknown } = { status: 201, body: { id: "m1" } };
const navigate = vi.fn();

const answer = (status: number, body: unknown) => ({
  data: status < 300 ? body : undefined,
  error: status >= 300 ? body : undefined,
  response: new Response(null, { status }),
});

vi.mock("@tanstack/react-router", () => ({ useNavigate: () => navigate }));
vi.mock("../api/client", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../api/client")>();
  return {
    ...actual,
    api: {
      POST: vi.fn(async (path: string, options?: { body?: unknown }) => {
        calls.push({ path, body: options?.body });
        return answer(createAnswer.status, createAnswer.body);
      }),
      GET: vi.fn(async (path: string) => {
        if (path === "/api/v1/cases/{id}/") return answer(200, { id: "c1", owner_state: "GB", jurisdictions: [] });
        return answer(200, { count: 0, next: null, previous: null, results: [] });
      }),
    },
  };
});

// jsdom has no document.fonts (Mantine's autosize Textarea listens to it).
if (!("fonts" in document)) {
  Object.defineProperty(document, "fonts", {
    configurable: true,
    value: { addEventListener: () => undefined, removeEventListener: () => undefined },
  });
}

const { MlaDraftForm } = await import("./MlaDraftForm");
const user = userEvent.setup({ delay: null });
async function fill(element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

function renderForm(onClose = vi.fn()) {
  render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={new QueryClient()}>
        <LocaleProvider locale="en">
          <MlaDraftForm caseId="c1" onClose={onClose} />
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return onClose;
}

beforeEach(() => {
  calls.length = 0;
  navigate.mockReset();
  createAnswer = { status: 201, body: { id: "m1" } };
});

describe("the MLA draft form", () => {
  it("drafts an outgoing request to the requested state, with the requested authority's subdivision", async () => {
    const onClose = renderForm();
    expect(screen.getByLabelText(/^Direction/)).toHaveValue("outgoing");
    await user.type(screen.getByLabelText(/^Requested state\s*\*?$/), "ch");
    await fill(screen.getByLabelText(/^Requested authority's subdivision/), "zh");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls[0]!.body).toMatchObject({ case: "c1", direction: "outgoing", requested_state: "CH", requested_subdivision: "ZH" });
    expect(calls[0]!.body).not.toHaveProperty("requesting_state");
  }, 30_000);

  it("records an incoming request from the requesting state, and puts the API's error beside it", async () => {
    createAnswer = {
      status: 400,
      body: {
        status: 400,
        title: "Bad Request",
        detail: "Invalid input.",
        errors: [{ attr: "requesting_state", code: "same_state", detail: "A state does not ask itself." }],
      },
    };
    renderForm();
    await user.selectOptions(screen.getByLabelText(/^Direction/), "incoming");
    expect(screen.queryByLabelText(/^Requested state\s*\*?$/)).toBeNull();
    const requesting = screen.getByLabelText(/^Requesting state\s*\*?$/);
    await user.type(requesting, "gb");
    await user.click(screen.getByRole("button", { name: "Save draft" }));
    expect(await screen.findByText("A state does not ask itself.")).toBeInTheDocument();
    expect(requesting).toHaveAttribute("aria-invalid", "true");
    expect(requesting).toHaveValue("gb");
    expect(calls[0]!.body).toMatchObject({ direction: "incoming", requesting_state: "GB" });
    expect(calls[0]!.body).not.toHaveProperty("requested_state");
    expect(calls[0]!.body).not.toHaveProperty("requested_subdivision");
    expect(screen.getByLabelText("Share the case with the requesting state")).toBeInTheDocument();
  }, 30_000);
});
