import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BuiltTechnique, PickerOption } from '../lib/builder-data';
import { BuilderStore } from './builder-store';

/** /routines/build/neck-line-trace.json, cut to what the store passes on. */
const NECK_LINE_TRACE = {
  title: 'Neck: trace the line of pain',
  dose: { kind: 'passes', passes: { min: 5, max: 6 }, secondsPerPass: 10, sides: 'one' },
  support: 'chair',
  choices: [],
  tool: 'Hands and elbows',
  summary: 'Slow thumb strokes that follow a line of pain.',
  steps: ['Sit up tall.'],
  picture: '<svg></svg>',
} satisfies BuiltTechnique;

const NECK_OPTIONS: PickerOption[] = [
  {
    id: 'neck-line-trace',
    title: 'Neck: trace the line of pain',
    facts: 'Hands and elbows · about 1 min',
    words: 'neck: trace the line of pain',
  },
];

/** The files the build writes, served as JSON; any other address is a 404. */
const SERVED: Record<string, unknown> = {
  '/routines/build/neck-line-trace.json': NECK_LINE_TRACE,
  '/routines/build/area/neck.json': NECK_OPTIONS,
  '/es/routines/build/neck-line-trace.json': { ...NECK_LINE_TRACE, title: 'Cuello: sigue la línea del dolor' },
  '/es/routines/build/area/neck.json': NECK_OPTIONS,
};

let fetched: string[];
const serve = vi.fn(async (address: string) => {
  fetched.push(address);
  const body = SERVED[address];
  return body === undefined ? new Response('Not found', { status: 404 }) : Response.json(body);
});

beforeEach(() => {
  fetched = [];
  vi.stubGlobal('fetch', serve);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the routine builder store', () => {
  it('fetches a technique from /routines/build/<id>.json once, and knows it after', async () => {
    const store = new BuilderStore();
    expect(store.known('neck-line-trace')).toBeUndefined();
    const [first, second] = await Promise.all([store.technique('neck-line-trace'), store.technique('neck-line-trace')]);
    expect(first?.title).toBe('Neck: trace the line of pain');
    expect(second).toBe(first);
    await store.technique('neck-line-trace');
    expect(fetched).toEqual(['/routines/build/neck-line-trace.json']);
    expect(store.known('neck-line-trace')?.tool).toBe('Hands and elbows');
  });

  it("fetches an area's options from /routines/build/area/<area>.json once", async () => {
    const store = new BuilderStore();
    expect(await store.area('neck')).toEqual(NECK_OPTIONS);
    await store.area('neck');
    expect(fetched).toEqual(['/routines/build/area/neck.json']);
  });

  it('forgets a technique that is not there, asks again next time, and is not offline', async () => {
    const store = new BuilderStore();
    expect(await store.technique('no-such-technique')).toBeUndefined();
    expect(await store.technique('no-such-technique')).toBeUndefined();
    expect(fetched).toEqual(['/routines/build/no-such-technique.json', '/routines/build/no-such-technique.json']);
    expect(store.known('no-such-technique')).toBeUndefined();
    expect(store.offline).toBe(false);
  });

  it('offline, says so, and fetches again once the connection is back', async () => {
    const store = new BuilderStore();
    serve.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await store.area('neck')).toBeUndefined();
    expect(store.offline).toBe(true);
    expect(await store.area('neck')).toEqual(NECK_OPTIONS);
  });

  it('on a Spanish page, fetches the Spanish files under /es/', async () => {
    const store = new BuilderStore('/es/');
    expect((await store.technique('neck-line-trace'))?.title).toBe('Cuello: sigue la línea del dolor');
    await store.area('neck');
    expect(fetched).toEqual(['/es/routines/build/neck-line-trace.json', '/es/routines/build/area/neck.json']);
  });
});
