/** The answer field of a test exercise's question: what the learner is told after "Antwoord bewaren". */
import type { Runner } from '../../training/runner';

export type AnswerFeedback = { kind: 'error'; key: 'assess.answer.empty' } | { kind: 'recorded'; answer: string } | null;

/** Hands the typed answer to the runner; an empty one is refused with a message and changes nothing. */
export function submitAnswer(runner: Pick<Runner, 'answer' | 'answerGiven'>, typed: string): AnswerFeedback {
  const outcome = runner.answer(typed);
  if (outcome === 'empty') return { kind: 'error', key: 'assess.answer.empty' };
  if (outcome === 'recorded') return { kind: 'recorded', answer: runner.answerGiven() ?? typed.trim() };
  return null;
}
