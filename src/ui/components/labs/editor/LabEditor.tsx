/**
 * The lab editor: a teacher writes a lab in the page — the lab's name and scenario, then
 * steps in Markdown with a live preview, each with a check picked from the format's kinds
 * — and sees the mistakes `labs check` would list, as they type. The lab goes out as a
 * file or a link, or straight into the lab panel to walk it. The draft is kept per browser.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Scenario } from '../../../../engine/index.ts';
import { parseLab } from '../../../../labs/parse-lab.ts';
import { Modal } from '../../layout/Modal.tsx';
import { fetchGallery, fetchPreset } from '../../gallery/gallery-index.ts';
import { LabMarkdown } from '../LabMarkdown.tsx';
import { CopyField } from '../LabHandIn.tsx';
import { downloadText, linkFor } from '../lab-files.ts';
import { openLabText } from '../open-lab-text.ts';
import { CheckFields } from './CheckFields.tsx';
import { emptyStep, labValueOf, loadDraft, saveDraft, type Draft, type DraftStep } from './lab-draft.ts';
import { Choice, TextArea, TextField } from './LabFields.tsx';

export default function LabEditor({ onClose }: { readonly onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const [fetched, setFetched] = useState<{ name: string; scenario: Scenario | null } | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const [presets, setPresets] = useState<readonly string[]>([]);
  useEffect(() => saveDraft(draft), [draft]);
  useEffect(() => {
    let live = true;
    void fetchGallery().then((r) => live && r.ok && setPresets(r.value.map((p) => p.name)));
    return () => {
      live = false;
    };
  }, []);
  // The preset the lab names, so the checks are checked against its guests as `labs check` does.
  useEffect(() => {
    let live = true;
    const name = draft.scenario;
    void fetchPreset(name).then((r) => live && setFetched({ name, scenario: r.ok ? r.value : null }));
    return () => {
      live = false;
    };
  }, [draft.scenario]);

  const text = useMemo(() => JSON.stringify(labValueOf(draft), null, 2), [draft]);
  const mistakes = useMemo(() => {
    // Until the preset has been fetched, its name is not checked (an unknown one is a mistake once it has).
    const known = fetched?.name === draft.scenario;
    const r = parseLab(labValueOf(draft), known ? (name) => (name === fetched.name ? (fetched.scenario ?? undefined) : undefined) : undefined);
    return r.ok ? [] : r.errors;
  }, [draft, fetched]);
  const edit = (patch: Partial<Draft>): void => {
    setLink(null);
    setDraft({ ...draft, ...patch });
  };
  const editStep = (i: number, step: DraftStep | null): void => edit({ steps: draft.steps.flatMap((s, j) => (j !== i ? [s] : step ? [step] : [])) });
  const ready = mistakes.length === 0;
  const made = ready ? linkFor('lab-data', text) : null;

  return (
    <Modal
      title="Write a lab"
      onClose={onClose}
      className="lab-editor-dialog"
      footer={
        <>
          <button type="button" className="button" disabled={!ready} onClick={() => downloadText(text, `${draft.id}.json`)}>
            Save as a file
          </button>
          <button type="button" className="button" disabled={!made?.ok} title={made && !made.ok ? made.error : undefined} onClick={() => made?.ok && setLink(made.link)}>
            Make a link
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!ready}
            onClick={() => {
              onClose();
              void openLabText(text, 'the lab editor', false);
            }}
          >
            Open in the lab panel
          </button>
        </>
      }
    >
      <div className="lab-editor-top">
        <TextField label="Lab id (for its file and link)" value={draft.id} onChange={(id) => edit({ id })} />
        <TextField label="Title" value={draft.title} onChange={(title) => edit({ title })} />
        <Choice label="Scenario (a preset)" value={draft.scenario} options={presets.includes(draft.scenario) ? presets : [draft.scenario, ...presets]} onChange={(scenario) => edit({ scenario })} />
        <TextArea label="Summary" rows={2} value={draft.summary} onChange={(summary) => edit({ summary })} />
      </div>
      <ol className="lab-editor-steps">
        {draft.steps.map((s, i) => (
          <li key={i} aria-label={`Step ${i + 1}`}>
            <StepEditor index={i} step={s} onChange={(next) => editStep(i, next)} />
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={draft.steps.length >= 30} onClick={() => edit({ steps: [...draft.steps, emptyStep()] })}>
        Add a step
      </button>
      <section aria-label="Mistakes" className={ready ? 'lab-editor-ok' : 'banner banner-error'}>
        {ready ? (
          <p>No mistakes: the lab is ready to hand out.</p>
        ) : (
          <ul>
            {mistakes.slice(0, 30).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
      </section>
      {link !== null ? <CopyField label="The lab's link" value={link} /> : null}
    </Modal>
  );
}

function StepEditor({ index, step, onChange }: { readonly index: number; readonly step: DraftStep; readonly onChange: (step: DraftStep | null) => void }) {
  return (
    <fieldset className="lab-editor-step">
      <legend>Step {index + 1}</legend>
      <TextField label="Step title" value={step.title} onChange={(title) => onChange({ ...step, title })} />
      <div className="lab-editor-markdown">
        <TextArea label="Instructions (Markdown)" rows={6} value={step.instructions} onChange={(instructions) => onChange({ ...step, instructions })} />
        <div className="lab-editor-preview" aria-label={`Preview of step ${index + 1}`} role="region">
          <LabMarkdown text={step.instructions} />
        </div>
      </div>
      <TextArea label="Hints (one per line)" rows={2} value={step.hints} onChange={(hints) => onChange({ ...step, hints })} />
      <CheckFields step={step} onChange={onChange} />
      <button type="button" className="button" onClick={() => onChange(null)}>
        Remove step {index + 1}
      </button>
    </fieldset>
  );
}
