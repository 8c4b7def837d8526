/**
 * The end of a lab: what the student did — each step, how it passed, their answers — and
 * the run's share link, to hand in as a file or a link. The teacher opens either and sees
 * the same lab, progress and run. Shown once every step has passed.
 */
import { useEffect, useId, useState } from 'react';
import { fittingLink } from '../../../share/fitting-link.ts';
import { useLab } from '../../store/lab-store.ts';
import { getPlayground } from '../../store/use-playground.ts';
import { StepLinks } from './StepLinks.tsx';
import { handInText } from './lab-handin.ts';
import { downloadText, linkFor } from './lab-files.ts';

export function LabHandIn() {
  const lab = useLab((s) => s.lab);
  const passed = useLab((s) => s.passed);
  const answers = useLab((s) => s.answers);
  const notInThisRun = useLab((s) => s.notInThisRun);
  const [runLink, setRunLink] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const headingId = useId();

  // The run as it is now: the scenario, what was typed on every platform, and the instant.
  useEffect(() => {
    let live = true;
    const p = getPlayground().getState();
    void p.commandRecordings().then((commands) => {
      if (live) setRunLink(fittingLink({ scenario: p.scenario, commands, atNs: p.nowNs }, window.location.href).link);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!lab) return null;
  // A run started over since those steps passed: it would be handed in as the run they were done in.
  const text = runLink === null || notInThisRun.length > 0 ? null : handInText(lab, { passed, answers }, runLink);
  const made = text === null ? null : linkFor('lab-report', text);
  return (
    <section className="lab-handin" aria-labelledby={headingId}>
      <h3 id={headingId}>Hand in your work</h3>
      <ol className="lab-handin-steps">
        {lab.steps.map((s, i) => (
          <li key={i}>
            {passed[i] ? '✓' : '—'} {s.title}
            {answers[i] !== undefined ? <span className="muted"> — answered “{answers[i]}”</span> : null}
          </li>
        ))}
      </ol>
      {notInThisRun.length > 0 ? (
        <div className="banner lab-warning" role="note">
          <p>This run started from 0:00:00 after your work: a hand-in would carry it as the run you did the steps in. Verify again in this run:</p>
          <StepLinks lab={lab} steps={notInThisRun} />
        </div>
      ) : runLink ? (
        <p className="muted">
          The run: <a href={runLink}>share link</a>
        </p>
      ) : (
        <p className="muted">Gathering the run…</p>
      )}
      <div className="lab-handin-buttons">
        <button type="button" className="button" disabled={text === null} onClick={() => text !== null && downloadText(text, `${lab.id}-hand-in.json`)}>
          Save the hand-in file
        </button>
        <button type="button" className="button" disabled={!made?.ok} title={made && !made.ok ? made.error : undefined} onClick={() => made?.ok && setLink(made.link)}>
          Make a hand-in link
        </button>
      </div>
      {link !== null ? <CopyField label="Hand-in link" value={link} /> : null}
    </section>
  );
}

/** A link to copy: selected on focus, and a Copy button that falls back to selecting it. */
export function CopyField({ label, value }: { readonly label: string; readonly value: string }) {
  const id = useId();
  const [said, setSaid] = useState('');
  return (
    <div className="lab-copy">
      <label htmlFor={id}>{label}</label>
      <div className="lab-answer-row">
        <input id={id} className="input" readOnly value={value} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(value).then(
              () => setSaid('Copied.'),
              () => setSaid('Select the link and press Ctrl+C (⌘C) to copy it.'),
            )
          }
        >
          Copy
        </button>
      </div>
      <span role="status">{said}</span>
    </div>
  );
}
