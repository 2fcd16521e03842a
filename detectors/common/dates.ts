/** Dates as written in Nordic and English text, with their parts. Shared by birth-date detection. */
import { validDate } from '../core/checksum';

export const MONTHS: Record<string, number> = {
  januar: 1, january: 1, januari: 1, jan: 1,
  februar: 2, february: 2, februari: 2, feb: 2, febr: 2,
  mars: 3, march: 3, marts: 3, mar: 3,
  april: 4, apr: 4,
  mai: 5, maj: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  august: 8, augusti: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

const MONTH_ALT = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/**
 * `12.03.2016`, `12/3-16`, `2016-03-12`, `12. mars 2016`, `12 March 2016`, `March 12, 2016`.
 * Groups: numeric d/m/y (1–3), ISO y/m/d (4–6), textual d/month/y (7–9), English month d, y (10–12).
 */
export const DATE = new RegExp(
  String.raw`(?<![\d.])(?:(\d{1,2})[./\-](\d{1,2})[./\-](\d{4}|\d{2})(?![\d]|[.,]\d)` +
  String.raw`|(\d{4})-(\d{2})-(\d{2})(?!\d)` +
  String.raw`|(\d{1,2})\.? ?(${MONTH_ALT})\.? (\d{4})(?!\d)` +
  String.raw`|(${MONTH_ALT})\.? (\d{1,2}),? (\d{4})(?!\d))`,
  'gi',
);

export interface ParsedDate { day: number; month: number; year: number }

/** Reads the groups of a DATE match; null when it is not a real date. */
export function parseDate(m: RegExpExecArray): ParsedDate | null {
  let day: number, month: number, year: number;
  if (m[1]) { day = +m[1]; month = +m[2]!; year = +m[3]!; }
  else if (m[4]) { year = +m[4]; month = +m[5]!; day = +m[6]!; }
  else if (m[7]) { day = +m[7]; month = MONTHS[m[8]!.toLowerCase()]!; year = +m[9]!; }
  else { month = MONTHS[m[10]!.toLowerCase()]!; day = +m[11]!; year = +m[12]!; }
  if (year < 100) year += year > 40 ? 1900 : 2000;
  if (!validDate(day, month, year)) return null;
  return { day, month, year };
}
