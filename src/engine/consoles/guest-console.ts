/**
 * A guest's console: while the guest boots it streams the boot log (firmware, kernel,
 * services) as the simulation reaches each stage; once it runs, the guest's shell. A
 * refused guest shows why; a stopped one says it is powered off until it starts again.
 */
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { GuestMachine } from '../os/guest-machine.ts';
import { ShellSession, type TranscriptEntry } from '../shell/shell-session.ts';
import type { ShellFlavour } from '../shell/shell-flavour.ts';
import type { Terminal } from './terminal.ts';

/** 'new': nothing shown yet (a console opened on a guest that is already down says so at once). */
type Stage = 'new' | 'off' | 'firmware' | 'kernel' | 'shell' | 'refused';

const RED = '\x1b[31m';
const DIM = '\x1b[2m';
const RESET = '\x1b[0m';

export class GuestConsole implements Terminal {
  private out = '';
  private stage: Stage = 'new';
  private session: ShellSession | null = null;
  private readonly lines: TranscriptEntry[] = [];
  private size = { columns: 80, rows: 24 };

  constructor(
    private readonly guest: GuestRuntime,
    private readonly machine: GuestMachine,
    private readonly flavour: ShellFlavour,
    private readonly now: () => number,
  ) {
    this.advance(now());
  }

  get busy(): boolean {
    return this.session?.busy ?? false;
  }

  get transcript(): readonly TranscriptEntry[] {
    return [...this.lines, ...(this.session?.transcript ?? [])];
  }

  write(data: string): void {
    // Keys typed before the shell is up are dropped, as a console without a login prompt would.
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
    const g = this.guest;
    if (g.state === 'refused') {
      if (this.stage !== 'refused') this.print(`${RED}${g.spec.name} cannot run here: ${g.reason ?? ''}${RESET}`);
      this.stage = 'refused';
      return;
    }
    if (g.state === 'stopped' || g.state === 'crashed') {
      if (this.stage !== 'off') {
        this.closeSession();
        this.print(g.state === 'crashed' ? `${RED}[${g.spec.name} crashed: ${g.crashReason ?? ''}]${RESET}` : `${DIM}[${g.spec.name} is powered off]${RESET}`);
      }
      this.stage = 'off';
      return;
    }
    const boot = this.machine.bootMessages();
    if (this.stage === 'off' || this.stage === 'new') {
      this.stage = 'firmware';
      boot.firmware.forEach((l) => this.print(l));
    }
    if (this.stage === 'firmware' && g.kernelStartNs >= 0) {
      this.stage = 'kernel';
      boot.kernel.forEach((l) => this.print(l));
    }
    if (this.stage === 'kernel' && g.state === 'running') {
      this.stage = 'shell';
      boot.services.forEach((l) => this.print(l));
      this.print('');
      this.session = new ShellSession(this.machine, this.flavour, this.size);
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
