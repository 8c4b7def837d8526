import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ISOLATION_HEADERS } from './src/sw/isolation-headers.ts';

// COOP/COEP make the page crossOriginIsolated, so SharedArrayBuffer/Atomics are available to the
// engine Worker. The dev server, `vite preview` (used by the e2e tests) and the service worker
// (for what it serves from its cache) all send them: ISOLATION_HEADERS.

// Installable, and working offline after the first visit: src/sw/sw.ts precaches the whole build.
// src/ui/offline registers it (production builds only), so the plugin injects no registration.
const offline = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'sw.ts',
  injectRegister: false,
  // The icons are in the globs below already (the plugin adds the manifest itself).
  includeManifestIcons: false,
  injectManifest: {
    // Every file of the build: lazy chunks (xterm, chart.js, the engine worker), presets' and labs' JSON, icons.
    globPatterns: ['**/*.{js,css,html,json,png,svg}'],
    rollupFormat: 'iife',
  },
  manifest: {
    name: 'VirtScope',
    short_name: 'VirtScope',
    description: 'One scenario running side by side on native, hosted, bare-metal and container virtualization, showing what each layer costs.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    // The light theme's toolbar (--surface) and page (--bg), src/ui/styles/tokens.css.
    theme_color: '#ffffff',
    background_color: '#f3f4f6',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
});

export default defineConfig({
  // Relative asset URLs: the same build works at a host's root or under any sub-path (docs/deploy.md).
  base: './',
  plugins: [react(), offline],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Keep the big, rarely-changing libraries in their own cached chunks (react ≈ 219 KB, xterm ≈ 332 KB raw).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xterm', test: /node_modules[\\/]@xterm[\\/]/ },
          ],
        },
      },
    },
  },
  server: { headers: ISOLATION_HEADERS },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: ISOLATION_HEADERS },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
  },
});
