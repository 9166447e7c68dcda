import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as v from 'valibot';
import { initialWorld } from './seed';
import { validateWorld } from './validate';
import type * as S from './schema';
import type { World } from './types';
import type { Period } from '../domain/periods';
import type { ContactDetails, TechnicalProviders } from '../domain/ocmw-config';
import type { NotificationSettings, ReminderSettings } from '../domain/ocmw-online';
import type { PrimawebRole } from '../domain/roles';
import type { TbApplication, TbStatus } from '../domain/toegangsbeheer';
import type { WorldLocale, WorldText } from '../i18n/locales';

/** A copy of the seed world as storage gives it back (JSON), to break in one place. */
const stored = (): World => JSON.parse(JSON.stringify(initialWorld()));
const problemOf = (data: unknown) => {
  const result = validateWorld(data);
  return result.ok ? null : result.problem;
};

describe('validateWorld (world/schema.ts)', () => {
  it('accepts the seed world, as it is and after a JSON round trip', () => {
    expect(validateWorld(initialWorld()).ok).toBe(true);
    const world = stored();
    expect(validateWorld(world)).toEqual({ ok: true, world });
  });

  it('refuses a value outside its enumeration, naming the path', () => {
    const world = stored();
    (world.tbUsers[3] as { status: string }).status = 'verwijderd';
    expect(problemOf(world)).toBe('world.tbUsers[3].status: ongeldige waarde');
    const app = stored();
    (app.tbUsers[0]!.applications as string[]).push('fax');
    expect(problemOf(app)).toBe(`world.tbUsers[0].applications[${app.tbUsers[0]!.applications.length - 1}]: ongeldige waarde`);
    const locale = stored();
    (locale.people[1] as { language: string }).language = 'de';
    expect(problemOf(locale)).toBe('world.people[1].language: onbekende taal');
  });

  it('refuses a missing field, naming it', () => {
    const world = stored();
    delete (world.people[0] as Partial<World['people'][number]>).pin;
    expect(problemOf(world)).toBe('world.people[0].pin: ontbreekt');
    const { today: _, ...noToday } = stored();
    expect(problemOf(noToday)).toBe('world.today: ontbreekt');
  });

  it('refuses a value of the wrong type, saying what was expected', () => {
    const at = <K extends keyof World>(key: K, value: unknown) => problemOf({ ...stored(), [key]: value });
    expect(problemOf({ ...stored(), cards: [{ personId: 'lotte', wrongTries: 'x', blocked: false }] })).toBe('world.cards[0].wrongTries: getal verwacht');
    expect(problemOf({ ...stored(), cards: [{ personId: 'lotte', wrongTries: Infinity, blocked: false }] })).toBe('world.cards[0].wrongTries: getal verwacht');
    expect(problemOf({ ...stored(), cards: [{ personId: 'lotte', wrongTries: 0, blocked: 'nee' }] })).toBe('world.cards[0].blocked: ja/nee verwacht');
    expect(at('people', 'niemand')).toBe('world.people: lijst verwacht');
    expect(at('session', 'open')).toBe('world.session: object verwacht');
    expect(at('readerCardId', 3)).toBe('world.readerCardId: tekst verwacht');
    expect(at('today', '1/3/2025')).toBe('world.today: datum verwacht');
    expect(problemOf(null)).toBe('world: object verwacht');
    expect(problemOf([])).toBe('world.people: ontbreekt');
  });

  it('refuses broken references between records, naming the list', () => {
    expect(problemOf({ ...stored(), readerCardId: 'nobody' })).toBe('world.readerCardId: onbekende persoon');
    expect(problemOf({ ...stored(), cards: [{ personId: 'nobody', wrongTries: 0, blocked: false }] })).toBe('world.cards: onbekende persoon');
    const world = stored();
    expect(problemOf({ ...world, tbUsers: [...world.tbUsers, world.tbUsers[0]] })).toBe('world.tbUsers: dubbel account');
    expect(problemOf({ ...world, tbUsers: [{ ...world.tbUsers[0]!, kbo: '0000000000' }] })).toBe('world.tbUsers: onbekende onderneming');
    const lb = world.tbUsers.find((u) => u.type === 'LB')!;
    expect(problemOf({ ...world, tbUsers: [...world.tbUsers, { ...lb, insz: '00000000000' }] })).toBe('world.tbUsers: meer dan één lokale beheerder');
  });

  it('ignores keys it does not know, and keeps them, as before', () => {
    const world = { ...stored(), extra: 1, people: stored().people.map((p) => ({ ...p, nickname: 'x' })) };
    const result = validateWorld(world);
    expect(result.ok).toBe(true);
    expect(result.ok && result.world).toBe(world);
  });

  it("infers the domain's own shapes exactly (types only)", () => {
    expectTypeOf<World['integrations'][number]['periods'][number]>().toEqualTypeOf<Period>();
    expectTypeOf<World['ocmwConfigs'][number]['providers']>().toEqualTypeOf<TechnicalProviders>();
    expectTypeOf<World['ocmwConfigs'][number]['contact']>().toEqualTypeOf<ContactDetails | null>();
    expectTypeOf<World['ocmwConfigs'][number]['notifications']>().toEqualTypeOf<NotificationSettings>();
    expectTypeOf<World['ocmwConfigs'][number]['reminders']>().toEqualTypeOf<ReminderSettings>();
    expectTypeOf<World['profiles'][number]['description']>().toEqualTypeOf<WorldText>();
    expectTypeOf<v.InferOutput<typeof S.PrimawebSessionSchema>['role']>().toEqualTypeOf<PrimawebRole>();
    expectTypeOf<World['people'][number]['language']>().toEqualTypeOf<WorldLocale>();
    expectTypeOf<World['tbUsers'][number]['applications']>().toEqualTypeOf<TbApplication[]>();
    expectTypeOf<World['tbUsers'][number]['status']>().toEqualTypeOf<TbStatus>();
  });
});
