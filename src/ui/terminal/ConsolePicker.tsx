/**
 * Finds a guest's console by name when there are too many guests for tabs (hundreds on a
 * hosting server): a WAI-ARIA combobox whose listbox shows the matching guests. Arrow keys
 * move through the list, Enter or a click opens the guest's console, Escape closes the list.
 */
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { idFragment, matchingGuests } from './console-tabs-model.ts';

/** How many guests the list shows at once: enough to scan, few enough to render at once; typing narrows it. */
const LISTED = 40;

export interface ConsolePickerProps {
  readonly guests: readonly string[];
  /** Opens `guest`'s console. */
  readonly onPick: (guest: string) => void;
}

export function ConsolePicker({ guests, onPick }: ConsolePickerProps) {
  const base = useId();
  const listId = `${base}-list`;
  const optionId = (name: string): string => `${base}-option-${idFragment(name)}`;
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [place, setPlace] = useState<CSSProperties>({});
  const [at, setAt] = useState(0);
  const found = useMemo(() => matchingGuests(guests, query, LISTED), [guests, query]);
  const highlighted = found.names[Math.min(at, found.names.length - 1)];
  const highlightedId = open && highlighted !== undefined ? optionId(highlighted) : null;

  // The list scrolls; the option the arrow keys reach stays in sight.
  useEffect(() => {
    if (highlightedId !== null) document.getElementById(highlightedId)?.scrollIntoView({ block: 'nearest' });
  }, [highlightedId]);

  // Placed over the page, upwards from the box: the console bar sits low in a panel that clips
  // what overflows it, while the columns above have room.
  const openList = (): void => {
    const r = input.current?.getBoundingClientRect();
    if (r) setPlace({ left: r.left, bottom: window.innerHeight - r.top + 2, maxHeight: Math.min(r.top - 8, 320) });
    setOpen(true);
  };

  const pick = (name: string): void => {
    setOpen(false);
    setQuery('');
    onPick(name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const n = found.names.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) openList();
      else if (n > 0) setAt((i) => (Math.min(i, n - 1) + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter' && open && highlighted !== undefined) {
      e.preventDefault();
      pick(highlighted);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="console-picker">
      <input
        ref={input}
        type="text"
        role="combobox"
        className="console-picker-input"
        aria-label="Find a guest's console"
        placeholder={`Find one of ${guests.length} guests…`}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        {...(highlightedId !== null ? { 'aria-activedescendant': highlightedId } : {})}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setAt(0);
          openList();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Guests" className="console-picker-list" hidden={!open} style={place}>
        {open &&
          found.names.map((name) => (
            <li
              key={name}
              id={optionId(name)}
              role="option"
              aria-selected={name === highlighted}
              // Keeps the focus in the box, so the click does not close the list before it lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(name)}
            >
              {name}
            </li>
          ))}
        {open && found.names.length === 0 ? (
          <li role="presentation" className="console-picker-note">
            No guest is called that.
          </li>
        ) : null}
        {open && found.more > 0 ? (
          <li role="presentation" className="console-picker-note">
            {found.more} more: type more of the name.
          </li>
        ) : null}
      </ul>
    </div>
  );
}
