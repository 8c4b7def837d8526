/**
 * WAI-ARIA tabs (automatic activation): arrow keys, Home and End move between tabs; every
 * panel stays mounted once shown, so terminals and charts keep their state while hidden.
 */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef {
  readonly id: string;
  readonly label: string;
  readonly render: () => ReactNode;
}

export interface TabsProps {
  readonly label: string;
  readonly tabs: readonly TabDef[];
  readonly selected: string;
  readonly onSelect: (id: string) => void;
  /** Extra controls at the end of the tab row. */
  readonly end?: ReactNode;
  readonly className?: string;
}

export function Tabs({ label, tabs, selected, onSelect, end, className }: TabsProps) {
  const base = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([selected]));
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const i = tabs.findIndex((t) => t.id === selected);
    const n = tabs.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    e.preventDefault();
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className={`tabs ${className ?? ''}`}>
      <div className="tab-row">
        <div role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                if (el) buttons.current.set(t.id, el);
                else buttons.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${t.id}`}
              aria-selected={t.id === selected}
              aria-controls={`${base}-panel-${t.id}`}
              tabIndex={t.id === selected ? 0 : -1}
              className="tab"
              onClick={() => onSelect(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {end}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${base}-panel-${t.id}`}
          aria-labelledby={`${base}-tab-${t.id}`}
          className="tab-panel"
          hidden={t.id !== selected}
        >
          {visited.has(t.id) ? t.render() : null}
        </div>
      ))}
    </div>
  );
}
