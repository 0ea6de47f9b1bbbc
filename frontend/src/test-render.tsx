import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { LocaleProvider } from "./i18n/locale";
import { theme } from "./theme";

/** Renders a component as the application does: Mantine's theme, a fresh query client, English. */
export function renderInApp(ui: ReactNode) {
  return render(
    <MantineProvider theme={theme}>
      <QueryClientProvider client={new QueryClient()}>
        <LocaleProvider locale="en">{ui}</LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

/** A problem+json answer with one error on `attr`. */
export const problem = (attr: string, code: string, detail: string) => ({
  status: 400,
  title: "Bad Request",
  detail,
  errors: [{ attr, code, detail }],
});

export const user = userEvent.setup({ delay: null });

/** Types `text` into `element` as one paste (quicker than key by key, the same for the form). */
export async function fill(element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}

export type Answer = { status: number; body: unknown };

/** What openapi-fetch answers for `status` and `body`. */
export const apiAnswer = ({ status, body }: Answer) => ({
  data: status < 300 ? body : undefined,
  error: status >= 300 ? body : undefined,
  response: new Response(null, { status }),
});

/** The generated client's `api`, answering each POST with `post(path)` (recorded in `calls`) and
 * each GET with `get(path)`. For a `vi.mock("../api/client")` factory (import this module there). */
export function fakeApi(
  calls: { path: string; body?: unknown }[],
  post: (path: string) => Answer,
  get: (path: string) => Answer = () => ({ status: 200, body: {} }),
) {
  return {
    POST: vi.fn(async (path: string, options?: { body?: unknown }) => {
      calls.push({ path, body: options?.body });
      return apiAnswer(post(path));
    }),
    GET: vi.fn(async (path: string) => apiAnswer(get(path))),
  };
}

/** A `vi.mock("../api/client")` factory's module: the real client with its `api` faked by `fakeApi`. */
export async function clientWithFakeApi(
  importOriginal: <T>() => Promise<T>,
  ...fake: Parameters<typeof fakeApi>
) {
  return { ...(await importOriginal<typeof import("./api/client")>()), api: fakeApi(...fake) };
}
