/**
 * The part of Go's text/template that `docker inspect -f` is typed with: text around
 * `{{.Field.Field}}` actions, printed as Go prints a value (structs as `{a b}`), and
 * `{{json .Field}}`. Anything else is a parsing error, as an unknown function is in Go.
 */

type Lookup = { readonly value: unknown } | { readonly error: string };

function lookup(record: unknown, path: string): Lookup {
  let value = record;
  for (const field of path.split('.').slice(1)) {
    if (field === '') continue;
    if (typeof value !== 'object' || value === null || !(field in value)) return { error: `executing "" at <${path}>: can't evaluate field ${field}` };
    value = (value as Record<string, unknown>)[field];
  }
  return { value };
}

/** A value as Go's fmt prints it with %v: a struct's fields in order inside braces, a slice's in brackets. */
function goValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (typeof value === 'object' && value !== null) return `{${Object.values(value).map(goValue).join(' ')}}`;
  return typeof value === 'string' ? value : String(value);
}

export function inspectTemplate(format: string, record: unknown): { readonly text: string } | { readonly error: string } {
  let text = '';
  let rest = format;
  for (let open = rest.indexOf('{{'); open >= 0; open = rest.indexOf('{{')) {
    const close = rest.indexOf('}}', open);
    if (close < 0) return { error: 'template: :1: unclosed action' };
    text += rest.slice(0, open);
    const action = rest.slice(open + 2, close).trim();
    const m = /^(json\s+)?(\.[\w.]*)$/.exec(action);
    if (m === null) return { error: `template: :1: function "${action.split(/\s+/)[0] ?? ''}" not defined` };
    const found = lookup(record, m[2] ?? '.');
    if ('error' in found) return { error: `template: :1: ${found.error}` };
    text += m[1] === undefined ? goValue(found.value) : JSON.stringify(found.value);
    rest = rest.slice(close + 2);
  }
  return { text: text + rest };
}
