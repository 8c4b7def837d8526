/**
 * How a typed answer is compared with the accepted ones: text by its words, ignoring case,
 * punctuation, spaces, articles and possessives ("the host's kernel" = "Host kernel",
 * "bare-metal" = "Bare Metal"), with or without a parenthesised part ("VMM (monitor)", as
 * the page names the layer, = "vmm"); numbers within a tolerance ("14", "14.0", "14 %", "1,472 MiB").
 */

/** Words that change nothing in an answer: articles and possessive determiners ("its free memory" = "free memory"). */
const FILLER = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my']);

/** The answer's words: lower case, no possessive 's, no filler word, no punctuation. */
function answerWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !FILLER.has(w));
}

/** The answer's words run together: lower case, no possessive 's, no filler word, no punctuation or space. */
export function normaliseAnswer(text: string): string {
  return answerWords(text).join('');
}

/** The ways an answer reads: without its parenthesised parts, and with their words kept. */
function readings(text: string): string[] {
  return [normaliseAnswer(text.replace(/\([^()]*\)/g, ' ')), normaliseAnswer(text)].filter((r) => r !== '');
}

/** A number as the page writes it, thousands grouped by commas ("3,584", "1,234.5"): the first group has no leading zero. */
const GROUPED = /^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/;
/** A plain number, with a decimal point or a decimal comma ("11.2", "3,5", "0,125"), or in e-notation. */
const PLAIN = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)(e[-+]?\d+)?$/i;
/** A unit after the number: letters (MiB, ms, µs), "%" or a rate ("MB/s"). */
const TRAILING_UNIT = /^(.*[\d.])\s*([\p{L}µ%][\p{L}µ%/]*)$/u;

export type NumericAnswer = { readonly value: number } | { readonly problem: string };

/**
 * The number a student typed, or why it is not one. Thousands are grouped by commas as the
 * page writes them ("1,472" is 1472); a single comma that cannot be such a group is a decimal
 * comma ("3,5"). A unit may follow if the question names it ("1472 MiB" for "How many MiB …"),
 * and "%" always. Digits that read two ways ("1.234,5", "1,23,456") are refused, saying how to
 * write them, rather than guessed.
 */
export function numericAnswer(text: string, question: string): NumericAnswer {
  let t = text.trim();
  const unit = TRAILING_UNIT.exec(t);
  if (unit) {
    const [, digits = '', name = ''] = unit;
    if (name !== '%' && !namesUnit(question, name)) return { problem: `the answer is a number; "${name}" is not the unit the question asks in` };
    t = digits.trim();
  }
  if (GROUPED.test(t)) return finite(t.replaceAll(',', ''));
  if (PLAIN.test(t)) return finite(t.replace(',', '.'));
  if (/^[-+]?[\d.,]+$/.test(t) && /\d/.test(t)) return { problem: `"${t}" reads more than one way: write it as the page does, with commas between thousands and a decimal point (1,234.5)` };
  return { problem: 'the answer is a number' };
}

function finite(t: string): NumericAnswer {
  const v = Number(t);
  return Number.isFinite(v) ? { value: v } : { problem: 'the answer is a number' };
}

/** Whether the question names `unit` as a word of its own ("MiB" in "How many MiB …", "ms" in "(`svctm`, ms)"). */
function namesUnit(question: string, unit: string): boolean {
  return question
    .toLowerCase()
    .split(/[^\p{L}µ/]+/u)
    .includes(unit.toLowerCase());
}

export function textAnswerMatches(answer: string, accepted: readonly string[]): boolean {
  const given = readings(answer);
  const right = new Set(accepted.flatMap(readings));
  return given.some((r) => right.has(r));
}

/**
 * Whether a wrong answer is the start of a right one ("containers" of "containers without a
 * memory limit"): the student is on the way and is told to say more, not only that it is wrong.
 */
export function answerIsStartOf(answer: string, accepted: readonly string[]): boolean {
  const given = answerWords(answer);
  if (given.length === 0) return false;
  return accepted.some((a) => {
    const right = answerWords(a.replace(/\([^()]*\)/g, ' '));
    return right.length > given.length && given.every((w, i) => w === right[i]);
  });
}
