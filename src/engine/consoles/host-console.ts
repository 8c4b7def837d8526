/**
 * The management host's console (the host OS's, dom0's, the ESX service console's, the
 * container host's): its shell while the host is up. When the host crashes (a kernel panic,
 * the hypervisor's fault) the shell dies with it and keys typed are lost; when the host has
 * rebooted a new shell starts, as a new login would.
 */
import type { ShellSession, TranscriptEntry } from '../shell/shell-session.ts';
import type { Terminal } from './terminal.ts';

const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

/** The host's outage under way, or null (the fault injector's). */
export interface HostOutages {
  hostDown(): { readonly layer: string; readonly sinceNs: number; readonly backAtNs: number } | null;
}

const seconds = (ns: number, digits: number): string => `${(ns / 1e9).toFixed(digits)} s`;

export class HostConsole implements Terminal {
  private out = '';
  private session: ShellSession | null;
  /** The outage the console has shown, until the host is back. */
  private shownDown: { readonly backAtNs: number } | null = null;
  private readonly lines: TranscriptEntry[] = [];
  private size = { columns: 80, rows: 24 };

  constructor(
    private readonly newSession: (size: { columns: number; rows: number }) => ShellSession,
    private readonly faults: HostOutages,
    now: number,
  ) {
    this.session = newSession(this.size);
    this.advance(now);
  }

  get busy(): boolean {
    return this.session?.busy ?? false;
  }

  get transcript(): readonly TranscriptEntry[] {
    return [...this.lines, ...(this.session?.transcript ?? [])];
  }

  write(data: string): void {
    // While the host is down there is no shell to type into.
    this.session?.write(data);
  }

  read(): string {
    const s = this.out + (this.session?.read() ?? '');
    this.out = '';
    return s;
  }

  nextWakeNs(): number | null {
    return this.session?.nextWakeNs() ?? null;
  }

  resize(columns: number, rows: number): void {
    this.size = { columns, rows };
    this.session?.resize(columns, rows);
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

  private closeSession(): void {
    if (!this.session) return;
    this.out += this.session.read();
    this.lines.push(...this.session.transcript);
    this.session = null;
  }

  private print(line: string): void {
    this.out += `${line}\r\n`;
  }
}
