/**
 * The simulated eID card reader and cards. The entered PIN is compared and forgotten: it is never
 * stored, only the count of wrong tries is.
 */
import { checkPinFormat, PIN_MAX_TRIES, type PinFormatError } from '../domain/pin';
import type { EidCard, Person, World } from './types';
import type { Done } from './result';

export function personById(world: World, personId: string): Person | undefined {
  return world.people.find((p) => p.id === personId);
}

export function cardOf(world: World, personId: string): EidCard | undefined {
  return world.cards.find((c) => c.personId === personId);
}

function updateCard(world: World, personId: string, change: Partial<EidCard>): World {
  return { ...world, cards: world.cards.map((c) => (c.personId === personId ? { ...c, ...change } : c)) };
}

/** Inserting a card also makes its certificate known to the PC, as the eID middleware does. */
export function insertCard(world: World, personId: string): World {
  if (!cardOf(world, personId)) return world;
  const installed = world.installedCertificates.includes(personId)
    ? world.installedCertificates
    : [...world.installedCertificates, personId];
  return { ...world, readerCardId: personId, installedCertificates: installed };
}

export function removeCard(world: World): World {
  return { ...world, readerCardId: null };
}

/** "Kaart deblokkeren": in reality this needs the PUK code at the municipality (001). */
export function unblockCard(world: World, personId: string): World {
  return updateCard(world, personId, { blocked: false, wrongTries: 0 });
}

/** The certificates the browser lists in "Selecteer een certificaat". */
export function certificatesOnPc(world: World): Person[] {
  return world.installedCertificates.map((id) => personById(world, id)).filter((p): p is Person => !!p);
}

export type CertificateCheck = 'ok' | 'noCard' | 'otherCard' | 'blocked';

/** A certificate only works with its own card in the reader; a blocked card refuses every use. */
export function checkCertificate(world: World, personId: string): CertificateCheck {
  if (world.readerCardId === null) return 'noCard';
  if (world.readerCardId !== personId) return 'otherCard';
  return cardOf(world, personId)?.blocked ? 'blocked' : 'ok';
}

export type PinVerdict =
  | { kind: 'ok' }
  | { kind: 'format'; error: PinFormatError }
  | { kind: 'wrong'; triesLeft: number }
  | { kind: 'blocked' }
  | { kind: 'noCard' };

/**
 * Checks a PIN against the card in the reader. Badly formed input is refused without counting as
 * a try (the real PIN pad does not accept it either); the third wrong PIN in a row blocks the card.
 * Never refused as a command (result.ts): a wrong PIN changes the world too (one try fewer), so the
 * answer is always done, with the verdict.
 */
export function verifyPin(world: World, personId: string, pin: string): Done<{ verdict: PinVerdict }> {
  const card = cardOf(world, personId);
  const person = personById(world, personId);
  if (!card || !person || world.readerCardId !== personId) return { ok: true, world, verdict: { kind: 'noCard' } };
  if (card.blocked) return { ok: true, world, verdict: { kind: 'blocked' } };
  const formatError = checkPinFormat(pin);
  if (formatError) return { ok: true, world, verdict: { kind: 'format', error: formatError } };
  if (pin === person.pin) return { ok: true, world: updateCard(world, personId, { wrongTries: 0 }), verdict: { kind: 'ok' } };
  const wrongTries = card.wrongTries + 1;
  if (wrongTries >= PIN_MAX_TRIES) {
    return { ok: true, world: updateCard(world, personId, { wrongTries, blocked: true }), verdict: { kind: 'blocked' } };
  }
  return { ok: true, world: updateCard(world, personId, { wrongTries }), verdict: { kind: 'wrong', triesLeft: PIN_MAX_TRIES - wrongTries } };
}
