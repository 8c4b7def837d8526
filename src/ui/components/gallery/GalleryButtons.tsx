/** The toolbar's ways into the gallery: "Gallery" (the scenarios, named after the one loaded) and "Labs" (with the lab editor behind it). */
import { lazy, Suspense, useState } from 'react';
import { usePlayground } from '../../store/use-playground.ts';
import type { GallerySection } from './GalleryDialog.tsx';

// The dialog, its indexes and the lab format load when first opened.
const GalleryDialog = lazy(() => import('./GalleryDialog.tsx').then((m) => ({ default: m.GalleryDialog })));
const LabEditor = lazy(() => import('../labs/editor/LabEditor.tsx'));

export function GalleryButtons() {
  const name = usePlayground((s) => s.scenario.name);
  const [open, setOpen] = useState<GallerySection | 'lab-editor' | null>(null);
  return (
    <>
      <button type="button" className="button gallery-button" aria-haspopup="dialog" title="Ready scenarios" onClick={() => setOpen('scenarios')}>
        Gallery<span className="muted">: {name}</span>
      </button>
      <button type="button" className="button" aria-haspopup="dialog" title="Classroom labs" onClick={() => setOpen('labs')}>
        Labs
      </button>
      {open === 'lab-editor' ? (
        <Suspense fallback={null}>
          <LabEditor onClose={() => setOpen(null)} />
        </Suspense>
      ) : open ? (
        <Suspense fallback={null}>
          <GalleryDialog section={open} onClose={() => setOpen(null)} onWriteLab={() => setOpen('lab-editor')} />
        </Suspense>
      ) : null}
    </>
  );
}
