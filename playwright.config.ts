import { defineConfig } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { E2E_DIST } from './e2e/support/e2e-dist.ts';

// Playwright's own browser download is impossible here: use a system Chromium (Debian's) via executablePath.
// Resolve it once in the runner process; worker processes re-evaluate this file and inherit the env var.
process.env.CHROMIUM_PATH ||= execFileSync('sh', ['scripts/find-chromium.sh'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim();

// PW_PORT lets several work trees run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The dev server (vite, React StrictMode, unbundled) for the *.dev.spec.ts specs: what `npm run dev` serves.
const DEV_PORT = PORT + 1000;
const DEV_URL = `http://127.0.0.1:${DEV_PORT}`;
const DEV_SPECS = /\.dev\.spec\.ts$/;
// `npm start` itself (the production build, as the README tells a class to run it) for the *.start.spec.ts specs.
const START_PORT = PORT + 2000;
const START_URL = `http://127.0.0.1:${START_PORT}`;
const START_SPECS = /\.start\.spec\.ts$/;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1, // 2 cores: the preview server, Chromium and the engine Worker already use both
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1024, height: 700 },
    trace: 'retain-on-failure',
    // The production build registers a service worker; only the offline spec wants it.
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      // Runs as root in CI, so no sandbox (Playwright's default chromiumSandbox: false adds --no-sandbox).
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    },
  },
  projects: [
    { name: 'build', testIgnore: [DEV_SPECS, START_SPECS] },
    { name: 'dev', testMatch: DEV_SPECS, use: { baseURL: DEV_URL } },
    { name: 'start', testMatch: START_SPECS, use: { baseURL: START_URL } },
  ],
  webServer: [
    {
      command: `npx vite build --mode e2e --outDir ${E2E_DIST} --emptyOutDir --logLevel warn && npx vite preview --outDir ${E2E_DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'node scripts/start.mjs',
      env: { VIRTSCOPE_PORT: String(START_PORT) },
      url: START_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite --host 127.0.0.1 --port ${DEV_PORT} --strictPort`,
      url: DEV_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
