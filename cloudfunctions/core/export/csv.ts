import { stringify } from 'csv-stringify/sync';

/**
 * Every CSV the product writes goes through here. Excel (and WPS, LibreOffice) read a cell that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return as a formula: a name a user typed as `=HYPERLINK(...)` would run on the
 * officer's computer. Such a cell is written with a leading apostrophe, which spreadsheets show as plain text (the
 * OWASP rule for CSV injection). Numbers are written as numbers; only text a person could have typed is touched.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | null | undefined;

/** A cell as written: text that a spreadsheet would run is neutralised. */
export function neutralise(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * A CSV file for Excel: a header row, then the rows, every text cell neutralised; CRLF line ends and a UTF-8 byte
 * order mark (without it Excel reads the file as GBK and garbles Chinese).
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return `\uFEFF${stringify([header.map(neutralise), ...rows.map((row) => row.map(neutralise))], { record_delimiter: 'windows' })}`;
}
