/**
 * What PrimaWeb's screens show (Home, "Mijn toegangen", "Beheer van de toegangen van de gebruikers
 * van het OCMW", the profile editor, the prints), from the machine's snapshot and the world (issue
 * 14: a `connect` per application, after zag's pattern): the screen, the session, the OCMW's
 * profiles and users, the profile or user chosen with what belongs to them, the dialog open over
 * the management page, and the function blocks of the session's profiles. Pure: the components
 * draw this and send intents. (The files have their own: dossier.connect.ts.)
 */
import { blocksOf, SEARCH_FILE, type FunctionBlock } from '../domain/functions';
import { activeUsers, inactiveUsers, profileById, profilesOf, profileUsers, userProfiles, type ListedUser } from '../world/access';
import { personById } from '../world/eid';
import { sessionFunctions } from '../world/primaweb';
import type { Person, PrimawebSession, Profile, World } from '../world/types';
import type { PrimawebSnapshot } from './primaweb.controller';

export type PrimawebScreen = 'home' | 'myAccess' | 'management' | 'editor' | 'printProfile' | 'printUser' | 'files';

/** The dialogs of the management page ("Profiel verwijderen?", "Gebruiker deactiveren?", "Profielen toekennen"). */
export type ManagementDialog = 'confirmDelete' | 'deleteRefused' | 'confirmDeactivate' | 'assign' | null;

const SCREENS: readonly PrimawebScreen[] = ['myAccess', 'management', 'editor', 'printProfile', 'printUser', 'files'];
const DIALOGS = ['confirmDelete', 'deleteRefused', 'confirmDeactivate', 'assign'] as const;

export interface PrimawebView {
  screen: PrimawebScreen;
  session: PrimawebSession | null;
  kbo: string;
  /** The person of the session ("Mijn toegangen"). */
  me: Person | undefined;
  /** Home: the function blocks the session's profiles open (a social agent's; fixed at login, 001). */
  blocks: FunctionBlock[];
  /** "Dossiers" opens the files only with "Opzoeken van een dossier" among the session's functions. */
  canSearchFiles: boolean;
  /** Management: the OCMW's profiles, its active and inactive users, the inactive list unfolded. */
  profiles: Profile[];
  users: ListedUser[];
  inactive: ListedUser[];
  showingInactive: boolean;
  /** The profile and the user chosen, with the dialog open over the page (only with what it concerns). */
  profile: Profile | undefined;
  person: Person | undefined;
  dialog: ManagementDialog;
  /** The prints: the chosen profile's users, the chosen user's profiles. */
  profileUsers: Person[];
  personProfiles: Profile[];
}

export function connectPrimaweb(snapshot: PrimawebSnapshot, world: World): PrimawebView {
  const ctx = snapshot.context;
  const session = world.session;
  const kbo = session?.kbo ?? '';
  const screen = SCREENS.find((s) => snapshot.matches(s)) ?? 'home';
  const profile = ctx.profileId ? profileById(world, ctx.profileId) : undefined;
  const person = ctx.personId ? personById(world, ctx.personId) : undefined;
  const open = screen === 'management' ? DIALOGS.find((d) => snapshot.matches({ management: d })) : undefined;
  // A dialog shows only with what it is about (a profile deleted meanwhile closes it).
  const dialog = open && (open === 'confirmDelete' || open === 'deleteRefused' ? profile : person) ? open : null;
  return {
    screen,
    session,
    kbo,
    me: session ? personById(world, session.personId) : undefined,
    blocks: session?.role === 'socialeAgent' ? blocksOf(sessionFunctions(session)) : [],
    canSearchFiles: !!session && sessionFunctions(session).includes(SEARCH_FILE),
    profiles: profilesOf(world, kbo),
    users: activeUsers(world, kbo),
    inactive: inactiveUsers(world, kbo),
    showingInactive: snapshot.matches({ management: 'inactive' }),
    profile,
    person,
    dialog,
    profileUsers: profile ? profileUsers(world, profile.id) : [],
    personProfiles: person && session ? userProfiles(world, person.id, session.kbo) : [],
  };
}
