/**
 * `docker images [-a] [-q] [REPOSITORY[:TAG]]`: the images this daemon holds, in Docker
 * 1.12's tabwriter columns. They are the images the containers were run from (nothing is
 * pulled in this stand-in, and no container is ever removed, so no image is left dangling).
 * IMAGE ID is derived from the reference, as container IDs are from names. The model has
 * no build dates: CREATED is when the image came to this host (with its first container).
 * SIZE is what the model puts in each container's root from its image, as `df` in one
 * shows it (used, less the container's own files); it is read from a running container,
 * and left empty while none runs.
 */
import { done, type CommandContext, type CommandDone } from '../../../shell/command.ts';
import type { GuestManager } from '../../guest-manager.ts';
import { humanDuration } from '../common/clock.ts';
import { isUp } from '../common/guests.ts';
import { hexFrom } from '../common/ids.ts';
import { lines, tabwriter } from '../common/text.ts';
import type { ContainerBook } from './containers.ts';
import { flagError } from './docker-ps.ts';
import { humanSize } from './go-units.ts';

export interface LocalImage {
  readonly repository: string;
  readonly tag: string;
  /** sha256 of the image, 64 hex digits (derived from the reference). */
  readonly id: string;
  /** When it came to this host: its first container's creation, ns. */
  readonly sinceNs: number;
}

/** `nginx:1.13` → nginx, 1.13; a reference without a tag is `latest`. */
export function splitReference(ref: string): { readonly repository: string; readonly tag: string } {
  const m = /^(.*?)(?::([\w][\w.-]*))?$/.exec(ref.replace(/@sha256:[0-9a-f]+$/, ''));
  // A colon before the last slash is a registry's port, not a tag.
  const tag = m?.[2];
  if (m === null || tag === undefined || (m[1] ?? '').length === 0) return { repository: ref, tag: 'latest' };
  return { repository: m[1] ?? ref, tag };
}

export const imageId = (repository: string, tag: string): string => hexFrom(`docker-image:${repository}:${tag}`, 64);

/** The images the containers were run from, newest first. */
export function localImages(manager: GuestManager, book: ContainerBook): LocalImage[] {
  const byRef = new Map<string, LocalImage>();
  for (const g of manager.list()) {
    const { repository, tag } = splitReference(book.image(g));
    const key = `${repository}:${tag}`;
    const since = book.createdNs(g);
    const known = byRef.get(key);
    if (known === undefined || since < known.sinceNs) byRef.set(key, { repository, tag, id: imageId(repository, tag), sinceNs: since });
  }
  return [...byRef.values()].sort((a, b) => b.sinceNs - a.sinceNs || a.repository.localeCompare(b.repository));
}

/** What a running container's root holds from its image, bytes (df's used less its own files); null while none runs. */
function imageBytes(manager: GuestManager): number | null {
  for (const g of manager.list().filter(isUp)) {
    const m = manager.machineOf(g.name);
    const root = m?.disks().find((d) => d.mount === '/');
    if (m && root) return (root.usedKiB - Math.ceil(m.fs.usedBytes() / 1024)) * 1024;
  }
  return null;
}

export function dockerImages(ctx: CommandContext, manager: GuestManager, book: ContainerBook, args: readonly string[]): CommandDone {
  let quiet = false;
  let filter: string | undefined;
  for (const a of args) {
    if (a === '--quiet' || a === '--all') quiet ||= a === '--quiet';
    else if (/^-[aq]+$/.test(a)) quiet ||= a.includes('q');
    else if (a.startsWith('-')) return flagError(a.startsWith('--') ? a : `-${a.replace(/[-aq]/g, '').charAt(0)}`, 'images');
    else if (filter === undefined) filter = a;
    else return done(`"docker images" requires at most 1 argument(s).\nSee 'docker images --help'.\n`, 1);
  }
  const wanted = filter === undefined ? null : { ...splitReference(filter), tagged: filter.includes(':') };
  const shown = localImages(manager, book).filter((i) => wanted === null || (i.repository === wanted.repository && (!wanted.tagged || i.tag === wanted.tag)));
  if (quiet) return done(lines(shown.map((i) => i.id.slice(0, 12))));
  const now = ctx.machine.now();
  const bytes = imageBytes(manager);
  return done(
    tabwriter([
      ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
      ...shown.map((i) => [i.repository, i.tag, i.id.slice(0, 12), `${humanDuration(now - i.sinceNs)} ago`, bytes === null ? '' : humanSize(bytes)]),
    ]),
  );
}
