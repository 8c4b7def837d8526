/**
 * Whether this build may carry the browser tests' hooks (crash and hang a worker, read the
 * store): every mode but `production` — the dev server, Vitest, and the `e2e` build that
 * Playwright and bench:page serve (`vite build --mode e2e`). Vite writes the mode in as a
 * constant, so `npm run build` drops the hooks' code, whatever the URL says.
 */
export const TEST_BUILD: boolean = import.meta.env.MODE !== 'production';
