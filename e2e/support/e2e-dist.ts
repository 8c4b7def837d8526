/**
 * Where the browser tests' build goes: `vite build --mode e2e` (with the test hooks), kept
 * apart from dist/, which `npm start` and `npm run build` own, so running the tests never
 * leaves a build with test hooks where `npm start` would serve it. E2E_DIST (a folder name
 * under the project, `dist-e2e-…`) lets two work sessions run browser tests side by side.
 */
export const E2E_DIST = process.env['E2E_DIST'] ?? 'dist-e2e';
