import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64url, toBase64url } from './base64url';

describe('base64url', () => {
  it('round-trips any bytes with letters, digits, "-" and "_" only', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = toBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses what is not base64url', () => {
    expect(fromBase64url('ab+c')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
  });
});
