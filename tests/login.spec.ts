import { expect, test } from './support/fixtures';
import { LoginFlow } from './support/login.page';

test('happy path: eID login to PrimaWeb as Sociale Agent, then Afmelden logs out completely', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.toPrimawebService();
  await page.getByRole('button', { name: 'Start de onlinedienst op' }).click();
  await expect(page.getByRole('heading', { name: 'Aanmelden bij de online overheid' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'eID of digitale sleutels van erkende partners' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Digitale sleutels met beveiligingscode en gebruikersnaam + wachtwoord' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Europese authenticatie' })).toBeVisible();
  await page.getByRole('button', { name: 'itsme' }).click();
  await expect(page.getByText('Deze digitale sleutel wordt niet nagebootst in de simulator.')).toBeVisible();
  await page.getByRole('button', { name: 'Aanmelden met eID' }).click();
  await expect(page.getByText('Let op, je eID moet al in je identiteitskaartlezer zitten.')).toBeVisible();
  await page.getByRole('button', { name: 'Bevestigen' }).click();

  const certificates = page.getByRole('dialog', { name: 'Selecteer een certificaat' });
  await expect(certificates.getByRole('radio')).toHaveCount(3); // a colleague's and a client's too
  await expect(certificates.getByText('Citizen CA').first()).toBeVisible();
  await flow.chooseCertificate('Lotte Vermeulen');
  await expect(page.getByText('typ hier nooit uw echte pincode')).toBeVisible();
  await flow.enterPin('1234');

  await expect(page.getByRole('heading', { name: 'De onderneming selecteren waarvoor u zich wil aanmelden op het portaal van de sociale zekerheid' })).toBeVisible();
  const herstappe = page.getByRole('button', { name: /^OCMW HERSTAPPE/ });
  await expect(herstappe).toContainText('Maatschappelijk Welzijn - Gebruiker');
  await expect(herstappe).toContainText('Ondernemingsnummer: 212333592');
  await herstappe.click();
  await expect(page.getByRole('heading', { name: 'U bent aangemeld als OCMW van Herstappe' })).toBeVisible();
  await page.getByRole('button', { name: 'Applicatie opstarten' }).click();

  await expect(page.getByRole('heading', { name: 'Gelieve uw rol te selecteren:' })).toBeVisible();
  await page.getByRole('button', { name: 'kiezen' }).click();
  await expect(page.getByText('Kies eerst een rol in de lijst.')).toBeVisible();
  await flow.chooseRole('Sociale Agent');

  await expect(page.getByRole('heading', { name: /PrimaWeb/, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hulpaanvragen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mijn toegangen', exact: true })).toBeVisible();
  // Reload: the session is kept.
  await page.reload();
  await expect(page.getByRole('heading', { name: /PrimaWeb/, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page.getByRole('heading', { name: 'België', level: 1 })).toBeVisible();
});

test('PrimaWeb beheer shows the access management entry', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.loginUntilApplication('Lotte Vermeulen', '1234');
  await flow.chooseRole('PrimaWeb beheer');
  await expect(page.getByRole('button', { name: 'Beheer van de toegangen van de gebruikers van het OCMW' })).toBeVisible();
});

test("a colleague's first login: no role choice, limited home, registered as PrimaWeb user", async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/^Pieter Claes/);
  await expect(page.getByText('Kaart van Pieter Claes')).toBeVisible();
  await flow.loginUntilApplication('Pieter Claes', '2580');
  await expect(page.getByRole('heading', { name: 'Eerste aanmelding' })).toBeVisible();
  await expect(page.getByText('U moet dan volledig uitloggen en vervolgens weer aanmelden.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hulpaanvragen' })).toHaveCount(0);
  // The next login is no longer a first login: the registration was kept.
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await flow.loginUntilApplication('Pieter Claes', '2580');
  await expect(page.getByRole('heading', { name: 'Nog geen profiel' })).toBeVisible();
});

