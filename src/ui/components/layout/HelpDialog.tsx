/** Help: the version, the documentation, and the keyboard shortcuts listed from the command registry. */
import { version } from '../../../../package.json';
import { helpEntries } from '../commands/commands.ts';
import { DOC_FILES } from '../docs/doc-files.ts';
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
      <table className="figures shortcuts">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {helpEntries().map((h) => (
            <tr key={h.keys}>
              <td>
                <kbd>{h.keys}</kbd>
              </td>
              <td>{h.labels}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts work when the focus is not in a text field or a terminal. Tab moves between controls.</p>
    </Modal>
  );
}
