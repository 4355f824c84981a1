import { describe, expect, it } from 'vitest';
import { parseJsonlLine, recordDate } from '../src/documents.js';

describe('recordDate', () => {
  const cases: { value: string; want: string | undefined; why: string }[] = [
    { value: '2024-03-05', want: '2024-03-05', why: 'an ISO 8601 date' },
    { value: '2024-03-05T23:30:00-05:00', want: '2024-03-05', why: 'a date-time: its date as written, not the UTC day (6 March)' },
    { value: '2024-03-05 10:00:00', want: '2024-03-05', why: 'the SQL form, a space instead of T' },
    { value: '2024-02-30', want: undefined, why: 'no such day' },
    { value: '2024-03-051', want: undefined, why: 'more digits after the day: not a date' },
    { value: '5/3/2024', want: undefined, why: 'day and month order is ambiguous: refused, not guessed' },
    { value: '', want: undefined, why: 'empty' },
  ];
  for (const c of cases) it(`${JSON.stringify(c.value)}: ${c.why}`, () => expect(recordDate(c.value)).toBe(c.want));
});

describe('parseJsonlLine with a date field', () => {
  it('takes the record date when the field holds one', () => {
    expect(parseJsonlLine('{"id":7,"d":"2024-03-05","text":"أمس"}', 3, 'text', 'd')).toEqual({ kind: 'document', text: 'أمس', line: 3, id: 7, refDate: '2024-03-05' });
  });

  it('a record without the field, or with null, has no date of its own', () => {
    for (const raw of ['{"text":"أمس"}', '{"d":null,"text":"أمس"}']) expect(parseJsonlLine(raw, 1, 'text', 'd')).toEqual({ kind: 'document', text: 'أمس', line: 1, id: undefined });
  });

  it('a field that is not a date makes the line an error, with the record id', () => {
    for (const raw of ['{"id":"x","d":"yesterday","text":"أمس"}', '{"id":"x","d":20240305,"text":"أمس"}']) {
      const doc = parseJsonlLine(raw, 2, 'text', 'd');
      expect(doc.kind).toBe('error');
      expect(doc).toMatchObject({ line: 2, id: 'x' });
      if (doc.kind === 'error') expect(doc.message).toMatch(/^"d" is not a date/);
    }
  });

  it('without a date field the date is ignored', () => {
    expect(parseJsonlLine('{"d":"nonsense","text":"أمس"}', 1, 'text')).toEqual({ kind: 'document', text: 'أمس', line: 1, id: undefined });
  });
});
