/** The keyboard shortcuts, listed from the command registry. */
import { helpEntries } from '../commands/commands.ts';
import { Modal } from './Modal.tsx';

export function HelpDialog({ onClose }: { readonly onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} className="help-dialog">
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
