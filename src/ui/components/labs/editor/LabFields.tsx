/** The lab editor's labelled controls: a text field, a text area and a choice, each with its label. */
import { useId, type ReactNode } from 'react';

interface Common {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A label over its control; the control gets the id the label points at. */
function Labelled({ label, children }: { readonly label: string; readonly children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export function TextField({ label, value, onChange, placeholder }: Common & { readonly placeholder?: string }) {
  return <Labelled label={label}>{(id) => <input id={id} className="input" value={value} placeholder={placeholder} spellCheck={false} autoComplete="off" onChange={(e) => onChange(e.target.value)} />}</Labelled>;
}

export function TextArea({ label, value, onChange, rows = 4 }: Common & { readonly rows?: number }) {
  return <Labelled label={label}>{(id) => <textarea id={id} className="input" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}</Labelled>;
}

export function Choice({ label, value, onChange, options }: Common & { readonly options: readonly string[] }) {
  return (
    <Labelled label={label}>
      {(id) => (
        <select id={id} className="input" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
