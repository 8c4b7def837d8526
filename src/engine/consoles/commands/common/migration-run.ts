/**
 * What a console's migrate command does once its arguments are checked: asks the manager
 * to move the guest, and — as the real tools do — returns only when the move is over,
 * after the migration's total virtual time, printing the tool's success text; a refusal
 * is printed at once in the tool's error form.
 */
import { done, type CommandContext, type CommandOutcome } from '../../../shell/command.ts';
import type { MigrateOptions } from '../../../migration/migrate-guest.ts';
import type { MigrationReport } from '../../../migration/migration-report.ts';
import type { GuestManager } from '../../guest-manager.ts';

export interface MigrationWording {
  /** Printed when the move is done (may use the report's figures). */
  readonly success: (r: MigrationReport) => string;
  /** The tool's error form of a reason. */
  readonly failure: (reason: string) => string;
}

export function runMigration(ctx: CommandContext, manager: GuestManager, name: string, options: MigrateOptions, words: MigrationWording): CommandOutcome {
  if (!manager.migrate) return done(words.failure('this console cannot move guests'), 1);
  const r = manager.migrate(name, options);
  if (r.refusal !== undefined) return done(words.failure(r.refusal), 1);
  const endNs = ctx.machine.now() + r.totalMs * 1e6;
  return {
    kind: 'running',
    run: {
      advance: (nowNs) => (nowNs >= endNs ? { output: words.success(r), done: true, status: 0 } : { output: '', done: false, status: 0 }),
      nextWakeNs: () => endNs,
      interrupt: () => '',
    },
  };
}
