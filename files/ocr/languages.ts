/**
 * Which tesseract language data OCR uses. All three Nordic models ship (nor, swe, dan: names
 * and ID numbers are Latin script and digits anyway); the organisation's country decides which
 * is tried first, which is the one tesseract leans on when words are ambiguous (æ/ø vs ä/ö).
 * Finland has no model of its own here: Finland-Swedish text reads best with swe.
 */
export const OCR_LANGUAGES = ['nor', 'swe', 'dan'] as const;
export type OcrLanguage = (typeof OCR_LANGUAGES)[number];

export function ocrLanguages(country?: string): OcrLanguage[] {
  const first: OcrLanguage = country === 'se' || country === 'fi' ? 'swe' : country === 'dk' ? 'dan' : 'nor';
  return [first, ...OCR_LANGUAGES.filter((l) => l !== first)];
}
