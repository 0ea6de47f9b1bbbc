import { defineConfig } from "vitest/config";

// End-to-end: a real Chromium (Debian's /usr/bin/chromium, via playwright-core) against a live
// server whose address is E2E_BASE_URL (tests/browser/test_spa_e2e.py starts one).
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    pool: "forks",
  },
});
