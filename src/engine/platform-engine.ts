/**
 * One platform, interactive: its simulation, the guests' and the manager's machines and
 * consoles. This is what a Web Worker hosts for the page and what the CLI's `shell`
 * drives; everything typed is recorded with its virtual time, so a run can be replayed.
 */
import { consoleCommandsFor } from './consoles/commands/index.ts';
import { GuestConsole } from './consoles/guest-console.ts';
import { HostConsole } from './consoles/host-console.ts';
import type { GuestManager } from './consoles/guest-manager.ts';
import { productFor } from './consoles/products.ts';
import { simulationGuestManager } from './consoles/simulation-guest-manager.ts';
import type { Terminal } from './consoles/terminal.ts';
import type { FaultResult, PlatformResult } from './metrics/results.ts';
import { injectFaultCommand, injectFaultLine } from './consoles/commands/common/inject-fault.ts';
import { restartGuestCommand, restartGuestLine } from './consoles/commands/common/restart-guest.ts';
import { isPageAction } from './consoles/commands/common/page-actions.ts';
import type { FaultKind } from './faults/fault-kinds.ts';
import { GuestMachine } from './os/guest-machine.ts';
import { HostMachine } from './os/host-machine.ts';
import type { DiskInfo } from './os/machine.ts';
import { managerOs } from './os/machine-support.ts';
import { osIdentity } from './os/os-identity.ts';
import { guestPidBase, PidTable } from './os/pid-table.ts';
import { ImageStore, containerRootFs, osImage } from './os/os-images.ts';
import { linuxRootPartition, virtualHardware } from './os/virtual-hardware.ts';
import { collectResults } from './run/collect-results.ts';
import type { GuestRuntime } from './run/core/guest-runtime.ts';
import type { PlatformSimulation } from './run/platform-simulation.ts';
import { createPlatformSimulation } from './run/run-scenario.ts';
import type { PlatformKind, Scenario } from './scenario/schema.ts';
import { execIn } from './shell/exec-in.ts';
import { ShellSession } from './shell/shell-session.ts';
import { commandsFor } from './shell/commands-for.ts';
import { flavourFor } from './shell/shell-flavour.ts';

/** The console of the platform's management host (host OS, dom0, service console). */
export const MANAGER = 'manager';
/** How often consoles may be woken at one virtual instant before time moves on regardless. */
const MAX_WAKES_PER_INSTANT = 8;
/** At most this many consoles open at once per platform. */
const MAX_CONSOLES = 128;

export interface RecordedLine {
  readonly atNs: number;
  readonly target: string;
  readonly line: string;
  /** The console's size when it was typed, which the replay gives it first (absent in older links: the size it has). */
  readonly columns?: number;
  readonly rows?: number;
}

export class PlatformEngine {
  readonly sim: PlatformSimulation;
  readonly manager: GuestManager;
  private readonly machines = new Map<number, GuestMachine>();
  private readonly images = new ImageStore();
  private readonly host: HostMachine;
  /** The pids the one kernel under the containers gives their processes, after the host's own. */
  private readonly kernelPids: PidTable;
  private readonly consoles = new Map<number, { target: string; terminal: Terminal }>();
  private nextConsole = 1;
  private readonly pendingReplay: RecordedLine[] = [];
  /** Each target's console, shared by the replay and the page: whichever needs it first opens it. */
  private readonly targetConsoles = new Map<string, number>();
  /** Consoles the replay opened that the page has not attached to: their output waits for it. */
  private readonly unattached = new Set<number>();
  /** The manager console the page's faults are typed into. */
  private faultConsole: number | null = null;

  constructor(scenario: Scenario, readonly kind: PlatformKind) {
    this.sim = createPlatformSimulation(scenario, kind);
    const product = productFor(kind, scenario)?.id ?? kind;
    this.kernelPids = new PidTable(guestPidBase(managerOs(this.sim), 0));
    this.host = new HostMachine(this.sim, () => this.sim.guests.map((g) => this.machineOf(g)));
    // OOM kills are logged with the pid the victim has in the ps of the kernel that killed it (a VM's, or the host's).
    this.sim.memory.pidOf = (gi, taskId) => this.machineOf(this.sim.guests[gi] as GuestRuntime).kernelPidOfTask(taskId);
    this.manager = simulationGuestManager(this.sim, product, (name) => {
      const g = this.sim.guests.find((x) => x.spec.name === name && x.state === 'running');
      return g ? this.machineOf(g) : null;
    });
  }

  get now(): number {
    return this.sim.now;
  }

