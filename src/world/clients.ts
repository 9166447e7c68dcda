/**
 * The OCMW's clients, their requests ("Huidige aanvraag") and households ("Gezinssamenstelling")
 * (manual 003). Fictional people; every INSZ is valid in form.
 */
import { AUTOMATIC_REQUEST_DAYS } from '../domain/capacity-codes';
import { checkInsz } from '../domain/insz';
import { plusDays } from '../domain/dates';
import { addPeriod, ownInstitution } from './integration-records';
import type { Client, HouseholdRole, Request, World } from './types';
import { refuse, type Command, type FormRefusal } from './result';

export function clientById(world: World, id: string): Client | undefined {
  return world.clients.find((c) => c.id === id);
}

export function requestById(world: World, id: string): Request | undefined {
  return world.requests.find((r) => r.id === id);
}

/** "Opzoeken van een dossier": by (part of) the name, or by INSZ with or without separators. */
export function searchClients(world: World, query: string): Client[] {
  const text = query.trim().toLocaleLowerCase('nl');
  if (text === '') return [];
  const digits = text.replace(/[\s.\-]/g, '');
  return world.clients.filter(
    (c) =>
      `${c.firstName} ${c.lastName}`.toLocaleLowerCase('nl').includes(text) ||
      `${c.lastName} ${c.firstName}`.toLocaleLowerCase('nl').includes(text) ||
      (/^\d+$/.test(digits) && c.insz.includes(digits)),
  );
}

export type HouseholdError = 'unknownRequest' | 'unknownClient' | 'alreadyMember' | 'notMember' | 'mainBeneficiary' | 'secondPartner';

/** "Gezinssamenstelling": add a member (one partner at most). */
export function addMember(world: World, requestId: string, clientId: string, role: Exclude<HouseholdRole, 'hoofdbegunstigde'>): Command<FormRefusal<HouseholdError>> {
  const request = requestById(world, requestId);
  if (!request) return refuse('unknownRequest');
  if (!clientById(world, clientId)) return refuse('unknownClient');
  if (request.household.some((m) => m.clientId === clientId)) return refuse('alreadyMember');
  if (role === 'partner' && request.household.some((m) => m.role === 'partner')) return refuse('secondPartner');
  const updated = { ...request, household: [...request.household, { clientId, role }] };
  return { ok: true, world: { ...world, requests: world.requests.map((r) => (r.id === requestId ? updated : r)) } };
}

/** "Gezinssamenstelling": remove a member; the main beneficiary stays. */
export function removeMember(world: World, requestId: string, clientId: string): Command<FormRefusal<HouseholdError>> {
  const request = requestById(world, requestId);
  if (!request) return refuse('unknownRequest');
  const member = request.household.find((m) => m.clientId === clientId);
  if (!member) return refuse('notMember');
  if (member.role === 'hoofdbegunstigde') return refuse('mainBeneficiary');
  const updated = { ...request, household: request.household.filter((m) => m.clientId !== clientId) };
  return { ok: true, world: { ...world, requests: world.requests.map((r) => (r.id === requestId ? updated : r)) } };
}

/**
 * A new request integrates its main beneficiary automatically in code 01 for 30 days, from the
 * day the request is made (003, basic rules).
 */
export function createRequest(world: World, kbo: string, clientId: string): Command<FormRefusal<'unknownClient'>, { id: string }> {
  const client = clientById(world, clientId);
  if (!client || !checkInsz(client.insz).valid) return refuse('unknownClient');
  // Requests can be removed (a scenario's set-up), so the count alone could give an id in use.
  let n = world.requests.length + 1;
  while (world.requests.some((r) => r.id === `aanvraag-${n}`)) n++;
  const id = `aanvraag-${n}`;
  const request: Request = { id, kbo, createdOn: world.today, household: [{ clientId, role: 'hoofdbegunstigde' }] };
  const period = { start: world.today, end: plusDays(world.today, AUTOMATIC_REQUEST_DAYS - 1) };
  const withRequest = { ...world, requests: [...world.requests, request] };
  return { ok: true, world: addPeriod(withRequest, clientId, ownInstitution(kbo), '01', period), id };
}
