/**
 * Registers the service worker that makes the page work offline (src/sw/sw.ts), in
 * production builds only: in development it would serve stale copies of the modules the
 * dev server rebuilds on every edit. Registration waits for the page's load, so precaching
 * the build never competes with the first paint.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .catch((e: unknown) => console.warn('VirtScope will not work offline: its service worker did not register.', e));
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
