import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium, never a downloaded browser. The flags keep it off the (closed) network.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  // The accessibility scans of the longest pages (the timeline lists every entry) take most of
  // 30 s on a busy 2-core machine.
  timeout: 60_000,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [["list"], ["./tests/e2e/summary-reporter.ts"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromium,
    trace: "off",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, launchOptions: chromium } },
    {
      // Phone width for the layout-sensitive suites (accessibility, timeline, compare).
      name: "phone",
      testMatch: /(accessibility|responsive)\.spec\.ts/,
      use: { ...devices["Pixel 7"], launchOptions: chromium },
    },
  ],
  // Tests run against the exported site exactly as `npm start` serves it; `npm test` builds first.
  webServer: {
    command: `PORT=${PORT} npm start`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
