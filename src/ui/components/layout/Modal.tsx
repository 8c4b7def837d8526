/**
 * A modal dialog on the browser's <dialog>: focus is kept inside while it is open, Esc
 * closes it, and focus returns to where it was. Mounted only while open.
 *
 * A `close` event is queued, not dispatched at once: under React's StrictMode the first
 * cleanup's close() fires its event after the second mount has opened the dialog again.
 * So a close event while the dialog is open is stale, and does not close it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** Buttons at the bottom. */
  readonly footer?: ReactNode;
  /** Asked when ✕ is pressed: false keeps the dialog open (the caller asks before losing work). */
  readonly mayClose?: () => boolean;
}

export function Modal({ title, onClose, children, className, footer, mayClose }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement;
    dialog.showModal();
    const closed = (): void => {
      if (!dialog.open) onCloseRef.current();
    };
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('close', closed);
      if (dialog.open) dialog.close();
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby="modal-title">
      <header className="modal-head">
        <h2 id="modal-title">{title}</h2>
        <button type="button" className="button icon-button" aria-label="Close" onClick={() => (mayClose?.() ?? true) && ref.current?.close()}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <div className="modal-body">{children}</div>
      {footer ? <footer className="modal-foot">{footer}</footer> : null}
    </dialog>
  );
}
