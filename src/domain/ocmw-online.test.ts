import { describe, expect, it } from 'vitest';
import { checkEmail } from './email';
import { checkNotifications, checkReminders } from './ocmw-online';

describe('e-mail addresses', () => {
  it('accepts ordinary addresses and refuses the rest', () => {
    expect(checkEmail('onthaal@ocmw-herstappe.be')).toBeNull();
    expect(checkEmail(' sociale.dienst@herstappe.be ')).toBeNull();
    expect(checkEmail('')).toBe('empty');
    for (const bad of ['onthaal', 'onthaal@', '@herstappe.be', 'onthaal@herstappe', 'ont haal@herstappe.be', 'a@@b.be']) expect(checkEmail(bad), bad).toBe('format');
  });
});

describe('OCMW Online settings (004)', () => {
  it('notifications "ja" needs an e-mail address; "nee" needs nothing', () => {
    expect(checkNotifications({ enabled: true, email: '' })).toEqual({ email: 'empty' });
    expect(checkNotifications({ enabled: true, email: 'onthaal@herstappe.be' })).toEqual({});
    expect(checkNotifications({ enabled: false, email: '' })).toEqual({});
  });
  it('reminders "ja" need an address, a delay and a frequency, both positive (example: 2 and 1)', () => {
    expect(checkReminders({ enabled: true, email: 'onthaal@herstappe.be', delay: '2', frequency: '1' })).toEqual({});
    expect(checkReminders({ enabled: true, email: '', delay: '', frequency: '' })).toEqual({ email: 'empty', delay: 'empty', frequency: 'empty' });
    expect(checkReminders({ enabled: true, email: 'x@y.be', delay: '0', frequency: '-1' })).toEqual({ delay: 'notPositive', frequency: 'notPositive' });
    expect(checkReminders({ enabled: true, email: 'x@y.be', delay: '1,5', frequency: 'twee' })).toEqual({ delay: 'notWholeNumber', frequency: 'notWholeNumber' });
    expect(checkReminders({ enabled: false, email: '', delay: '', frequency: '' })).toEqual({});
  });
});
