import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The Rapport server serves web/dist itself; in `vite dev` the API is proxied to it.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The server's CSP is default-src 'self': never inline modules or assets as data: scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { "/api": process.env.RAPPORT_URL ?? "http://localhost:3000" },
  },
});
