/**
 * The service worker that lets the page run with the network off after one visit (built by
 * vite-plugin-pwa's injectManifest into `sw.js`; src/ui/offline registers it in production
 * builds). It precaches every file of the build — the lazily loaded chunks (xterm, chart.js,
 * the engine worker) and the presets' and labs' JSON included — answers navigations with
 * the cached index.html, and gives every response it serves the isolation headers, so the
 * page stays cross-origin isolated offline. A new version installs beside the old and takes
 * over once no page uses the old one: a running page never has its files swapped under it.
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { withIsolationHeaders } from './isolation-headers.ts';

// The build replaces `self.__WB_MANIFEST` with the list of files and their revisions.
declare const self: { readonly __WB_MANIFEST: readonly (string | PrecacheEntry)[] };

addPlugins([{ handlerWillRespond: ({ response }) => Promise.resolve(withIsolationHeaders(response)) }]);
precacheAndRoute([...self.__WB_MANIFEST]);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
// The first install controls the page that registered it at once (it was loaded from the same build).
clientsClaim();
