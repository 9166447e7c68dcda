import { describe, expect, it } from 'vitest';
import { isValidInsz } from '../domain/insz';
import { isValidKbo } from '../domain/kbo';
import { createRequest } from './clients';
import { checkCertificate, certificatesOnPc, insertCard, removeCard, unblockCard, verifyPin } from './eid';
import { closeSession, entitiesFor, openPrimawebSession, primawebRolesAt } from './primaweb';
import { DEFAULT_CARD, HERSTAPPE, initialWorld } from './seed';
import { validateWorld } from './validate';

describe('initial world', () => {
  const world = initialWorld();

  it('holds only valid identifiers', () => {
    for (const p of world.people) expect(isValidInsz(p.insz), p.id).toBe(true);
    for (const e of world.enterprises) expect(isValidKbo(e.kbo), e.officialName).toBe(true);
  });

  it('starts with the default social worker in the reader, PIN 1234, with both PrimaWeb roles', () => {
    expect(world.readerCardId).toBe(DEFAULT_CARD);
    expect(world.people.find((p) => p.id === DEFAULT_CARD)?.pin).toBe('1234');
    expect(primawebRolesAt(world, DEFAULT_CARD, HERSTAPPE)).toEqual(['socialeAgent', 'primawebBeheer']);
  });

  it("knows a colleague's certificate and a colleague who never logged in with only Sociaal Agent", () => {
    expect(certificatesOnPc(world).length).toBeGreaterThan(1);
    const never = world.people.filter(
      (p) => primawebRolesAt(world, p.id, HERSTAPPE).join() === 'socialeAgent' && !world.primawebUsers.some((u) => u.personId === p.id),
    );
    expect(never.length).toBeGreaterThan(0);
  });

  it('passes its own validation', () => {
    expect(validateWorld(world).ok).toBe(true);
  });
});

describe('eID card', () => {
  it('blocks the card at the third wrong PIN, and only unblocking lets it work again', () => {
    let world = initialWorld();
    let r = verifyPin(world, 'lotte', '0000');
    expect(r.verdict).toEqual({ kind: 'wrong', triesLeft: 2 });
    r = verifyPin(r.world, 'lotte', '0000');
    expect(r.verdict).toEqual({ kind: 'wrong', triesLeft: 1 });
    r = verifyPin(r.world, 'lotte', '0000');
    expect(r.verdict).toEqual({ kind: 'blocked' });
    world = r.world;
    expect(verifyPin(world, 'lotte', '1234').verdict).toEqual({ kind: 'blocked' });
    expect(checkCertificate(world, 'lotte')).toBe('blocked');
    world = unblockCard(world, 'lotte');
    expect(verifyPin(world, 'lotte', '1234').verdict).toEqual({ kind: 'ok' });
  });

  it('a right PIN resets the count of wrong tries', () => {
    let r = verifyPin(initialWorld(), 'lotte', '9999');
    r = verifyPin(r.world, 'lotte', '1234');
    expect(r.world.cards.find((c) => c.personId === 'lotte')?.wrongTries).toBe(0);
  });

  it('badly formed input is refused without costing a try, and the PIN is never stored', () => {
    const world = initialWorld();
    const r = verifyPin(world, 'lotte', '12a');
    expect(r.verdict).toEqual({ kind: 'format', error: 'notDigits' });
    expect(r.world).toBe(world);
    expect(JSON.stringify(verifyPin(world, 'lotte', '5555').world)).not.toContain('5555');
  });

  it('a certificate needs its own card in the reader', () => {
    let world = initialWorld();
    expect(checkCertificate(world, 'pieter')).toBe('otherCard');
    world = removeCard(world);
    expect(checkCertificate(world, 'lotte')).toBe('noCard');
    expect(verifyPin(world, 'lotte', '1234').verdict).toEqual({ kind: 'noCard' });
    world = insertCard(world, 'ann');
    expect(checkCertificate(world, 'ann')).toBe('ok');
    expect(certificatesOnPc(world).map((p) => p.id)).toContain('ann');
  });
});

describe('PrimaWeb login', () => {
  it('lists the entities a person is known for', () => {
    const world = initialWorld();
    expect(entitiesFor(world, 'lotte').map((e) => e.officialName)).toEqual(['OCMW HERSTAPPE']);
    expect(entitiesFor(world, 'ann')).toHaveLength(4);
    expect(entitiesFor(world, 'sofie')).toHaveLength(0);
  });

  it('registers a first login, and fixes the functions until the next login', () => {
    const world = initialWorld();
    const first = openPrimawebSession(world, 'pieter', HERSTAPPE, 'socialeAgent', 'nl');
    if (!first.ok) throw new Error(first.errors.form);
    expect(first.session).toMatchObject({ firstLogin: true, profiles: [] });
    expect(first.world.primawebUsers.some((u) => u.personId === 'pieter' && u.firstLogin === world.today)).toBe(true);
    const again = openPrimawebSession(closeSession(first.world), 'pieter', HERSTAPPE, 'socialeAgent', 'nl');
    expect(again.ok && again.session.firstLogin).toBe(false);
  });

  it('refuses a role the person does not hold', () => {
    expect(openPrimawebSession(initialWorld(), 'pieter', HERSTAPPE, 'primawebBeheer', 'nl')).toEqual({ ok: false, errors: { form: 'noRole' } });
  });
});

describe('world validation', () => {
  it('names the first problem of a broken world', () => {
    const broken = { ...initialWorld(), cards: [{ personId: 'lotte', wrongTries: 'x', blocked: false }] };
    expect(validateWorld(broken)).toEqual({ ok: false, problem: 'world.cards[0].wrongTries: getal verwacht' });
    expect(validateWorld({ ...initialWorld(), readerCardId: 'nobody' }).ok).toBe(false);
    expect(validateWorld(null).ok).toBe(false);
  });
});

describe('request ids', () => {
  it('never reuse an id still in use, even after requests were removed', () => {
    const base = initialWorld();
    const fewer = { ...base, requests: base.requests.filter((r) => r.id !== 'aanvraag-1') };
    const made = createRequest(fewer, '0212333592', 'sara');
    if (!made.ok) throw new Error(made.errors.form);
    const ids = made.world.requests.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
