import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { saveProgress, loadProgress } from '../store/lab-progress.ts';
import { themeSlice } from '../store/theme-slice.ts';
import { legacyJson, readSaved, writeSaved } from './browser-storage.ts';
import { stubMemoryStorage } from './testing/memory-storage.ts';

let stored: Map<string, string>;

beforeEach(() => {
  stored = stubMemoryStorage();
});
afterEach(() => vi.unstubAllGlobals());

const steps = [
  { title: 'one', kind: 'answer' },
  { title: 'two', kind: 'answer' },
] as unknown as Parameters<typeof loadProgress>[1];

describe('what the page keeps per browser', () => {
  test('a value reads back in its own version only', () => {
    writeSaved('thing', 2, { a: 1 });
    expect(readSaved('thing', 2)).toEqual({ a: 1 });
    expect(readSaved('thing', 3)).toBeUndefined();
  });

  test('a value kept before the versioned wrapper (a bare word, bare JSON) is still read by the caller that knows it', () => {
    stored.set('virtscope.old-word', 'seen');
    stored.set('virtscope.old-json', '{"x":[1,2]}');
    expect(readSaved('old-word', 1)).toBeUndefined();
    expect(readSaved('old-word', 1, (t) => t === 'seen')).toBe(true);
    expect(readSaved('old-json', 1, legacyJson)).toEqual({ x: [1, 2] });
  });

  test('the theme and lab progress keep their values through it, and read what an older page kept', () => {
    stored.set('virtscope.theme', 'dark');
    const theme = themeSlice(() => undefined);
    expect(theme.theme).toBe('dark');
    theme.setTheme('light');
    expect(JSON.parse(stored.get('virtscope.theme') ?? '')).toEqual({ v: 1, value: 'light' });

    stored.set('virtscope.lab-progress.old', '{"version":1,"steps":["one","two"],"passed":[null,{"passed":true,"reason":"ok"}],"answers":{},"hintsShown":{},"current":1}');
    expect(loadProgress('old', steps)?.current).toBe(1);
    saveProgress('new', steps, { passed: [null, null], answers: { 0: 'x' }, hintsShown: {}, current: 0 });
    expect(JSON.parse(stored.get('virtscope.lab-progress.new') ?? '')).toMatchObject({ v: 1, value: { steps: ['one', 'two'] } });
    expect(loadProgress('new', steps)?.answers).toEqual({ 0: 'x' });
  });

  test('no other file of the page (tests and their fakes aside) touches localStorage', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === 'testing' ? [] : files(join(dir, e.name))) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
    const touching = files('src/ui').filter((f) => /\blocalStorage\b/.test(readFileSync(f, 'utf8')));
    expect(touching).toEqual([join('src/ui/session/browser-storage.ts')]);
  });
});
