/** What scripts/package.mjs loads (through Vite's module runner): the pure parts of the release. */
export * from './release-plan';
export { scorm12Manifest, SCORM12_SCHEMAS } from './scorm12-manifest';
export { scorm2004Manifest, SCORM2004_ROOT_SCHEMAS } from './scorm2004-manifest';
export { cmi5CourseStructure, auIri } from './cmi5-course';
export { hashInlineScripts, withConnectSource, policyOf, inlineScripts } from './csp';
export { packageProblems, referencedBy } from './package-check';
export { deterministicZip } from './zip';
