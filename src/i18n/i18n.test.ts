import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import fr from './fr.json';
import primawebNl from './primaweb.nl.json';
import primawebFr from './primaweb.fr.json';
import toegangsbeheerNl from './toegangsbeheer.nl.json';
import toegangsbeheerFr from './toegangsbeheer.fr.json';
import chamanNl from './chaman.nl.json';
import chamanFr from './chaman.fr.json';
import ocmwConfigNl from './ocmw-config.nl.json';
import ocmwConfigFr from './ocmw-config.fr.json';
import mergersNl from './mergers.nl.json';
import mergersFr from './mergers.fr.json';
import assessmentNl from './assessment.nl.json';
import assessmentFr from './assessment.fr.json';
import trainerNl from './trainer.nl.json';
import trainerFr from './trainer.fr.json';
import scenariosNl from './scenarios.nl.json';
import scenariosFr from './scenarios.fr.json';

const CATALOGS: [string, Record<string, string>, Record<string, string>][] = [
  ['core', nl, fr],
  ['primaweb', primawebNl, primawebFr],
  ['toegangsbeheer', toegangsbeheerNl, toegangsbeheerFr],
  ['chaman', chamanNl, chamanFr],
  ['ocmw-config', ocmwConfigNl, ocmwConfigFr],
  ['mergers', mergersNl, mergersFr],
  ['assessment', assessmentNl, assessmentFr],
  ['trainer', trainerNl, trainerFr],
  ['scenarios', scenariosNl, scenariosFr],
];

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(CATALOGS)('message catalog %s', (_name, dutch, french) => {
  it('French has every Dutch key, and no other', () => {
    expect(Object.keys(french).sort()).toEqual(Object.keys(dutch).sort());
  });

  it('translations keep the placeholders and are not left empty', () => {
    for (const [key, text] of Object.entries(dutch)) {
      const translated = french[key] ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});

describe('namespaces', () => {
  it('share no key with the core or with each other', () => {
    const keys = CATALOGS.flatMap(([, dutch]) => Object.keys(dutch));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
