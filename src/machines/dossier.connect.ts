/**
 * What the files' screens show ("Dossiers": search, the file's menu, Aanvraag, Gezinssamenstelling,
 * Integraties – Desintegraties, Formulieren), from the machine's snapshot and the world (issue 14:
 * a `connect` per application, after zag's pattern): the screen, the OCMW of the session, the
 * request opened with its members, what the search found, who may still join the household, the
 * repertory rows consulted (with the OCMW of each named), and what form B would integrate. Pure:
 * the components draw this and send intents.
 */
import type { RuleFailure } from '../domain/basic-rules';
import { clientById, requestById, searchClients } from '../world/clients';
import type { IsoDate } from '../domain/dates';
import { plannedIntegrations, type Aid, type PlannedIntegration } from '../world/forms';
import type { Period } from '../domain/periods';
import { consultRepertory, ownIntegrations, type RepertoryRow } from '../world/integrations';
import { enterpriseByKbo } from '../world/primaweb';
import { mergedPredecessors, timelineAxis, timelineLines, type TimelineLine } from '../world/timeline';
import type { Client, Enterprise, HouseholdMember, Request, World } from '../world/types';
import type { DossierSnapshot } from './dossier.controller';
import { readForm } from './dossier.fields';
import { integrationRefused } from './dossier.machine';
import type { RulesAnswer } from './rules-check';

export type FileScreen = 'search' | 'request' | 'household' | 'integrations' | 'forms' | 'timeline' | 'rules';

const FILE_SCREENS = ['household', 'integrations', 'forms', 'timeline', 'rules'] as const;

export interface DossierView {
  screen: FileScreen;
  /** The OCMW of the PrimaWeb session. */
  kbo: string;
  request: Request | undefined;
  /** The file's "hoofdbegunstigde", named in the file's header. */
  main: Client | undefined;
  members: { member: HouseholdMember; client: Client }[];
  /** Search: each request of this OCMW a client found is in, and the clients found in none (a new request may be registered). */
  results: { client: Client; request: Request }[];
  withoutRequest: Client[];
  /** Gezinssamenstelling: the clients who may still be added to the household. */
  candidates: Client[];
  /** "Raadplegen": the repertory's rows, each with the name of the OCMW it is an OCMW's (else null: a named institution). */
  consulted: (RepertoryRow & { ocmwName: string | null })[];
  /** Form B: the members the form's other household members it ticks may be (children, co-residents), and what it would integrate. */
  others: HouseholdMember[];
  planned: PlannedIntegration[];
  /** The form refused by the basic rules: each person the rules refuse, with the rules broken (else empty). */
  refusedBy: { clientId: string; failures: RuleFailure[] }[];
  /** The form's overview: its effective date and aid as read from the typed fields. */
  typed: { effective?: IsoDate; aid?: Aid };
  /** "Integraties": the magnifier's detail — this OCMW's integrations of the person it is open for, per code. */
  details: { code: string; periods: Period[] }[];
  /** The integration form was refused for what was typed (the consultation's fields aside). */
  integrationRefused: boolean;
  /**
   * "Tijdlijn" (on that screen only): the OCMW of the session, the OCMWs merged into it, the lines
   * (own integrations first, then the predecessors') and the axis (world/timeline.ts).
   */
  timeline: { own: Enterprise | undefined; predecessors: Enterprise[]; lines: TimelineLine[]; axis: { start: IsoDate; end: IsoDate } } | null;
  /** "Basisregels": the answer of the last "Nakijken". */
  rulesAnswer: RulesAnswer | null;
}

export function connectDossier(snapshot: DossierSnapshot, world: World): DossierView {
  const ctx = snapshot.context;
  const kbo = world.session?.kbo ?? '';
  const screen: FileScreen = snapshot.matches('file') ? (FILE_SCREENS.find((s) => snapshot.matches({ file: s })) ?? 'request') : 'search';
  const request = ctx.requestId ? requestById(world, ctx.requestId) : undefined;
  const household = request?.household ?? [];
  const main = household.find((m) => m.role === 'hoofdbegunstigde');
  const found = ctx.searched ? searchClients(world, ctx.query) : [];
  const requestsOf = (client: Client) => world.requests.filter((r) => r.kbo === kbo && r.household.some((m) => m.clientId === client.id));
  const form = readForm(ctx);
  return {
    screen,
    kbo,
    request,
    main: main && clientById(world, main.clientId),
    members: household.flatMap((member) => {
      const client = clientById(world, member.clientId);
      return client ? [{ member, client }] : [];
    }),
    results: found.flatMap((client) => requestsOf(client).map((r) => ({ client, request: r }))),
    withoutRequest: found.filter((client) => requestsOf(client).length === 0),
    candidates: world.clients.filter((c) => !household.some((m) => m.clientId === c.id)),
    consulted: (ctx.consulted ? consultRepertory(world, ctx.consulted.clientId, ctx.consulted.period, kbo) : []).map((row) => ({
      ...row,
      ocmwName: row.institution.startsWith('ocmw:') ? (world.enterprises.find((e) => `ocmw:${e.kbo}` === row.institution)?.officialName ?? row.institution) : null,
    })),
    others: household.filter((m) => m.role === 'kind' || m.role === 'inwonende'),
    planned:
      request && form.effective && form.aid && ctx.formType !== 'C'
        ? plannedIntegrations(world, { requestId: request.id, type: ctx.formType as 'B', aid: form.aid, effective: form.effective, others: ctx.others })
        : [],
    refusedBy: ctx.formError && 'rules' in ctx.formError ? ctx.formError.rules : [],
    typed: { effective: form.effective, aid: form.aid },
    details: ctx.detailClientId ? ownIntegrations(world, ctx.detailClientId, kbo) : [],
    integrationRefused: integrationRefused(ctx.errors),
    timeline: screen === 'timeline' ? timelineOf(world, request, kbo) : null,
    rulesAnswer: ctx.rulesAnswer,
  };
}

function timelineOf(world: World, request: Request | undefined, kbo: string): NonNullable<DossierView['timeline']> {
  const lines = request ? timelineLines(world, request.id, kbo) : [];
  return { own: enterpriseByKbo(world, kbo), predecessors: mergedPredecessors(world, kbo), lines, axis: timelineAxis(lines, world.today) };
}
