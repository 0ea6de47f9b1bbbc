// What the SPA does, step by step, against the API on another origin (same site): every call
// with the browser's cookies (`credentials: "include"`) and, for writes, the CSRF token that
// GET /auth/csrf/ answers (the SPA on another host cannot read the API's cookie itself).
const params = new URLSearchParams(location.search);
const api = params.get("api");
const results = {};

function note(step, value) {
  results[step] = value;
  document.getElementById("log").textContent = JSON.stringify(results, null, 2);
}

async function call(path, options = {}) {
  const response = await fetch(api + path, { credentials: "include", ...options });
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  return { status: response.status, body };
}

async function csrfToken() {
  const answer = await call("/api/v1/auth/csrf/");
  return answer.body.csrf_token;
}

// A one-page PDF's bytes, enough for the API's content check.
const PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" +
  "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

async function flow() {
  let token = await csrfToken();
  note("csrf", Boolean(token));

  const login = await call("/api/v1/auth/login/", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRFToken": token },
    body: JSON.stringify({
      username: params.get("username"),
      password: params.get("password"),
      otp: params.get("otp"),
    }),
  });
  note("login", { status: login.status, username: login.body.username });
  note("session_cookie_visible_to_script", document.cookie.includes("sessionid"));

  token = await csrfToken(); // signing in rotates the token

  const cases = await call("/api/v1/cases/");
  note("cases", { status: cases.status, references: (cases.body.results || []).map((c) => c.reference) });

  const transition = await call(`/api/v1/assets/${params.get("asset")}/transitions/`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRFToken": token },
    body: JSON.stringify({ action: "decide_not_to_freeze", note: "Recorded from the browser" }),
  });
  note("transition", { status: transition.status, stage: transition.body.stage });

  const withoutToken = await call(`/api/v1/assets/${params.get("asset")}/transitions/`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ action: "decide_not_to_freeze", note: "No CSRF token" }),
  });
  note("write_without_csrf", { status: withoutToken.status, code: withoutToken.body.code });

  const form = new FormData();
  form.append("case", params.get("case"));
  form.append("title", "Freezing order (browser)");
  form.append("kind", "court_order");
  form.append("file", new Blob([PDF], { type: "application/pdf" }), "order.pdf");
  const upload = await call("/api/v1/documents/", {
    method: "POST",
    headers: { "X-CSRFToken": token },
    body: form,
  });
  note("upload", { status: upload.status, content_type: upload.body.content_type, sha256: upload.body.sha256 });

  const logout = await call("/api/v1/auth/logout/", {
    method: "POST",
    headers: { "X-CSRFToken": token },
  });
  note("logout", { status: logout.status });

  const after = await call("/api/v1/auth/me/");
  note("me_after_logout", { status: after.status });
}

flow()
  .catch((error) => note("error", String(error)))
  .finally(() => { document.body.dataset.done = "1"; });
