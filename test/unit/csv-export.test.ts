import { neutralise, toCsv } from '../../cloudfunctions/core/export/csv';
import { parseCsv } from '../support/parse-csv';

describe('CSV exports', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('neutralises a cell a spreadsheet would run: %j', (cell, written) => {
    expect(neutralise(cell)).toBe(written);
  });

  it('leaves plain text, numbers and empty cells as they are', () => {
    expect(neutralise('王建国')).toBe('王建国');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise(-3)).toBe(-3);
    expect(neutralise(null)).toBe('');
    expect(neutralise(undefined)).toBe('');
  });

  it('writes a BOM, CRLF rows and quoting that parses back to the neutralised cells', () => {
    const csv = toCsv(['姓名', '备注'], [['张三, "老张"', '=cmd|/C calc'], ['李四', 12]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([
      ['姓名', '备注'],
      ['张三, "老张"', "'=cmd|/C calc"],
      ['李四', '12'],
    ]);
  });
});
