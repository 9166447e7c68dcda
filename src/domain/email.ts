/**
 * E-mail addresses as forms accept them (Toegangsbeheer, OCMW-configuratie): one "@", a local
 * part and a domain with a dot, no spaces. Deliberately simple: what a form checks, not RFC 5322.
 */
export type EmailError = 'empty' | 'format';

export function checkEmail(input: string): EmailError | null {
  const text = input.trim();
  if (text === '') return 'empty';
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(text) ? null : 'format';
}
