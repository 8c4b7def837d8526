/** The note above a console whose typing met a guest with no shell or a paused clock (typing-note.ts). */
import { useEffect } from 'react';
import { usePlayground } from '../store/use-playground.ts';
import { noteText, type TypingSnag } from './typing-note.ts';

export interface TypingNoteProps {
  readonly snag: TypingSnag;
  readonly title: string;
  /** Dismissed, or it no longer applies: forgotten, so a later pause does not bring it back. */
  readonly onDone: () => void;
}

export function TypingNote({ snag, title, onDone }: TypingNoteProps) {
  const text = usePlayground((s) => noteText(snag, s));
  useEffect(() => {
    if (text === null) onDone();
  }, [text, onDone]);
  if (text === null) return null;
  return (
    <div className="banner terminal-note" role="status" aria-label={`About ${title}`}>
      <p>{text}</p>
      <button type="button" className="button" onClick={onDone}>
        Dismiss
      </button>
    </div>
  );
}
