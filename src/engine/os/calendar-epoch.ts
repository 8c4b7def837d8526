/**
 * When the simulated world's calendar starts: midnight UTC, 1 January of the year after the
 * newest software the scenario runs — the products on its platforms, the Linux kernels of the
 * eras its hosts run, Windows Server 2003 SP2, Solaris 10 5/08 — so no console prints a
 * date before a release it shows (a 2016 Docker host dated 2007, say). The same for every
 * platform of a scenario, since the four columns are one moment; derived from the scenario
 * alone, so the same in every run.
 */
import { ESX3_SERVICE_CONSOLE, LINUX_BY_ERA, OPENVZ_BY_ERA, XEN_DOM0_BY_ERA, XEN_GUEST_BY_ERA } from './linux-kernels.ts';
import { daysFromCivil } from '../sim/civil-calendar.ts';
import { hostEra, productFor } from '../consoles/products.ts';
import type { PlatformKind, Scenario } from '../scenario/schema.ts';

const PLATFORMS: readonly PlatformKind[] = ['native', 'hosted', 'bare-metal', 'container'];

/** Windows Server 2003 SP2 (the guests' 5.2.3790 "Service Pack 2") was released in March 2007. */
const WINDOWS_2003_SP2_YEAR = 2007;
/** Solaris 10 5/08: "Assembled 24 March 2008", as its /etc/release says. */
const SOLARIS_10_5_08_YEAR = 2008;

/** The year a Linux kernel was built: its version string ends with its build date's year. */
function buildYear(version: string): number {
  return Number(/(\d{4})\s*$/.exec(version)?.[1] ?? 0);
}

/** Epochs already worked out, by scenario: every machine of a run asks (a thousand guests). */
const known = new WeakMap<Scenario, number>();

/** The calendar's start for this scenario, Unix seconds (date +%s at virtual time 0). */
export function calendarEpochUnixS(s: Scenario): number {
  const cached = known.get(s);
  if (cached !== undefined) return cached;
  // Every Linux kernel of the eras its hosts run (a distribution's, a Xen dom0's and guest's, an OpenVZ node's, ESX's
  // service console): a few it may not show only make the date a little later, never earlier than one it shows.
  const eras = new Set(PLATFORMS.map((p) => hostEra(p, s)));
  const kernels = [ESX3_SERVICE_CONSOLE.kernel, ...[...eras].flatMap((e) => [LINUX_BY_ERA[e].kernel, XEN_DOM0_BY_ERA[e].kernel, XEN_GUEST_BY_ERA[e], OPENVZ_BY_ERA[e].kernel])];
  const years = [...PLATFORMS.map((p) => productFor(p, s)?.year ?? 0), ...kernels.map((k) => buildYear(k.version))];
  const oses = new Set<string>([...s.guests.map((g) => g.os), s.platforms.hosted.hostOs, s.platforms.container.hostOs]);
  if (oses.has('windows')) years.push(WINDOWS_2003_SP2_YEAR);
  if (oses.has('solaris')) years.push(SOLARIS_10_5_08_YEAR);
  const epoch = daysFromCivil(Math.max(...years) + 1, 1, 1) * 86_400;
  known.set(s, epoch);
  return epoch;
}
