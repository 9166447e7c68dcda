/**
 * cmi5.xml, the cmi5 course structure: the course, then one AU per module and one AU for the whole
 * course. The AU urls are relative to the package root (cmi5 allows that inside a zip), and every
 * id is an IRI under CMI5_IRI_BASE, so it never changes between versions.
 */
import { CMI5_IRI_BASE, PASS_MARK, courseScope, launchUrl, moduleScopes, type PackageScope } from './release-plan';
import type { Localised } from '../i18n/locales';
import { attributes, escapeXml, indent, XML_DECLARATION } from './xml';

export const CMI5_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** The IRI of an AU: the module's, or `…/course-au` for the whole course (the course itself is the base). */
export const auIri = (scope: PackageScope): string => `${CMI5_IRI_BASE}/${scope.key === 'course' ? 'course-au' : scope.key}`;

const text = (element: 'title' | 'description', value: Localised) =>
  `<${element}>
${Object.entries(value)
  .map(([lang, s]) => `  <langstring${attributes({ lang })}>${escapeXml(s)}</langstring>`)
  .join('\n')}
</${element}>`;

const au = (scope: PackageScope) => `<au${attributes({
  id: auIri(scope),
  moveOn: 'CompletedOrPassed',
  masteryScore: PASS_MARK,
  launchMethod: 'AnyWindow',
})}>
${indent(text('title', scope.title), 1)}
${indent(text('description', scope.description), 1)}
  <url>${escapeXml(launchUrl(scope))}</url>
</au>`;

export function cmi5CourseStructure(): string {
  const whole = courseScope();
  return `${XML_DECLARATION}
<courseStructure${attributes({ xmlns: CMI5_NAMESPACE })}>
  <course${attributes({ id: CMI5_IRI_BASE })}>
${indent(text('title', whole.title), 2)}
${indent(text('description', whole.description), 2)}
  </course>
${[...moduleScopes(), whole].map((s) => indent(au(s), 1)).join('\n')}
</courseStructure>
`;
}
