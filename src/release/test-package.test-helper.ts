/** A package's web content as the builders' tests see it, and the schema files vendored for real. */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CONTENT = ['index.html', 'favicon.svg', 'assets/index-B1a2.js', 'assets/index-C3d4.css', 'assets/fr-E5f6.js'];

const schemaDir = (name: string) => fileURLToPath(new URL(`../../scripts/package/schemas/${name}`, import.meta.url));
/** The files scripts/package.mjs copies to the root of each SCORM package. */
export const vendoredSchemas = (name: 'scorm12' | 'scorm2004-4th'): string[] => readdirSync(schemaDir(name));
