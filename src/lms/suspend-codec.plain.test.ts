/** A browser without CompressionStream('deflate-raw'): the codec falls back to plain base64url, under the same bound. */
import { describe, expect, it, vi } from 'vitest';
import { initialWorld } from '../world/seed';
import { LABELS, largeWorld, learner } from './learner-data.test-helper';
import { decodeSuspend, encodeSuspend } from './suspend-codec';
import { SUSPEND_LIMIT } from './types';

vi.mock('./deflate', async (original) => ({ ...(await original<typeof import('./deflate')>()), canDeflate: () => false }));

describe('suspend_data without compression', () => {
  it('writes PW0, stays under the limit, and reads back what it kept', async () => {
    for (const input of [learner(), learner(largeWorld())]) {
      const { text, dropped } = await encodeSuspend(input);
      expect(text.startsWith('PW0:')).toBe(true);
      expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
      const decoded = await decodeSuspend(text, initialWorld(), LABELS);
      expect(decoded.problem).toBeNull();
      expect(decoded.state!.progress).toEqual(input.progress);
      expect(decoded.state!.history).toHaveLength(input.history.length - dropped.reports);
    }
  });

  it('says so when it meets compressed data it cannot read', async () => {
    expect((await decodeSuspend('PW1:AAAA', initialWorld())).problem?.code).toBe('unsupported');
  });
});
