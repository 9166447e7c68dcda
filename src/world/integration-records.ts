/** How integrations are kept: per client, institution and capacity code, a normalised set of periods. */

/** This OCMW's integrations are filed under "ocmw:<kbo>"; other institutions under their own id. */
export const ownInstitution = (kbo: string) => `ocmw:${kbo}`;

export const integrationKey = (clientId: string, institution: string, code: string) => `${clientId}|${institution}|${code}`;
