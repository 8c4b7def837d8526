/**
 * How a typed answer is compared with the accepted ones: text ignoring case and spaces
 * ("Bare Metal" = "baremetal"), numbers within a tolerance ("14", "14.0", "14 %").
 */

/** Lower case, no white space. */
export function normaliseAnswer(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** The number a student typed, or null: a decimal point or comma, an optional trailing "%". */
export function numericAnswer(text: string): number | null {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}

export function textAnswerMatches(answer: string, accepted: readonly string[]): boolean {
  const a = normaliseAnswer(answer);
  return a.length > 0 && accepted.some((x) => normaliseAnswer(x) === a);
}
