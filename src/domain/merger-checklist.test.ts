import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import nl from '../i18n/mergers.nl.json';
import fr from '../i18n/mergers.fr.json';
import { checklistItems, checklistText, CHECKLIST_GROUPS, CHECKLISTS, itemText, MERGER_APPS, overviewItems, toggleTick } from './merger-checklist';
import { SCENARIOS } from '../training/scenarios';

const text = (key: string) => (nl as Record<string, string>)[key] ?? '';
const all = (scenario: 1 | 2 | 3) => checklistItems(scenario).map((i) => text(checklistText(i)));

describe('merger checklists', () => {
  it('give every scenario items for the seven applications of 004, each with its text', () => {
    for (const scenario of [1, 2, 3] as const) {
      for (const app of MERGER_APPS) expect(CHECKLISTS[scenario][app].length, `${scenario} ${app}`).toBeGreaterThan(0);
      for (const item of checklistItems(scenario)) {
        expect(text(itemText(item)), item.id).toBeTruthy();
        expect((fr as Record<string, string>)[itemText(item)], item.id).toBeTruthy();
        expect(text(checklistText(item)), item.id).toBeTruthy();
        expect((fr as Record<string, string>)[checklistText(item)], item.id).toBeTruthy();
      }
    }
  });

  it('keep the dates of the document', () => {
    expect(nl['mg.item.s1.integraties.1']).toContain('31/12/2024');
    expect(nl['mg.item.s1.integraties.1']).toContain('01/01/2025');
    expect(nl['mg.item.s1.uniekVerslag.1']).toContain('februari 2025');
  });

  it('link only scenario 1 to the ChaMan and OCMW-configuratie exercises ("Geen acties nodig" elsewhere)', () => {
    expect(CHECKLISTS[1].chaman.some((i) => i.exercise)).toBe(true);
    expect(CHECKLISTS[2].chaman.some((i) => i.exercise)).toBe(false);
    expect(nl['mg.item.s3.ocmwConfig.1']).toBe('Geen acties nodig');
  });

  it('keep the ids of the items old saves ticked (the overview items stay first, in their order)', () => {
    // The ids the checklist had before issue 11.11: a tick stored under one of them keeps its meaning.
    const before: Record<1 | 2 | 3, Record<string, number>> = {
      1: { integraties: 3, toegangsbeheer: 4, chaman: 6, ocmwConfig: 5, ebox: 2, uniekVerslag: 1, ocmwOnline: 1 },
      2: { integraties: 3, toegangsbeheer: 4, chaman: 2, ocmwConfig: 2, ebox: 2, uniekVerslag: 3, ocmwOnline: 1 },
      3: { integraties: 3, toegangsbeheer: 4, chaman: 2, ocmwConfig: 2, ebox: 2, uniekVerslag: 3, ocmwOnline: 1 },
    };
    for (const scenario of [1, 2, 3] as const) {
      for (const app of MERGER_APPS) {
        const ids = Array.from({ length: before[scenario][app] ?? 0 }, (_, i) => `s${scenario}.${app}.${i + 1}`);
        expect(overviewItems(scenario, app).map((i) => i.id), `${scenario} ${app}`).toEqual(ids);
        expect(CHECKLISTS[scenario][app].slice(0, ids.length).map((i) => i.id)).toEqual(ids);
      }
      const ids = checklistItems(scenario).map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('issue 11.11: every scenario\'s checklist has its section\'s dates and rules, verbatim', () => {
    for (const scenario of [1, 2, 3] as const) {
      const texts = all(scenario);
      const has = (part: string) => expect(texts.some((t) => t.includes(part)), `${scenario}: ${part}`).toBe(true);
      has('Het Toegangsbeheer zal pas beschikbaar zijn vanaf 01/01/2025');
      has('15/11/2024');
      has('Pas in 2026 zal u de aangifte voor het nieuwe OCMW moeten doen');
      has('tot en met 31/12/2024');
      has('Vanuit NovaPRIMA (POD MI) zullen er nog een tijd (enkele maanden tot misschien een jaar)');
      has('Afhankelijk van wat u gaat doen, kiest u het "verdwijnde" of het "nieuwe" OCMW.');
      has('De Hoofdtoegangsbeheerder (HTB) of co-HTB kan een Toegangsbeheerder (TB) per hoedanigheid aanstellen.');
      expect(CHECKLIST_GROUPS.every((g) => CHECKLISTS[scenario][g].length > 0)).toBe(true);
    }
    expect(all(3)).toContain('Het OCMW dat het KBO nummer behoudt mag de lopende beslissingen/integraties en multifunctionele attesten laten zoals ze zijn.');
    expect(all(1)).toContain('Dit kan gedaan worden zodra de RSZ de gegevens van Toegangsbeheer heeft gekopieerd naar het fusie-OCMW.');
    expect(all(1)).toContain('Opgelet! De delen Contactgegevens en OCMW Online zijn momenteel nog niet beschikbaar. Zodra deze beschikbaar zijn, worden alle OCMW\'s per email geïnformeerd.');
    // The document's own spellings: "Deadline" in scenario 1, "Dead line" in 2 and 3.
    expect(all(1).some((t) => t.includes('Deadline 15/11/2024.'))).toBe(true);
    expect(all(2).some((t) => t.includes('Dead line 15/11/2024.'))).toBe(true);
  });

  it('issue 11 (review): the sections\' own dated sentences and "geen acties" are in every checklist, verbatim', () => {
    const online = 'Vanaf 01/01/2025 worden deze aanvragen gelinkt aan het nieuwe OCMW en zijn ze enkel raadpleegbaar via de software van het nieuwe OCMW.';
    const subsidies = 'Het verantwoorden van de jaarlijkse subsidies voor 2024 gebeurt in februari 2025.';
    for (const scenario of [1, 2, 3] as const) {
      const texts = all(scenario);
      expect(texts, `${scenario}`).toContain(online);
      expect(texts.some((t) => t.includes(subsidies)), `${scenario}`).toBe(true);
      expect(texts.some((t) => t.includes('De ingave gebeurt voor de “verdwijnde” OCMW’s.')), `${scenario}`).toBe(true);
      // The sentences around it stay, in the document's order: "... tot en met 31/12/2024." – online – "U hoeft ...".
      const o = CHECKLISTS[scenario].ocmwOnline.map((i) => text(checklistText(i)));
      expect(o.indexOf(online)).toBe(o.findIndex((t) => t.includes('tot en met 31/12/2024')) + 1);
      expect(o.indexOf(online)).toBe(o.findIndex((t) => t.startsWith('U hoeft hiervoor niets doen')) - 1);
    }
    expect(all(2)).toContain(
      'Omwille van het nieuwe NIS-nummer, moeten voor beide fuserende OCMW’s, voor alle lopende dossiers, de formulieren worden stopgezet met als einddatum 31/12/2024 en opnieuw te worden ingevoerd in uw sociale software, onder het KBO van het fusie-OCMW, met als datum invoegetreeding 01/01/2025.',
    );
    expect(all(3).some((t) => t.endsWith('voor het OCMW dat zijn KBO nummer behoud, met als datum van invoegetreeding 01/01/2025.'))).toBe(true);
    expect(all(3).some((t) => t.endsWith('een nieuwe integratie te doen bij het OCMW dat zijn KBO-nummer behoudt.'))).toBe(true);
    // Scenario 3 keeps its number: its checklist never speaks of a new KBO number for the integrations.
    expect(CHECKLISTS[3].integraties.map((i) => text(checklistText(i))).some((t) => t.includes('voor het nieuwe KBO-nummer'))).toBe(false);
    // The overview itself stays as the document has it.
    expect(text(itemText(CHECKLISTS[3].integraties[1]!))).toContain('een nieuwe integratie te doen voor het nieuwe KBO-nummer');
    for (const scenario of [2, 3] as const) {
      expect(all(scenario)).toContain('Er zijn geen acties nodig in ChaMan (beheer technische kanalen).');
    }
    expect(all(2)).toContain('Er zijn geen acties nodig in OCMW-Configuraties.');
    expect(all(3)).toContain('Er zijn geen acties nodig in “OCMW-configuraties”.');
    expect(all(1)).toContain('Er zijn regels qua geldigheidsduur voor certificaten voor een FTP-account.');
  });

  // The manuals sit beside the worktree (../shared/seeds); where they are not, this check is skipped.
  const seed = new URL('../../../shared/seeds/004_3c967744fa379854.txt', import.meta.url);
  it.skipIf(!existsSync(seed))('every section text is a sentence of 004 as it stands', () => {
    const doc = readFileSync(seed, 'utf8').replace(/\s+/g, ' ');
    for (const scenario of [1, 2, 3] as const) {
      for (const item of checklistItems(scenario).filter((i) => i.detail || i.checklistText)) {
        for (const part of text(checklistText(item)).split(/; |: (?=[A-Z])/)) expect(doc.includes(part.replace(/\s+/g, ' ')), `${item.id}: ${part}`).toBe(true);
      }
    }
  });

  it('issue 11.15: an exercise linked from a scenario\'s checklist exists and plays in that scenario\'s own OCMW, not Herstappe', () => {
    for (const scenario of [1, 2, 3] as const) {
      for (const item of checklistItems(scenario).filter((i) => i.exercise)) {
        expect(SCENARIOS.some((s) => s.id === item.exercise), `${item.id}: ${item.exercise}`).toBe(true);
        expect(item.exercise, item.id).not.toBe('toegangsbeheer-gebruiker-toevoegen');
      }
    }
    expect(CHECKLISTS[2].toegangsbeheer[0]?.exercise).toBe('fusie-toegangsbeheer-updaten-2');
  });

  it('ticks and unticks items, ignoring unknown ones', () => {
    const once = toggleTick({}, 1, 's1.chaman.1');
    expect(once).toEqual({ 1: ['s1.chaman.1'] });
    expect(toggleTick(once, 1, 's1.chaman.1')).toEqual({ 1: [] });
    expect(toggleTick(once, 1, 's2.chaman.1')).toBe(once);
  });
});
