/**
 * The gallery: ready scenarios and classroom labs as cards (title, what it shows, Open).
 * The indexes and the chosen file are fetched from public/ only now, and validated;
 * a scenario that does not load leaves the running one as it was.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { LabIndexEntry } from '../../../labs/lab-index.ts';
import { getLabStore } from '../../store/lab-store.ts';
import { getPlayground } from '../../store/use-playground.ts';
import { Modal } from '../layout/Modal.tsx';
import { fetchLabIndex } from '../labs/fetch-lab.ts';
import { openLabFile } from '../labs/lab-files.ts';
import { showLabInAddress } from '../labs/lab-link.ts';
import { fetchGallery, fetchPreset, type GalleryEntry, type Loaded } from './gallery-index.ts';
import './gallery.css';

export type GallerySection = 'scenarios' | 'labs';

export interface GalleryDialogProps {
  readonly section: GallerySection;
  readonly onClose: () => void;
  /** Opens the lab editor (the gallery closes). */
  readonly onWriteLab: () => void;
}

export function GalleryDialog({ section, onClose, onWriteLab }: GalleryDialogProps) {
  const [presets, setPresets] = useState<Loaded<readonly GalleryEntry[]> | null>(null);
  const [labs, setLabs] = useState<Loaded<readonly LabIndexEntry[]> | null>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const labsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void fetchGallery().then((r) => live && setPresets(r));
    void fetchLabIndex().then((r) => live && setLabs(r));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (section === 'labs' && labs?.ok) labsHeading.current?.scrollIntoView({ block: 'start' });
  }, [section, labs]);

  const openPreset = async (name: string): Promise<void> => {
    setBusy(name);
    const r = await fetchPreset(name);
    const loaded = r.ok && (await getPlayground().getState().loadScenario(r.value));
    setBusy(null);
    if (!r.ok) return setProblems(r.errors);
    if (loaded) {
      getLabStore().getState().closeLab();
      showLabInAddress(null);
      onClose();
    }
  };

  const openLab = (id: string): void => {
    showLabInAddress(id);
    void getLabStore().getState().openLab(id);
    onClose();
  };

  return (
    <Modal title="Gallery" onClose={onClose} className="gallery-dialog">
      {problems.length > 0 ? (
        <ul className="banner banner-error" role="alert" aria-label="The scenario was not loaded">
          {problems.slice(0, 6).map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="gallery-scenarios">
        <h3 id="gallery-scenarios" className="gallery-heading">
          Scenarios
        </h3>
        <CardList loaded={presets} what="scenarios">
          {(presets?.ok ? presets.value : []).map((p) => (
            <Card key={p.name} title={p.title} text={p.description} tags={p.tags} action="Open" busy={busy === p.name} onAction={() => void openPreset(p.name)} />
          ))}
        </CardList>
      </section>
      <section aria-labelledby="gallery-labs">
        <h3 id="gallery-labs" ref={labsHeading} className="gallery-heading">
          Classroom labs
        </h3>
        <div className="gallery-lab-actions">
          <label className="button">
            Open a lab file…
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                onClose();
                void openLabFile(file);
              }}
            />
          </label>
          <button type="button" className="button" onClick={onWriteLab}>
            Write a lab…
          </button>
        </div>
        <CardList loaded={labs} what="labs">
          {(labs?.ok ? labs.value : []).map((l) => (
            <Card key={l.id} title={l.title} text={l.summary} tags={['lab']} action="Start lab" busy={false} onAction={() => openLab(l.id)} />
          ))}
        </CardList>
      </section>
    </Modal>
  );
}

function CardList({ loaded, what, children }: { readonly loaded: Loaded<unknown> | null; readonly what: string; readonly children: ReactNode }) {
  if (loaded === null) return <p className="muted">Loading the {what}…</p>;
  if (!loaded.ok)
    return (
      <p className="banner banner-error" role="alert">
        The {what} could not be listed: {loaded.errors.join('; ')}
      </p>
    );
  return <ul className="gallery-cards">{children}</ul>;
}

interface CardProps {
  readonly title: string;
  readonly text: string;
  readonly tags: readonly string[];
  readonly action: string;
  readonly busy: boolean;
  readonly onAction: () => void;
}

function Card({ title, text, tags, action, busy, onAction }: CardProps) {
  return (
    <li className="gallery-card">
      <article aria-label={title}>
        <h4>{title}</h4>
        <p>{text}</p>
        <ul className="gallery-tags" aria-label="Tags">
          {tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
        <button type="button" className="button primary" aria-label={`${action}: ${title}`} disabled={busy} onClick={onAction}>
          {busy ? 'Opening…' : action}
        </button>
      </article>
    </li>
  );
}
