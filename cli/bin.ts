import { main } from './varsam';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`varsam: ${(e as Error).message}\n`); process.exitCode = 2; },
);
