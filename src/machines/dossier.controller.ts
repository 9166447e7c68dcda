/** Turns what the learner does in a file (search, household, integrations) into world commands and dossier events. */
import type { SnapshotFrom } from 'xstate';
import { parseDisplayDate, type IsoDate } from '../domain/dates';
import { addMember, createRequest, removeMember } from '../world/clients';
import { disintegrate, integrate } from '../world/integrations';
import { AIDS, sendFormB, sendFormC, type Aid } from '../world/forms';
import type { HouseholdRole, World } from '../world/types';
import { dossierMachine, type DossierContext, type DossierEvent, type FieldErrors } from './dossier.machine';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import type { WorldAccess } from './world-access';

export type DossierIntent =
  | { type: 'dossier.setQuery'; query: string }
  | { type: 'dossier.search' }
  | { type: 'dossier.open'; requestId: string }
  | { type: 'dossier.newRequest'; clientId: string }
  | { type: 'dossier.back' }
  | { type: 'dossier.showRequest' }
  | { type: 'dossier.showHousehold' }
  | { type: 'dossier.showIntegrations' }
  | { type: 'dossier.addMember'; clientId: string; role: Exclude<HouseholdRole, 'hoofdbegunstigde'> }
  | { type: 'dossier.removeMember'; clientId: string }
  | { type: 'dossier.setField'; field: 'start' | 'end' | 'code' | 'consultClientId' | 'consultStart' | 'consultEnd'; value: string }
  | { type: 'dossier.togglePerson'; clientId: string }
  | { type: 'dossier.integrate' }
  | { type: 'dossier.disintegrate' }
  | { type: 'dossier.showDetails'; clientId: string | null }
  | { type: 'dossier.consult' }
  | { type: 'dossier.showForms' }
  | { type: 'dossier.showTimeline' }
  | { type: 'dossier.showRules' }
  | { type: 'dossier.setForm'; field: 'formType' | 'aid' | 'effective'; value: string }
  | { type: 'dossier.toggleOther'; clientId: string }
  | { type: 'dossier.preview' }
  | { type: 'dossier.editForm' }
  | { type: 'dossier.send' };

export type DossierSnapshot = SnapshotFrom<typeof dossierMachine>;
export type DossierController = MachineController<typeof dossierMachine, DossierIntent>;

export function createDossierController(world: WorldAccess): DossierController {
  return createMachineController({
    machine: dossierMachine,
    world,
    input: undefined as never,
    plan: (intent: DossierIntent, snapshot, now) => planDossier(intent, snapshot.context, now),
  });
}

/** Reads the typed period: start mandatory, end optional, end not before start. */
export function readPeriod(
  startText: string,
  endText: string,
  fields: { start: 'start' | 'consultStart'; end: 'end' | 'consultEnd' },
  endRequired = false,
): { errors: FieldErrors; start?: IsoDate; end: IsoDate | null } {
  const errors: FieldErrors = {};
  const start = parseDisplayDate(startText);
  if (!start.ok) errors[fields.start] = start.error;
  let end: IsoDate | null = null;
  if (endText.trim() !== '' || endRequired) {
    const parsed = parseDisplayDate(endText);
    if (!parsed.ok) errors[fields.end] = parsed.error;
    else end = parsed.date;
  }
  if (start.ok && end !== null && end < start.date) errors[fields.end] = 'endBeforeStart';
  return { errors, start: start.ok ? start.date : undefined, end };
}

function planIntegration(kind: 'INTEGRATE' | 'DISINTEGRATE', ctx: DossierContext, now: World): Planned<DossierEvent> | null {
  if (!ctx.requestId) return null;
  const { errors, start, end } = readPeriod(ctx.start, ctx.end, { start: 'start', end: 'end' });
  if (ctx.code === '') errors.code = 'missing';
  if (ctx.persons.length === 0) errors.persons = 'missing';
  if (Object.keys(errors).length > 0 || !start) return { event: { type: kind, errors, outcomes: [] } };
  const input = { requestId: ctx.requestId, clientIds: ctx.persons, code: ctx.code, start, end };
  const result = kind === 'INTEGRATE' ? integrate(now, input) : disintegrate(now, input);
  // The world's refusals: no person chosen, or the request gone meanwhile (a trainer's reset).
  if (!result.ok) return { event: { type: kind, errors: { persons: result.error === 'noPersons' ? 'missing' : 'requestGone' }, outcomes: [] } };
  return { event: { type: kind, errors: {}, outcomes: result.outcomes }, world: result.world };
}

/** The typed form, checked: the effective date always, the aid for forms B. */
export function readForm(ctx: DossierContext): { errors: FieldErrors; effective?: IsoDate; aid?: Aid } {
  const errors: FieldErrors = {};
  const effective = parseDisplayDate(ctx.effective);
  if (!effective.ok) errors.effective = effective.error;
  const aid = (AIDS as readonly string[]).includes(ctx.aid) ? (ctx.aid as Aid) : undefined;
  if (ctx.formType !== 'C' && !aid) errors.aid = 'missing';
  return { errors, effective: effective.ok ? effective.date : undefined, aid };
}

