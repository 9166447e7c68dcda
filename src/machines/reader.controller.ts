/**
 * The simulator's own tools as intents (so that guided scenarios can ask for them): the card
 * reader, the trainer's simulated date, and the simulated software vendor answering a delegation
 * request (ChaMan). Moving the date on also lets vendors answer what has waited long enough.
 * The trainer also resets one application's data to the world as delivered (world/reset.ts).
 */
import { isIsoDate } from '../domain/dates';
import { answerDelegation, answerDueDelegations } from '../world/chaman';
import { cardOf, insertCard, personById, removeCard, unblockCard } from '../world/eid';
import { isResettableApp, resetApplication, type ResettableApp } from '../world/reset';
import type { WorldAccess } from './world-access';

export type ReaderIntent =
  | { type: 'reader.insert'; personId: string }
  | { type: 'reader.remove' }
  | { type: 'reader.unblock' }
  | { type: 'sim.setToday'; date: string }
  | { type: 'sim.answerDelegation'; kbo: string; id: string; accept: boolean }
  | { type: 'sim.resetApp'; app: ResettableApp };

export interface ReaderController {
  accepts(intent: ReaderIntent): boolean;
  perform(intent: ReaderIntent): boolean;
}

export function createReaderController(world: WorldAccess): ReaderController {
  const accepts = (intent: ReaderIntent) => {
    const now = world.get();
    switch (intent.type) {
      case 'reader.insert':
        return !!personById(now, intent.personId);
      case 'reader.remove':
        return now.readerCardId !== null;
      case 'reader.unblock':
        return now.readerCardId !== null && !!cardOf(now, now.readerCardId)?.blocked;
      case 'sim.setToday':
        return isIsoDate(intent.date);
      case 'sim.answerDelegation':
        return answerDelegation(now, intent.kbo, intent.id, intent.accept).ok;
      case 'sim.resetApp':
        return isResettableApp(intent.app);
    }
  };
  return {
    accepts,
    perform(intent) {
      if (!accepts(intent)) return false;
      world.update((now) => {
        switch (intent.type) {
          case 'reader.insert':
            return insertCard(now, intent.personId);
          case 'reader.remove':
            return removeCard(now);
          case 'reader.unblock':
            return now.readerCardId ? unblockCard(now, now.readerCardId) : now;
          case 'sim.setToday':
            return answerDueDelegations({ ...now, today: intent.date });
          case 'sim.answerDelegation': {
            const answered = answerDelegation(now, intent.kbo, intent.id, intent.accept);
            return answered.ok ? answered.world : now;
          }
          case 'sim.resetApp':
            return resetApplication(now, intent.app);
        }
      });
      return true;
    },
  };
}
