/**
 * Zips that are the same bytes for the same files: entries sorted by path, one fixed date, fixed
 * compression. Two builds of one commit give identical packages, so a changed checksum means a
 * changed simulator, and an LMS administrator can compare what they were given.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * 1 January 2000, 00:00, built from local-time parts: zip stores local DOS time and fflate reads
 * the local parts back, so this date is written the same in every time zone.
 */
const FIXED_DATE = new Date(2000, 0, 1, 0, 0, 0);

export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime: FIXED_DATE, level: 9 }];
  return zipSync(entries);
}
