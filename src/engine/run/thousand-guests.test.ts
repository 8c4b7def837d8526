import { describe, expect, test } from 'vitest';
import { collectResults } from './collect-results.ts';
import { createPlatformSimulation } from './run-scenario.ts';
import { parseScenario } from '../scenario/parse-scenario.ts';
import { MAX_GUESTS, type Scenario } from '../scenario/schema.ts';
import { hostingServer } from './hosting-server.fixture.ts';

/** A thousand guests' boots take seconds of CPU: more than the default 5 s on a busy shared machine. */
const HEAVY_MS = 60_000;

function parsed(n: number): Scenario {
  const r = parseScenario(hostingServer(n));
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.scenario;
}

describe('a thousand guests', () => {
  test('a scenario holds up to 1,000 guests, and says so past that', () => {
    expect(MAX_GUESTS).toBe(1000);
    expect(parseScenario(hostingServer(1000)).ok).toBe(true);
    const r = parseScenario(hostingServer(1001));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join(' ')).toMatch(/1000/);
  });

  const scenario = parsed(1000);

  test('in containers all of them start and run on the one kernel', () => {
    const sim = createPlatformSimulation(scenario, 'container');
    sim.advanceTo(30e9);
    const states = collectResults(sim).guests.map((g) => g.state);
    expect(states.filter((s) => s === 'running')).toHaveLength(1000);
  }, HEAVY_MS);

  test('as VMs they do not all fit, each refused or killed for the reason the platform gives', () => {
    const xen = createPlatformSimulation(scenario, 'bare-metal');
    xen.advanceTo(1e9);
    const refused = collectResults(xen).guests.filter((g) => g.state === 'refused');
    expect(refused.length).toBeGreaterThan(0);
    for (const g of refused) expect(g.reason).toMatch(/not enough free memory/i);

    const hosted = createPlatformSimulation(scenario, 'hosted');
    hosted.advanceTo(5e9);
    const down = collectResults(hosted).guests.filter((g) => g.state === 'crashed' || g.state === 'refused');
    expect(down.length).toBeGreaterThan(0);
    for (const g of down) expect(g.reason).toMatch(/out of memory|not enough/i);
  }, HEAVY_MS);
});
