/**
 * The management host's console (the host OS's, dom0's, the ESX service console's, the
 * container host's): its shell while the host is up. When the host crashes (a kernel panic,
 * the hypervisor's fault) the shell dies with it and keys typed are lost; when the host has
 * rebooted a new shell starts, as a new login would.
 */
import type { ShellSession } from '../shell/shell-session.ts';
import { DIM, MachineConsole, RED, RESET } from './machine-console.ts';

/** The host's outage under way, or null (the fault injector's). */
export interface HostOutages {
  hostDown(): { readonly layer: string; readonly sinceNs: number; readonly backAtNs: number } | null;
}

const seconds = (ns: number, digits: number): string => `${(ns / 1e9).toFixed(digits)} s`;

export class HostConsole extends MachineConsole {
  /** The outage the console has shown, until the host is back. */
  private shownDown: { readonly backAtNs: number } | null = null;

  constructor(
    private readonly newSession: (size: { columns: number; rows: number }) => ShellSession,
    private readonly faults: HostOutages,
    now: number,
  ) {
    super();
    this.session = newSession(this.size);
    this.advance(now);
  }

  advance(nowNs: number): void {
    const down = this.faults.hostDown();
    if (down) {
      if (!this.shownDown) {
        this.closeSession();
        this.print(`${RED}[${down.layer} crashed at ${seconds(down.sinceNs, 3)}: this console is gone until the host has rebooted, at ${seconds(down.backAtNs, 1)}]${RESET}`);
      }
      this.shownDown = down;
      return;
    }
    if (this.shownDown) {
      this.print(`${DIM}[the host rebooted at ${seconds(this.shownDown.backAtNs, 1)}]${RESET}`);
      this.print('');
      this.shownDown = null;
      this.session = this.newSession(this.size);
    }
    this.session?.advance(nowNs);
  }
}
