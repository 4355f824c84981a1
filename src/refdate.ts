/** The date a document is written on: relative dates (الخميس, مارس الماضي) resolve against it. */
import { parseIsoDate, todayUtc, type Ymd } from './recognize/dates/calendar.js';

/** A date line at the top of a document, e.g. ` date 2025-09-05` or `التاريخ: 2025-09-05`. */
const DATE_LINE = /^[\s\uFEFF]*(?:date|dateline|التاريخ|تاريخ)\s*[:：]?\s*(\d{4}-\d{2}-\d{2})(?![\d])/iu;

export function dateLineOf(text: string): string | undefined {
  const m = DATE_LINE.exec(text.slice(0, 200));
  return m && parseIsoDate(m[1]) ? m[1] : undefined;
}

export function resolveRefDate(text: string, given?: string): Ymd {
  if (given) {
    const d = parseIsoDate(given);
    if (!d) throw new RangeError(`not a valid date: ${given} (expected YYYY-MM-DD)`);
    return d;
  }
  const line = dateLineOf(text);
  return (line && parseIsoDate(line)) || todayUtc();
}
