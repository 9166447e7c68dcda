/**
 * The simulated back end: everything the simulated applications know. Plain serialisable data;
 * only the commands in this folder change it, each returning a new World.
 *
 * The stored records' types are inferred from their schemas (schema.ts), which also validate a
 * loaded World (validate.ts): one source for both. A field's doc comment is on its schema entry.
 * They are interfaces extending the inferred types, so they keep their names in hovers and errors
 * and behave exactly as the hand-written interfaces did.
 */
import type * as v from 'valibot';
import type * as S from './schema';
import type { WorldText } from '../i18n/locales';

export type { WorldText };

export interface Person extends v.InferOutput<typeof S.PersonSchema> {}

export interface EidCard extends v.InferOutput<typeof S.EidCardSchema> {}

export interface Enterprise extends v.InferOutput<typeof S.EnterpriseSchema> {}

/**
 * An account in Toegangsbeheer for the capacity Maatschappelijk Welzijn of an enterprise. It is
 * what lets a person log in for that enterprise at all: its applications are the roles ("In
 * Toegangsbeheer spreekt men van rollen", 000). Linked to a person by INSZ, as the portal does.
 * The password is never kept: nothing in the simulation asks for it again.
 */
export interface TbUser extends v.InferOutput<typeof S.TbUserSchema> {}

/** A person becomes a PrimaWeb user of an enterprise at their first login there (000). */
export interface PrimawebUser extends v.InferOutput<typeof S.PrimawebUserSchema> {}

export interface Profile extends v.InferOutput<typeof S.ProfileSchema> {}

export interface ProfileAssignment extends v.InferOutput<typeof S.ProfileAssignmentSchema> {}

/**
 * An open PrimaWeb session. The functions are fixed at login: a profile assigned later only shows
 * after the user logs out completely and logs in again (001).
 */
export interface PrimawebSession extends v.InferOutput<typeof S.PrimawebSessionSchema> {}

/** A client of the OCMW, as the national register knows them. */
export interface Client extends v.InferOutput<typeof S.ClientSchema> {}

export type HouseholdRole = v.InferOutput<typeof S.HouseholdRoleSchema>;

export interface HouseholdMember extends v.InferOutput<typeof S.HouseholdMemberSchema> {}

/** A request for help: the "Huidige aanvraag" of a client's file, with its household. */
export interface Request extends v.InferOutput<typeof S.RequestSchema> {}

/** The repertory: a client's integration periods with one institution under one capacity code. */
export interface IntegrationRecord extends v.InferOutput<typeof S.IntegrationRecordSchema> {}

/** A form sent to the POD MI from a request. */
export interface SentForm extends v.InferOutput<typeof S.SentFormSchema> {}

/** ChaMan: "Contactgegevens" of the person who manages the technical channels. */
export interface ChamanContact extends v.InferOutput<typeof S.ChamanContactSchema> {}

export interface FtpAccount extends v.InferOutput<typeof S.FtpAccountSchema> {}

export interface RestAccount extends v.InferOutput<typeof S.RestAccountSchema> {}

/** A REST account whose certificate a software vendor is asked to manage ("Delegatieverzoeken"). */
export interface DelegationRequest extends v.InferOutput<typeof S.DelegationRequestSchema> {}

/** An OCMW as sender in ChaMan ("Uw verzendernummer"). */
export interface ChamanSender extends v.InferOutput<typeof S.ChamanSenderSchema> {}

/** What an OCMW told the POD MI in OCMW-configuratie. */
export interface OcmwConfig extends v.InferOutput<typeof S.OcmwConfigSchema> {}

/**
 * A session in one of the portal's other applications (Toegangsbeheer, OCMW-configuratie, ChaMan):
 * who logged in, and for which enterprise (Toegangsbeheer chooses it inside the application).
 */
export interface AppSession extends v.InferOutput<typeof S.AppSessionSchema> {}

export interface World extends v.InferOutput<typeof S.WorldSchema> {}
