/**
 * PrimaWeb roles. In Toegangsbeheer a person holds roles per enterprise (the applications "Sociale
 * Agent", "OCMW-configuratie"); at the PrimaWeb login they are offered as "Sociale Agent" and
 * "PrimaWeb beheer" (001, 000). Which account grants which: domain/toegangsbeheer.ts.
 */
export type PrimawebRole = 'socialeAgent' | 'primawebBeheer';

/** A role offered at the login of one of the portal's applications. */
export type AppRole = PrimawebRole | 'ocmwConfiguratie' | 'chaman';
