// The one way to the API: a client generated from the live OpenAPI schema (schema.d.ts).
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type Schemas = components["schemas"];

/** The API's base address: <meta name="api-base"> (run time), else VITE_API_BASE (build time),
 * else the page's own origin. */
export function apiBase(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="api-base"]')?.content?.trim();
  const fromBuild = (import.meta.env.VITE_API_BASE as string | undefined) ?? "";
  return (meta || fromBuild || "").replace(/\/$/, "");
}

// The CSRF token lives in memory only (never in localStorage): GET /auth/csrf/ answers it and sets
// the csrftoken cookie; the cookie is read too when the page shares the API's site.
let csrfToken: string | null = null;
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function cookieToken(): string | null {
  const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export async function ensureCsrf(force = false): Promise<string> {
  if (csrfToken && !force) return csrfToken;
  const { data } = await api.GET("/api/v1/auth/csrf/");
  csrfToken = data?.csrf_token ?? cookieToken() ?? "";
  return csrfToken;
}

export function csrfHeader(): Record<string, string> {
  const token = cookieToken() ?? csrfToken;
  return token ? { "X-CSRFToken": token } : {};
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const csrfMiddleware: Middleware = {
  async onRequest({ request }) {
    if (UNSAFE.has(request.method)) {
      if (!cookieToken() && !csrfToken) await ensureCsrf();
      const header = csrfHeader();
      for (const [name, value] of Object.entries(header)) request.headers.set(name, value);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !request.url.includes("/api/v1/auth/")) {
      unauthorizedListeners.forEach((listener) => listener());
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: apiBase(), credentials: "include" });
api.use(csrfMiddleware);

export type Problem = Schemas["Problem"];

/** An API failure carried through TanStack Query: status, problem details, response headers. */
export class ApiError extends Error {
  constructor(
    public status: number,
    public problem: Partial<Problem> | undefined,
  ) {
    super(problem?.detail ?? `HTTP ${status}`);
  }
  fieldErrors(): Record<string, string> {
    const answer: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      const key = error.attr ?? "non_field_errors";
      answer[key] = answer[key] ? `${answer[key]} ${error.detail}` : error.detail;
    }
    return answer;
  }
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, result.error as Partial<Problem> | undefined);
}

export function downloadUrl(documentId: string): string {
  return `${apiBase()}/api/v1/documents/${documentId}/download/`;
}

/** Uploads with progress: fetch cannot report upload progress, XMLHttpRequest can. Same base,
 * same cookie, same CSRF header as the generated client; the answer is typed by the schema. */
export function uploadDocument(
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<Schemas["Document"]> {
  return ensureCsrf().then(
    () =>
      new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open("POST", `${apiBase()}/api/v1/documents/`);
        request.withCredentials = true;
        request.setRequestHeader("Accept", "application/json");
        for (const [name, value] of Object.entries(csrfHeader())) request.setRequestHeader(name, value);
        request.upload.onprogress = (event) => {
          if (event.lengthComputable) onProgress(event.loaded / event.total);
        };
        request.onload = () => {
          let body: unknown = undefined;
          try {
            body = JSON.parse(request.responseText);
          } catch {
            /* not JSON */
          }
          if (request.status >= 200 && request.status < 300) resolve(body as Schemas["Document"]);
          else reject(new ApiError(request.status, body as Partial<Problem>));
        };
        request.onerror = () => reject(new ApiError(0, undefined));
        request.send(form);
      }),
  );
}
