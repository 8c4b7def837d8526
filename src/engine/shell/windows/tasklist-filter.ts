/**
 * tasklist's /FI filters (Windows Server 2003): "NAME OPERATOR VALUE", case-insensitive,
 * string values matched whole or up to a final `*`. Names and the operators each takes are
 * those `tasklist /?` lists under "Filters"; a filter of any other shape is refused with
 * "ERROR: The search filter cannot be recognized." as tasklist.exe refuses it.
 */
import type { ProcessInfo } from '../../os/machine.ts';
import { imageName } from './windows-format.ts';
import { servicesOf } from './windows-services.ts';
import { windowsUserName } from './windows-users.ts';

export type TaskFilter = (p: ProcessInfo, hostname: string) => boolean;

type Operator = 'eq' | 'ne' | 'gt' | 'lt' | 'ge' | 'le';

const NUMERIC: Readonly<Record<string, (p: ProcessInfo) => number>> = {
  PID: (p) => p.pid,
  // Everything runs in session 0 here.
  SESSION: () => 0,
  MEMUSAGE: (p) => Math.floor(p.memKiB),
};

const TEXT: Readonly<Record<string, (p: ProcessInfo, hostname: string) => readonly string[]>> = {
  IMAGENAME: (p) => [imageName(p.command)],
  SESSIONNAME: () => ['Console'],
  STATUS: () => ['Running'],
  // A user name matches with or without its domain.
  USERNAME: (p, host) => [windowsUserName(p.user, host), p.user],
  SERVICES: (p) => servicesOf(p),
};

function textMatches(pattern: string, value: string): boolean {
  const p = pattern.toLowerCase();
  const v = value.toLowerCase();
  return p.endsWith('*') ? v.startsWith(p.slice(0, -1)) : v === p;
}

function compare(op: Operator, a: number, b: number): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a > b;
    case 'lt':
      return a < b;
    case 'ge':
      return a >= b;
    case 'le':
      return a <= b;
  }
}

/** The filter `text` describes, or null when tasklist would not recognise it. */
export function parseTaskFilter(text: string): TaskFilter | null {
  const m = /^\s*(\w+)\s+(eq|ne|gt|lt|ge|le)\s+(.+?)\s*$/i.exec(text);
  if (m === null) return null;
  const name = (m[1] ?? '').toUpperCase();
  const op = (m[2] ?? '').toLowerCase() as Operator;
  const value = m[3] ?? '';
  const numeric = NUMERIC[name];
  if (numeric !== undefined) {
    if (!/^\d+$/.test(value)) return null;
    const n = Number(value);
    return (p) => compare(op, numeric(p), n);
  }
  const strings = TEXT[name];
  if (strings === undefined || (op !== 'eq' && op !== 'ne')) return null;
  return (p, host) => strings(p, host).some((v) => textMatches(value, v)) === (op === 'eq');
}
