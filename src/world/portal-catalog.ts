/**
 * What the simulated Social Security portal offers (004, "Toegang tot de toepassing
 * OCMW-configuratie"): audiences, sectors, and the online services of the sector
 * "OCMW's & POD Maatschappelijke Integratie". Names and descriptions are in the message catalogs.
 */

export const AUDIENCES = ['burger', 'onderneming', 'professionals'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SECTORS = [
  'gemeenten',
  'ocmw',
  'fondsenBestaanszekerheid',
  'deurwaarders',
  'pensioenen',
  'arbeidsongevallen',
  'handicap',
  'agenten',
  'inspecties',
] as const;
export type Sector = (typeof SECTORS)[number];

/** The online services for capacity Maatschappelijk welzijn, in the portal's (alphabetical) order. */
export const SERVICES = [
  'beconnected',
  'ebox',
  'infocentre',
  'iris',
  'matchIt',
  'myHandicap',
  'ocmwRva',
  'ocmwConfiguratie',
  'primaweb',
  'codelijsten',
  'toegangsbeheer',
  'uniekVerslag',
] as const;
/**
 * Online services of the audience "Onderneming" ("Naar alle onlinediensten"), among which ChaMan
 * (004: "Type in de zoekbalk ChaMan en klik op Go! Of klik op Naar alle onlinediensten").
 */
export const BUSINESS_SERVICES = ['chaman', 'dimona', 'dmfa', 'capelo'] as const;

export type Service = (typeof SERVICES)[number] | (typeof BUSINESS_SERVICES)[number];

/** The business services whose name holds the search text ("Go!"); all of them for an empty search. */
export function searchBusinessServices(query: string, nameOf: (s: Service) => string): Service[] {
  const q = query.trim().toLowerCase();
  return BUSINESS_SERVICES.filter((s) => q === '' || nameOf(s).toLowerCase().includes(q));
}

/** Services a learner can log in to in this version of the simulator. */
export const SIMULATED_SERVICES: readonly Service[] = ['primaweb', 'ocmwConfiguratie', 'toegangsbeheer', 'chaman'];

export const DIGITAL_KEYS = ['eid', 'itsme', 'securityCode', 'usernamePassword', 'european'] as const;
export type DigitalKey = (typeof DIGITAL_KEYS)[number];

export function isSimulatedService(service: Service): boolean {
  return SIMULATED_SERVICES.includes(service);
}
