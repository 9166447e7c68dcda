/** The connected views of the applications, each provided by its root component (context.ts viewContext). */
import type { DossierView } from '../machines/dossier.connect';
import type { LoginView } from '../machines/login.connect';
import type { PrimawebView } from '../machines/primaweb.connect';
import type { TbView } from '../machines/toegangsbeheer.connect';
import { viewContext } from './context';

/** BrowserWindow: the login's screens, and the frames of PrimaWeb and OCMW-configuratie. */
export const LOGIN_VIEW = viewContext<LoginView>();
/** PrimawebApp. */
export const PRIMAWEB_VIEW = viewContext<PrimawebView>();
/** FilesApp. */
export const DOSSIER_VIEW = viewContext<DossierView>();
/** TbApp. */
export const TB_VIEW = viewContext<TbView>();
