/**
 * The guests: one row each (name, OS, vCPUs, memory, workload), with add and remove. Past
 * FULL_LIST guests, a search picks the rows shown (guest-rows.ts), and the messages about
 * guests not shown are listed under the table, so none is lost.
 */
import { useCallback, useState } from 'react';
import { MAX_GUESTS } from '../../../engine/scenario/schema.ts';
import { FULL_LIST } from '../platform/many-guests.ts';
import { addGuest, removeGuest, type Draft } from './draft-edits.ts';
import { errorsAt, type ErrorsByPath } from './error-paths.ts';
import { GuestRow, type RowMessages } from './GuestRow.tsx';
import { rowsFor, showingAll, withAdded, withRemoved, type GuestRows } from './guest-rows.ts';
import type { PlatformPreviews } from './platform-warnings.ts';
import type { VirtualPlatform } from './scenario-options.ts';

const GUEST_FIELDS = ['', '.name', '.os', '.vcpus', '.memoryMiB', '.workload', '.workload.kind'];

/** The paths the table shows messages for, for `count` guests. */
export function guestPaths(count: number): string[] {
  const out = ['guests'];
  for (let i = 0; i < count; i++) for (const f of GUEST_FIELDS) out.push(`guests[${i}]${f}`);
  return out;
}

/** Messages about guests not shown, listed under the table; the rest are counted. */
const HIDDEN_MESSAGES = 6;

export interface GuestTableProps {
  readonly draft: Draft;
  readonly errors: ErrorsByPath;
  readonly previews: PlatformPreviews | null;
  /** Applies an edit to the latest draft (a state setter's updater). */
  readonly onEdit: (edit: (d: Draft) => Draft) => void;
}

export function GuestTable({ draft, errors, previews, onEdit }: GuestTableProps) {
  const guests = draft.guests;
  const [rows, setRows] = useState<GuestRows>(() => rowsFor(guests, ''));
  const searchable = guests.length > FULL_LIST || rows.query !== '';
  const shownSet = new Set(rows.shown);
  const hidden = hiddenMessages(errors, shownSet);
  const add = (): void => {
    setRows((r) => withAdded(r, guests.length));
    onEdit(addGuest);
  };
  const remove = useCallback(
    (index: number): void => {
      setRows((r) => withRemoved(r, index));
      onEdit((d) => removeGuest(d, index));
    },
    [onEdit],
  );

  return (
    <fieldset className="editor-section guest-fields">
      <legend>Guests</legend>
      {errorsAt(errors, 'guests').map((e) => (
        <p key={e} className="field-error">
          ✕ {e}
        </p>
      ))}
      {searchable ? (
        <div className="guest-summary">
          <input type="search" className="input guest-search" aria-label="Find a guest to edit" placeholder="Find a guest by name" value={rows.query} onChange={(e) => setRows(rowsFor(guests, e.target.value))} />
          <p className="muted" aria-live="polite">
            {rows.matched.length === 0 ? `No guest matches '${rows.query.trim()}'` : `Showing ${rows.shown.length} of ${guests.length} guests`}
          </p>
        </div>
      ) : null}
      <table className="guest-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">OS</th>
            <th scope="col">vCPUs</th>
            <th scope="col">Memory (MiB)</th>
            <th scope="col">Workload</th>
            <th scope="col">
              <span className="visually-hidden">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.shown.map((i) => {
            const g = guests[i];
            return g === undefined ? null : (
              <GuestRow
                // Rows are edited in place; the index is the row's identity while names are typed.
                key={i}
                guest={g}
                index={i}
                messages={rowMessages(errors, previews, i)}
                removable={guests.length > 1}
                onEdit={onEdit}
                onRemove={remove}
              />
            );
          })}
        </tbody>
      </table>
      {rows.shown.length < rows.matched.length ? (
        <button type="button" className="button" onClick={() => setRows(showingAll)}>
          Show all {rows.matched.length} {rows.query.trim() === '' ? 'guests' : 'matching guests'}
        </button>
      ) : null}
      {hidden.length > 0 ? (
        <ul className="field-error guest-hidden-errors" aria-label="Problems in guests not shown">
          {hidden.slice(0, HIDDEN_MESSAGES).map((e) => (
            <li key={e}>✕ {e}</li>
          ))}
          {hidden.length > HIDDEN_MESSAGES ? <li>… and {hidden.length - HIDDEN_MESSAGES} more</li> : null}
        </ul>
      ) : null}
      <button type="button" className="button" disabled={guests.length >= MAX_GUESTS} onClick={add}>
        + Add guest
      </button>
    </fieldset>
  );
}

function rowMessages(errors: ErrorsByPath, previews: PlatformPreviews | null, i: number): RowMessages {
  const at = (f: string): readonly string[] => errorsAt(errors, `guests[${i}]${f}`);
  return {
    name: at('.name'),
    os: at('.os'),
    vcpus: at('.vcpus'),
    memoryMiB: at('.memoryMiB'),
    kind: at('.workload.kind'),
    row: [...at(''), ...at('.workload')],
    refusals: refusalsOf(previews, i),
  };
}

function refusalsOf(previews: PlatformPreviews | null, index: number): string[] {
  if (!previews) return [];
  return (Object.entries(previews) as [VirtualPlatform, PlatformPreviews[VirtualPlatform]][])
    .filter(([, p]) => p.refusedGuests[index] !== undefined)
    .map(([kind, p]) => `${kind}: ${p.refusedGuests[index] ?? ''}`);
}

/** The messages about guests whose row is not shown, with their paths. */
function hiddenMessages(errors: ErrorsByPath, shown: ReadonlySet<number>): string[] {
  const out: string[] = [];
  for (const [path, messages] of errors) {
    const m = /^guests\[(\d+)\]/.exec(path);
    if (m && !shown.has(Number(m[1])) && GUEST_FIELDS.includes(path.slice(m[0].length))) for (const e of messages) out.push(`${path}: ${e}`);
  }
  return out;
}
