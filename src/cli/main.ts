/** The `npm run cli` entry point: the command line bound to this process's arguments and streams. */
import { processIo } from './cli-io.ts';
import { runCli } from './cli.ts';

process.exitCode = runCli(process.argv.slice(2), processIo);