test('no card in the reader: a clear error and a way back', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.openCards();
  await page.getByRole('button', { name: 'Kaart uitnemen' }).click();
  await expect(page.getByText('Geen kaart in de lezer')).toBeVisible();
  await flow.toPrimawebService();
  await page.getByRole('button', { name: 'Start de onlinedienst op' }).click();
  await page.getByRole('button', { name: 'Aanmelden met eID' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { name: 'Geen eID gevonden' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Er zit geen kaart in de identiteitskaartlezer');
  await flow.insertCard(/^Lotte Vermeulen/);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('dialog', { name: 'Selecteer een certificaat' })).toBeVisible();
});

test("a certificate whose card is not in the reader is refused", async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.toPrimawebService();
  await flow.toCertificateChoice();
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText('Selecteer eerst een certificaat.')).toBeVisible();
  await flow.chooseCertificate('Sofie Maes');
  await expect(page.getByText('Dit certificaat hoort niet bij de kaart in de kaartlezer.')).toBeVisible();
  await flow.chooseCertificate('Lotte Vermeulen');
  await expect(page.getByRole('dialog', { name: 'eID-verificatie' })).toBeVisible();
});

test('three wrong PINs block the card; blocked survives a reload; unblocking lets the card log in', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.toPrimawebService();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('12');
  await expect(page.getByText('Een pincode bestaat uit 4 tot 12 cijfers.')).toBeVisible();
  await flow.enterPin('abcd');
  await expect(page.getByText('Een pincode bestaat uit 4 tot 12 cijfers.')).toBeVisible();
  await flow.enterPin('0000');
  await expect(page.getByText('Verkeerde pincode. U heeft nog 2 pogingen.')).toBeVisible();
  await flow.enterPin('1111');
  await expect(page.getByText('U heeft nog 1 poging')).toBeVisible();
  await flow.enterPin('2222');
  await expect(page.getByRole('heading', { name: 'Uw eID is geblokkeerd' })).toBeVisible();
  await expect(page.getByText('puk-code naar de gemeentelijke administratie')).toBeVisible();
  await expect(page.getByText('geblokkeerd', { exact: true })).toBeVisible();
  // The entered PINs are nowhere in storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const pin of ['0000', '1111', '2222']) expect(stored).not.toContain(`"${pin}"`);

  await page.reload();
  await expect(page.getByText('geblokkeerd', { exact: true })).toBeVisible();
  await flow.toPrimawebService();
  await flow.toCertificateChoice();
  await flow.chooseCertificate('Lotte Vermeulen');
  await expect(page.getByRole('heading', { name: 'Uw eID is geblokkeerd' })).toBeVisible();

  await flow.openCards();
  await page.getByRole('button', { name: 'Kaart deblokkeren' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Kaart deblokkeren' });
  await expect(confirm).toContainText('PUK-code');
  await confirm.getByRole('button', { name: 'Kaart deblokkeren' }).click();
  await expect(page.getByText('geblokkeerd', { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
  await flow.chooseCertificate('Lotte Vermeulen');
  await flow.enterPin('1234');
  await expect(page.getByRole('button', { name: /^OCMW HERSTAPPE/ })).toBeVisible();
});

test('services and sectors that are not simulated say so plainly', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await page.getByRole('link', { name: 'Burger' }).click();
  await expect(page.getByText('Dit deel van het portaal wordt niet nagebootst')).toBeVisible();
  await page.getByRole('link', { name: 'Ambtenaren en andere professionals' }).click();
  await page.getByRole('link', { name: 'Gemeenten' }).click();
  await expect(page.getByText('De sector "Gemeenten" wordt niet nagebootst')).toBeVisible();
  await page.getByRole('link', { name: "OCMW's & POD Maatschappelijke Integratie" }).click();
  for (const name of ['beConnected', 'e-Box', 'Infocentre', 'Match-It', 'My Handicap', 'OCMW@RVA', 'OCMW-configuratie', 'Prima-Web', 'Raadpleging codelijsten', 'Toegangsbeheer', 'Uniek verslag']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByText('Maak en beheer gebruikersaccounts, en definieer ontvanger en formaat van de taken binnen uw onderneming.')).toBeVisible();
  await page.getByRole('link', { name: 'Uniek verslag' }).click();
  await page.getByRole('button', { name: 'Start de onlinedienst op' }).click();
  await expect(page.getByText('De onlinedienst "Uniek verslag" wordt (nog) niet nagebootst')).toBeVisible();
  // Browser Back returns to the list of services.
  await page.goBack();
  await expect(page.getByRole('heading', { name: "OCMW's & POD Maatschappelijke Integratie", level: 1 })).toBeVisible();
});

test('a client without any enterprise cannot go further than the PIN', async ({ page }) => {
  const flow = new LoginFlow(page);
  await flow.open();
  await flow.insertCard(/^Sofie Maes/);
  await flow.loginUntilEnterprise('Sofie Maes', '9876');
  await expect(page.getByRole('heading', { name: 'Geen onderneming gevonden' })).toBeVisible();
});
