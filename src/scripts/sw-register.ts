/**
 * Keeps the guide for offline use: registers the service worker (dist/sw.js, written by
 * src/cli/service-worker.mjs) a little after the page has loaded, and when a newer build takes
 * over an open page, says so in one polite line with a Reload button. It never reloads by
 * itself: a reader may be halfway through a timed hold. Without service workers or without
 * JavaScript nothing happens, and the site works online as before.
 *
 * Served as its own plain file, /sw-register.js (src/pages/sw-register.js.ts), loaded by every
 * page as an external module: Astro would add the hash of a bundled script to every page's
 * Content Security Policy, and this file needs none ('self' allows it). So it imports nothing
 * but a type, which is erased.
 */
import type { Locale } from '../i18n/locales';

/** The worker, served from our origin at the root so its scope is the whole site. */
export const WORKER_URL = '/sw.js';

/** After the load event, this much later still, so the worker's downloads never slow the first paint. */
export const REGISTER_DELAY_MS = 1500;

/**
 * The update line's words in each language, chosen by the page's <html lang>. They live here,
 * not in src/i18n/, because this file must import nothing at run time: it is served as it is,
 * outside the bundler and the policy's hashes (above), and two short lines cost less than a
 * request. The type import at the top is erased, and makes a missing language a type error.
 */
export const UPDATE_WORDS = {
  en: { ready: 'A newer version is ready: ', reload: 'Reload' },
  es: { ready: 'Hay una versión nueva: ', reload: 'Recargar' },
} satisfies Record<Locale, { ready: string; reload: string }>;

/** The words of the page's language, English where the page names no language of ours. */
export function updateWords(doc: Document): { ready: string; reload: string } {
  const lang = doc.documentElement.lang;
  return Object.hasOwn(UPDATE_WORDS, lang) ? UPDATE_WORDS[lang as Locale] : UPDATE_WORDS.en;
}

/** The one line shown when a newer build has taken over this page, in the page's language. */
export function showUpdateLine(doc: Document): void {
  if (doc.querySelector('.update-line')) return;
  const line = doc.createElement('p');
  line.className = 'update-line';
  line.setAttribute('role', 'status');
  line.setAttribute('data-print-hide', '');
  doc.body.append(line);
  const words = updateWords(doc);
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.textContent = words.reload;
  reload.addEventListener('click', () => doc.location.reload());
  // Filled once it is in the page: a live region is announced when it changes, not when it appears.
  setTimeout(() => line.append(words.ready, reload), 50);
}

/** Registers the worker after load, and shows the update line when a new build replaces an old one. */
export function keepOffline(win: Window): void {
  const workers = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!workers) return;
  // The first worker taking over a first visit is no news; any later one is a newer build.
  let controlled = Boolean(workers.controller);
  workers.addEventListener('controllerchange', () => {
    if (controlled) showUpdateLine(win.document);
    controlled = true;
  });
  const register = () =>
    win.setTimeout(() => {
      // A refused registration (a private window, storage full) leaves the site as it is online.
      workers.register(WORKER_URL, { scope: '/' }).catch(() => undefined);
    }, REGISTER_DELAY_MS);
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}

keepOffline(window);
