/**
 * Times in the formats each standard accepts. LMSs validate them strictly (Moodle's SCORM 2004
 * time allows two decimals of a second, and a time zone only after them), so these stay on the
 * narrowest common form.
 */

/** SCORM 1.2 CMITimespan, HHHH:MM:SS.SS (hours two to four digits). */
export function scorm12Timespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** ISO 8601 duration (SCORM 2004 timeinterval, xAPI result.duration): PT1H2M3.45S, PT0S. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  const s = seconds === 0 && (hours > 0 || minutes > 0) ? '' : `${Number(seconds.toFixed(2))}S`;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${s}`;
}

/** SCORM 2004 time(second,10,0): 2026-03-01T09:15:00.12Z (UTC, two decimals). */
export function scorm2004Time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 22)}Z`;
}

/** SCORM 1.2 CMITime, a time of day HH:MM:SS (UTC). */
export function scorm12Time(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(11, 19);
}
