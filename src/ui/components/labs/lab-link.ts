/**
 * A lab's own link: `#lab=<id>` in the address opens the page straight into that shipped
 * lab; `#lab-data=<data>` carries a whole lab (a teacher's own) and `#lab-report=<data>` a
 * student's hand-in (share/lab-data-link.ts, loaded on demand). These fragments are this
 * module's; share links (`#v2.…`) are not.
 */
import { isLabId } from '../../../labs/lab-index.ts';
import { getLabStore } from '../../store/lab-store.ts';

const PREFIX = '#lab=';

/** The lab a fragment names, null when it is not a lab link; a malformed id is reported as such. */
export function labIdFromFragment(fragment: string): { id: string } | { error: string } | null {
  if (!fragment.startsWith(PREFIX)) return null;
  let id = '';
  try {
    id = decodeURIComponent(fragment.slice(PREFIX.length)).trim();
  } catch {
    // A broken %-escape: reported below like any malformed id.
  }
  return isLabId(id) ? { id } : { error: 'the lab link is malformed: a lab id is lower-case letters, digits and "-"' };
}

/** Whether a fragment is any of the lab links (so not a share link). */
export function isLabFragment(fragment: string): boolean {
  return fragment.startsWith(PREFIX) || /^#lab-(data|report)=/.test(fragment);
}

export function labFragment(id: string): string {
  return `${PREFIX}${id}`;
}

/** Puts the open lab's link in the address bar without reloading, so it can be copied (or clears it). */
export function showLabInAddress(id: string | null, win: Window = window): void {
  const { pathname, search, hash } = win.location;
  if (id === null && !isLabFragment(hash)) return;
  win.history.replaceState(win.history.state, '', `${pathname}${search}${id === null ? '' : labFragment(id)}`);
}

/** Opens the lab the address names, now and whenever the fragment changes; returns the unsubscribe. */
export function startLabLinks(win: Window = window): () => void {
  const open = (): void => {
    if (/^#lab-(data|report)=/.test(win.location.hash)) return void openCarried(win.location.hash);
    const link = labIdFromFragment(win.location.hash);
    if (link === null) return;
    const labs = getLabStore().getState();
    if ('error' in link) getLabStore().setState({ status: 'failed', id: null, problems: [link.error] });
    else if (labs.id !== link.id || labs.status !== 'open') void labs.openLab(link.id);
  };
  open();
  win.addEventListener('hashchange', open);
  return () => win.removeEventListener('hashchange', open);
}

/** A lab or hand-in carried in the link itself: decoded, then read like a file. */
async function openCarried(fragment: string): Promise<void> {
  const [{ decodeLabLink, labLinkOf }, { labProblems, openLabText }] = await Promise.all([import('../../../share/lab-data-link.ts'), import('./open-lab-text.ts')]);
  const link = labLinkOf(fragment);
  if (!link) return;
  const where = link.kind === 'lab-report' ? 'the hand-in link' : 'the lab link';
  const text = decodeLabLink(link.data);
  if (!text.ok) labProblems([`${where}: ${text.error}`]);
  else await openLabText(text.text, where, true);
}
