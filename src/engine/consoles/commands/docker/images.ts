/**
 * The images `docker run` knows (a stand-in: nothing is pulled). An image decides the
 * container's operating system and which built-in workload it runs: `virtscope/<kind>`
 * for any workload, and a few well-known images mapped to the closest workload.
 */
import type { OsId } from '../../../os/os-families.ts';
import { WORKLOAD_KINDS, type WorkloadKind } from '../../../workloads/workload-kinds.ts';

export interface ImageInfo {
  readonly os: OsId;
  readonly workload: WorkloadKind;
}

const WELL_KNOWN: Readonly<Record<string, ImageInfo>> = {
  nginx: { os: 'linux', workload: 'web-server' },
  httpd: { os: 'linux', workload: 'web-server' },
  mysql: { os: 'linux', workload: 'oltp' },
  mariadb: { os: 'linux', workload: 'oltp' },
  postgres: { os: 'linux', workload: 'oltp' },
  redis: { os: 'linux', workload: 'net-rr' },
  memcached: { os: 'linux', workload: 'net-rr' },
  gcc: { os: 'linux', workload: 'kernel-build' },
  busybox: { os: 'linux', workload: 'idle' },
  alpine: { os: 'linux', workload: 'idle' },
  ubuntu: { os: 'linux', workload: 'idle' },
  debian: { os: 'linux', workload: 'idle' },
  centos: { os: 'linux', workload: 'idle' },
  // Windows images need a Windows kernel: on a Linux host the platform refuses them.
  'microsoft/iis': { os: 'windows', workload: 'web-server' },
  'microsoft/windowsservercore': { os: 'windows', workload: 'idle' },
  'microsoft/nanoserver': { os: 'windows', workload: 'idle' },
};

/** The image's repository without registry, `library/` or tag: `docker.io/library/nginx:1.13` → `nginx`. */
export function repository(image: string): string {
  const noTag = image.replace(/(:[\w][\w.-]*)?(@sha256:[0-9a-f]+)?$/, '');
  const parts = noTag.split('/');
  if (parts.length > 1 && /[.:]/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'library') parts.shift();
  return parts.join('/');
}

export function imageInfo(image: string): ImageInfo | undefined {
  const repo = repository(image);
  const m = /^virtscope\/(.+)$/.exec(repo);
  if (m !== null) {
    const kind = m[1] ?? '';
    return (WORKLOAD_KINDS as readonly string[]).includes(kind) ? { os: 'linux', workload: kind as WorkloadKind } : undefined;
  }
  return WELL_KNOWN[repo];
}

export const KNOWN_IMAGES: readonly string[] = [...Object.keys(WELL_KNOWN), ...WORKLOAD_KINDS.map((k) => `virtscope/${k}`)];
