/** One virtualizing platform's options, or the product it stands for, with the engine's verdict on this host. */
import { PLATFORM_TITLE } from '../names/platform-names.ts';
import { chooseProduct, setPlatformOption, shownProduct, type Draft } from './draft-edits.ts';
import { errorsAt, type ErrorsByPath } from './error-paths.ts';
import { Field, Select } from './Field.tsx';
import type { PlatformPreview } from './platform-warnings.ts';
import { PLATFORM_OPTIONS, productChoices, type VirtualPlatform } from './scenario-options.ts';

export function platformPaths(kind: VirtualPlatform): string[] {
  return [`platforms.${kind}`, `platforms.${kind}.product`, ...PLATFORM_OPTIONS[kind].map((o) => `platforms.${kind}.${o.key}`)];
}

export interface PlatformFieldsProps {
  readonly kind: VirtualPlatform;
  readonly draft: Draft;
  readonly errors: ErrorsByPath;
  readonly preview: PlatformPreview | null;
  readonly onChange: (d: Draft) => void;
}

export function PlatformFields({ kind, draft, errors, preview, onChange }: PlatformFieldsProps) {
  const options = draft.platforms[kind] as Readonly<Record<string, unknown>>;
  const text = (v: unknown): string => (typeof v === 'string' ? v : '');
  const base = `platforms.${kind}`;
  return (
    <fieldset className="editor-section platform-fields" data-refused={preview?.refusal ? '' : undefined}>
      <legend>{PLATFORM_TITLE[kind]}</legend>
      {errorsAt(errors, base).map((e) => (
        <p key={e} className="field-error">
          ✕ {e}
        </p>
      ))}
      <Field label="Product" path={`${base}.product`} errors={errorsAt(errors, `${base}.product`)}>
        {(c) => <Select control={c} value={shownProduct(draft, kind)} choices={productChoices(kind)} onChange={(v) => onChange(chooseProduct(draft, kind, v))} />}
      </Field>
      {PLATFORM_OPTIONS[kind].map((o) => (
        <Field key={o.key} label={o.label} path={`${base}.${o.key}`} errors={errorsAt(errors, `${base}.${o.key}`)}>
          {(c) => (
            <Select
              control={c}
              value={text(options[o.key])}
              choices={o.choices}
              {...(o.optional ? { emptyLabel: 'default' } : {})}
              onChange={(v) => onChange(setPlatformOption(draft, kind, o.key, v))}
            />
          )}
        </Field>
      ))}
      {preview ? (
        <div className="platform-verdict" aria-live="polite">
          {preview.refusal ? (
            <p className="field-warning">
              <span aria-hidden="true">⚠ </span>
              <strong>Will be refused on this host: </strong>
              {preview.refusal}
            </p>
          ) : (
            <p className="muted">Runs as: {preview.label}</p>
          )}
        </div>
      ) : null}
    </fieldset>
  );
}
