/**
 * `npm run fuzz [cases per door]`: every door with 10,000 generated inputs (or as many as
 * asked), each checked; prints cases and failures per door, the first failures' inputs,
 * and exits 1 if any failed.
 */
import fc from 'fast-check';
import { labFileDoor, labLinkDoor, linkDoor, scenarioFileDoor, terminalDoor, type Door } from './doors.ts';

const cases = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 12);

function run<T>(door: Door<T>): number {
  let failures = 0;
  const started = performance.now();
  for (const input of fc.sample(door.input, { numRuns: cases, seed })) {
    let problem: string | null;
    try {
      problem = door.check(input);
    } catch (e) {
      problem = `threw ${e instanceof Error ? e.message : String(e)}`;
    }
    if (problem === null) continue;
    failures++;
    if (failures <= 3) process.stdout.write(`  ${door.name}: ${problem.slice(0, 200)}\n    input: ${JSON.stringify(typeof input === 'string' ? input.slice(0, 200) : input).slice(0, 300)}\n`);
  }
  process.stdout.write(`${door.name.padEnd(16)} ${String(cases).padStart(6)} cases  ${String(failures).padStart(4)} failures  (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
  return failures;
}

const failed = run(linkDoor) + run(scenarioFileDoor) + run(labFileDoor) + run(labLinkDoor) + run(terminalDoor());
process.exitCode = failed > 0 ? 1 : 0;
