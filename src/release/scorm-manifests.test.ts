import { describe, expect, it } from 'vitest';
import { MODULES } from '../training/course';
import { packageProblems, referencedBy, wellFormed } from './package-check';
import { packageName, scormScopes, type PackageScope } from './release-plan';
import { SCORM12_SCHEMAS, scorm12Manifest } from './scorm12-manifest';
import { SCORM2004_ROOT_SCHEMAS, scorm2004Manifest } from './scorm2004-manifest';
import { CONTENT, vendoredSchemas } from './test-package.test-helper';

const builders = [
  { standard: 'scorm12', build: scorm12Manifest, schemas: vendoredSchemas('scorm12') },
  { standard: 'scorm2004', build: scorm2004Manifest, schemas: vendoredSchemas('scorm2004-4th') },
] as const;

const manifestOf = (b: (typeof builders)[number], scope: PackageScope) =>
  b.build({ identifier: packageName(b.standard, scope), scope, version: '1.2.3', files: CONTENT });

describe.each(builders)('$standard imsmanifest.xml', (b) => {
  it.each(scormScopes().map((s) => [s.key, s] as const))('for %s: well-formed, unique identifiers, every file it names in the package', (_key, scope) => {
    const xml = manifestOf(b, scope);
    expect(wellFormed(xml)).toBe(true);
    expect(packageProblems([...CONTENT, ...b.schemas, 'imsmanifest.xml'], 'imsmanifest.xml', xml)).toEqual([]);
  });

  it('launches the whole course without a parameter and each module with ?module=<id>', () => {
    const launches = scormScopes().map((scope) => referencedBy('imsmanifest.xml', manifestOf(b, scope)).launches);
    expect(launches).toEqual([['index.html'], ...MODULES.map((m) => [`index.html?module=${m.id}`])]);
  });

  it('carries the title (with the module title from the course), the version and a stable identifier', () => {
    const [course, first] = scormScopes();
    const xml = manifestOf(b, first!);
    expect(xml).toContain(`<title>PrimaWeb Simulator – Aanmelden</title>`);
    expect(xml).toContain('version="1.2.3"');
    expect(xml).toContain(`identifier="primaweb-simulator-${b.standard}-${MODULES[0]!.id}"`);
    expect(manifestOf(b, course!)).toContain('<title>PrimaWeb Simulator</title>');
    expect(manifestOf(b, first!)).toBe(xml);
  });

  it('lists every file of the web content in its one SCO resource', () => {
    const xml = manifestOf(b, scormScopes()[0]!);
    expect(xml.match(/adlcp:scorm[tT]ype="sco"/g)).toHaveLength(1);
    for (const file of CONTENT) expect(xml).toContain(`<file href="${file}"/>`);
  });

  it('escapes what it writes', () => {
    const scope: PackageScope = { key: 'course', title: { nl: 'A & B <C>', fr: '"D"', de: 'E', en: 'F' }, description: { nl: '', fr: '', de: '', en: '' }, query: '' };
    const xml = b.build({ identifier: 'x', scope, version: '1', files: ['a&b.html', 'index.html'] });
    expect(wellFormed(xml)).toBe(true);
    expect(xml).toContain('A &amp; B &lt;C&gt;');
  });
});

it('SCORM 1.2 names the four schema files of 1.2; 2004 names the 4th Edition roots, all vendored', () => {
  expect(referencedBy('imsmanifest.xml', manifestOf(builders[0], scormScopes()[0]!)).files).toEqual(expect.arrayContaining(['imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'adlcp_rootv1p2.xsd']));
  expect(vendoredSchemas('scorm12').sort()).toEqual([...SCORM12_SCHEMAS].sort());
  expect(vendoredSchemas('scorm2004-4th')).toEqual(expect.arrayContaining([...SCORM2004_ROOT_SCHEMAS, 'xml.xsd']));
  expect(manifestOf(builders[1], scormScopes()[0]!)).toContain('<schemaversion>2004 4th Edition</schemaversion>');
});
