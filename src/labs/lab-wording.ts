/**
 * How a check's outcome names what it saw. The evaluator decides whether a step passes; a
 * wording only says it in words. The default speaks the lab file's own terms (what the CLI
 * and a lab's author read); the page gives one with its labels and units (the console's tab
 * title, the card's "vs native" as a percentage), so a student reads what is on screen.
 */
export interface LabWording {
  /** A console, e.g. "manager on hosted" (the page: "host OS · hosted"). */
  console(platform: string, console: string): string;
  /** A guest on a platform, e.g. "win1 on hosted". */
  guest(platform: string, guest: string): string;
  /** A figure named by its metric path (the page: "web1's vs native on Hosted"). */
  figure(path: string): string;
  /** A figure's value in its unit (the page: 0.3917 as "39 %"). */
  value(path: string, value: number): string;
  /** A virtual instant, in seconds (the page: as its clock reads it, "0:00:35"). */
  time(seconds: number): string;
  /**
   * How to have the run measure a figure: the engine computes its figures as the virtual clock
   * moves, so a command typed while it is paused shows in the consoles at once but in no figure
   * until then (the page: its buttons, "press Run or Step 1 s").
   */
  readonly moveClock: string;
}

export const fileWording: LabWording = {
  console: (platform, console) => `${console} on ${platform}`,
  guest: (platform, guest) => `${guest} on ${platform}`,
  figure: (path) => path,
  value: (_path, v) => String(Number(v.toPrecision(4))),
  time: (seconds) => `${Number(seconds.toFixed(1))} s`,
  moveClock: 'let the virtual clock run',
};
