/**
 * PrimaWeb roles. In Toegangsbeheer a person holds roles per enterprise (the applications "Sociale
 * Agent", "OCMW-configuratie"); at the PrimaWeb login they are offered as "Sociale Agent" and
 * "PrimaWeb beheer" (001, 000). Which account grants which: domain/toegangsbeheer.ts.
 */
export type PrimawebRole = 'socialeAgent' | 'primawebBeheer';
