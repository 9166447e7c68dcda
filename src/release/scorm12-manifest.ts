/**
 * imsmanifest.xml for SCORM 1.2 (ADL SCORM 1.2 CAM, IMS CP 1.1.2): one organization, one item, one
 * SCO resource listing every file of the web content. The schema files it names sit at the zip's
 * root beside it (scripts/package/schemas/scorm12, copied by scripts/package.mjs).
 */
import { LAUNCH_PAGE, PASS_MARK, type ManifestInput, type PackageScope } from './release-plan';
import { attributes, escapeXml, indent, XML_DECLARATION } from './xml';

/** The schema files this manifest's xsi:schemaLocation names (and ims_xml.xsd, which they import). */
export const SCORM12_SCHEMAS = ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'] as const;

const langstrings = (text: PackageScope['title']) =>
  Object.entries(text)
    .map(([lang, text]) => `<imsmd:langstring${attributes({ 'xml:lang': lang })}>${escapeXml(text)}</imsmd:langstring>`)
    .join('\n');

/** IMS metadata 1.2.1 inline: title and description in each language, and the version: what an LMS's catalogue shows. */
const lom = (scope: PackageScope, version: string) => `<imsmd:lom>
  <imsmd:general>
    <imsmd:title>
${indent(langstrings(scope.title), 3)}
    </imsmd:title>
    <imsmd:description>
${indent(langstrings(scope.description), 3)}
    </imsmd:description>
  </imsmd:general>
  <imsmd:lifecycle>
    <imsmd:version>
      <imsmd:langstring xml:lang="x-none">${escapeXml(version)}</imsmd:langstring>
    </imsmd:version>
  </imsmd:lifecycle>
</imsmd:lom>`;

export function scorm12Manifest({ identifier, scope, version, files }: ManifestInput): string {
  const fileList = [...files].sort().map((href) => `<file${attributes({ href })}/>`).join('\n');
  return `${XML_DECLARATION}
<manifest${attributes({
    identifier,
    version,
    xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    'xmlns:imsmd': 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation':
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
  })}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
${indent(lom(scope, version), 2)}
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${escapeXml(scope.title.nl)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${escapeXml(scope.title.nl)}</title>
        <adlcp:masteryscore>${Math.round(PASS_MARK * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource${attributes({ identifier: 'sco', type: 'webcontent', 'adlcp:scormtype': 'sco', href: `${LAUNCH_PAGE}${scope.query}` })}>
${indent(fileList, 3)}
    </resource>
  </resources>
</manifest>
`;
}
