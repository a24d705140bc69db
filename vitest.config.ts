import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    // A few tests start `tsx` as a child process (npm run new, npm run validate); on a busy 2-core
    // machine that takes longer than vitest's default 5 s.
    testTimeout: 30_000,
  },
});
