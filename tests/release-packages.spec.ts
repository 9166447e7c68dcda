/**
 * The LMS packages as `npm run package` leaves them in release/: each zip opened as an LMS
 * importer would. The descriptor sits at the root and names only files that are there, the
 * launch page and every asset it loads are inside, a module's package launches that module, and
 * the SCORM packages carry their standard's schema files. No browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { MODULES } from '../src/training/course';
import { SCORM12_SCHEMAS } from '../src/release/scorm12-manifest';
import { packageName, scormScopes, courseScope } from '../src/release/release-plan';
import { packageProblems, referencedBy, type Descriptor } from '../src/release/package-check';

const RELEASE = resolve('release');
const open = (name: string) => unzipSync(new Uint8Array(readFileSync(resolve(RELEASE, `${name}.zip`))));
const scorm2004Schemas = readdirSync(resolve('scripts/package/schemas/scorm2004-4th'));

const packages: { name: string; descriptor: Descriptor; moduleId?: string; schemas: readonly string[] }[] = [
  ...scormScopes().flatMap((scope) => [
    { name: packageName('scorm12', scope), descriptor: 'imsmanifest.xml' as const, moduleId: scope.moduleId, schemas: SCORM12_SCHEMAS },
    { name: packageName('scorm2004', scope), descriptor: 'imsmanifest.xml' as const, moduleId: scope.moduleId, schemas: scorm2004Schemas },
  ]),
  { name: packageName('cmi5', courseScope()), descriptor: 'cmi5.xml', schemas: [] },
];

test('release/ holds a SCORM 1.2 and a SCORM 2004 package per module and for the course, a cmi5 package and the single file', () => {
  expect(packages).toHaveLength(2 * (MODULES.length + 1) + 1);
  const present = readdirSync(RELEASE);
  for (const { name } of packages) expect(present).toContain(`${name}.zip`);
  expect(present).toContain('primaweb-simulator.html');
});

for (const { name, descriptor, moduleId, schemas } of packages) {
  test(`${name}.zip: ${descriptor} at the root, the simulator and its assets inside`, () => {
    const zip = open(name);
    const entries = Object.keys(zip);
    const xml = strFromU8(zip[descriptor]!);
    expect(packageProblems(entries, descriptor, xml)).toEqual([]);
    for (const schema of schemas) expect(entries).toContain(schema);

    // The launch page and everything it loads (the lazy chunks are listed in the descriptor's files).
    const page = strFromU8(zip['index.html']!);
    const loaded = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]!);
    expect(loaded.length).toBeGreaterThan(1);
    for (const file of loaded) expect(entries, `index.html loads ${file}`).toContain(file);

    const { launches } = referencedBy(descriptor, xml);
    if (descriptor === 'cmi5.xml') {
      expect(launches.sort()).toEqual(['index.html', ...MODULES.map((m) => `index.html?module=${m.id}`)].sort());
      expect(page).toMatch(/connect-src 'self' https:/);
    } else {
      expect(launches).toEqual([moduleId ? `index.html?module=${moduleId}` : 'index.html']);
      expect(page).toMatch(/connect-src 'self';/);
    }
  });
}
