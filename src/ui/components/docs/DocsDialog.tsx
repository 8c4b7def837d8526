/** The documentation viewer: a list of the project's docs and the one chosen, rendered in the page. */
import { useEffect, useState } from 'react';
import { Modal } from '../layout/Modal.tsx';
import { DocMarkdown } from './DocMarkdown.tsx';
import { DOC_FILES } from './doc-files.ts';

export default function DocsDialog({ first, onClose }: { readonly first: string; readonly onClose: () => void }) {
  const [name, setName] = useState(first);
  const [loaded, setLoaded] = useState<{ readonly name: string; readonly text: string } | null>(null);
  const text = loaded?.name === name ? loaded.text : null;

  useEffect(() => {
    let live = true;
    const doc = DOC_FILES.find((d) => d.name === name);
    if (doc) void doc.load().then((t) => live && setLoaded({ name, text: t }));
    return () => {
      live = false;
    };
  }, [name]);

  return (
    <Modal title="Documentation" onClose={onClose} className="docs-dialog">
      <nav aria-label="Documents" className="docs-nav">
        {DOC_FILES.map((d) => (
          <button key={d.name} type="button" className="button small-button" aria-current={d.name === name ? 'page' : undefined} onClick={() => setName(d.name)}>
            {d.name}
          </button>
        ))}
      </nav>
      <article aria-label={name} className="docs-page">
        {text === null ? <p className="muted">Loading…</p> : <DocMarkdown text={text} onOpenDoc={setName} />}
      </article>
    </Modal>
  );
}
