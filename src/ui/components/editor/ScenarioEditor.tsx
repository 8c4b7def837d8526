/**
 * The scenario editor: host, guests and platforms, validated by the engine's parseScenario
 * on every change, each message shown next to its field; warnings (from the engine) where a
 * platform or guest would be refused, built once the draft rests (use-platform-previews.ts).
 * Apply loads the draft; Cancel leaves everything as it was; Esc with changes asks first.
 * Loaded lazily: it is the one place the page builds simulations on the main thread.
 */
import { useId, useMemo, useState } from 'react';
import { parseScenario } from '../../../engine/index.ts';
import { MAX_SCENARIO_NAME_CHARS } from '../../../engine/scenario/schema.ts';
import { getPlayground } from '../../store/use-playground.ts';
import { Modal } from '../layout/Modal.tsx';
import type { Draft } from './draft-edits.ts';
import { errorsAt, errorsByPath, unclaimedErrors } from './error-paths.ts';
import { Field, NumberInput } from './Field.tsx';
import { guestPaths, GuestTable } from './GuestTable.tsx';
import { HOST_PATHS, HostFields } from './HostFields.tsx';
import { platformPaths, PlatformFields } from './PlatformFields.tsx';
import { VIRTUAL_PLATFORMS } from './scenario-options.ts';
import { useEscapeGuard } from './use-escape-guard.ts';
import { usePlatformPreviews } from './use-platform-previews.ts';

export default function ScenarioEditor({ onClose }: { readonly onClose: () => void }) {
  const [initial] = useState(() => getPlayground().getState().scenario);
  const [draft, setDraft] = useState<Draft>(() => structuredClone(initial));
  const [applying, setApplying] = useState(false);
  const [applyErrors, setApplyErrors] = useState<readonly string[]>([]);
  const summaryId = useId();
  const changed = (): boolean => JSON.stringify(draft) !== JSON.stringify(initial);
  const [confirming, setConfirming] = useEscapeGuard(changed);
  // ✕ and Cancel ask first, as Esc does, when there are changes to lose.
  const mayClose = (): boolean => {
    if (!changed()) return true;
    setConfirming(true);
    return false;
  };

  const parsed = useMemo(() => parseScenario(draft), [draft]);
  const errors = useMemo(() => errorsByPath(parsed.ok ? [] : parsed.errors), [parsed]);
  const previews = usePlatformPreviews(parsed.ok ? parsed.scenario : null);
  const shown = useMemo(
    () => new Set(['name', 'seed', ...HOST_PATHS, ...guestPaths(draft.guests.length), ...VIRTUAL_PLATFORMS.flatMap(platformPaths)]),
    [draft.guests.length],
  );
  const other = useMemo(() => unclaimedErrors(errors, shown), [errors, shown]);
  const count = parsed.ok ? 0 : parsed.errors.length;

  const apply = async (): Promise<void> => {
    if (!parsed.ok) return;
    setApplying(true);
    const store = getPlayground().getState();
    const ok = await store.loadScenario(parsed.scenario);
    setApplying(false);
    if (ok) onClose();
    else setApplyErrors(getPlayground().getState().scenarioErrors);
  };

  const footer = confirming ? (
    <>
      <p className="editor-summary field-warning" role="alert">
        Discard your changes to the scenario?
      </p>
      {/* Focus goes to the choice that loses nothing. */}
      <button type="button" className="button primary" autoFocus onClick={() => setConfirming(false)}>
        Keep editing
      </button>
      <button type="button" className="button" onClick={onClose}>
        Discard changes
      </button>
    </>
  ) : (
    <>
      <p id={summaryId} className={count > 0 ? 'editor-summary field-error' : 'editor-summary muted'} aria-live="polite">
        {count > 0 ? `${count} problem${count > 1 ? 's' : ''} to fix before applying.` : 'The scenario is valid. Apply restarts every platform at 0:00:00.'}
      </p>
      <button type="button" className="button" onClick={() => mayClose() && onClose()}>
        Cancel
      </button>
      <button type="button" className="button primary" disabled={!parsed.ok || applying} aria-describedby={summaryId} onClick={() => void apply()}>
        {applying ? 'Applying…' : 'Apply'}
      </button>
    </>
  );

  return (
    <Modal title="Edit scenario" onClose={onClose} mayClose={mayClose} className="editor-dialog" footer={footer}>
      {[...other, ...applyErrors].length > 0 ? (
        <ul className="banner banner-error" role="alert">
          {[...other, ...applyErrors].map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      <div className="editor-top">
        <Field label="Scenario name" path="name" errors={errorsAt(errors, 'name')}>
          {(c) => <input {...c} className="input" type="text" value={draft.name} maxLength={MAX_SCENARIO_NAME_CHARS} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
        </Field>
        <Field label="Seed" path="seed" errors={errorsAt(errors, 'seed')}>
          {(c) => <NumberInput control={c} value={draft.seed} min={0} onChange={(v) => setDraft({ ...draft, seed: v })} />}
        </Field>
      </div>
      <div className="editor-grid">
        <HostFields draft={draft} errors={errors} onChange={setDraft} />
        <GuestTable draft={draft} errors={errors} previews={previews} onEdit={setDraft} />
        <div className="platform-grid">
          {VIRTUAL_PLATFORMS.map((k) => (
            <PlatformFields key={k} kind={k} draft={draft} errors={errors} preview={previews?.[k] ?? null} onChange={setDraft} />
          ))}
        </div>
      </div>
    </Modal>
  );
}
