import { expect, it } from 'vitest';
import { packageProblems, wellFormed } from './package-check';

const manifest = (resources: string) => `<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd">
  <organizations default="o"><organization identifier="o"><title>t</title><item identifier="i" identifierref="r" parameters="?module=x"><title>t</title></item></organization></organizations>
  <resources>${resources}</resources>
</manifest>`;

it('accepts a sound package', () => {
  const xml = manifest('<resource identifier="r" type="webcontent" href="index.html"><file href="index.html"/></resource>');
  expect(packageProblems(['imsmanifest.xml', 'imscp_v1p1.xsd', 'index.html'], 'imsmanifest.xml', xml)).toEqual([]);
});

it('finds a missing file, a missing schema, a twice-declared identifier and a descriptor not at the root', () => {
  const xml = manifest('<resource identifier="o" type="webcontent" href="index.html"><file href="assets/a.js"/></resource>');
  expect(packageProblems(['index.html'], 'imsmanifest.xml', xml)).toEqual([
    "imsmanifest.xml is not at the package's root",
    'imsmanifest.xml names assets/a.js, which the package lacks',
    'imsmanifest.xml names imscp_v1p1.xsd, which the package lacks',
    'identifier o is declared twice',
  ]);
});

it('refuses XML that is not well-formed, and a descriptor that launches nothing', () => {
  expect(wellFormed('<a><b></a>')).toMatch(/closing tag/);
  expect(packageProblems(['cmi5.xml'], 'cmi5.xml', '<courseStructure><course id="c"/></courseStructure>')).toEqual(['cmi5.xml launches nothing']);
  expect(packageProblems(['cmi5.xml'], 'cmi5.xml', '<courseStructure>')[0]).toMatch(/not well-formed/);
});
