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
export type Service = (typeof SERVICES)[number];

/** Services a learner can log in to in this version of the simulator. */
export const SIMULATED_SERVICES: readonly Service[] = ['primaweb', 'ocmwConfiguratie', 'toegangsbeheer'];

export const DIGITAL_KEYS = ['eid', 'itsme', 'securityCode', 'usernamePassword', 'european'] as const;
export type DigitalKey = (typeof DIGITAL_KEYS)[number];

export function isSimulatedService(service: Service): boolean {
  return SIMULATED_SERVICES.includes(service);
}
