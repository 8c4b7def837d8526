/**
 * A guest's console: while the guest boots it streams the boot log (firmware, kernel,
 * services) as the simulation reaches each stage; once it runs, the guest's shell. A
 * refused guest shows why; a stopped one says it is powered off until it starts again.
 */
import type { GuestRuntime } from '../run/core/guest-runtime.ts';
import type { GuestMachine } from '../os/guest-machine.ts';
import { ShellSession } from '../shell/shell-session.ts';
import type { ShellFlavour } from '../shell/shell-flavour.ts';
import { DIM, MachineConsole, RED, RESET } from './machine-console.ts';

/** 'new': nothing shown yet (a console opened on a guest that is already down says so at once). */
type Stage = 'new' | 'off' | 'firmware' | 'kernel' | 'shell' | 'refused';

export class GuestConsole extends MachineConsole {
  private stage: Stage = 'new';

  constructor(
    private readonly guest: GuestRuntime,
    private readonly machine: GuestMachine,
    private readonly flavour: ShellFlavour,
    now: () => number,
  ) {
    super();
    this.advance(now());
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
}
