/**
 * "Aanmelden in PrimaWeb": the eLearning narration of 001/002, step by step, as the default
 * social worker of OCMW Herstappe (whose card is in the reader and who holds both roles).
 */
import { checkPinFormat } from '../../domain/pin';
import type { Intent } from '../../machines/simulator';
import { insertCard, unblockCard } from '../../world/eid';
import { closeSession } from '../../world/primaweb';
import { DEFAULT_CARD, HERSTAPPE } from '../../world/seed';
import type { Scenario, ScenarioStep, StepContext } from '../scenario';
import { TITLES } from '../titles';

const is =
  <T extends Intent['type']>(type: T, match?: (intent: Extract<Intent, { type: T }>, ctx: StepContext) => boolean) =>
  (intent: Intent, ctx: StepContext) =>
    intent.type === type && (!match || match(intent as Extract<Intent, { type: T }>, ctx));

const cardHolder = (ctx: StepContext) => ctx.world.readerCardId ?? DEFAULT_CARD;
const pinOf = (ctx: StepContext) => ctx.world.people.find((p) => p.id === cardHolder(ctx))?.pin ?? '';

const steps: ScenarioStep[] = [
  {
    id: 'professionals',
    narration: {
      nl: 'We bevinden ons op de startpagina van het Portaal van de Sociale Zekerheid. We melden ons aan als Ambtenaren en andere professionelen.',
      fr: 'Nous sommes sur la page d\'accueil du Portail de la Sécurité sociale. Nous nous connectons en tant que Fonctionnaires et autres professionnels.',
    },
    hint: { nl: 'Klik op "Ambtenaren en andere professionals".', fr: 'Cliquez sur « Fonctionnaires et autres professionnels ».' },
    target: 'audience-professionals',
    expects: is('openAudience', (i) => i.audience === 'professionals'),
    perform: () => ({ type: 'openAudience', audience: 'professionals' }),
    isDone: ({ login }) => !login.matches({ portal: 'home' }) && !login.matches('boot'),
  },
  {
    id: 'sector',
    narration: {
      nl: 'Vervolgens kiezen we voor OCMW\'s & POD Maatschappelijke Integratie.',
      fr: 'Ensuite, nous choisissons CPAS & SPP Intégration sociale.',
    },
    hint: { nl: 'Klik op "OCMW\'s & POD Maatschappelijke Integratie".', fr: 'Cliquez sur « CPAS & SPP Intégration sociale ».' },
    target: 'sector-ocmw',
    expects: is('openSector', (i) => i.sector === 'ocmw'),
    perform: () => ({ type: 'openSector', sector: 'ocmw' }),
    isDone: ({ login }) => login.matches({ portal: 'services' }) || login.matches({ portal: 'service' }) || login.matches('csam'),
  },
  {
    id: 'service',
    narration: {
      nl: 'U ziet nu alle beschikbare onlinediensten voor de hoedanigheid Maatschappelijk welzijn. We kiezen "PrimaWeb".',
      fr: 'Vous voyez maintenant tous les services en ligne disponibles pour la qualité Aide sociale. Nous choisissons « PrimaWeb ».',
    },
    hint: { nl: 'Klik in de lijst van de onlinediensten op "Prima-Web".', fr: 'Dans la liste des services en ligne, cliquez sur « Prima-Web ».' },
    target: 'service-primaweb',
    expects: is('openService', (i) => i.service === 'primaweb'),
    perform: () => ({ type: 'openService', service: 'primaweb' }),
    isDone: ({ login }) => (login.matches({ portal: 'service' }) && login.context.service === 'primaweb') || login.matches('csam'),
  },
  {
    id: 'start',
    narration: {
      nl: 'Alvorens de toepassing "PrimaWeb" te openen gaan we ons identificeren.',
      fr: 'Avant d\'ouvrir l\'application « PrimaWeb », nous allons nous identifier.',
    },
    hint: { nl: 'Klik op "Start de onlinedienst op".', fr: 'Cliquez sur « Démarrer le service en ligne ».' },
    target: 'service-start',
    expects: is('startService'),
    perform: () => ({ type: 'startService' }),
    isDone: ({ login }) => login.matches('csam'),
  },
  {
    id: 'key',
    narration: {
      nl: 'U kan nu een identificatiemethode kiezen. Wij bevestigen onze wens om aan te melden via eID.',
      fr: 'Vous pouvez maintenant choisir une méthode d\'identification. Nous confirmons notre souhait de nous connecter avec l\'eID.',
    },
    hint: { nl: 'Klik op "Aanmelden met eID".', fr: 'Cliquez sur « Se connecter avec l\'eID ».' },
    target: 'key-eid',
    expects: is('chooseKey', (i) => i.key === 'eid'),
    perform: () => ({ type: 'chooseKey', key: 'eid' }),
    isDone: ({ login }) => login.matches({ csam: 'eidConfirm' }) || login.matches({ csam: 'certificate' }) || login.matches({ csam: 'pin' }),
  },
  {
    id: 'confirm',
    narration: {
      nl: 'Let op, je eID moet al in je identiteitskaartlezer zitten.',
      fr: 'Attention, votre eID doit déjà se trouver dans votre lecteur de carte d\'identité.',
    },
    hint: { nl: 'De kaart zit in de kaartlezer: klik op "Bevestigen".', fr: 'La carte est dans le lecteur : cliquez sur « Confirmer ».' },
    target: 'eid-confirm',
    expects: is('confirmEid'),
    perform: () => ({ type: 'confirmEid' }),
    isDone: ({ login }) => login.matches({ csam: 'certificate' }) || login.matches({ csam: 'pin' }),
  },
  {
    id: 'certificate',
    narration: {
      nl: 'We selecteren het certificaat waarmee we ons willen identificeren. In dit geval werd slechts één certificaat op de pc opgeslagen, maar het is goed mogelijk dat er meerdere certificaten op uw pc gekend zijn (bijvoorbeeld dat van een collega of een klant).',
      fr: 'Nous sélectionnons le certificat avec lequel nous voulons nous identifier. Ici, le PC connaît plusieurs certificats : c\'est tout à fait possible (par exemple celui d\'un collègue ou d\'un client).',
    },
    hint: {
      nl: 'Kies het certificaat "(Authentication)" van de persoon wiens kaart in de kaartlezer zit, en klik op "OK".',
      fr: 'Choisissez le certificat « (Authentication) » de la personne dont la carte est dans le lecteur, puis cliquez sur « OK ».',
    },
    target: 'certificate-dialog',
    expects: (intent, ctx) => intent.type === 'selectCertificate' && intent.personId === cardHolder(ctx),
    wrongFeedback: (intent) =>
      intent.type === 'selectCertificate'
        ? {
            nl: 'Dat certificaat hoort bij een andere kaart dan die in de kaartlezer. Kies het certificaat van de kaarthouder.',
            fr: 'Ce certificat appartient à une autre carte que celle du lecteur. Choisissez le certificat du titulaire de la carte.',
          }
        : null,
    perform: (ctx) => ({ type: 'selectCertificate', personId: cardHolder(ctx) }),
    isDone: ({ login }) => login.matches({ csam: 'pin' }),
  },
  {
    id: 'pin',
    narration: {
      nl: 'U voert de pincode in en klikt op OK. Opgelet, u heeft maar drie kansen om de correcte pincode in te voeren. Indien u driemaal een verkeerde pincode invoert zal uw eID geblokkeerd worden. U zult in die situatie met uw puk-code naar de gemeentelijke administratie van uw woonplaats moeten gaan om uw eID opnieuw te activeren.',
      fr: 'Vous introduisez le code PIN et cliquez sur OK. Attention, vous n\'avez que trois chances pour introduire le bon code PIN. Si vous introduisez trois fois un mauvais code PIN, votre eID sera bloquée. Vous devrez alors vous rendre avec votre code PUK à l\'administration communale de votre domicile pour réactiver votre eID.',
    },
    hint: {
      nl: 'Typ de demopincode die in de kaartlezer (simulatorbalk) staat, en klik op "OK".',
      fr: 'Tapez le code PIN de démonstration affiché dans le lecteur de carte (barre du simulateur), puis cliquez sur « OK ».',
    },
    target: 'pin-dialog',
    // A badly formed PIN changes nothing and gets the dialog's own message, so it may pass.
    expects: (intent, ctx) => intent.type === 'submitPin' && (intent.pin === pinOf(ctx) || checkPinFormat(intent.pin) !== null),
    wrongFeedback: (intent) =>
      intent.type === 'submitPin'
        ? {
            nl: 'Dat is niet de pincode van deze kaart. In de begeleide modus telt deze poging niet: kijk naar de demopincode in de kaartlezer.',
            fr: 'Ce n\'est pas le code PIN de cette carte. En mode guidé, cet essai ne compte pas : regardez le code PIN de démonstration dans le lecteur.',
          }
        : null,
    perform: (ctx) => ({ type: 'submitPin', pin: pinOf(ctx) }),
    isDone: ({ login }) => login.matches('enterprise') || login.matches('confirmed'),
  },
  {
    id: 'enterprise',
    narration: {
      nl: 'U krijgt nu de lijst van de entiteiten en de hoedanigheden waarvoor u gekend bent, u selecteert de hoedanigheid Maatschappelijk Welzijn voor de gewenste entiteit.',
      fr: 'Vous recevez maintenant la liste des entités et des qualités pour lesquelles vous êtes connu ; vous sélectionnez la qualité Aide sociale pour l\'entité souhaitée.',
    },
    hint: { nl: 'Kies "OCMW HERSTAPPE" (Maatschappelijk Welzijn - Gebruiker).', fr: 'Choisissez « OCMW HERSTAPPE » (Maatschappelijk Welzijn - Gebruiker).' },
    target: 'enterprise-list',
    expects: is('chooseEnterprise', (i) => i.kbo === HERSTAPPE),
    perform: () => ({ type: 'chooseEnterprise', kbo: HERSTAPPE }),
    isDone: ({ login }) => login.matches('confirmed'),
  },
  {
    id: 'application',
    narration: {
      nl: 'U kunt zien dat we aangemeld zijn als OCMW van Herstappe. We klikken nu op de knop "Applicatie opstarten".',
      fr: 'Vous pouvez voir que nous sommes connectés en tant que CPAS de Herstappe. Nous cliquons maintenant sur le bouton « Démarrer l\'application ».',
    },
    hint: { nl: 'Klik op "Applicatie opstarten".', fr: 'Cliquez sur « Démarrer l\'application ».' },
    target: 'application-start',
    expects: is('startApplication'),
    perform: () => ({ type: 'startApplication' }),
    isDone: ({ login }) => login.matches('roleChoice') || login.matches('primaweb'),
  },
  {
    id: 'role',
    narration: {
      nl: 'Afhankelijk van de rollen die u werden toegewezen, komt u hetzij rechtstreeks op de startpagina van PrimaWeb hetzij op dit scherm. Indien u wenst aan te melden als Sociale Agent om de dossiers te beheren selecteert u Sociale Agent en klikt u op "kiezen". Indien u wenst aan te melden om de profielen de gebruikers te beheren, selecteert u PrimaWeb beheer en klikt u op "kiezen". We kiezen ervoor om in te loggen als Sociale Agent.',
      fr: 'Selon les rôles qui vous ont été attribués, vous arrivez soit directement sur la page d\'accueil de PrimaWeb, soit sur cet écran. Pour vous connecter en tant qu\'Agent social afin de gérer les dossiers, sélectionnez Agent social et cliquez sur « choisir ». Pour gérer les profils des utilisateurs, sélectionnez Gestion PrimaWeb et cliquez sur « choisir ». Nous choisissons de nous connecter en tant qu\'Agent social.',
    },
    hint: { nl: 'Kies "Sociale Agent" in de lijst en klik op "kiezen".', fr: 'Choisissez « Agent social » dans la liste et cliquez sur « choisir ».' },
    target: 'role-choice',
    expects: is('chooseRole', (i) => i.role === 'socialeAgent'),
    perform: () => ({ type: 'chooseRole', role: 'socialeAgent' }),
    isDone: ({ login }) => login.matches('primaweb'),
  },
];

