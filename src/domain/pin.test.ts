import { describe, expect, it } from 'vitest';
import { checkPinFormat } from './pin';

describe('PIN format', () => {
  it('accepts 4 to 12 digits', () => {
    expect(checkPinFormat('1234')).toBeNull();
    expect(checkPinFormat('123456789012')).toBeNull();
  });
  it('refuses anything else with a reason', () => {
    expect(checkPinFormat('')).toBe('empty');
    expect(checkPinFormat('123')).toBe('tooShort');
    expect(checkPinFormat('1234567890123')).toBe('tooLong');
    expect(checkPinFormat('12a4')).toBe('notDigits');
    expect(checkPinFormat(' 1234')).toBe('notDigits');
  });
});
