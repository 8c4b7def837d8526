/**
 * A command line run in a guest's shell on behalf of a management console (docker exec,
 * vzctl exec, zlogin): as `sh -c` runs it, with no prompt or echo. The console waits for
 * it as for any command — a benchmark prints its report when it ends — and gets its exit
 * status; Ctrl-C reaches it.
 */
import type { Machine } from '../os/machine.ts';
import { done, type CommandOutcome, type RunningCommand } from './command.ts';
import { commandsFor } from './commands-for.ts';
import { ShellSession } from './shell-session.ts';
import { flavourFor } from './shell-flavour.ts';

const text = (s: string): string => s.replace(/\r\n/g, '\n');

class ExecRun implements RunningCommand {
  /** `pending`: what it printed as it started, for the console's first look. */
  constructor(
    private readonly session: ShellSession,
    private pending: string,
  ) {}

  advance(nowNs: number): { output: string; done: boolean; status: number } {
    this.session.advance(nowNs);
    const output = this.pending + text(this.session.read());
    this.pending = '';
    return { output, done: !this.session.busy, status: this.session.status };
  }

  nextWakeNs(): number | null {
    return this.session.nextWakeNs();
  }

  interrupt(): string {
    this.session.write('\x03');
    const output = this.pending + text(this.session.read());
    this.pending = '';
    return output;
  }
}

export function execIn(machine: Machine, line: string): CommandOutcome {
  const session = new ShellSession(machine, flavourFor(machine.family, commandsFor(machine.family)), { interactive: false });
  session.runLine(line);
  session.advance(machine.now());
  const output = text(session.read());
  return session.busy ? { kind: 'running', run: new ExecRun(session, output) } : done(output, session.status);
}
