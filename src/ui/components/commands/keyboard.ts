/**
 * Which key presses are shortcuts: not while typing in a field or a terminal, not with
 * Ctrl/Alt/Meta (those belong to the browser), and Space or Enter on a focused control
 * keep their usual meaning (pressing that control).
 */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  /** Lower-case tag name of the focused element, its role attribute, and whether it is editable. */
  readonly targetTag: string;
  readonly targetRole: string | null;
  readonly targetEditable: boolean;
}

const TYPING_TAGS = new Set(['input', 'textarea', 'select']);
const PRESSABLE_TAGS = new Set(['button', 'a', 'summary']);
const PRESSABLE_ROLES = new Set(['button', 'tab', 'checkbox', 'radio', 'switch', 'menuitem', 'option']);

export function isShortcutCandidate(k: KeyPress): boolean {
  if (k.ctrlKey || k.altKey || k.metaKey) return false;
  if (k.targetEditable || TYPING_TAGS.has(k.targetTag)) return false;
  const pressKey = k.key === ' ' || k.key === 'Enter';
  if (pressKey && (PRESSABLE_TAGS.has(k.targetTag) || (k.targetRole !== null && PRESSABLE_ROLES.has(k.targetRole)))) return false;
  return true;
}

/** The KeyPress of a DOM keyboard event. */
export function keyPressOf(e: KeyboardEvent): KeyPress {
  const t = e.target instanceof HTMLElement ? e.target : null;
  return {
    key: e.key,
    ctrlKey: e.ctrlKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
    targetTag: t ? t.tagName.toLowerCase() : '',
    targetRole: t ? t.getAttribute('role') : null,
    targetEditable: t ? t.isContentEditable : false,
  };
}
