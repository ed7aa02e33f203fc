import { parse } from 'csv-parse/sync';

/** Reads a CSV the way a spreadsheet would (quotes, commas and line breaks inside cells), without the BOM. */
export function parseCsv(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { bom: true, relax_column_count: true }) as string[][];
}
