/** What the ChaMan specs share: the labels of the four OCMW Online permissions of a REST account (004). */
export const OCMW_ONLINE_PERMISSIONS = [
  'Administratie van het OCMW Online-systeem',
  'Beheer van het OCMW Online proces',
  "Bewerken van de signalitieke gegevens van de OCMW's",
  "Raadpleging van de signalitieke gegevens van de OCMW's",
] as const;
