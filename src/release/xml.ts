/** The little XML the release builders write: text and attribute values escaped, nothing else. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes a value for an element's text or a double-quoted attribute. */
export const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** ` name="value"` for each defined attribute, in the order given (stable output, stable diffs). */
export function attributes(attrs: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** Indents every line of a block by `depth` levels of two spaces. */
export const indent = (block: string, depth: number): string =>
  block
    .split('\n')
    .map((line) => (line ? '  '.repeat(depth) + line : line))
    .join('\n');

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
