/**
 * A guest's load averages over 1, 5 and 15 minutes, taken at each 1 Hz sample as the
 * kernel's exponential averages: of its runnable workers (what its own kernel's uptime and
 * top print), and of its runnable vCPUs (what a host kernel running the VM as a process
 * counts: a vCPU thread is runnable while its guest has work for it, however many of the
 * guest's own processes queue behind it).
 */

/** Per-second decay of the 1, 5 and 15 minute averages. */
const LOAD_DECAY = [Math.exp(-1 / 60), Math.exp(-1 / 300), Math.exp(-1 / 900)] as const;

export class LoadAverages {
  readonly workers: [number, number, number] = [0, 0, 0];
  readonly vcpus: [number, number, number] = [0, 0, 0];

  /** This second's sample: `workers` runnable (or counted so), `vcpus` of them on vCPUs. */
  sample(workers: number, vcpus: number): void {
    for (let i = 0; i < 3; i++) {
      this.workers[i] = this.workers[i]! * LOAD_DECAY[i]! + workers * (1 - LOAD_DECAY[i]!);
      this.vcpus[i] = this.vcpus[i]! * LOAD_DECAY[i]! + vcpus * (1 - LOAD_DECAY[i]!);
    }
  }
}
