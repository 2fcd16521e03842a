import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { managedSchema, chromeSchemaProblems } from './policy/managed-schema';
import { OCR_LANGUAGES } from './files/ocr/languages';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/**
 * Files the offscreen document loads at run time, copied from their npm packages (never
 * downloaded): pdf.js's worker, character maps and standard fonts, the tfjs WASM backend, the
 * face detector's weights, tesseract.js's worker, core and language data. Extension pages only: no web_accessible_resources.
 */
function runtimeAssets(): { absoluteSrc: string; relativeDest: string }[] {
  const pdf = pkgDir('pdfjs-dist');
  const tf = join(pkgDir('@tensorflow/tfjs-backend-wasm'), 'dist');
  const faces = join(pkgDir('@vladmandic/face-api'), 'model');
  const tess = join(pkgDir('tesseract.js'), 'dist');
  const core = pkgDir('tesseract.js-core');
  return [
    { absoluteSrc: join(pdf, 'build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' },
    ...readdirSync(join(pdf, 'cmaps')).map((f) => ({ absoluteSrc: join(pdf, 'cmaps', f), relativeDest: `pdfjs/cmaps/${f}` })),
    ...readdirSync(join(pdf, 'standard_fonts')).map((f) => ({ absoluteSrc: join(pdf, 'standard_fonts', f), relativeDest: `pdfjs/standard_fonts/${f}` })),
    ...['tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm'].map((f) => ({ absoluteSrc: join(tf, f), relativeDest: `tfwasm/${f}` })),
    ...['tiny_face_detector_model-weights_manifest.json', 'tiny_face_detector_model.bin'].map((f) => ({ absoluteSrc: join(faces, f), relativeDest: `models/${f}` })),
    // OCR (policy photos.ocr): tesseract.js's worker, the SIMD LSTM core (loader + .wasm), nor/swe/dan data.
    { absoluteSrc: join(tess, 'worker.min.js'), relativeDest: 'tess/worker.min.js' },
    ...['tesseract-core-simd-lstm.js', 'tesseract-core-simd-lstm.wasm'].map((f) => ({ absoluteSrc: join(core, f), relativeDest: `tess/${f}` })),
    ...OCR_LANGUAGES.map((l) => ({ absoluteSrc: join(pkgDir(`@tesseract.js-data/${l}`), '4.0.0_best_int', `${l}.traineddata.gz`), relativeDest: `tess/lang/${l}.traineddata.gz` })),
  ];
}

/** Public key that fixes the extension ID in dev/test builds only (see keys/README.md). */
const DEV_KEY = readFileSync('keys/dev-pub.b64', 'utf8').trim();
export const GECKO_ID = 'varsam@varsam.eu';

/** Breach report (reporting/): the context-menu item, reminders, notifications and its keyboard command. */
const REPORT_PERMISSIONS = ['contextMenus', 'alarms', 'notifications'];
/** Ctrl+Shift+Y is free in Chrome and Edge; Firefox uses it for its Library, so Alt+Shift+R there. */
const reportCommands = (browser: string) => ({
  'open-report': {
    suggested_key: browser === 'firefox' ? { default: 'Alt+Shift+R' } : { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
    description: '__MSG_reportCommand__',
  },
});

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  modules: [],
  // msgreader (Outlook .msg, offscreen document only) loads iconv-lite, which needs Node's Buffer:
  // the extension gets a TextDecoder stand-in (files/mail/iconv-lite-stub.ts), as the bundled CLI does.
  vite: () => ({ plugins: [preact()], resolve: { alias: { 'iconv-lite': join(import.meta.dirname, 'files/mail/iconv-lite-stub.ts') } } }),
  zip: { name: 'varsam' },
  suppressWarnings: { firefoxDataCollection: true },
  hooks: {
    // The detectors ship as a separate module the content script imports when the user starts
    // doing something that could publish (guard/scanner.ts): pages pay for them only then.
    'build:publicAssets': async (wxt, files) => {
      const { build } = await import('esbuild');
      const result = await build({
        entryPoints: ['guard/scanner-module.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
        write: false, minify: wxt.config.mode === 'production', legalComments: 'none', logLevel: 'warning',
      });
      files.push({ relativeDest: 'scanner.js', contents: result.outputFiles[0]!.text });
      // pdf.js worker, tfjs wasm, face detector weights for the offscreen document (files/).
      files.push(...runtimeAssets());
      // managed_schema.json is generated from policy/schema.ts on every build (policy/managed-schema.ts).
      const schema = managedSchema();
      const problems = chromeSchemaProblems(schema);
      if (problems.length) throw new Error(`managed_schema.json would stop the extension loading:\n${problems.join('\n')}`);
      files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(schema, null, 2)}\n` });
    },
  },
  manifest: ({ browser, mode }) => {
    const withDevKey = browser === 'chrome' && (process.env.VARSAM_DEV_KEY === '1' || mode === 'development');
    return {
      name: 'Varsam',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', ...REPORT_PERMISSIONS, ...(browser === 'firefox' ? [] : ['offscreen'])],
      // WASM (face detection) needs 'wasm-unsafe-eval'; everything else stays 'self' only.
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
      commands: reportCommands(browser),
      // Same sites as the content script (no new install warning): tab addresses for the report, and its POST endpoint.
      host_permissions: ['http://*/*', 'https://*/*'],
      action: { default_title: 'Varsam' },
      // guard/scanner.ts imports it from content scripts (which count as the page for this purpose).
      // Chromium: only under a per-session dynamic ID (runtime.getURL gives it), so a site cannot
      // probe chrome-extension://<id>/scanner.js to learn that Varsam is installed. Firefox's
      // moz-extension:// addresses are random per installation already.
      web_accessible_resources: [{ resources: ['scanner.js'], matches: ['http://*/*', 'https://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
      ...(withDevKey ? { key: DEV_KEY } : {}),
      // Chromium/Edge: admin policy (storage.managed). Firefox reads policies.json without a schema.
      ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
      ...(browser === 'firefox'
        ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
        : {}),
    };
  },
});
