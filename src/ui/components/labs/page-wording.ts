/**
 * A lab's messages in the page's words: consoles by their tab titles ("host OS · hosted"),
 * columns by their headings, layers by the names in the layer stack, and figures in the
 * units the cards use ("39 %", not "relativeToNative is 0.3917"). Wording only: the
 * evaluator in src/labs decides whether a step passes.
 */
import { type PlatformKind, type Scenario } from '../../../engine/index.ts';
import type { LabWording } from '../../../labs/lab-wording.ts';
import { consoleRefs } from '../../engine-client/console-refs.ts';
import { formatClock, formatMiB, formatMs, formatNumber, formatShare } from '../format/format.ts';
import { layerName, memoryPartName } from '../names/layer-names.ts';
import { PLATFORM_TITLE } from '../names/platform-names.ts';

type Unit = 'share' | 'ms' | 'mib' | 'count';

/** The memory reclaimed by each mechanism (results' reclaimedMiB), as a sentence names it. */
const RECLAIMED: Readonly<Record<string, string>> = {
  'shared-pages': 'memory saved by page sharing',
  ballooned: 'memory the balloons took back',
  swapped: 'memory swapped out',
  'page-cache-dropped': 'page cache dropped',
};

/** A guest's memory-pressure figures (results' memoryPressure), as a sentence names them. */
const PRESSURE: Readonly<Record<string, string>> = {
  sharingSavedMiB: 'memory saved by page sharing',
  balloonedMiB: 'memory its balloon took back',
  swappedMiB: 'memory swapped out',
  pageCacheDroppedMiB: 'page cache dropped',
  swapIns: 'pages read back from swap',
  oomKills: 'processes killed by an OOM killer',
};

/** A name's possessive: "web1's", but "calls'" for a name ending in s, as a plural's is written. */
function whose(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** A figure's name and unit from the path's segments after `platforms.<platform>.` */
function describe(rest: readonly string[], platform: PlatformKind): { name: string; unit: Unit } {
  const [a, b, c, d] = rest;
  const layer = (l: string | undefined): string => `the ${layerName(l ?? '', platform)} layer`;
  if (a === 'guests' && b !== undefined) {
    if (c === 'relativeToNative') return { name: `${whose(b)} vs native`, unit: 'share' };
    if (c === 'throughput') return { name: `${whose(b)} throughput per second`, unit: 'count' };
    if (c === 'fitsOnHost') return { name: `how many guests like ${b} fit`, unit: 'count' };
    if (c === 'bootMs') return { name: `${whose(b)} boot time`, unit: 'ms' };
    if (c === 'latencyMs') return { name: `${whose(b)} ${d === 'p99' ? '99th-percentile' : 'median'} latency`, unit: 'ms' };
    if (c === 'cpuMsByLayer') return { name: `${whose(b)} CPU time in ${layer(d)}`, unit: 'ms' };
    if (c === 'exitsByReason') return { name: `${whose(b)} ${d ?? ''} count`, unit: 'count' };
    if (c === 'memoryMiB') return { name: `${whose(b)} memory in ${memoryPartName(d ?? '')}`, unit: 'mib' };
    return { name: `${whose(b)} ${PRESSURE[d ?? ''] ?? d ?? ''}`, unit: d?.endsWith('MiB') ? 'mib' : 'count' };
  }
  if (a === 'cpuMsByLayer') return { name: `CPU time in ${layer(b)}`, unit: 'ms' };
  if (a === 'exitsByReason') return { name: `${b ?? ''} count`, unit: 'count' };
  if (a === 'memoryMiB') return { name: b === 'total' ? 'memory in use' : b === 'byLayer' ? `memory in ${memoryPartName(c ?? '')}` : (RECLAIMED[c ?? ''] ?? `memory reclaimed (${c ?? ''})`), unit: 'mib' };
  if (a === 'bootMs') return { name: 'the time until every guest ran', unit: 'ms' };
  if (a === 'licenses') return { name: 'operating-system licences', unit: 'count' };
  if (b === 'cpuShareByLayer') return { name: `${layer(c)}'s share of the cores`, unit: 'share' };
  if (b === 'exitsPerSecond') return { name: `${c ?? ''} per second`, unit: 'count' };
  return { name: `${whose(c ?? '')} throughput over the last virtual second`, unit: 'count' };
}

function figureOf(path: string): { name: string; unit: Unit } {
  if (path === 'timeS') return { name: 'the simulated time', unit: 'count' };
  const [, kind, ...rest] = path.split('.');
  const platform = kind as PlatformKind;
  const { name, unit } = describe(rest, platform);
  return { name: `${name} on ${PLATFORM_TITLE[platform] ?? kind}`, unit };
}

const FORMAT: Readonly<Record<Unit, (v: number) => string>> = { share: formatShare, ms: formatMs, mib: formatMiB, count: formatNumber };

export function pageWording(scenario: Scenario): LabWording {
  const titles = new Map(consoleRefs(scenario).map((c) => [`${c.platform}:${c.target}`, c.title]));
  return {
    console: (platform, target) => `the ${titles.get(`${platform}:${target}`) ?? `${target} · ${platform}`} console`,
    guest: (platform, guest) => `${guest} on ${PLATFORM_TITLE[platform as PlatformKind] ?? platform}`,
    figure: (path) => figureOf(path).name,
    value: (path, v) => (path === 'timeS' ? `${formatNumber(v)} s` : FORMAT[figureOf(path).unit](v)),
    time: (seconds) => formatClock(seconds * 1e9),
    moveClock: 'press Run or Step 1 s',
  };
}

