/**
 * Cross-origin isolation: COOP + COEP make the page `crossOriginIsolated`, so the engine
 * Workers may use SharedArrayBuffer and Atomics. The dev server and `vite preview` send
 * these headers (vite.config.ts), and so must every response the service worker serves from
 * its cache — otherwise the page would lose its isolation offline, whatever the cache
 * happened to store.
 */

export const ISOLATION_HEADERS: Readonly<Record<string, string>> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/**
 * The same response with the isolation headers set. An opaque or error response (status 0)
 * cannot be rebuilt, and needs no headers: it is returned as it is.
 */
export function withIsolationHeaders(response: Response): Response {
  if (response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(ISOLATION_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
