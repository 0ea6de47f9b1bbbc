import "@mantine/core/styles.css";
import "./app.css";
import { Anchor, createTheme, FileInput, MantineProvider, NativeSelect, PasswordInput, Textarea, TextInput } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError } from "./api/client";
import { SessionProvider } from "./auth/session";
import { LocaleProvider } from "./i18n/locale";
import { router } from "./router";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Darker primary shades than Mantine's defaults, for WCAG AA contrast of white text on buttons.
// Labels are exactly what they say (no asterisk in the accessible name); required fields are
// marked by the browser's own `required` and by the API's errors beside them.
const plainLabel = { defaultProps: { withAsterisk: false } };
const theme = createTheme({
  primaryColor: "indigo",
  primaryShade: 8,
  defaultRadius: "sm",
  components: {
    TextInput: TextInput.extend(plainLabel),
    PasswordInput: PasswordInput.extend(plainLabel),
    NativeSelect: NativeSelect.extend(plainLabel),
    FileInput: FileInput.extend(plainLabel),
    Textarea: Textarea.extend(plainLabel),
    // Links inside text must not be told apart by colour alone (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: "always" } }),
  },
});

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <LocaleProvider>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </LocaleProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
