import { describe, expect, it } from 'vitest';
import { checkContactDetails, checkProviders, forAllLanguages, MUTATION_CODES, MUTATION_ROWS, type TechnicalProviders } from './ocmw-config';
import { EXAMPLE_ADDRESS } from '../world/examples';

describe('mutation table', () => {
  it('has the 18 selectable types of 004 and the two group headings without checkbox', () => {
    expect(MUTATION_CODES).toHaveLength(18);
    expect(MUTATION_ROWS.filter((r) => r.kind === 'group').map((r) => r.code)).toEqual(['MURA', 'MUPS']);
    expect(new Set(MUTATION_CODES).size).toBe(MUTATION_CODES.length);
  });
});

const address = EXAMPLE_ADDRESS;

describe('checkContactDetails', () => {
  it('accepts a complete address with the reception phone', () => {
    expect(checkContactDetails(address)).toEqual({});
  });

  it('requires street and city in the three languages, number, postcode and phone', () => {
    const empty = { street: { nl: '', fr: '', de: '' }, number: '', box: '', postcode: '', city: { nl: 'x', fr: '', de: 'x' }, phone: '', email: '' };
    expect(checkContactDetails(empty)).toEqual({
      'street.nl': 'empty',
      'street.fr': 'empty',
      'street.de': 'empty',
      'city.fr': 'empty',
      number: 'empty',
      postcode: 'empty',
      phone: 'empty',
    });
  });

  it('refuses a postcode that is not four digits, a phone number that is not one, and a wrong e-mail', () => {
    expect(checkContactDetails({ ...address, postcode: '404', phone: 'bel me', email: 'onthaal@' })).toEqual({
      postcode: 'postcode',
      phone: 'phone',
      email: 'format',
    });
  });
});

describe('forAllLanguages', () => {
  it('copies the value of the chosen language to the other two', () => {
    expect(forAllLanguages({ nl: 'Kerkstraat', fr: '', de: 'x' }, 'nl')).toEqual({ nl: 'Kerkstraat', fr: 'Kerkstraat', de: 'Kerkstraat' });
  });
});

describe('checkProviders', () => {
  const none = { lastName: '', firstName: '', email: '', phone: '' };
  const providers: TechnicalProviders = {
    network: 'Andere',
    networkOther: '',
    vendors: [],
    programs: [],
    programsNote: '',
    technicalContact: none,
    testContact: { ...none, email: 'test@' },
    remarks: '',
  };

  it('asks the name of the other network provider and checks contact e-mails', () => {
    expect(checkProviders(providers)).toEqual({ networkOther: 'empty', 'testContact.email': 'format' });
    expect(checkProviders({ ...providers, network: 'Telenet', testContact: none })).toEqual({});
  });
});
