/** The guests: one row each (name, OS, vCPUs, memory, workload), with add and remove. */
import type { Scenario } from '../../../engine/index.ts';
import { MAX_GUESTS } from '../../../engine/scenario/schema.ts';
import { addGuest, removeGuest, setGuest, setWorkload, type Draft } from './draft-edits.ts';
import { errorsAt, type ErrorsByPath } from './error-paths.ts';
import { Field, NumberInput, Select } from './Field.tsx';
import type { PlatformPreview } from './platform-warnings.ts';
import { OS_CHOICES, WORKLOAD_CHOICES, type VirtualPlatform } from './scenario-options.ts';

/** The paths the table shows messages for, for `count` guests. */
export function guestPaths(count: number): string[] {
  const out = ['guests'];
  for (let i = 0; i < count; i++) for (const f of ['', '.name', '.os', '.vcpus', '.memoryMiB', '.workload', '.workload.kind']) out.push(`guests[${i}]${f}`);
  return out;
}

type Guest = Scenario['guests'][number];

export interface GuestTableProps {
  readonly draft: Draft;
  readonly errors: ErrorsByPath;
  readonly previews: Readonly<Record<VirtualPlatform, PlatformPreview>> | null;
  readonly onChange: (d: Draft) => void;
}

export function GuestTable({ draft, errors, previews, onChange }: GuestTableProps) {
  const rowErrors = (i: number): readonly string[] => [...errorsAt(errors, `guests[${i}]`), ...errorsAt(errors, `guests[${i}].workload`)];
  return (
    <fieldset className="editor-section guest-fields">
      <legend>Guests</legend>
      {errorsAt(errors, 'guests').map((e) => (
        <p key={e} className="field-error">
          ✕ {e}
        </p>
      ))}
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
          {draft.guests.map((g, i) => (
            <GuestRow
              // Rows are edited in place; the index is the row's identity while names are typed.
              key={i}
              guest={g}
              index={i}
              draft={draft}
              errors={errors}
              rowErrors={rowErrors(i)}
              refusals={refusalsOf(previews, g.name)}
              onChange={onChange}
            />
          ))}
        </tbody>
      </table>
      <button type="button" className="button" disabled={draft.guests.length >= MAX_GUESTS} onClick={() => onChange(addGuest(draft))}>
        + Add guest
      </button>
    </fieldset>
  );
}

function refusalsOf(previews: GuestTableProps['previews'], name: string): string[] {
  if (!previews) return [];
  return (Object.entries(previews) as [VirtualPlatform, PlatformPreview][])
    .filter(([, p]) => p.refusedGuests[name] !== undefined)
    .map(([kind, p]) => `${kind}: ${p.refusedGuests[name] ?? ''}`);
}

interface GuestRowProps {
  readonly guest: Guest;
  readonly index: number;
  readonly draft: Draft;
  readonly errors: ErrorsByPath;
  readonly rowErrors: readonly string[];
  readonly refusals: readonly string[];
  readonly onChange: (d: Draft) => void;
}

function GuestRow({ guest: g, index: i, draft, errors, rowErrors, refusals, onChange }: GuestRowProps) {
  const at = (f: string): readonly string[] => errorsAt(errors, `guests[${i}].${f}`);
  const label = g.name || `guest ${i + 1}`;
  return (
    <>
      <tr>
        <td>
          <Field label={`Name of guest ${i + 1}`} labelHidden path={`guests[${i}].name`} errors={at('name')}>
            {(c) => <input {...c} className="input" type="text" value={g.name} maxLength={64} spellCheck={false} autoComplete="off" onChange={(e) => onChange(setGuest(draft, i, { name: e.target.value }))} />}
          </Field>
        </td>
        <td>
          <Field label={`OS of ${label}`} labelHidden path={`guests[${i}].os`} errors={at('os')}>
            {(c) => <Select control={c} value={g.os} choices={OS_CHOICES} onChange={(v) => onChange(setGuest(draft, i, { os: v as Guest['os'] }))} />}
          </Field>
        </td>
        <td>
          <Field label={`vCPUs of ${label}`} labelHidden path={`guests[${i}].vcpus`} errors={at('vcpus')}>
            {(c) => <NumberInput control={c} value={g.vcpus} min={1} max={64} onChange={(v) => onChange(setGuest(draft, i, { vcpus: v }))} />}
          </Field>
        </td>
        <td>
          <Field label={`Memory of ${label} (MiB)`} labelHidden path={`guests[${i}].memoryMiB`} errors={at('memoryMiB')}>
            {(c) => <NumberInput control={c} value={g.memoryMiB} min={64} step={64} onChange={(v) => onChange(setGuest(draft, i, { memoryMiB: v }))} />}
          </Field>
        </td>
        <td>
          <Field label={`Workload of ${label}`} labelHidden path={`guests[${i}].workload.kind`} errors={at('workload.kind')}>
            {(c) => <Select control={c} value={g.workload.kind} choices={WORKLOAD_CHOICES} onChange={(v) => onChange(setWorkload(draft, i, v as Guest['workload']['kind']))} />}
          </Field>
        </td>
        <td>
          <button type="button" className="button icon-button" aria-label={`Remove ${label}`} title={`Remove ${label}`} disabled={draft.guests.length <= 1} onClick={() => onChange(removeGuest(draft, i))}>
            <span aria-hidden="true">✕</span>
          </button>
        </td>
      </tr>
      {rowErrors.length > 0 || refusals.length > 0 ? (
        <tr className="guest-notes">
          <td colSpan={6}>
            {rowErrors.map((e) => (
              <p key={e} className="field-error">
                ✕ {e}
              </p>
            ))}
            {refusals.map((r) => (
              <p key={r} className="field-warning">
                ⚠ Refused on {r}
              </p>
            ))}
          </td>
        </tr>
      ) : null}
    </>
  );
}
