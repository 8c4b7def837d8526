/**
 * cmd.exe's date, time and whoami on Windows Server 2003 (US English locale), from the
 * virtual calendar. `date /t` and `time /t` print the date or time; without /t cmd.exe
 * prints it and asks for a new one, which here is answered as if Enter were pressed (the
 * clock is virtual time and cannot be set). whoami is the console's user, Administrator.
 */
import type { Command } from '../command.ts';
import { done } from '../command.ts';
import { civilTime, pad2, WEEKDAYS } from '../linux/virtual-calendar.ts';

export const WIN_DATE: Command = {
  name: 'date',
  summary: 'display the date (/T: without asking for a new one)',
  run(ctx, args) {
    const t = civilTime(ctx.machine.now(), ctx.machine.epochUnixS);
    const today = `${WEEKDAYS[t.weekday] ?? ''} ${pad2(t.month)}/${pad2(t.day)}/${t.year}`;
    if (args.some((a) => a.toLowerCase() === '/t')) return done(`${today} \n`);
    return done(`The current date is: ${today}\nEnter the new date: (mm-dd-yy) \n`);
  },
};

export const WIN_TIME: Command = {
  name: 'time',
  summary: 'display the time (/T: without asking for a new one)',
  run(ctx, args) {
    const ns = ctx.machine.now();
    const t = civilTime(ns, ctx.machine.epochUnixS);
    if (args.some((a) => a.toLowerCase() === '/t')) {
      const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
      return done(`${pad2(hour12)}:${pad2(t.minute)} ${t.hour < 12 ? 'AM' : 'PM'}\n`);
    }
    const hundredths = Math.floor(ns / 1e7) % 100;
    return done(`The current time is: ${String(t.hour).padStart(2)}:${pad2(t.minute)}:${pad2(t.second)}.${pad2(hundredths)}\nEnter the new time: \n`);
  },
};

export const WIN_WHOAMI: Command = {
  name: 'whoami',
  summary: 'display the user logged on to this console',
  run: (ctx) => done(`${ctx.machine.hostname.toLowerCase()}\\administrator\n`),
};
