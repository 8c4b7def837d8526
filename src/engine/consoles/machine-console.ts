/**
 * What a machine's console shares, whichever machine it is on (a guest, the management
 * host): a shell that comes and goes with the machine, the lines it printed about that,
 * and what was typed into every shell it has had. Keys typed while there is no shell are
 * lost, as on a console with no login prompt. Subclasses decide, in `advance`, when the
 * shell starts and ends.
 */
import type { ShellSession, TranscriptEntry } from '../shell/shell-session.ts';
import type { Terminal } from './terminal.ts';

export const RED = '\x1b[31m';
export const DIM = '\x1b[2m';
export const RESET = '\x1b[0m';

export abstract class MachineConsole implements Terminal {
  private out = '';
  protected session: ShellSession | null = null;
  private readonly lines: TranscriptEntry[] = [];
  protected size = { columns: 80, rows: 24 };

  get busy(): boolean {
    return this.session?.busy ?? false;
  }

  get transcript(): readonly TranscriptEntry[] {
    return [...this.lines, ...(this.session?.transcript ?? [])];
  }

  write(data: string): void {
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

  abstract advance(nowNs: number): void;

  /** The shell ends (its machine went down): what it printed last is kept, and what was typed into it. */
  protected closeSession(): void {
    if (!this.session) return;
    this.out += this.session.read();
    this.lines.push(...this.session.transcript);
    this.session = null;
  }

  protected print(line: string): void {
    this.out += `${line}\r\n`;
  }
}
