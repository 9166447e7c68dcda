/**
 * The progress in few characters, for suspend_data written without compression (a browser
 * without CompressionStream): each scenario's completion times per mode (demo, guided, practice)
 * as milliseconds in base 36 (8 characters instead of a 24-character ISO time), 0 for a mode not
 * done. A time not in toISOString's canonical form (none is, today) travels as it is behind "~",
 * so the round trip is always exact. Compressed, ISO times are the shorter: deflate takes their
 * common prefixes, base 36 has none.
 */
import { MODES, type Progress } from '../training/progress';

export type PackedProgress = Record<string, (string | 0)[]>;

const canonical = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && ms >= 0 && new Date(ms).toISOString() === iso ? ms : null;
};

export function packProgress(progress: Progress): PackedProgress {
  const packed: PackedProgress = {};
  for (const [id, modes] of Object.entries(progress)) {
    packed[id] = MODES.map((mode) => {
      const at = modes[mode];
      if (at === undefined) return 0;
      const ms = canonical(at);
      return ms === null ? `~${at}` : ms.toString(36);
    });
  }
  return packed;
}

/** Unchanged (for the validator to check) when it is not packed progress: plain progress passes through. */
export function unpackProgress(packed: unknown): unknown {
  if (typeof packed !== 'object' || packed === null || Array.isArray(packed)) return packed;
  const progress: Record<string, Record<string, string>> = {};
  for (const [id, times] of Object.entries(packed)) {
    if (!Array.isArray(times) || times.length !== MODES.length || !times.every((t) => t === 0 || typeof t === 'string')) return packed;
    const modes: Record<string, string> = {};
    times.forEach((t, i) => {
      if (t === 0) return;
      const text = t as string;
      modes[MODES[i] as string] = text.startsWith('~') ? text.slice(1) : new Date(parseInt(text, 36)).toISOString();
    });
    Object.defineProperty(progress, id, { value: modes, enumerable: true, writable: true, configurable: true });
  }
  return progress;
}
