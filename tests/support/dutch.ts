/**
 * Dutch left in a German or English text: words only Dutch has (none of them German, English or
 * French), counted outside quotes (an English narration quotes PrimaWeb's Dutch labels on
 * purpose). Two of them in one text is a Dutch sentence. Used by the catalogs' unit test and by
 * the Playwright walks in German and English.
 */
const DUTCH = new Set(
  'het een van voor niet uw naar kies klik wordt zijn deze bij ook kan wat dit op aan hebt heeft moet kunt werd geen gebruiker gebruikers gegevens aanmelden toegang zoeken opslaan bevestigen annuleren volgende terug vul typ welke hoe waar nog maar dat'.split(
    ' ',
  ),
);
const unquoted = (s: string) => s.replace(/"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|‘[^’]*’/g, ' ');

export const dutchWords = (s: string): string[] => (unquoted(s).toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).filter((w) => DUTCH.has(w));
export const looksDutch = (s: string): boolean => dutchWords(s).length >= 2;
