/**
 * How Windows Server 2003 writes numbers and dates in the console: thousands separators,
 * "MM/DD/YYYY  hh:mm AM" (the US English locale), and process image names.
 */
import { civilTime, pad2 } from '../linux/virtual-calendar.ts';

/** 35123456 → "35,123,456". */
export function thousands(n: number): string {
  return Math.floor(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "01/05/2007  01:02 PM", as dir prints a file's time. */
export function dosDateTime(ns: number, epochUnixS: number): string {
  const t = civilTime(ns, epochUnixS);
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  return `${pad2(t.month)}/${pad2(t.day)}/${t.year}  ${pad2(hour12)}:${pad2(t.minute)} ${t.hour < 12 ? 'AM' : 'PM'}`;
}

/** The executable's file name in a command line ("C:\x\svchost.exe -k rpcss" → "svchost.exe"). */
export function imageName(command: string): string {
  const exe = /^(.*?\.(?:exe|com))(?:\s|$)/i.exec(command.trim())?.[1] ?? command.trim();
  return exe.slice(exe.lastIndexOf('\\') + 1);
}
