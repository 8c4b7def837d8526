/**
 * cd and pwd, the shell built-ins: cd changes the context's working directory (`cd` alone
 * goes home, `cd -` back to $OLDPWD); the message prefix is the shell's (bash on Linux,
 * the Bourne shell on Solaris).
 */
import type { Command, CommandContext } from '../command.ts';
import { done } from '../command.ts';
import { homeOf, resolvePath } from './paths.ts';
import { machineStat } from './rendered-files.ts';

export interface CdStyle {
  /** e.g. "bash: cd: /x: No such file or directory". */
  readonly missing: (arg: string) => string;
  readonly notDir: (arg: string) => string;
}

export const BASH_CD: CdStyle = {
  missing: (arg) => `bash: cd: ${arg}: No such file or directory\n`,
  notDir: (arg) => `bash: cd: ${arg}: Not a directory\n`,
};

function changeDir(ctx: CommandContext, args: readonly string[], style: CdStyle) {
  const arg = args[0];
  let target = arg === undefined || arg === '~' ? homeOf(ctx) : arg;
  let echo = false;
  if (arg === '-') {
    target = ctx.env.get('OLDPWD') ?? ctx.cwd;
    echo = true;
  }
  const path = resolvePath(ctx, target);
  const st = machineStat(ctx.machine, path);
  if (st === null) return done(style.missing(target), 1);
  if (st.kind !== 'dir') return done(style.notDir(target), 1);
  ctx.env.set('OLDPWD', ctx.cwd);
  ctx.env.set('PWD', path);
  ctx.cwd = path;
  return done(echo ? path + '\n' : '');
}

export function makeCd(style: CdStyle): Command {
  return { name: 'cd', summary: 'change the working directory', run: (ctx, args) => changeDir(ctx, args, style) };
}

export const CD: Command = makeCd(BASH_CD);

export const PWD: Command = {
  name: 'pwd',
  summary: 'print the working directory',
  run: (ctx) => done(ctx.cwd + '\n'),
};
