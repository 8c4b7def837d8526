/** A toolbar button for one registered command: its label, its shortcut in the tooltip and aria-keyshortcuts. */
import type { ReactNode } from 'react';
import { usePlayground } from '../../store/use-playground.ts';
import { commandByName } from '../commands/commands.ts';

export interface CommandButtonProps {
  readonly name: string;
  readonly onRun: (name: string) => void;
  /** Shown instead of the label (the label stays the accessible name). */
  readonly children?: ReactNode;
  readonly className?: string;
  /** For a choice: show aria-pressed from the command's `active`. */
  readonly pressable?: boolean;
}

export function CommandButton({ name, onRun, children, className, pressable }: CommandButtonProps) {
  const command = commandByName(name);
  const applies = usePlayground((s) => command.applies(s));
  const active = usePlayground((s) => command.active?.(s) ?? false);
  const key = command.shortcut?.label;
  return (
    <button
      type="button"
      className={className ?? 'button'}
      disabled={!applies}
      onClick={() => onRun(name)}
      aria-label={children ? command.label : undefined}
      aria-keyshortcuts={command.shortcut ? (command.shortcut.key === ' ' ? 'Space' : command.shortcut.key) : undefined}
      aria-pressed={pressable ? active : undefined}
      title={key ? `${command.label} (${key})` : command.label}
    >
      {children ?? command.label}
    </button>
  );
}
