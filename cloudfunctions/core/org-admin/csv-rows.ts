import { parse } from 'csv-parse/sync';
import { GeoPointSchema, UnitIdSchema } from '../../../types/org';

/** One data row of an imported CSV, by column name, with the line it came from. */
export interface Row {
  line: number;
  cells: Record<string, string>;
}

/** A problem at a line and a column, as the admin will read it: 第3行「网格类型」：只能填写… */
export interface CellError {
  line: number;
  column: string;
  message: string;
}

export const MAX_ROWS = 500;

/**
 * Reads a CSV the way a spreadsheet writes it (csv-parse: quotes, commas and line breaks in cells, a BOM): the
 * header row names the columns, each of which must be one of `columns`; the required ones must be there.
 */
export function readRows(text: string, columns: readonly string[], required: readonly string[]): { rows: Row[]; errors: CellError[] } {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines ?? 1;
    return { rows: [], errors: [{ line, column: '', message: '文件格式有误（引号不成对或编码不对），请用表格软件另存为 CSV UTF-8 后再导入' }] };
  }
  const [header, ...data] = records;
  if (!header) return { rows: [], errors: [{ line: 1, column: '', message: '文件是空的' }] };
  const names = header.record.map((n) => n.trim());
  const errors: CellError[] = [];
  for (const name of names) if (name && !columns.includes(name)) errors.push({ line: header.info.lines, column: name, message: `不认识的列，可用的列为：${columns.join('、')}` });
  for (const name of required) if (!names.includes(name)) errors.push({ line: header.info.lines, column: name, message: '缺少这一列' });
  if (data.length === 0) errors.push({ line: header.info.lines, column: '', message: '没有数据行' });
  if (data.length > MAX_ROWS) errors.push({ line: header.info.lines, column: '', message: `一次最多导入${MAX_ROWS}行` });
  const rows = data.map(({ record, info }) => ({ line: info.lines, cells: Object.fromEntries(names.map((n, i) => [n, record[i] ?? ''])) }));
  return { rows, errors };
}

/** The checks every kind of import shares, each adding its error at the row's line. */
export class RowChecker {
  readonly errors: CellError[] = [];

  constructor(private readonly row: Row) {}

  fail(column: string, message: string): void {
    this.errors.push({ line: this.row.line, column, message });
  }

  text(column: string, { required = true, max = 40 }: { required?: boolean; max?: number } = {}): string | null {
    const value = this.row.cells[column]?.trim() ?? '';
    if (!value) {
      if (required) this.fail(column, '不能为空');
      return null;
    }
    if ([...value].length > max) this.fail(column, `最多${max}个字`);
    return value;
  }

  unitId(column: string, prefix: 'gd' | 'bd'): string | null {
    const value = this.text(column);
    if (value === null) return null;
    if (!value.startsWith(`${prefix}-`) || !UnitIdSchema.safeParse(value).success) {
      this.fail(column, `编码须以“${prefix}-”开头，只用小写字母、数字和短横线，如 ${prefix}-xiyuan-3`);
      return null;
    }
    return value;
  }

  oneOf<T extends string>(column: string, choices: Record<string, T>): T | null {
    const value = this.text(column);
    if (value === null) return null;
    const chosen = choices[value];
    if (!chosen) this.fail(column, `只能填写${Object.keys(choices).map((c) => `“${c}”`).join('或')}`);
    return chosen ?? null;
  }

  /** Both coordinates or neither; GCJ-02 as the street's map. */
  point(lngColumn: string, latColumn: string): { lng: number; lat: number } | null | undefined {
    const lng = this.row.cells[lngColumn]?.trim() ?? '';
    const lat = this.row.cells[latColumn]?.trim() ?? '';
    if (!lng && !lat) return undefined;
    const point = GeoPointSchema.safeParse({ lng: Number(lng), lat: Number(lat) });
    if (!lng || !lat || !point.success) {
      this.fail(lng ? latColumn : lngColumn, '经纬度须成对填写，且在服务范围内（如 104.081 和 30.652）');
      return null;
    }
    return point.data;
  }
}

/** The errors as the function answers them: one field per cell, in line order, at most fifty. */
export function errorFields(errors: readonly CellError[]): Record<string, string> {
  return Object.fromEntries(
    [...errors]
      .sort((a, b) => a.line - b.line)
      .slice(0, 50)
      .map((e) => [`第${e.line}行${e.column ? `「${e.column}」` : ''}`, e.message]),
  );
}
