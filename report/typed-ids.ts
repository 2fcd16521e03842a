import { scan, type FindingKind } from '../detectors';
import type { Incident } from './model';

/** The free-text fields a user types into; the prefilled parts never hold values. */
const FREE_TEXT: Array<[string, (i: Incident) => string]> = [
  ['what', (i) => i.whatHappened], ['how', (i) => i.howItHappened], ['other-data', (i) => i.otherData],
  ['where-now', (i) => i.whereNow], ['consequences', (i) => i.consequences], ['measures-text', (i) => i.measures.takenText],
  ['planned', (i) => i.measures.planned], ['prevent', (i) => i.measures.prevent], ['informed-how', (i) => i.informed.how],
  ['informed-why-not', (i) => i.informed.whyNot], ['delay-reason', (i) => i.delayReason],
];

/**
 * National ID numbers the user typed into the report's free text. The report may hold them if
 * the user insists, but it says so: the authorities do not need them, and IMY's copy becomes a
 * public document. Returns the field ids and the kinds found there.
 */
export function typedIdNumbers(incident: Incident): { field: string; kinds: FindingKind[] }[] {
  const out: { field: string; kinds: FindingKind[] }[] = [];
  for (const [field, read] of FREE_TEXT) {
    const text = read(incident);
    if (!/\d{6}/.test(text.replace(/[\s.-]/g, ''))) continue;
    const kinds = [...new Set(scan(text).map((f) => f.kind).filter((k) => k.startsWith('id.')))];
    if (kinds.length) out.push({ field, kinds });
  }
  return out;
}
