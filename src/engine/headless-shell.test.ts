import { describe, expect, test } from 'vitest';
import { whyNoShell, type GuestStatus } from './headless-shell.ts';

const guest = (over: Partial<GuestStatus>): GuestStatus => ({ spec: { name: 'web1' }, state: 'running', reason: null, crashReason: null, stoppedAtNs: -1, ...over });

describe('why a guest console has no shell', () => {
  test('a running guest has one', () => {
    expect(whyNoShell(guest({}), 5e9, 'hosted')).toBeNull();
  });

  test('each other state says why, with when it went down', () => {
    expect(whyNoShell(guest({ state: 'refused', reason: 'not enough memory' }), 0, 'bare-metal')).toBe('it cannot run on bare-metal: not enough memory');
    expect(whyNoShell(guest({ state: 'crashed', crashReason: 'kernel panic', stoppedAtNs: 48.04e9 }), 60e9, 'hosted')).toBe('it crashed at 48 virtual s: kernel panic');
    expect(whyNoShell(guest({ state: 'stopped', stoppedAtNs: 120.5e9 }), 200e9, 'hosted')).toBe('it is powered off (since 120.5 virtual s)');
    expect(whyNoShell(guest({ state: 'stopped' }), 200e9, 'hosted')).toBe('it is powered off (it was never started)');
    expect(whyNoShell(guest({ state: 'booting' }), 1830e9, 'hosted')).toBe('it was still booting at 1830 virtual s, after 1800 virtual s of waiting');
  });
});
