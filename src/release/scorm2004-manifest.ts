/**
 * imsmanifest.xml for SCORM 2004 4th Edition (CAM 1.1): one organization, one item, one SCO
 * resource listing every file of the web content. The module travels in the item's `parameters`
 * (the resource href stays a plain file, as the CAM asks). No sequencing rules: the simulator
 * decides completion and success itself, and the LMS's defaults for a single SCO do the rest.
 */
import { LAUNCH_PAGE, type ManifestInput } from './release-plan';
import { attributes, escapeXml, indent, XML_DECLARATION } from './xml';

/** The root schema files this manifest's xsi:schemaLocation names. */
export const SCORM2004_ROOT_SCHEMAS = ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd'] as const;

const SCHEMA_LOCATION = [
  ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
  ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
  ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
  ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
]
  .map((pair) => pair.join(' '))
  .join(' ');

export function scorm2004Manifest({ identifier, scope, version, files }: ManifestInput): string {
  const fileList = [...files].sort().map((href) => `<file${attributes({ href })}/>`).join('\n');
  const title = escapeXml(scope.title.nl);
  return `${XML_DECLARATION}
<manifest${attributes({
    identifier,
    version,
    xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
    'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
    'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
    'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': SCHEMA_LOCATION,
  })}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${title}</title>
      <item${attributes({ identifier: 'item', identifierref: 'sco', isvisible: 'true', parameters: scope.query || undefined })}>
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource${attributes({ identifier: 'sco', type: 'webcontent', 'adlcp:scormType': 'sco', href: LAUNCH_PAGE })}>
${indent(fileList, 3)}
    </resource>
  </resources>
</manifest>
`;
}
