/**
 * RFC 4180 CSV: every cell quoted, quotes doubled, CRLF line ends. A cell a spreadsheet would
 * read as a formula (starting with = + - @, or a tab or carriage return) gets a leading
 * apostrophe, so a lead's text can never run as one (OWASP "CSV injection"). Numbers are ours
 * (a negative saving), so they stay numbers.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
