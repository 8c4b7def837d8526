/**
 * What the docker console remembers beside the guest manager: the image each container
 * was run from and when it was created or stopped, for `docker ps`. Containers of the
 * scenario were created at virtual time 0 from a stand-in image named after their
 * workload (`virtscope/web-server`). Container IDs are derived from the name.
 */
import type { ManagedGuest } from '../../guest-manager.ts';
import { hexFrom } from '../common/ids.ts';

export interface ContainerRecord {
  image?: string;
  createdNs?: number;
  stoppedNs?: number;
}

export class ContainerBook {
  private readonly records = new Map<string, ContainerRecord>();

  private record(name: string): ContainerRecord {
    let r = this.records.get(name);
    if (r === undefined) {
      r = {};
      this.records.set(name, r);
    }
    return r;
  }

  created(name: string, image: string, nowNs: number): void {
    Object.assign(this.record(name), { image, createdNs: nowNs });
  }

  started(name: string): void {
    delete this.record(name).stoppedNs;
  }

  stopped(name: string, nowNs: number): void {
    this.record(name).stoppedNs = nowNs;
  }

  image(g: ManagedGuest): string {
    return this.records.get(g.name)?.image ?? `virtscope/${g.workload}`;
  }

  createdNs(g: ManagedGuest): number {
    return this.records.get(g.name)?.createdNs ?? 0;
  }

  stoppedNs(g: ManagedGuest): number | undefined {
    return this.records.get(g.name)?.stoppedNs;
  }
}

export const longId = (name: string): string => hexFrom(`docker:${name}`, 64);
export const shortId = (name: string): string => longId(name).slice(0, 12);
