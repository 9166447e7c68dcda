import { describe, expect, it } from 'vitest';
import { inTextField, isPresentationKey, type KeyPress } from './tools';

const press = (key: string, target: KeyPress['target'] = { tagName: 'BODY' }, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  target,
  ...mods,
});

describe('issue 12.4: the presentation key', () => {
  it('"P" toggles the presentation in trainer mode, on the page or on a button', () => {
    expect(isPresentationKey(press('p'), true)).toBe(true);
    expect(isPresentationKey(press('P', { tagName: 'BUTTON' }), true)).toBe(true);
    expect(isPresentationKey(press('p', { tagName: 'INPUT', type: 'checkbox' }), true)).toBe(true);
  });
  it('is off without trainer mode, in a text field, with a modifier, or for another key', () => {
    expect(isPresentationKey(press('p'), false)).toBe(false);
    expect(isPresentationKey(press('p', { tagName: 'INPUT', type: 'text' }), true)).toBe(false);
    expect(isPresentationKey(press('p', { tagName: 'INPUT' }), true)).toBe(false);
    expect(isPresentationKey(press('p', { tagName: 'TEXTAREA' }), true)).toBe(false);
    expect(isPresentationKey(press('p', { tagName: 'SELECT' }), true)).toBe(false);
    expect(isPresentationKey(press('p', { tagName: 'DIV', isContentEditable: true }), true)).toBe(false);
    expect(isPresentationKey(press('p', undefined, { ctrlKey: true }), true)).toBe(false);
    expect(isPresentationKey(press('p', undefined, { metaKey: true }), true)).toBe(false);
    expect(isPresentationKey(press('o'), true)).toBe(false);
    expect(inTextField(null)).toBe(false);
  });
});
