/** Text as searches compare it: without accents, in lower case ("Ïnge" finds "Inge"). */
export const foldText = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
