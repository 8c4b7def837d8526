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
  /** How it exited when this console stopped it: 0 for docker stop, 137 for docker kill. */
  exitCode?: number;
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
    const r = this.record(name);
    delete r.stoppedNs;
    delete r.exitCode;
  }

  stopped(name: string, nowNs: number, exitCode = 0): void {
    Object.assign(this.record(name), { stoppedNs: nowNs, exitCode });
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

  /** Its exit status: a container the engine killed (a panic, an OOM kill) exits as SIGKILL leaves it, 128 + 9; else as this console stopped it. */
  exitCode(g: ManagedGuest): number {
    return g.state === 'crashed' ? 137 : (this.records.get(g.name)?.exitCode ?? 0);
  }
}

export const longId = (name: string): string => hexFrom(`docker:${name}`, 64);
export const shortId = (name: string): string => longId(name).slice(0, 12);
