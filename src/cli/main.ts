/**
 * Entry point of the headless command line (bundled to dist/cli.mjs). The only place
 * that reads the clock and touches the process: everything else is in run.ts.
 */
import { localIsoDate } from '../core/shared/dates';
import { runCli } from './run';

// A closed pipe (`touchpoints ... | head -1`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: Error & { code?: string }) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  today: () => localIsoDate(new Date()),
  // `npm run cli` runs in the repository: npm passes the folder the user ran it in.
  cwd: process.env.INIT_CWD || process.cwd(),
  env: process.env,
});
