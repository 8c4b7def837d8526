/** The `npm run cli` entry point: the command line bound to this process's arguments and streams. */
import { endQuietlyWhenTheReaderLeaves, processIo } from './cli-io.ts';
import { runCli } from './cli.ts';

endQuietlyWhenTheReaderLeaves(process.stdout);
endQuietlyWhenTheReaderLeaves(process.stderr);
process.exitCode = runCli(process.argv.slice(2), processIo);