export const loginScenario: Scenario = {
  id: 'aanmelden-primaweb',
  title: TITLES['aanmelden-primaweb'],
  summary: {
    nl: 'Via het Portaal van de Sociale Zekerheid met uw eID aanmelden in PrimaWeb (eLearning "Aanmelden").',
    fr: 'Se connecter à PrimaWeb avec l\'eID via le Portail de la Sécurité sociale (eLearning « Connexion »).',
  },
  outro: {
    nl: 'Zo, we zijn nu op de startpagina van PrimaWeb. Afhankelijk van de profielen die u werden toegewezen, kan het zijn dat uw startpagina er iets anders uitziet. Als u voor het eerst inlogt als Sociale Agent, zijn de gegevens die zichtbaar zijn op de startpagina beperkt omdat er u nog geen profiel is toegewezen. Na deze eerste verbinding kan de PrimaWeb beheerder u één of meerdere profielen toewijzen. U moet dan volledig uitloggen en vervolgens weer aanmelden.',
    fr: 'Voilà, nous sommes sur la page d\'accueil de PrimaWeb. Selon les profils qui vous ont été attribués, votre page d\'accueil peut être un peu différente. Si vous vous connectez pour la première fois en tant qu\'Agent social, les données visibles sur la page d\'accueil sont limitées parce qu\'aucun profil ne vous a encore été attribué. Après cette première connexion, le gestionnaire PrimaWeb peut vous attribuer un ou plusieurs profils. Vous devez alors vous déconnecter complètement, puis vous reconnecter.',
  },
  prepare: (world) => {
    const withCard = insertCard(unblockCard(closeSession(world), DEFAULT_CARD), DEFAULT_CARD);
    return withCard;
  },
  startPage: { page: 'home' },
  steps,
};

