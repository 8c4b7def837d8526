/** Help: the version, the documentation, the keyboard shortcuts listed from the command registry, and a terminal's own keys. */
import { version } from '../../../../package.json';
import { helpEntries } from '../commands/commands.ts';
import { DOC_FILES } from '../docs/doc-files.ts';
import { TERMINAL_KEYS_HELP } from '../../terminal/terminal-keys.ts';
import { Modal } from './Modal.tsx';

export interface HelpDialogProps {
  readonly onClose: () => void;
  /** Opens the documentation viewer at one of docs/*.md. */
  readonly onOpenDoc: (name: string) => void;
  /** Starts the first-visit tour again. */
  readonly onTour: () => void;
}

export function HelpDialog({ onClose, onOpenDoc, onTour }: HelpDialogProps) {
  return (
    <Modal title="Help" onClose={onClose} className="help-dialog">
      <p>
        VirtScope <span aria-label="version">{version}</span>
      </p>
      <p>
        <button type="button" className="button" onClick={onTour}>
          Take the tour
        </button>
      </p>
      <h3>Documentation</h3>
      <ul className="doc-list">
        {DOC_FILES.map((d) => (
          <li key={d.name}>
            <button type="button" className="link-button" onClick={() => onOpenDoc(d.name)}>
              {d.name}
            </button>
          </li>
        ))}
      </ul>
      <h3>Keyboard shortcuts</h3>
      <KeyTable rows={helpEntries().map((h) => ({ keys: h.keys, does: h.labels }))} />
      <p className="muted">Shortcuts work when the focus is not in a text field or a terminal. Tab moves between controls.</p>
      <h3>In a terminal</h3>
      <KeyTable rows={TERMINAL_KEYS_HELP} />
      <p className="muted">Tab completes in the shell. On a Mac, ⌘ does what Ctrl does here.</p>
    </Modal>
  );
}

function KeyTable({ rows }: { readonly rows: readonly { readonly keys: string; readonly does: string }[] }) {
  return (
    <table className="figures shortcuts">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((h) => (
          <tr key={h.keys}>
            <td>
              <kbd>{h.keys}</kbd>
            </td>
            <td>{h.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
