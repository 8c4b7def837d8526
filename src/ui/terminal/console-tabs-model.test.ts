import { describe, expect, test } from 'vitest';
import type { ConsoleRef } from '../store/playground-state.ts';
import { groupByPlatform, idFragment, sameTargetEverywhere, shortTitle, shownConsole, tabIndexAfterKey } from './console-tabs-model.ts';

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
