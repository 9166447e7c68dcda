/**
 * What `npm run package` delivers (issue 13.1): one package for the whole course and one per
 * module of the course (src/training/course.ts), for each LMS standard, plus the single file.
 * Pure data and names: scripts/package.mjs builds and zips, the manifest builders beside this file
 * write the XML. Identifiers derive from the module ids only, so they stay the same from version to
 * version and an LMS recognises an update of a package it already has.
 */
import { MODULES, type ModuleId } from '../training/course';
import { LOCALES, type Localised } from '../i18n/locales';
import { inEveryLanguage } from './words';

export const PRODUCT_TITLE = 'PrimaWeb Simulator';
export const FILE_PREFIX = 'primaweb-simulator';
/** The simulator's entry page inside every package. */
export const LAUNCH_PAGE = 'index.html';
/** The one-file build, for a USB stick or a network share. */
export const SINGLE_FILE = `${FILE_PREFIX}.html`;
/** Every passed / failed threshold of the course is 70 of 100 (the tests' own pass mark). */
export const PASS_MARK = 0.7;
/**
 * The base of the cmi5 IRIs (course and AUs). A cmi5 LMS keys its records on them: they must never
 * change once a course is in use, so they live here and nowhere else.
 */
export const CMI5_IRI_BASE = 'https://primabook.example/primaweb-simulator';
/**
 * The cmi5 package's only network exception: the LRS endpoint arrives in the launch URL, so it
 * cannot be named at build time; xAPI requires TLS in production, hence any https origin.
 */
export const CMI5_CONNECT_SOURCE = 'https:';

/** A package's reach: the whole course, or one module (launched with `?module=<id>`). */
export interface PackageScope {
  /** `course` for the whole course, else the module id. */
  key: 'course' | ModuleId;
  moduleId?: ModuleId;
  title: Localised;
  /** What it is, for an LMS's catalogue: the module's manual, or the simulator in a sentence. */
  description: Localised;
  /** The query the simulator is launched with: '' for the whole course, `?module=<id>` for a module. */
  query: string;
}

/** What an imsmanifest.xml builder needs to know of its package. */
export interface ManifestInput {
  /** The manifest's identifier: stable, an XML NCName. */
  identifier: string;
  scope: PackageScope;
  /** package.json's version. */
  version: string;
  /** Every file of the web content, relative to the package root, '/'-separated. */
  files: readonly string[];
}

export type Standard = 'scorm12' | 'scorm2004' | 'cmi5';

const COURSE_TITLE: Localised = { nl: PRODUCT_TITLE, fr: PRODUCT_TITLE, de: PRODUCT_TITLE, en: PRODUCT_TITLE };
const COURSE_DESCRIPTION: Localised = {
  nl: 'Oefenomgeving voor het portaal van de sociale zekerheid en PrimaWeb, met fictieve gegevens.',
  fr: "Environnement d'exercice pour le portail de la sécurité sociale et PrimaWeb, avec des données fictives.",
  de: 'Übungsumgebung für das Portal der sozialen Sicherheit und PrimaWeb, mit fiktiven Daten.',
  en: 'Practice environment for the Social Security portal and PrimaWeb, with fictional data.',
};

/** "PrimaWeb Simulator – Aanmelden", in each language. */
const moduleTitle = (title: Localised): Localised =>
  Object.fromEntries(LOCALES.map((l) => [l, `${PRODUCT_TITLE} – ${title[l]}`])) as Localised;

export const courseScope = (): PackageScope => ({ key: 'course', title: COURSE_TITLE, description: COURSE_DESCRIPTION, query: '' });

export const moduleScopes = (): PackageScope[] =>
  MODULES.map((m) => ({
    key: m.id,
    moduleId: m.id,
    title: moduleTitle(inEveryLanguage(m.title)),
    description: inEveryLanguage(m.manual),
    query: `?module=${encodeURIComponent(m.id)}`,
  }));

/** The SCORM packages: the whole course first, then the modules in the course's order. */
export const scormScopes = (): PackageScope[] => [courseScope(), ...moduleScopes()];

/** `primaweb-simulator-scorm12` for the course, `primaweb-simulator-scorm12-aanmelden` for a module. */
export const packageName = (standard: Standard, scope: PackageScope): string =>
  scope.key === 'course' ? `${FILE_PREFIX}-${standard}` : `${FILE_PREFIX}-${standard}-${scope.key}`;

/** The launch address inside a package, relative to its root. */
export const launchUrl = (scope: PackageScope): string => `${LAUNCH_PAGE}${scope.query}`;
