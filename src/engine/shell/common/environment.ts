/**
 * The shell's environment variables: `env` and `export` for POSIX shells (every variable
 * here is exported; there are no unexported shell variables), `set` for cmd.exe, whose
 * variable names ignore case and which lists them sorted.
 */
import { done, type Command, type CommandContext } from '../command.ts';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const envCommand: Command = {
  name: 'env',
  summary: 'print the environment',
  run(ctx) {
    return done([...ctx.env].map(([k, v]) => `${k}=${v}\n`).join(''));
  },
};

export const exportCommand: Command = {
  name: 'export',
  summary: 'set environment variables (export NAME=value)',
  run(ctx, args) {
    if (args.length === 0 || args[0] === '-p') {
      return done([...ctx.env].map(([k, v]) => `declare -x ${k}="${v}"\n`).join(''));
    }
    let out = '';
    for (const arg of args) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (!NAME.test(name)) {
        out += `export: \`${arg}': not a valid identifier\n`;
        continue;
      }
      if (eq >= 0) ctx.env.set(name, arg.slice(eq + 1));
      else if (!ctx.env.has(name)) ctx.env.set(name, '');
    }
    return done(out, out === '' ? 0 : 1);
  },
};

export const setCommand: Command = {
  name: 'set',
  summary: 'display, set or remove environment variables (set NAME=value)',
  run(ctx, args) {
    const text = args.join(' ');
    const eq = text.indexOf('=');
    if (eq < 0) return listVariables(ctx, text);
    const name = text.slice(0, eq);
    if (name === '') return done('The syntax of the command is incorrect.\n', 1);
    const existing = findIgnoringCase(ctx, name);
    if (existing !== undefined) ctx.env.delete(existing);
    const value = text.slice(eq + 1);
    // `set NAME=` removes the variable, as in cmd.exe.
    if (value !== '') ctx.env.set(existing ?? name, value);
    return done('');
  },
};

function listVariables(ctx: CommandContext, prefix: string): ReturnType<Command['run']> {
  const upper = prefix.toUpperCase();
  const matches = [...ctx.env]
    .filter(([k]) => k.toUpperCase().startsWith(upper))
    .sort(([a], [b]) => a.toUpperCase().localeCompare(b.toUpperCase()));
  if (matches.length === 0) return done(`Environment variable ${prefix} not defined\n`, 1);
  return done(matches.map(([k, v]) => `${k}=${v}\n`).join(''));
}

function findIgnoringCase(ctx: CommandContext, name: string): string | undefined {
  const upper = name.toUpperCase();
  return [...ctx.env.keys()].find((k) => k.toUpperCase() === upper);
}
