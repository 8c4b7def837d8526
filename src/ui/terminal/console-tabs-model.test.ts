import { describe, expect, test } from 'vitest';
import type { ConsoleRef } from '../store/playground-state.ts';
import { groupByPlatform, guestConsole, guestNames, idFragment, matchingGuests, MANY_GUESTS, sameTargetEverywhere, shortTitle, shownConsole, stripConsoles, tabIndexAfterKey } from './console-tabs-model.ts';

const ref = (platform: ConsoleRef['platform'], target: string): ConsoleRef => ({
  key: `${platform}:${target}`,
  platform,
  target,
  title: `${target} · ${platform}`,
});

describe('console tabs', () => {
  const list = [ref('hosted', 'web1'), ref('container', 'web1'), ref('hosted', 'manager'), ref('container', 'manager')];

  test('group consoles by platform, keeping the order of the list', () => {
    const groups = groupByPlatform(list);
    expect(groups.map((g) => g.platform)).toEqual(['hosted', 'container']);
    expect(groups[0]?.consoles.map((c) => c.target)).toEqual(['web1', 'manager']);
  });

  test('show the active console, or the first one when the active one is gone', () => {
    expect(shownConsole(list, 'container:web1')?.key).toBe('container:web1');
    expect(shownConsole(list, 'native:gone')?.key).toBe('hosted:web1');
    expect(shownConsole([], null)).toBeNull();
  });

  test('the grid shows the shown console’s guest (or manager) on every platform', () => {
    const web1 = list[1];
    if (!web1) throw new Error('fixture');
    expect(sameTargetEverywhere(list, web1).map((c) => c.key)).toEqual(['hosted:web1', 'container:web1']);
  });

  test('arrow keys wrap around the strip; Home and End jump to its ends; other keys do nothing', () => {
    expect(tabIndexAfterKey('ArrowRight', 3, 4)).toBe(0);
    expect(tabIndexAfterKey('ArrowLeft', 0, 4)).toBe(3);
    expect(tabIndexAfterKey('Home', 2, 4)).toBe(0);
    expect(tabIndexAfterKey('End', 0, 4)).toBe(3);
    expect(tabIndexAfterKey('a', 0, 4)).toBeNull();
    expect(tabIndexAfterKey('ArrowRight', 0, 0)).toBeNull();
  });

  test('inside its platform group a tab drops the platform from its title', () => {
    expect(shortTitle({ key: 'bare-metal:manager', platform: 'bare-metal', target: 'manager', title: 'dom0 · bare-metal' })).toBe('dom0');
    expect(shortTitle({ key: 'hosted:x', platform: 'hosted', target: 'x', title: 'odd title' })).toBe('odd title');
  });

  test('console keys become valid element ids', () => {
    expect(idFragment('bare-metal:web1')).toBe('bare-metal-web1');
  });
});

describe('console tabs with hundreds of guests (issue 11)', () => {
  const names = Array.from({ length: 300 }, (_, i) => `site${String(i + 1).padStart(3, '0')}`);
  const many = (['hosted', 'container'] as const).flatMap((p) => [...names.map((n) => ref(p, n)), ref(p, 'manager')]);

  test('a few guests keep every tab; past the limit the strip keeps the managers and the shown guest on each platform', () => {
    const few = many.filter((c) => c.target === 'manager' || names.indexOf(c.target) < MANY_GUESTS);
    expect(stripConsoles(few, few[0] ?? null)).toBe(few);
    const shown = many.find((c) => c.key === 'container:site250') ?? null;
    expect(stripConsoles(many, shown).map((c) => c.key)).toEqual(['hosted:site250', 'hosted:manager', 'container:site250', 'container:manager']);
  });

  test('the picker lists guests by name, those starting with what was typed first, a bounded number at a time', () => {
    expect(guestNames(many)).toHaveLength(300);
    expect(matchingGuests(names, '250', 10)).toEqual({ names: ['site250'], more: 0 });
    expect(matchingGuests(['web25', 'site25', 'Site250'], 'SITE25', 10).names).toEqual(['site25', 'Site250']);
    expect(matchingGuests(['db2', 'web2'], 'web', 10).names).toEqual(['web2']);
    expect(matchingGuests(names, 'site', 40)).toEqual({ names: names.slice(0, 40), more: 260 });
  });

  test("a picked guest opens on the shown console's platform, else where it exists", () => {
    expect(guestConsole(many, 'site250', 'container')?.key).toBe('container:site250');
    expect(guestConsole(many, 'site250', 'native')?.key).toBe('hosted:site250');
    expect(guestConsole(many, 'nobody', 'hosted')).toBeUndefined();
  });
});
