import { strFromU8, strToU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { deterministicZip } from './zip';

it('gives the same bytes for the same files, whatever order they come in, and keeps them all', () => {
  const a = new Map([
    ['index.html', strToU8('<!doctype html>')],
    ['assets/x.js', strToU8('x()')],
  ]);
  const b = new Map([...a].reverse());
  const zip = deterministicZip(a);
  expect(deterministicZip(b)).toEqual(zip);
  const back = unzipSync(zip);
  expect(Object.keys(back)).toEqual(['assets/x.js', 'index.html']);
  expect(strFromU8(back['index.html']!)).toBe('<!doctype html>');
});
