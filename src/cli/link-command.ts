/** `cli link`: prints the share link that opens a scenario in the page. */
import { encodeShareLink } from '../share/share-link.ts';
import { commandOptions } from './command-options.ts';
import { loadScenario } from './load-scenario.ts';
import { quoted } from '../untrusted/clean-line.ts';
import { UsageError } from './usage-error.ts';
import type { CliIo } from './cli-io.ts';

/** Where `npm start` serves the page (vite's default port, on the address package.json's start script binds). */
export const PAGE_ADDRESS = 'http://127.0.0.1:5173/';

export function linkCommand(args: string[], io: CliIo): number {
  const { values, positionals } = commandOptions('link', args, { base: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('link takes one scenario file, preset name or link');
  const base = values.base ?? PAGE_ADDRESS;
  if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol)) throw new UsageError(`--base must be an http or https address, not ${quoted(base, 60)}`);
  const link = encodeShareLink({ scenario: loadScenario(positionals[0] as string) }, base);
  if (!link.ok) throw new UsageError(`the scenario does not fit in a link: ${link.problems.join('; ')}`);
  io.out(`${link.link}\n`);
  return 0;
}
