/**
 * CSV as Belgian spreadsheet software opens it ("De gebruikers exporteren (.csv), Excel"): ";" as
 * separator (the comma is the decimal mark here), RFC 4180 quoting, CRLF line ends, and a byte
 * order mark so that Excel reads accented names as UTF-8.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (v: string) => (/[";\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
}
