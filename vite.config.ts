import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// COOP/COEP make the page crossOriginIsolated, so SharedArrayBuffer/Atomics are available to the
// engine Worker. Both the dev server and `vite preview` (used by the e2e tests) must send them.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [react()],
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
  server: { headers: isolation },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: isolation },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
  },
});
