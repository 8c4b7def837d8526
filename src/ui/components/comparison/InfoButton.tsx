/**
 * The ⓘ button next to a figure: a small popover (the browser's popover API: Esc and a
 * click outside close it, focus stays manageable) that explains the mechanism behind it.
 */
import { useId, useRef, type ToggleEvent } from 'react';
import { EXPLANATIONS, type MetricId } from './metric-explanations.ts';

/** A metric's fixed explanation, or one the engine computed (a title and its paragraphs). */
type InfoProps = { readonly metric: MetricId } | { readonly title: string; readonly text: readonly string[] };

export function InfoButton(props: InfoProps) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const { title, text } = 'metric' in props ? EXPLANATIONS[props.metric] : props;

  /** Places the popover under its button (above it if there is no room), inside the viewport. */
  const place = (pop: HTMLElement | null) => {
    if (!pop || !button.current) return;
    const r = button.current.getBoundingClientRect();
    const width = Math.min(340, window.innerWidth - 16);
    const left = Math.max(8, Math.min(r.left, window.innerWidth - width - 8));
    const below = r.bottom + 6;
    const height = pop.offsetHeight;
    const top = height > 0 && below + height > window.innerHeight - 8 ? Math.max(8, r.top - 6 - height) : below;
    pop.style.left = `${left}px`;
    pop.style.top = `${top}px`;
    pop.style.width = `${width}px`;
  };
  const popover = useRef<HTMLDivElement>(null);
  const onToggle = (e: ToggleEvent<HTMLDivElement>) => {
    if (e.newState === 'open') place(e.currentTarget);
  };

  return (
    <>
      <button ref={button} type="button" className="info-button"
        popoverTarget={id}
        onClick={() => place(popover.current)} aria-label={`How it works: ${title}`} title={`How it works: ${title}`}>
        <span className="info-glyph" aria-hidden="true">i</span>
      </button>
      <div ref={popover} id={id} popover="auto" className="info-popover" role="dialog" aria-label={title} onToggle={onToggle}>
        <p className="info-popover-title">{title}</p>
        {text.map((t) => (
          <p key={t}>{t}</p>
        ))}
      </div>
    </>
  );
}
