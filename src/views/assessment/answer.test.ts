import { describe, expect, it } from 'vitest';
import { submitAnswer } from './answer';

const runnerWith = (outcome: 'recorded' | 'empty' | 'noQuestion', given: string | null = null) => ({ answer: () => outcome, answerGiven: () => given });

describe('the answer field (issue 12.2)', () => {
  it('an empty answer gets a message next to the field', () => {
    expect(submitAnswer(runnerWith('empty'), '  ')).toEqual({ kind: 'error', key: 'assess.answer.empty' });
  });
  it('a recorded answer is shown as the runner keeps it (trimmed)', () => {
    expect(submitAnswer(runnerWith('recorded', '31/08/2025'), ' 31/08/2025 ')).toEqual({ kind: 'recorded', answer: '31/08/2025' });
  });
  it('without a question there is nothing to say', () => {
    expect(submitAnswer(runnerWith('noQuestion'), 'x')).toBeNull();
  });
});
