/** true and false: do nothing, successfully or not (for `&&` / `||`). */
import { done, type Command } from '../command.ts';

export const trueCommand: Command = { name: 'true', summary: 'do nothing, successfully', run: () => done('', 0) };
export const falseCommand: Command = { name: 'false', summary: 'do nothing, unsuccessfully', run: () => done('', 1) };
