/**
 * The virtual clock as consoles print it. The simulation starts at virtual midnight, so a
 * time of day is the virtual time since the start; nothing reads a wall clock.
 */
const S = 1e9;

const two = (n: number): string => String(n).padStart(2, '0');

/** `HH:MM:SS` since virtual midnight (xentop, top). */
export function timeOfDay(ns: number): string {
  const s = Math.floor(Math.max(0, ns) / S);
  return `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** `h:mm:ssam` (esxtop's clock). */
export function timeOfDay12(ns: number): string {
  const s = Math.floor(Math.max(0, ns) / S);
  const h24 = Math.floor(s / 3600) % 24;
  return `${h24 % 12 === 0 ? 12 : h24 % 12}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}${h24 < 12 ? 'am' : 'pm'}`;
}

/** `H:MM:SS` of CPU time, hours unbounded (prstat's TIME, `%3d:%2.2d:%2.2d`). */
export function cpuTime(ns: number): string {
  const s = Math.floor(Math.max(0, ns) / S);
  return `${String(Math.floor(s / 3600)).padStart(3)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

/** Uptime as `H:MM`, or `N days H:MM` (esxtop, uptime). */
export function upTime(ns: number): string {
  const m = Math.floor(Math.max(0, ns) / S / 60);
  const days = Math.floor(m / 1440);
  const hm = `${Math.floor(m / 60) % 24}:${two(m % 60)}`;
  return days > 0 ? `${days} day${days === 1 ? '' : 's'} ${hm}` : hm;
}

/** Docker's (go-units) HumanDuration: "Less than a second", "5 seconds", "About a minute", "3 hours" … */
export function humanDuration(ns: number): string {
  const seconds = Math.floor(Math.max(0, ns) / S);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(seconds / 3600 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 14) return `${Math.floor(hours / 24)} days`;
  return `${Math.floor(hours / 24 / 7)} weeks`;
}

/** "12 seconds", "3 minutes", "2 hours, 5 minutes" (the Virtual Server Administration Website's running time). */
export function spelledDuration(ns: number): string {
  const s = Math.floor(Math.max(0, ns) / S);
  const unit = (n: number, u: string): string => `${n} ${u}${n === 1 ? '' : 's'}`;
  if (s < 60) return unit(s, 'second');
  if (s < 3600) return unit(Math.floor(s / 60), 'minute');
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')}, ${unit(m, 'minute')}`;
}
