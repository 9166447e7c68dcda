/**
 * What the simulator's own tools on the first screen show (issue 14.2): the card in the reader,
 * the people whose card can be inserted, and the trainer's typed simulated date read into a day.
 * Pure functions of the world; the panels (CardStatus, CardReader, SimulatedDate) only render and
 * send the reader's intents (reader.controller.ts). Kept apart from the vendor's desk
 * (vendor.connect.ts), which loads later with ChaMan's rules.
 */
import { parseDisplayDate, type DateInputError, type IsoDate } from '../domain/dates';
import { cardOf, personById } from '../world/eid';
import type { Person, World } from '../world/types';

export interface ReaderView {
  /** Whose card is in the reader, if any. */
  holder: Person | null;
  /** The card in the reader is blocked (three wrong PINs): the trainer may unblock it. */
  blocked: boolean;
  /** Everyone whose card the trainer can insert, in the world's order. */
  people: readonly Person[];
}

export function connectReader(world: World): ReaderView {
  const holder = (world.readerCardId && personById(world, world.readerCardId)) || null;
  return { holder, blocked: !!holder && !!cardOf(world, holder.id)?.blocked, people: world.people };
}

/** The trainer's "dd/mm/jjjj" as the day of the intent sim.setToday, or what is wrong with it. */
export const readSimulatedDate = (text: string): { ok: true; date: IsoDate } | { ok: false; error: DateInputError } => parseDisplayDate(text);
