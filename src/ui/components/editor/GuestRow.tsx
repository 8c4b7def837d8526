/**
 * One guest's row of the editor's table and its messages. Memoised: typing in one row of a
 * long table re-renders that row, not every row (its edits go through an updater, so the
 * other rows' props stay the same objects).
 */
import { memo } from 'react';
import type { Scenario } from '../../../engine/index.ts';
import { setGuest, setWorkload, type Draft } from './draft-edits.ts';
import { Field, NumberInput, Select } from './Field.tsx';
import { OS_CHOICES, WORKLOAD_CHOICES } from './scenario-options.ts';

type Guest = Scenario['guests'][number];

/** The messages about one guest, by field; `row` about the guest as a whole, `refusals` the platforms' warnings. */
export interface RowMessages {
  readonly name: readonly string[];
  readonly os: readonly string[];
  readonly vcpus: readonly string[];
  readonly memoryMiB: readonly string[];
  readonly kind: readonly string[];
  readonly row: readonly string[];
  readonly refusals: readonly string[];
}

interface GuestRowProps {
  readonly guest: Guest;
  readonly index: number;
  readonly messages: RowMessages;
  readonly removable: boolean;
  readonly onEdit: (edit: (d: Draft) => Draft) => void;
  readonly onRemove: (index: number) => void;
}

export const GuestRow = memo(function GuestRow({ guest: g, index: i, messages: m, removable, onEdit, onRemove }: GuestRowProps) {
  const label = g.name || `guest ${i + 1}`;
  const edit = (patch: Partial<Guest>): void => onEdit((d) => setGuest(d, i, patch));
  return (
    <>
      <tr>
        <td>
          <Field label={`Name of guest ${i + 1}`} labelHidden path={`guests[${i}].name`} errors={m.name}>
            {(c) => <input {...c} className="input" type="text" value={g.name} maxLength={64} spellCheck={false} autoComplete="off" onChange={(e) => edit({ name: e.target.value })} />}
          </Field>
        </td>
        <td>
          <Field label={`OS of ${label}`} labelHidden path={`guests[${i}].os`} errors={m.os}>
            {(c) => <Select control={c} value={g.os} choices={OS_CHOICES} onChange={(v) => edit({ os: v as Guest['os'] })} />}
          </Field>
        </td>
        <td>
          <Field label={`vCPUs of ${label}`} labelHidden path={`guests[${i}].vcpus`} errors={m.vcpus}>
            {(c) => <NumberInput control={c} value={g.vcpus} min={1} max={64} onChange={(v) => edit({ vcpus: v })} />}
          </Field>
        </td>
        <td>
          <Field label={`Memory of ${label} (MiB)`} labelHidden path={`guests[${i}].memoryMiB`} errors={m.memoryMiB}>
            {(c) => <NumberInput control={c} value={g.memoryMiB} min={64} step={64} onChange={(v) => edit({ memoryMiB: v })} />}
          </Field>
        </td>
        <td>
          <Field label={`Workload of ${label}`} labelHidden path={`guests[${i}].workload.kind`} errors={m.kind}>
            {(c) => <Select control={c} value={g.workload.kind} choices={WORKLOAD_CHOICES} onChange={(v) => onEdit((d) => setWorkload(d, i, v as Guest['workload']['kind']))} />}
          </Field>
        </td>
        <td>
          <button type="button" className="button icon-button" aria-label={`Remove ${label}`} title={`Remove ${label}`} disabled={!removable} onClick={() => onRemove(i)}>
            <span aria-hidden="true">✕</span>
          </button>
        </td>
      </tr>
      {m.row.length > 0 || m.refusals.length > 0 ? (
        <tr className="guest-notes">
          <td colSpan={6}>
            {m.row.map((e) => (
              <p key={e} className="field-error">
                ✕ {e}
              </p>
            ))}
            {m.refusals.map((r) => (
              <p key={r} className="field-warning">
                ⚠ Refused on {r}
              </p>
            ))}
          </td>
        </tr>
      ) : null}
    </>
  );
}, sameRow);

function sameRow(a: GuestRowProps, b: GuestRowProps): boolean {
  const fields = Object.keys(a.messages) as (keyof RowMessages)[];
  return (
    a.guest === b.guest &&
    a.index === b.index &&
    a.removable === b.removable &&
    a.onEdit === b.onEdit &&
    a.onRemove === b.onRemove &&
    fields.every((f) => a.messages[f].join('\n') === b.messages[f].join('\n'))
  );
}
