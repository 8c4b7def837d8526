/**
 * Opens a lab or a hand-in that arrived as text — a file a person chose, or the data of a
 * `#lab-data=` / `#lab-report=` link. A lab opens like a shipped one; a hand-in loads the
 * student's run from its share link, then shows their progress over it. What cannot be
 * read is listed in the lab panel, and the running playground stays as it was.
 */
import { encodeLabLink } from '../../../share/lab-data-link.ts';
import { decodeShareLink } from '../../../share/share-link.ts';
import { parseBoundedJson } from '../../../untrusted/bounded-json.ts';
import { getLabStore } from '../../store/lab-store.ts';
import { getPlayground } from '../../store/use-playground.ts';
import { readLabText } from './fetch-lab.ts';
import { isHandIn, readHandIn } from './lab-handin.ts';

/** Lists why a lab could not be opened, in the lab panel. */
export function labProblems(errors: readonly string[]): false {
  getLabStore().setState({ status: 'failed', id: null, lab: null, problems: errors });
  return false;
}
const fail = labProblems;

/** `where` names the source in messages ("my-lab.json", "the lab link"); `fromLink` keeps the address as it is. */
export async function openLabText(text: string, where: string, fromLink: boolean): Promise<boolean> {
  getLabStore().getState().closeLab();
  getLabStore().setState({ status: 'loading' });
  const peek = parseBoundedJson(text, 400_000);
  if (peek.ok && isHandIn(peek.value)) {
    const h = await readHandIn(text, where);
    if (!h.ok) return fail(h.errors);
    const run = decodeShareLink(h.value.runLink);
    if (!run.ok) return fail([`${where}: run: ${run.error}`]);
    if (!(await getPlayground().getState().loadSharedRun(run.run))) return fail(getPlayground().getState().scenarioErrors);
    getLabStore().getState().reviewLab(h.value.loaded.lab, h.value.progress);
    return true;
  }
  const r = await readLabText(text, where);
  if (!r.ok) return fail(r.errors);
  const opened = await getLabStore().getState().openGivenLab(r.value.lab, r.value.scenario);
  // The lab's own link in the address: a reload (or a copy of the address) opens it again.
  const link = encodeLabLink('lab-data', text, window.location.href);
  if (opened && !fromLink && link.ok) window.history.replaceState(window.history.state, '', link.link);
  return opened;
}
