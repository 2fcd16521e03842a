// Bundles the `varsam` command line (cli/bin.ts) into one ESM file for Node (dist/cli/varsam.mjs,
// or the path given as the first argument).
// Bundled ESM has no `require`; libraries that load Node built-ins with it (exifr's fs/zlib)
// get a real one from createRequire, instead of printing "Couldn't load fs" on every run.
import { build } from 'esbuild';

await build({
  entryPoints: ['cli/bin.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { 'iconv-lite': './files/mail/iconv-lite-stub.ts' },
  // OCR (--ocr) loads tesseract.js and its worker from node_modules at run time.
  external: ['tesseract.js'],
  outfile: process.argv[2] ?? 'dist/cli/varsam.mjs',
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __varsamCreateRequire } from 'node:module';\nconst require = __varsamCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
