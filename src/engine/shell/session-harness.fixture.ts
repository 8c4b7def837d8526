/**
 * A shell session on a test machine with the test commands, on a screen, for the session's
 * tests: type keys, let virtual time pass, read what the screen shows.
 */
import type { OsId } from '../os/os-families.ts';
import type { Command } from './command.ts';
import { flavourFor } from './shell-flavour.ts';
import { ShellSession } from './shell-session.ts';
import { createTestMachine, type TestMachineOptions } from './test-machine.ts';
import { TestScreen } from './test-screen.ts';
import { boomCommand, floodCommand, S, screenFloodCommand, sizeCommand, tickerCommand } from './session-test-commands.fixture.ts';

/** `extra`: more commands, such as the family's own (commands-for.ts); the test commands win a clash. */
export function start(family: OsId = 'linux', options: TestMachineOptions = {}, extra: readonly Command[] = []) {
  const machine = createTestMachine({ family, ...options });
  const session = new ShellSession(machine, flavourFor(family, [...extra, tickerCommand, boomCommand, floodCommand, screenFloodCommand, sizeCommand]));
  const screen = new TestScreen(80);
  /** Sends input; returns the output it caused, and puts it on the screen. */
  const type = (data: string): string => {
    session.write(data);
    const out = session.read();
    screen.write(out);
    return out;
  };
  const at = (seconds: number): string => {
    machine.setNow(seconds * S);
    session.advance(seconds * S);
    const out = session.read();
    screen.write(out);
    return out;
  };
  screen.write(session.read());
  return { machine, session, screen, type, at };
}

export function lastLine(screen: TestScreen): string {
  return screen.lines().at(-1) ?? '';
}