  /** Advances virtual time to `t`, waking running commands and typing replayed lines at their times. */
  advanceTo(t: number): void {
    if (Number.isNaN(t)) throw new RangeError('advanceTo: the virtual time is not a number');
    // A command may ask to be woken "now" (or in the past) a few times in a row; past that,
    // time moves on, so no command can stall the clock.
    let sameInstant = 0;
    for (;;) {
      const wake = this.nextWakeNs();
      let step = wake !== null && wake < t ? Math.max(wake, this.sim.now) : t;
      sameInstant = step === this.sim.now ? sameInstant + 1 : 0;
      if (sameInstant > MAX_WAKES_PER_INSTANT) step = t;
      this.sim.advanceTo(step);
      for (const c of this.consoles.values()) c.terminal.advance(step);
      this.typeReplayedLines(step);
      if (step >= t) return;
    }
  }

  /**
   * Schedules recorded lines to be typed again at their virtual times, each into its
   * target's console (opened when first needed): the run repeats exactly. Lines of the
   * current instant (typed at 0, before any run) are typed at once, as they were.
   */
  replay(lines: readonly RecordedLine[]): void {
    this.pendingReplay.push(...lines);
    this.pendingReplay.sort((a, b) => a.atNs - b.atNs);
    this.typeReplayedLines(this.now);
  }

  private typeReplayedLines(now: number): void {
    while (this.pendingReplay.length > 0 && (this.pendingReplay[0] as RecordedLine).atNs <= now) {
      const r = this.pendingReplay.shift() as RecordedLine;
      // With the host down no one could type on it: a page's action (a fault, a restart) was typed into its own console.
      if (r.target === MANAGER && isPageAction(r.line) && this.sim.faults.hostDown() !== null) {
        this.typeOnManager(r.line);
        continue;
      }
      let id = this.targetConsoles.get(r.target);
      if (id === undefined) {
        const opened = this.openTargetConsole(r.target);
        if ('error' in opened) continue;
        id = opened.id;
        this.unattached.add(id);
        this.consoles.get(id)?.terminal.advance(now);
      }
      // The output is laid out to the terminal it was typed into: ps aux cut at another width reads otherwise.
      if (r.columns !== undefined && r.rows !== undefined) this.resize(id, r.columns, r.rows);
      this.write(id, `${r.line}\r`);
      this.consoles.get(id)?.terminal.advance(now);
    }
  }

  /**
   * The console the page shows for a target: the one replayed lines are typed into, with
   * everything it printed kept until now (the replayed lines and their answers), or a new
   * one that lines still to be replayed will go to.
   */
  consoleFor(target: string): { id: number } | { error: string } {
    const id = this.targetConsoles.get(target);
    if (id === undefined) return this.openTargetConsole(target);
    this.unattached.delete(id);
    return { id };
  }

  private openTargetConsole(target: string): { id: number } | { error: string } {
    const opened = this.openConsole(target);
    if (!('error' in opened)) this.targetConsoles.set(target, opened.id);
    return opened;
  }

  /** The earliest time a console or a replayed line needs the clock to reach, or null. */
  nextWakeNs(): number | null {
    let min: number | null = this.pendingReplay[0]?.atNs ?? null;
    for (const c of this.consoles.values()) {
      const w = c.terminal.nextWakeNs();
      if (w !== null && (min === null || w < min)) min = w;
    }
    return min;
  }

  /** Opens a console on a guest (by name) or on the manager; returns its id, or why not. */
  openConsole(target: string): { id: number } | { error: string } {
    if (this.consoles.size >= MAX_CONSOLES) return { error: `at most ${MAX_CONSOLES} consoles may be open` };
    let terminal: Terminal;
    if (target === MANAGER) {
      terminal = new HostConsole((size) => this.managerShell(size), this.sim.faults, this.sim.now);
    } else {
      const g = this.sim.guests.find((x) => x.spec.name === target);
      if (!g) return { error: `no guest named "${target}" on this platform` };
      const m = this.machineOf(g);
      terminal = new GuestConsole(g, m, flavourFor(m.family, commandsFor(m.family)), () => this.sim.now);
    }
    return this.addConsole(target, terminal);
  }

  private addConsole(target: string, terminal: Terminal): { id: number } {
    const id = this.nextConsole++;
    this.consoles.set(id, { target, terminal });
    return { id };
  }

