/**
 * One labelled field of the editor with the engine's messages about it underneath: errors
 * (which block Apply) and warnings (which do not). The control gets the field's id, its
 * aria-invalid and an aria-describedby that points at the messages.
 */
import { useId, type ReactNode } from 'react';
import { errorIdFor } from './error-paths.ts';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
}

export interface FieldProps {
  readonly label: string;
  /** The field's path in the scenario, as the engine's messages name it. */
  readonly path: string;
  readonly errors: readonly string[];
  readonly warning?: string | null;
  /** Hide the label visually (e.g. in a table whose header names the column). */
  readonly labelHidden?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

export function Field({ label, path, errors, warning, labelHidden, children }: FieldProps) {
  const id = useId();
  const messageId = errorIdFor(path);
  const hasMessages = errors.length > 0 || Boolean(warning);
  return (
    <div className="field" data-invalid={errors.length > 0 || undefined}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children({ id, 'aria-invalid': errors.length > 0, ...(hasMessages ? { 'aria-describedby': messageId } : {}) })}
      {hasMessages ? (
        <div id={messageId} className="field-messages">
          {errors.map((e) => (
            <p key={e} className="field-error">
              <span aria-hidden="true">✕ </span>
              {e}
            </p>
          ))}
          {warning ? (
            <p className="field-warning">
              <span aria-hidden="true">⚠ </span>
              {warning}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** A <select> of choices. */
export function Select({
  control,
  value,
  choices,
  onChange,
  emptyLabel,
}: {
  readonly control: ControlProps;
  readonly value: string;
  readonly choices: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
  /** Offer "" as a choice with this label (e.g. "default"). */
  readonly emptyLabel?: string;
}) {
  return (
    <select {...control} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      {choices.map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** A whole-number input; an empty or partial entry becomes NaN, which the engine reports. */
export function NumberInput({
  control,
  value,
  onChange,
  min,
  max,
  step,
}: {
  readonly control: ControlProps;
  readonly value: number;
  readonly onChange: (value: number) => void;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}) {
  return (
    <input
      {...control}
      className="input number"
      type="number"
      inputMode="numeric"
      value={Number.isFinite(value) ? value : ''}
      min={min}
      max={max}
      step={step ?? 1}
      onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
    />
  );
}
