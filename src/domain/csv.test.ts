import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('separates with ";", ends lines with CRLF and starts with a BOM', () => {
    expect(toCsv([['Naam', 'Voornaam'], ['Claes', 'Pieter']])).toBe('\uFEFFNaam;Voornaam\r\nClaes;Pieter\r\n');
  });

  it('quotes cells holding a separator, a quote or a line break, doubling quotes', () => {
    expect(toCsv([['a;b', 'say "hi"', 'x\ny', 'plain']])).toBe('\uFEFF"a;b";"say ""hi""";"x\ny";plain\r\n');
  });

  it('keeps accented letters and quotes cells with edge spaces', () => {
    expect(toCsv([['Françoise', ' lead']])).toBe('\uFEFFFrançoise;" lead"\r\n');
  });
});
