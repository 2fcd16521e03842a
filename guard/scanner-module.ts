/** Entry of `scanner.js`, the lazily imported detectors module (guard/scanner.ts, wxt.config.ts). */
export { scan } from '../detectors';
