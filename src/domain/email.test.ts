import { describe, expect, it } from 'vitest';
import { checkEmail } from './email';

describe('checkEmail', () => {
  it('accepts an address with a local part and a domain with a dot, trimmed', () => {
    expect(checkEmail('onthaal@ocmw-herstappe.be')).toBeNull();
    expect(checkEmail('  a.b+c@sub.example.org ')).toBeNull();
  });

  it('says an empty field is empty', () => {
    expect(checkEmail('')).toBe('empty');
    expect(checkEmail('   ')).toBe('empty');
  });

  it('refuses what is not an address', () => {
    for (const bad of ['onthaal', 'onthaal@', '@ocmw.be', 'onthaal@ocmw', 'ont haal@ocmw.be', 'a@@ocmw.be', 'a@ocmw..be']) {
      expect(checkEmail(bad), bad).toBe('format');
    }
  });
});
