import { describe, expect, test } from 'vitest';
import { ISOLATION_HEADERS, withIsolationHeaders } from './isolation-headers.ts';

describe('responses the service worker serves', () => {
  test('carry COOP and COEP, keeping their body, status and other headers', async () => {
    const cached = new Response('<!doctype html>', { status: 200, statusText: 'OK', headers: { 'Content-Type': 'text/html' } });
    const served = withIsolationHeaders(cached);
    expect(served.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
    expect(served.headers.get('Cross-Origin-Embedder-Policy')).toBe('require-corp');
    expect(served.headers.get('Content-Type')).toBe('text/html');
    expect(served.status).toBe(200);
    expect(served.statusText).toBe('OK');
    expect(await served.text()).toBe('<!doctype html>');
  });

  test('replace weaker policies a cached response came with', () => {
    const cached = new Response('x', { headers: { 'Cross-Origin-Embedder-Policy': 'unsafe-none', 'Cross-Origin-Opener-Policy': 'unsafe-none' } });
    const served = withIsolationHeaders(cached);
    for (const [name, value] of Object.entries(ISOLATION_HEADERS)) expect(served.headers.get(name)).toBe(value);
  });

  test('leave an error response as it is (it cannot be rebuilt)', () => {
    const failed = Response.error();
    expect(withIsolationHeaders(failed)).toBe(failed);
  });
});
