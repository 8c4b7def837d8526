/**
 * `restart-guest <guest>`: VirtScope's own way to power a crashed or stopped guest on again
 * from any management console — what the page's Restart button types, so that a recording
 * replays it. It boots through the guest's own firmware and boot paths, as the product's
 * start command (xm create, vmware-cmd start, docker start …) would.
 */
import { done, type Command } from '../../../shell/command.ts';
import type { GuestManager } from '../../guest-manager.ts';

export const RESTART_GUEST = 'restart-guest' as const;

/** The line the page types for its Restart button. */
export function restartGuestLine(name: string): string {
  return `${RESTART_GUEST} ${name}`;
}

export function restartGuestCommand(manager: GuestManager): Command {
  return {
    name: RESTART_GUEST,
    summary: "VirtScope: power a crashed or stopped guest on again, as the page's Restart button does",
    run(_ctx, args) {
      if (args.length !== 1) return done('Usage: restart-guest <guest>\n', 1);
      const name = args[0] as string;
      const err = manager.start(name);
      return err === null ? done(`${name}: powering on\n`) : done(`restart-guest: ${err}\n`, 1);
    },
  };
}
