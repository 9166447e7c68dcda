/** A stable, fictional serial number per certificate, derived from the holder's INSZ. */
export function certificateSerial(insz: string): string {
  let hash = 2166136261;
  for (const ch of insz) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hex = (hash.toString(16) + insz).toUpperCase().padEnd(16, '0').slice(0, 16);
  return hex.match(/.{4}/g)!.join(' ');
}
