/**
 * Roles. In Toegangsbeheer a person holds roles per enterprise ("Sociaal Agent", "OCMW-configuratie");
 * at the PrimaWeb login they are offered as "Sociale Agent" and "PrimaWeb beheer" (001, 000).
 */

export type TbRole = 'sociaalAgent' | 'ocmwConfiguratie';
export type PrimawebRole = 'socialeAgent' | 'primawebBeheer';

const PRIMAWEB_ROLE_OF: Record<TbRole, PrimawebRole> = {
  sociaalAgent: 'socialeAgent',
  ocmwConfiguratie: 'primawebBeheer',
};

/** PrimaWeb roles granted by a set of Toegangsbeheer roles, in the order the role choice lists them. */
export function primawebRoles(tbRoles: Iterable<TbRole>): PrimawebRole[] {
  const granted = new Set([...tbRoles].map((r) => PRIMAWEB_ROLE_OF[r]));
  return (['socialeAgent', 'primawebBeheer'] as const).filter((r) => granted.has(r));
}
