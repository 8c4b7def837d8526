import { describe, expect, it, vi } from 'vitest';
import type { Playground, PlaygroundState } from '../../store/playground-state.ts';
import { COMMANDS, commandForKey, dispatch, helpEntries, SPEEDS } from './commands.ts';
import { isShortcutCandidate, type KeyPress } from './keyboard.ts';

const state = (over: Partial<PlaygroundState>): PlaygroundState => ({ runState: 'stopped', speed: 1, theme: 'light', ...over }) as PlaygroundState;

describe('the command registry', () => {
  it('has one object per name', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('maps Space to run when stopped and to pause when running', () => {
    expect(commandForKey(' ', state({ runState: 'stopped' }))?.name).toBe('run');
    expect(commandForKey(' ', state({ runState: 'paused' }))?.name).toBe('run');
    expect(commandForKey(' ', state({ runState: 'running' }))?.name).toBe('pause');
    expect(commandForKey('.', state({}))?.name).toBe('step');
    expect(commandForKey('T', state({}))?.name).toBe('toggle-theme');
    expect(commandForKey('x', state({}))).toBeUndefined();
  });

  it('offers one speed command per speed, the unbounded one last', () => {
    const speeds = COMMANDS.filter((c) => c.group === 'speed');
    expect(speeds).toHaveLength(SPEEDS.length);
    expect(speeds.at(-1)?.label).toBe('Speed max');
    expect(speeds.find((c) => c.active?.(state({ speed: Infinity })))?.name).toBe('speed-max');
  });

  it('derives the help list from the registry, one line per key', () => {
    const help = helpEntries();
    expect(help.find((h) => h.keys === 'Space')?.labels).toBe('Run / Pause');
    expect(help.map((h) => h.keys)).toEqual([...new Set(help.map((h) => h.keys))]);
  });

  it('dispatches only a command that applies', () => {
    const pause = vi.fn();
    const playground = { ...state({ runState: 'stopped' }), pause } as unknown as Playground;
    const page = { openEditor: vi.fn(), openHelp: vi.fn(), togglePresenter: vi.fn() };
    const cmd = COMMANDS.find((c) => c.name === 'pause');
    expect(cmd && dispatch(cmd, { playground, page })).toBe(false);
    expect(pause).not.toHaveBeenCalled();
  });
});

describe('shortcut candidates', () => {
  const press = (over: Partial<KeyPress>): KeyPress => ({
    key: ' ',
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    targetTag: 'body',
    targetRole: null,
    targetEditable: false,
    ...over,
  });
  it('ignores typing in fields and terminals', () => {
    expect(isShortcutCandidate(press({ key: '.', targetTag: 'textarea' }))).toBe(false);
    expect(isShortcutCandidate(press({ key: 't', targetEditable: true }))).toBe(false);
  });
  it('leaves Space on a focused button to the button', () => {
    expect(isShortcutCandidate(press({ targetTag: 'button' }))).toBe(false);
    expect(isShortcutCandidate(press({ targetTag: 'div', targetRole: 'tab' }))).toBe(false);
    expect(isShortcutCandidate(press({ key: '.', targetTag: 'button' }))).toBe(true);
    expect(isShortcutCandidate(press({}))).toBe(true);
  });
  it('leaves modified keys to the browser', () => {
    expect(isShortcutCandidate(press({ key: 't', ctrlKey: true }))).toBe(false);
  });
});
