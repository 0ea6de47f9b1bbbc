/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The API base address: empty means "the origin that served the page". VITE_API_BASE sets it at
// build time; a <meta name="api-base"> in index.html (Django fills it from SPA_API_BASE) at run time.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: {
    outDir: "dist",
    assetsDir: "spa-assets",
    sourcemap: false,
    // No inline <script>: the CSP forbids it. Vite emits only module scripts as files.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: { "/api": "http://127.0.0.1:8015" },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test-setup.ts"],
    css: false,
  },
});