  /** A shell on the management host, with the product's tools and the page's actions. */
  private managerShell(size?: { columns: number; rows: number }): ShellSession {
    const extra = [
      ...consoleCommandsFor(this.manager.product, this.manager, { runIn: execIn, scenario: this.sim.scenario }),
      injectFaultCommand((kind, target) => this.sim.faults.inject(kind, target)),
      restartGuestCommand(this.manager),
    ];
    return new ShellSession(this.host, flavourFor(this.host.family, [...commandsFor(this.host.family), ...extra]), size ?? {});
  }

  /** The ids of the open consoles. */
  consoleIds(): number[] {
    return [...this.consoles.keys()];
  }

  /** The consoles whose output may be read out: all but the replay's that the page has not attached to yet. */
  readableConsoleIds(): number[] {
    return this.consoleIds().filter((id) => !this.unattached.has(id));
  }

  closeConsole(id: number): void {
    const c = this.consoles.get(id);
    if (c && this.targetConsoles.get(c.target) === id) this.targetConsoles.delete(c.target);
    this.unattached.delete(id);
    this.consoles.delete(id);
  }

  write(id: number, data: string): void {
    const c = this.consoles.get(id);
    if (!c) return;
    c.terminal.write(data);
    // What a command prints at the instant it is typed shows at once, even while the run is paused (top's first frame).
    c.terminal.advance(this.sim.now);
  }

  read(id: number): string {
    return this.consoles.get(id)?.terminal.read() ?? '';
  }

  busy(id: number): boolean {
    return this.consoles.get(id)?.terminal.busy ?? false;
  }

  resize(id: number, columns: number, rows: number): void {
    this.consoles.get(id)?.terminal.resize(columns, rows);
  }

  /**
   * Injects a fault now as the page does: typed as an `inject-fault` line into a console
   * of its own on the manager, so that the recording replays it. Returns what it did here.
   */
  injectFault(kind: FaultKind, target: string | null): FaultResult | { error: string } {
    const before = this.sim.faults.fired;
    const typed = this.typeOnManager(injectFaultLine(kind, target));
    if (typed) return typed;
    const r = this.sim.faults.results().at(-1);
    return r && this.sim.faults.fired > before ? r : { error: 'the fault was not injected' };
  }

  /** Powers a crashed or stopped guest on again as the page's Restart button does (typed, so it replays); returns why not, or null. */
  restartGuest(name: string): string | null {
    const g = this.sim.guests.find((x) => x.spec.name === name);
    if (!g) return `no guest named "${name}" on this platform`;
    if (g.state !== 'crashed' && g.state !== 'stopped') return `${name} is ${g.state}`;
    return this.typeOnManager(restartGuestLine(name))?.error ?? null;
  }

  /**
   * Types a line into the manager console the page's actions use (opened when first needed):
   * a shell of its own that a host crash does not take down, as the page's buttons stand for
   * a hand on the machine, not a login on it.
   */
  private typeOnManager(line: string): { error: string } | null {
    if (this.faultConsole === null) {
      if (this.consoles.size >= MAX_CONSOLES) return { error: `at most ${MAX_CONSOLES} consoles may be open` };
      this.faultConsole = this.addConsole(MANAGER, this.managerShell()).id;
    }
    this.write(this.faultConsole, `${line}\r`);
    return null;
  }

  /** Every line entered in every console, in virtual-time order. */
  recording(): RecordedLine[] {
    const all = [...this.consoles.values()].flatMap((c) =>
      c.terminal.transcript.map((l) => ({ atNs: l.atNs, target: c.target, line: l.line, columns: l.columns, rows: l.rows })),
    );
    return all.sort((a, b) => a.atNs - b.atNs);
  }

  results(): PlatformResult {
    return collectResults(this.sim);
  }

  /** A guest's machine, made on first use with its own file system. */
  machineOf(g: GuestRuntime): GuestMachine {
    let m = this.machines.get(g.index);
    if (!m) {
      const distribution = osIdentity(g.spec.os, this.sim.scenario.host.cpu).distribution;
      const fs =
        this.kind === 'container'
          ? containerRootFs(this.images.get(g.spec.os, distribution), g.spec.os, g.spec.name, this.sim.now)
          : osImage(g.spec.os, { hostname: g.spec.name, distribution, nowNs: this.sim.now, rootDevice: linuxRootPartition(virtualHardware(this.sim.scenario, this.kind)) });
      const zone = this.kind === 'container' && this.sim.scenario.platforms.container.hostOs === 'solaris';
      m = new GuestMachine(this.sim, g, fs, this.kernelPids, zone ? () => this.host.disks()[0] as DiskInfo : undefined);
      this.machines.set(g.index, m);
    }
    return m;
  }
}
