/** What PrimaWeb's screens need from the open session. */
import type { Profile, PrimawebSession } from '../../world/types';

/** A profile's description in the language the user logged in with (000, footnote 2). */
export function describe(profile: Pick<Profile, 'description'>, session: PrimawebSession | null): string {
  return profile.description[session?.language ?? 'nl'];
}
