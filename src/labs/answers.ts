/**
 * How a typed answer is compared with the accepted ones: text by its words, ignoring case,
 * punctuation, spaces, articles and possessives ("the host's kernel" = "Host kernel",
 * "bare-metal" = "Bare Metal"), with or without a parenthesised part ("VMM (monitor)", as
 * the page names the layer, = "vmm"); numbers within a tolerance ("14", "14.0", "14 %").
 */

/** Words that change nothing in an answer: articles and possessive determiners ("its free memory" = "free memory"). */
const FILLER = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);

/** The answer's words run together: lower case, no possessive 's, no filler word, no punctuation or space. */
export function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !FILLER.has(w))
    .join('');
}

/** The ways an answer reads: without its parenthesised parts, and with their words kept. */
function readings(text: string): string[] {
  return [normaliseAnswer(text.replace(/\([^()]*\)/g, ' ')), normaliseAnswer(text)].filter((r) => r !== '');
}

/** The number a student typed, or null: a decimal point or comma, an optional trailing "%". */
export function numericAnswer(text: string): number | null {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

export function textAnswerMatches(answer: string, accepted: readonly string[]): boolean {
  const given = readings(answer);
  const right = new Set(accepted.flatMap(readings));
  return given.some((r) => right.has(r));
}
