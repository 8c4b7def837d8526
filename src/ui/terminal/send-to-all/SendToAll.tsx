/**
 * "Send to all": in the grid (one guest's console on every platform), one line typed here
 * goes to all of them at once, and underneath, each platform's output of it is shown with
 * the lines that native did not print marked — where the architectures answer differently.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { getPlayground, usePlayground } from '../../store/use-playground.ts';
import type { ConsoleRef, PlaygroundState } from '../../store/playground-state.ts';
import type { TerminalPool } from '../terminal-pool.ts';
import { commandOutput, compareOutput, type CommandOutput } from './command-output.ts';
import './send-to-all.css';

/** Bytes kept per console for one command: a screenful many times over; a monitor like top would never end. */
const MAX_BYTES = 64 * 1024;

interface Sent {
  readonly command: string;
  /** The line each console showed when the command was typed: its prompt, which ends the output when it comes back. */
  readonly prompts: Readonly<Record<string, string>>;
  readonly bytes: Readonly<Record<string, string>>;
}

export interface SendToAllProps {
  /** The grid's consoles: one guest on every platform. */
  readonly consoles: readonly ConsoleRef[];
  readonly pool: TerminalPool;
}

/** Why `c`'s guest has no shell to type into (refused, crashed, stopped), or '' when it has (or for a management console). */
function guestDown(s: PlaygroundState, c: ConsoleRef): string {
  if (c.target === 'manager') return '';
  const state = s.platforms[c.platform].snapshot?.result.guests.find((g) => g.name === c.target)?.state;
  return state === 'refused' || state === 'crashed' || state === 'stopped' ? state : '';
}

export function SendToAll({ consoles, pool }: SendToAllProps) {
  // One string, so the selector's result compares equal while nothing changed.
  const down = usePlayground((s) => consoles.map((c) => guestDown(s, c)).join('|')).split('|');
  const [text, setText] = useState('');
  const [sent, setSent] = useState<Sent | null>(null);
  const stop = useRef<(() => void) | null>(null);
  const inputId = useId();
  useEffect(() => () => stop.current?.(), []);

  const outputs = useMemo(() => consoles.map((c) => ({ c, out: sent ? commandOutput(sent.bytes[c.key] ?? '', sent.command, sent.prompts[c.key] ?? '') : null })), [consoles, sent]);
  // A guest that is down will not answer: its console is not waited for.
  const finished = sent !== null && outputs.every((o, i) => o.out?.done === true || down[i] !== '');
  // Every console has its prompt back: nothing more to hear.
  useEffect(() => {
    if (finished) stop.current?.();
  }, [finished]);

  const send = (e: FormEvent): void => {
    e.preventDefault();
    const command = text.trim();
    if (command === '') return;
    stop.current?.();
    const bytes: Record<string, string> = Object.fromEntries(consoles.map((c) => [c.key, '']));
    const prompts = Object.fromEntries(consoles.map((c) => [c.key, pool.text(c.key).trimEnd().split('\n').at(-1) ?? '']));
    const store = getPlayground().getState();
    const offs = consoles.map((c) =>
      store.onConsoleOutput(c.key, (data) => {
        if ((bytes[c.key] ?? '').length > MAX_BYTES) return;
        bytes[c.key] = (bytes[c.key] ?? '') + data;
        setSent({ command, prompts, bytes: { ...bytes } });
      }),
    );
    stop.current = () => {
      offs.forEach((off) => off());
      stop.current = null;
    };
    setSent({ command, prompts, bytes });
    for (const c of consoles) store.writeConsole(c.key, `${command}\r`);
    setText('');
  };

  const reference = outputs.find((o) => o.c.platform === 'native') ?? outputs[0];
  return (
    <div className="send-to-all">
      <form className="send-to-all-form" onSubmit={send}>
        <label htmlFor={inputId}>Send to all {consoles.length}</label>
        <input id={inputId} className="input" type="text" value={text} autoComplete="off" spellCheck={false} placeholder="a command, e.g. uname -a" onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button small-button" disabled={text.trim() === ''}>
          Send
        </button>
      </form>
      {sent && reference ? (
        <section className="send-to-all-outputs" aria-label="Outputs compared">
          {outputs.map(({ c, out }, i) => (
            <Output key={c.key} title={c.title} isReference={c === reference.c} referenceTitle={reference.c.title} out={out} reference={reference.out} down={down[i] ?? ''} />
          ))}
        </section>
      ) : null}
    </div>
  );
}

interface OutputProps {
  readonly title: string;
  readonly isReference: boolean;
  readonly referenceTitle: string;
  readonly out: CommandOutput | null;
  readonly reference: CommandOutput | null;
  /** The guest's state when it has no shell (refused, crashed, stopped), else ''. */
  readonly down: string;
}

function Output({ title, isReference, referenceTitle, out, reference, down }: OutputProps) {
  const compared = out && reference && !isReference ? compareOutput(out.lines, reference.lines) : null;
  const verdict =
    down !== '' && !out?.done
      ? `${down}: no shell to answer`
      : !out?.done || !reference?.done
        ? 'running…'
        : isReference
          ? 'the reference'
          : compared?.same
            ? `same as ${referenceTitle}`
            : `differs from ${referenceTitle}`;
  return (
    <article className="send-to-all-output" aria-label={title} data-differs={compared !== null && !compared.same && out?.done === true}>
      <h4>
        {title} <span className="muted">— {verdict}</span>
      </h4>
      <pre>
        {(compared?.lines ?? out?.lines.map((text) => ({ text, differs: false })) ?? []).map((l, i) =>
          l.differs ? (
            <mark key={i} className="send-to-all-differs">
              {l.text}
              {'\n'}
            </mark>
          ) : (
            <span key={i}>
              {l.text}
              {'\n'}
            </span>
          ),
        )}
      </pre>
      {compared && compared.missing > 0 && out?.done ? <p className="muted">{compared.missing} of {referenceTitle}'s lines not printed here</p> : null}
    </article>
  );
}
