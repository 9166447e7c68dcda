/**
 * Checks a package the way an LMS importer would before it accepts it: the descriptor
 * (imsmanifest.xml or cmi5.xml) is well-formed XML at the zip's root, its identifiers are unique,
 * and every file it names (schemas, launch page, resource files, AU urls) is in the package. Run by
 * scripts/package.mjs on every zip it writes, and by the tests.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type Descriptor = 'imsmanifest.xml' | 'cmi5.xml';

export interface Referenced {
  /** Package-relative paths, without query. */
  files: string[];
  /** Every identifier / id the descriptor declares. */
  identifiers: string[];
  /** Launch addresses as written (with their query): SCO href + parameters, or AU url. */
  launches: string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  // Every element as a list (one or many alike); attributes stay plain strings.
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

type Node = Record<string, unknown>;
const children = (node: Node, name: string): Node[] => (node[name] as Node[] | undefined) ?? [];
const attr = (node: Node, name: string): string | undefined => node[`@${name}`] as string | undefined;
const withoutQuery = (href: string) => href.replace(/[?#].*$/, '');

/** Well-formed or the reason it is not. */
export function wellFormed(xml: string): true | string {
  const result = XMLValidator.validate(xml);
  return result === true ? true : `${result.err.msg} (line ${result.err.line})`;
}

/** Walks every element and calls `visit` with its local name. */
function walk(node: Node, visit: (name: string, node: Node) => void) {
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@') || name === '#text' || !Array.isArray(value)) continue;
    for (const child of value as Node[]) {
      if (typeof child !== 'object' || child === null) continue;
      visit(name, child);
      walk(child, visit);
    }
  }
}

/** imsmanifest.xml: its schemas, its resources' files, and each SCO's launch (href + the item's parameters). */
function manifestReferences(doc: Node): Referenced {
  const manifest = children(doc, 'manifest')[0] ?? {};
  const files = new Set<string>();
  const identifiers: string[] = [];
  const launches: string[] = [];
  const parameters = new Map<string, string>();
  walk(doc, (name, node) => {
    const id = attr(node, 'identifier');
    if (id !== undefined) identifiers.push(id);
    const ref = attr(node, 'identifierref');
    if (name === 'item' && ref) parameters.set(ref, attr(node, 'parameters') ?? '');
  });
  // xsi:schemaLocation is pairs of "namespace file".
  const locations = (attr(manifest, 'schemaLocation') ?? '').trim().split(/\s+/);
  for (let i = 1; i < locations.length; i += 2) files.add(locations[i]!);
  walk(doc, (name, node) => {
    const href = attr(node, 'href');
    if (name === 'file' && href) files.add(href);
    if (name === 'resource' && href) {
      files.add(withoutQuery(href));
      launches.push(href + (parameters.get(attr(node, 'identifier') ?? '') ?? ''));
    }
  });
  return { files: [...files].sort(), identifiers, launches };
}

/** cmi5.xml: the course's, blocks' and AUs' ids, and each AU's url. */
function cmi5References(doc: Node): Referenced {
  const files = new Set<string>();
  const identifiers: string[] = [];
  const launches: string[] = [];
  walk(doc, (name, node) => {
    const id = attr(node, 'id');
    if ((name === 'course' || name === 'au' || name === 'block') && id) identifiers.push(id);
    if (name === 'au') {
      // A text-only element parses to its string, one with attributes to an object with '#text'.
      const url = children(node, 'url')[0] as Node | string | undefined;
      const text = typeof url === 'string' ? url : String(url?.['#text'] ?? '');
      launches.push(text);
      files.add(withoutQuery(text));
    }
  });
  return { files: [...files].sort(), identifiers, launches };
}

export function referencedBy(descriptor: Descriptor, xml: string): Referenced {
  const ok = wellFormed(xml);
  if (ok !== true) throw new Error(`${descriptor} is not well-formed: ${ok}`);
  const doc = parser.parse(xml) as Node;
  return descriptor === 'imsmanifest.xml' ? manifestReferences(doc) : cmi5References(doc);
}

/** Every problem of a package given the paths it holds and its descriptor's text; [] when it is sound. */
export function packageProblems(entries: readonly string[], descriptor: Descriptor, xml: string): string[] {
  const problems: string[] = [];
  if (!entries.includes(descriptor)) problems.push(`${descriptor} is not at the package's root`);
  let referenced: Referenced;
  try {
    referenced = referencedBy(descriptor, xml);
  } catch (error) {
    return [...problems, (error as Error).message];
  }
  const have = new Set(entries);
  for (const file of referenced.files) if (!have.has(file)) problems.push(`${descriptor} names ${file}, which the package lacks`);
  const seen = new Set<string>();
  for (const id of referenced.identifiers) {
    if (seen.has(id)) problems.push(`identifier ${id} is declared twice`);
    seen.add(id);
  }
  if (referenced.launches.length === 0) problems.push(`${descriptor} launches nothing`);
  return problems;
}
