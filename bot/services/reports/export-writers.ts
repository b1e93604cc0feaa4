import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { Cell, Column } from './export-columns';

/** Pages of rows; a page may be lazy (each row's cells made as it is written), so it is iterated once. */
type Pages = AsyncIterable<Iterable<Cell[]>>;

/**
 * Streams an XLSX straight to the response: exceljs's WorkbookWriter commits each row as it is added, and we wait for
 * the socket to drain between pages, so memory holds one page of rows, not the ward. exceljs is loaded on the first
 * export: ~18 MB of memory that a service nobody exports from would otherwise hold.
 */
export function xlsxStream(columns: Column[], pages: Pages): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  void (async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('Hộ gia đình', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = columns.map((c, i) => ({
      header: c.header,
      key: String(i),
      width: c.width,
      style: c.date ? { numFmt: 'dd/mm/yyyy' } : {},
    }));
    ws.getRow(1).font = { bold: true };
    for await (const page of pages) {
      for (const cells of page) ws.addRow(cells).commit();
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    ws.commit();
    await wb.commit();
  })().catch((err: Error) => out.destroy(err));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

const csvDay = (d: Date) => d.toISOString().slice(0, 10);
/**
 * One CSV field. Text that starts like a formula (= + - @, or a tab or return before one) is prefixed with an
 * apostrophe: household labels and survey answers are typed by residents, and Excel would run "=HYPERLINK(…)".
 */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  let s = v instanceof Date ? csvDay(v) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a UTF-8 byte-order mark: without it Excel reads the file as ANSI and mangles Vietnamese. */
export function csvStream(columns: Column[], pages: Pages): ReadableStream<Uint8Array> {
  async function* lines() {
    yield `\uFEFF${columns.map((c) => csvCell(c.header)).join(',')}\r\n`;
    for await (const page of pages) {
      let chunk = '';
      for (const cells of page) chunk += `${cells.map(csvCell).join(',')}\r\n`;
      yield chunk;
    }
  }
  return Readable.toWeb(Readable.from(lines())) as ReadableStream<Uint8Array>;
}
