import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Every CSV the product writes goes through cloudfunctions/core/export/csv.ts (toCsv), which neutralises cells a
 * spreadsheet would run. This holds it for code written later: no other module may use a CSV writer, and any server
 * code that names a .csv file must build it with toCsv.
 */
const root = resolve(__dirname, '../..');
const ONE_WAY = 'cloudfunctions/core/export/csv.ts';
const WRITERS = /from ['"](csv-stringify(\/[a-z]+)?|csv-writer|papaparse|json2csv|fast-csv|@fast-csv\/[a-z]+|xlsx)['"]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'dist' ? [] : sources(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

const files = ['cloudfunctions', 'src', 'scripts', 'types'].flatMap((dir) => sources(join(root, dir))).map((p) => ({ path: relative(root, p), text: readFileSync(p, 'utf8') }));

describe('CSV is written one way', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === ONE_WAY && WRITERS.test(f.text))).toBe(true);
  });

  it('uses a CSV writer only in export/csv.ts', () => {
    expect(files.filter((f) => f.path !== ONE_WAY && WRITERS.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('builds every .csv file the functions hand out with toCsv', () => {
    const naming = files.filter((f) => f.path.startsWith('cloudfunctions/') && f.path !== ONE_WAY && /\.csv[`'"]/.test(f.text));
    expect(naming.length).toBeGreaterThan(0);
    for (const f of naming) expect({ file: f.path, toCsv: /import \{[^}]*\btoCsv\b[^}]*\} from '[./]+\/export\/csv'/.test(f.text) }).toEqual({ file: f.path, toCsv: true });
  });
});
