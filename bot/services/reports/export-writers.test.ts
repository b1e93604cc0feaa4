import { describe, expect, it } from 'vitest';
import { csvCell } from './export-writers';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would read as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","bấm")')).toBe(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    expect(csvCell('+84912345678')).toBe("'+84912345678");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
  });
  it('leaves ordinary text, numbers and dates as they are', () => {
    expect(csvCell('Nhà bác Tư, ngõ 3')).toBe('"Nhà bác Tư, ngõ 3"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(new Date('2026-11-20T10:00:00Z'))).toBe('2026-11-20');
  });
});
