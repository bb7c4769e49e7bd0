import { describe, expect, it, vi } from 'vitest';
import { runtimeCacheNames, staleCacheCleanup } from './sw-runtime.ts';

/** Runs the clean-up code as a service worker would, over some cache names, and returns those deleted. */
async function activate(code: string, names: string[]): Promise<string[]> {
  let onActivate: ((event: { waitUntil: (work: Promise<unknown>) => void }) => void) | undefined;
  const self = { addEventListener: (_type: string, listener: typeof onActivate) => (onActivate = listener) };
  const deleted: string[] = [];
  const caches = { keys: async () => names, delete: vi.fn(async (name: string) => deleted.push(name)) };
  new Function('self', 'caches', code)(self, caches);
  let work: Promise<unknown> = Promise.resolve();
  onActivate?.({ waitUntil: (promise) => (work = promise) });
  await work;
  return deleted;
}

describe('runtime caches', () => {
  it('carry the build’s tag', () => {
    expect(runtimeCacheNames('abc123')).toEqual({
      pages: 'ease-pages-abc123',
      search: 'ease-search-abc123',
      files: 'ease-files-abc123',
    });
  });

  it('of older builds are deleted when a new one takes over; Workbox’s precache and other caches stay', async () => {
    const current = Object.values(runtimeCacheNames('new'));
    const old = Object.values(runtimeCacheNames('old'));
    const others = ['workbox-precache-v2-http://localhost/', 'someone-else'];
    expect(await activate(staleCacheCleanup(current), [...current, ...old, ...others])).toEqual(old);
  });
});
