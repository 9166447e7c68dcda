/** eID PIN rules (domain.md): 4–12 digits; three wrong PINs in a row block the card. */

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 12;
export const PIN_MAX_TRIES = 3;

export type PinFormatError = 'empty' | 'notDigits' | 'tooShort' | 'tooLong';

export function checkPinFormat(pin: string): PinFormatError | null {
  if (pin === '') return 'empty';
  if (!/^\d+$/.test(pin)) return 'notDigits';
  if (pin.length < PIN_MIN_LENGTH) return 'tooShort';
  if (pin.length > PIN_MAX_LENGTH) return 'tooLong';
  return null;
}
