/** The connected views of the applications, each provided by its root component (context.ts viewContext). */
import type { ChamanView } from '../machines/chaman.connect';
import type { DossierView } from '../machines/dossier.connect';
import type { LoginView } from '../machines/login.connect';
import type { OcView } from '../machines/ocmw-config.connect';
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
/** ChamanApp. */
export const CHAMAN_VIEW = viewContext<ChamanView>();
/** OcmwConfigApp. */
export const OC_VIEW = viewContext<OcView>();
