import { describe, expect, it } from 'vitest';
import { ASSESSMENTS } from '../training/assessments';
import { fillReport, stripReport } from './labels';
import { fullHistory, LABELS } from './learner-data.test-helper';

describe('report labels', () => {
  it('leaves out every label the definitions have, and puts them back', () => {
    for (const report of fullHistory()) {
      const stripped = stripReport(report, LABELS);
      expect(JSON.stringify(stripped)).not.toContain(report.title.nl);
      expect(JSON.stringify(stripped)).not.toContain(report.results[0]!.goals[0]!.label.fr);
      expect(fillReport(stripped, LABELS)).toEqual(report);
    }
  });

  it('keeps a label that differs from the definition as it is', () => {
    const [report] = fullHistory();
    const reworded = { ...report!, results: report!.results.map((r, i) => (i === 0 ? { ...r, goals: r.goals.map((g) => ({ ...g, label: { nl: 'oud', fr: 'ancien' } })) } : r)) };
    const stripped = stripReport(reworded, LABELS);
    expect(JSON.stringify(stripped)).toContain('ancien');
    expect(fillReport(stripped, LABELS)).toEqual(reworded);
  });

  it('cannot put back a label nobody has', () => {
    const [report] = fullHistory();
    expect(fillReport(stripReport(report!, LABELS), undefined)).toBeNull();
    expect(ASSESSMENTS.length).toBeGreaterThan(0);
  });
});
