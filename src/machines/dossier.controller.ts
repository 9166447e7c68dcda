/**
 * Plans what the learner does in a file (search, household, integrations, forms): the intent is
 * the dossier event; where the controller decides something (a gate, a world command, the typed
 * fields checked), it adds the outcome as facts.
 */
import type { SnapshotFrom } from 'xstate';
import { addMember, createRequest, removeMember } from '../world/clients';
import { disintegrate, integrate } from '../world/integrations';
import { sendFormB, sendFormC } from '../world/forms';
import type { World } from '../world/types';
import { readForm, readPeriod } from './dossier.fields';
import { dossierMachine, type DossierContext, type DossierEvent, type DossierIntent } from './dossier.machine';
import { checkBasicRules } from './rules-check';
import { createMachineController, type MachineController, type Planned } from './machine-controller';
import type { WorldAccess } from './world-access';

export type { DossierIntent };

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

function planIntegration(
  intent: Extract<DossierIntent, { type: 'dossier.integrate' | 'dossier.disintegrate' }>,
  ctx: DossierContext,
  now: World,
): Planned<DossierEvent> | null {
  if (!ctx.requestId) return null;
  const { errors, start, end } = readPeriod(ctx.start, ctx.end, { start: 'start', end: 'end' });
  if (ctx.code === '') errors.code = 'missing';
  if (ctx.persons.length === 0) errors.persons = 'missing';
  if (Object.keys(errors).length > 0 || !start) return { event: { ...intent, errors, outcomes: [] } };
  const input = { requestId: ctx.requestId, clientIds: ctx.persons, code: ctx.code, start, end };
  const result = intent.type === 'dossier.integrate' ? integrate(now, input) : disintegrate(now, input);
  // The world's refusals: no person chosen, or the request gone meanwhile (a trainer's reset).
  if (!result.ok) return { event: { ...intent, errors: { persons: result.errors.form === 'noPersons' ? 'missing' : 'requestGone' }, outcomes: [] } };
  return { event: { ...intent, errors: {}, outcomes: result.outcomes }, world: result.world };
}

function planSend(intent: Extract<DossierIntent, { type: 'dossier.send' }>, ctx: DossierContext, now: World): Planned<DossierEvent> | null {
  const { errors, effective, aid } = readForm(ctx);
  if (!ctx.requestId || Object.keys(errors).length > 0 || !effective) return null;
  if (ctx.formType === 'C') {
    const r = sendFormC(now, ctx.requestId, effective);
    return r.ok ? { event: { ...intent, sent: { type: 'C', integrated: [] }, error: null }, world: r.world } : { event: { ...intent, sent: null, error: r.errors } };
  }
  if (!aid) return null;
  const r = sendFormB(now, { requestId: ctx.requestId, type: ctx.formType, aid, effective, others: ctx.others });
  return r.ok
    ? { event: { ...intent, sent: { type: ctx.formType, integrated: r.integrated }, error: null }, world: r.world }
    : { event: { ...intent, sent: null, error: r.errors } };
}

function planDossier(intent: DossierIntent, ctx: DossierContext, now: World): Planned<DossierEvent> | null {
  switch (intent.type) {
    case 'dossier.open':
      // Only a request of the session's OCMW.
      return now.requests.some((r) => r.id === intent.requestId && r.kbo === now.session?.kbo) ? { event: intent } : null;
    case 'dossier.newRequest': {
      // A new request integrates its main beneficiary in code 01 for 30 days (003).
      const kbo = now.session?.kbo;
      if (!kbo) return null;
      const created = createRequest(now, kbo, intent.clientId);
      return created.ok ? { event: { ...intent, requestId: created.id }, world: created.world } : null;
    }
    case 'dossier.addMember': {
      if (!ctx.requestId) return null;
      const r = addMember(now, ctx.requestId, intent.clientId, intent.role);
      return r.ok ? { event: { ...intent, error: null }, world: r.world } : { event: { ...intent, error: r.errors.form } };
    }
    case 'dossier.removeMember': {
      if (!ctx.requestId) return null;
      const r = removeMember(now, ctx.requestId, intent.clientId);
      return r.ok ? { event: { ...intent, error: null }, world: r.world } : { event: { ...intent, error: r.errors.form } };
    }
    case 'dossier.integrate':
    case 'dossier.disintegrate':
      return planIntegration(intent, ctx, now);
    case 'dossier.consult': {
      const { errors, start, end } = readPeriod(ctx.consultStart, ctx.consultEnd, { start: 'consultStart', end: 'consultEnd' }, true);
      if (ctx.consultClientId === '') errors.consultPerson = 'missing';
      if (Object.keys(errors).length > 0 || !start) return { event: { ...intent, errors, consulted: null } };
      return { event: { ...intent, errors: {}, consulted: { clientId: ctx.consultClientId, period: { start, end } } } };
    }
    case 'dossier.preview':
      return { event: { ...intent, errors: readForm(ctx).errors } };
    case 'dossier.send':
      return planSend(intent, ctx, now);
    // "Basisregels": the rules decide on the person's integrations by the session's OCMW.
    case 'dossier.checkRules':
      return ctx.requestId && now.session ? { event: { ...intent, answer: checkBasicRules(now, now.session.kbo, intent.question) } } : null;
    default:
      return { event: intent };
  }
}
