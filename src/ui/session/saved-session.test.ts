import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openingFragment, readSavedSession, writeSavedSession } from './saved-session.ts';
import { stubMemoryStorage } from './testing/memory-storage.ts';

let items: Map<string, string>;
beforeEach(() => {
  items = stubMemoryStorage();
});
afterEach(() => vi.unstubAllGlobals());

describe('the saved session', () => {
  test('reads back what was written, under a versioned record', () => {
    writeSavedSession({ address: '#v2.abc', run: '#v2.abcdef' });
    expect(JSON.parse(items.get('virtscope.session') ?? '')).toEqual({ v: 1, value: { address: '#v2.abc', run: '#v2.abcdef' } });
    expect(readSavedSession()).toEqual({ address: '#v2.abc', run: '#v2.abcdef' });
  });

  test.each([
    ['not JSON', '{"v":1,'],
    ['another format version', JSON.stringify({ v: 2, value: { address: '#a', run: '#b' } })],
    ['fields that are not fragments', JSON.stringify({ v: 1, value: { address: 'javascript:alert(1)', run: 7 } })],
    ['nested thousands deep', `${'['.repeat(5000)}${']'.repeat(5000)}`],
  ])('%s reads as no session', (_, text) => {
    items.set('virtscope.session', text);
    expect(readSavedSession()).toBeNull();
  });

  test('storage that refuses access reads as no session and writes nothing', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    });
    expect(readSavedSession()).toBeNull();
    expect(() => writeSavedSession({ address: '#a', run: '#b' })).not.toThrow();
  });
});

describe('what the page opens with', () => {
  const saved = { address: '#v2.mine', run: '#v2.mine-with-commands' };
  test('a link from elsewhere wins over the saved session', () => {
    expect(openingFragment('#v2.theirs', saved)).toEqual({ fragment: '#v2.theirs', from: 'link' });
  });
  test('the address this browser wrote itself, or none, restores the whole saved run', () => {
    expect(openingFragment('#v2.mine', saved)).toEqual({ fragment: '#v2.mine-with-commands', from: 'saved' });
    expect(openingFragment('', saved)).toEqual({ fragment: '#v2.mine-with-commands', from: 'saved' });
    expect(openingFragment('', null)).toBeNull();
  });
});