function planSend(ctx: DossierContext, now: World): Planned<DossierEvent> | null {
  const { errors, effective, aid } = readForm(ctx);
  if (!ctx.requestId || Object.keys(errors).length > 0 || !effective) return null;
  if (ctx.formType === 'C') {
    const r = sendFormC(now, ctx.requestId, effective);
    return r.ok ? { event: { type: 'SEND', sent: { type: 'C', integrated: [] }, error: null }, world: r.world } : { event: { type: 'SEND', sent: null, error: r.error } };
  }
  if (!aid) return null;
  const r = sendFormB(now, { requestId: ctx.requestId, type: ctx.formType, aid, effective, others: ctx.others });
  return r.ok
    ? { event: { type: 'SEND', sent: { type: ctx.formType, integrated: r.integrated }, error: null }, world: r.world }
    : { event: { type: 'SEND', sent: null, error: r.error } };
}

function planDossier(intent: DossierIntent, ctx: DossierContext, now: World): Planned<DossierEvent> | null {
  switch (intent.type) {
    case 'dossier.showForms':
      return { event: { type: 'SHOW_FORMS' } };
    case 'dossier.showTimeline':
      return { event: { type: 'SHOW_TIMELINE' } };
    case 'dossier.showRules':
      return { event: { type: 'SHOW_RULES' } };
    case 'dossier.setForm':
      return { event: { type: 'SET_FORM', field: intent.field, value: intent.value } };
    case 'dossier.toggleOther':
      return { event: { type: 'TOGGLE_OTHER', clientId: intent.clientId } };
    case 'dossier.preview':
      return { event: { type: 'PREVIEW', errors: readForm(ctx).errors } };
    case 'dossier.editForm':
      return { event: { type: 'EDIT_FORM' } };
    case 'dossier.send':
      return planSend(ctx, now);
    case 'dossier.setQuery':
      return { event: { type: 'SET_QUERY', query: intent.query } };
    case 'dossier.search':
      return { event: { type: 'SEARCH' } };
    case 'dossier.open':
      return now.requests.some((r) => r.id === intent.requestId && r.kbo === now.session?.kbo) ? { event: { type: 'OPEN_FILE', requestId: intent.requestId } } : null;
    case 'dossier.newRequest': {
      // A new request integrates its main beneficiary in code 01 for 30 days (003).
      const kbo = now.session?.kbo;
      if (!kbo) return null;
      const created = createRequest(now, kbo, intent.clientId);
      return created.ok ? { event: { type: 'OPEN_FILE', requestId: created.id }, world: created.world } : null;
    }
    case 'dossier.back':
      return { event: { type: 'BACK_TO_SEARCH' } };
    case 'dossier.showRequest':
      return { event: { type: 'SHOW_REQUEST' } };
    case 'dossier.showHousehold':
      return { event: { type: 'SHOW_HOUSEHOLD' } };
    case 'dossier.showIntegrations':
      return { event: { type: 'SHOW_INTEGRATIONS' } };
    case 'dossier.addMember': {
      if (!ctx.requestId) return null;
      const r = addMember(now, ctx.requestId, intent.clientId, intent.role);
      return r.ok ? { event: { type: 'ADD_MEMBER', error: null }, world: r.world } : { event: { type: 'ADD_MEMBER', error: r.error } };
    }
    case 'dossier.removeMember': {
      if (!ctx.requestId) return null;
      const r = removeMember(now, ctx.requestId, intent.clientId);
      return r.ok ? { event: { type: 'REMOVE_MEMBER', error: null }, world: r.world } : { event: { type: 'REMOVE_MEMBER', error: r.error } };
    }
    case 'dossier.setField':
      return { event: { type: 'SET_FIELD', field: intent.field, value: intent.value } };
    case 'dossier.togglePerson':
      return { event: { type: 'TOGGLE_PERSON', clientId: intent.clientId } };
    case 'dossier.integrate':
      return planIntegration('INTEGRATE', ctx, now);
    case 'dossier.disintegrate':
      return planIntegration('DISINTEGRATE', ctx, now);
    case 'dossier.showDetails':
      return { event: { type: 'SHOW_DETAILS', clientId: intent.clientId } };
    case 'dossier.consult': {
      const { errors, start, end } = readPeriod(ctx.consultStart, ctx.consultEnd, { start: 'consultStart', end: 'consultEnd' }, true);
      if (ctx.consultClientId === '') errors.consultPerson = 'missing';
      if (Object.keys(errors).length > 0 || !start) return { event: { type: 'CONSULT', errors, consulted: null } };
      return { event: { type: 'CONSULT', errors: {}, consulted: { clientId: ctx.consultClientId, period: { start, end } } } };
    }
  }
}
