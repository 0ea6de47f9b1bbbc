// Generates src/api/schema.d.ts from the live OpenAPI schema (manage.py spectacular), or with
// --check fails when the committed file differs from a fresh generation (a stale client).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const here = path.dirname(fileURLToPath(import.meta.url));
const frontend = path.resolve(here, "..");
const root = process.env.BACKEND_ROOT ?? path.resolve(frontend, "..");
const target = path.join(frontend, "src/api/schema.d.ts");
const python = process.env.PYTHON ?? path.join(root, ".venv/bin/python");
const check = process.argv.includes("--check");

const schemaFile = path.join(mkdtempSync(path.join(tmpdir(), "ar-schema-")), "openapi.json");
execFileSync(python, ["manage.py", "spectacular", "--format", "openapi-json", "--file", schemaFile], {
  cwd: root,
  env: { ...process.env, DEBUG: "1", DJANGO_SETTINGS_MODULE: "asset_recovery.settings" },
  stdio: ["ignore", "inherit", "inherit"],
});
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
// OpenAPI: a default does not make a property required (a defaulted `reason` stays optional).
const ast = await openapiTS(schema, { defaultNonNullable: false, alphabetize: false });
const header =
  "// Generated from the live OpenAPI schema by `make frontend-client`. Do not edit.\n";
const fresh = header + astToString(ast);

if (check) {
  let committed = "";
  try {
    committed = readFileSync(target, "utf8");
  } catch {
    /* missing */
  }
  if (committed !== fresh) {
    console.error(
      "src/api/schema.d.ts is stale: the API schema changed. Run `make frontend-client` and commit it.",
    );
    process.exit(1);
  }
  console.log("generated API client is up to date");
} else {
  writeFileSync(target, fresh);
  console.log(`wrote ${path.relative(root, target)}`);
}
