// Part 4 of the bench: the stored world. The project's TypeScript runs here through Vite's
// ssrLoadModule (a dev server in middleware mode, no port), so the world, its validation and the
// persistence layer are the real ones. A large synthetic world is built from the real seed by
// adding records in the world's own shapes; it must pass validateWorld before anything is timed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';
import { addSummary, gzSize, heading, kB, median, ms } from './stats.mjs';

export const LARGE = { people: 1000, profiles: 500, periods: 10_000 };
const SUSPEND_LIMIT_12 = 4096;

const pad = (n, width = 2) => String(n).padStart(width, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const FIRST = ['Emma', 'Noah', 'Louise', 'Arthur', 'Olivia', 'Jules', 'Marie', 'Lucas', 'Elise', 'Victor', 'Fien', 'Mathis'];
const LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Lambert'];

/** The seed plus generated people (with cards, PrimaWeb accounts and a profile each), profiles, clients and their integration periods. */
export function largeWorld({ initialWorld, makeInsz, functionIds }) {
  const world = initialWorld();
  const kbos = world.enterprises.map((e) => e.kbo);
  for (let i = 0; i < LARGE.people; i++) {
    const id = `bench-person-${i}`;
    const born = 1950 + (i % 50);
    world.people.push({
      id,
      firstName: FIRST[i % FIRST.length],
      lastName: `${LAST[(i >> 3) % LAST.length]} ${i}`,
      insz: makeInsz(`${pad(born % 100)}${pad(1 + (i % 12))}${pad(1 + (i % 28))}`, 1 + (i % 997), false),
      pin: String(1000 + (i % 9000)),
      language: i % 3 === 0 ? 'fr' : 'nl',
      about: { nl: `Gegenereerde medewerker ${i}`, fr: `Collaborateur généré ${i}` },
    });
    world.cards.push({ personId: id, wrongTries: 0, blocked: false });
    world.primawebUsers.push({ personId: id, kbo: kbos[i % kbos.length], firstLogin: '2025-01-06', active: true });
  }
  for (let i = 0; i < LARGE.profiles; i++) {
    const functions = functionIds.filter((_, f) => (f + i) % 3 === 0);
    world.profiles.push({ id: `bench-profile-${i}`, kbo: kbos[i % kbos.length], description: { nl: `Profiel ${i}`, fr: `Profil ${i}` }, functions });
  }
  for (let i = 0; i < LARGE.people; i++) {
    world.assignments.push({ personId: `bench-person-${i}`, kbo: kbos[i % kbos.length], profileId: `bench-profile-${i % LARGE.profiles}` });
  }
  // 10,000 periods: 2,500 clients, each with two integration records (two codes) of two
  // periods each, sorted and apart as the world keeps them (normalised); one request per client.
  const clients = LARGE.periods / 4;
  const codes = ['01', '02', '03', '07', '40'];
  for (let c = 0; c < clients; c++) {
    const id = `bench-client-${c}`;
    world.clients.push({ id, firstName: FIRST[(c + 5) % FIRST.length], lastName: `${LAST[c % LAST.length]} ${c}`, insz: makeInsz(`${pad(60 + (c % 40))}${pad(1 + (c % 12))}${pad(1 + (c % 28))}`, 1 + (c % 997), false) });
    world.requests.push({ id: `bench-request-${c}`, kbo: kbos[c % kbos.length], createdOn: iso(2024, 1 + (c % 12), 1 + (c % 28)), household: [{ clientId: id, role: 'hoofdbegunstigde' }] });
    for (let r = 0; r < 2; r++) {
      const year = 2015 + ((c + r) % 8);
      world.integrations.push({
        clientId: id,
        institution: `ocmw:${kbos[(c + r) % kbos.length]}`,
        code: codes[(c + r) % codes.length],
        periods: [
          { start: iso(year, 1, 1 + (c % 28)), end: iso(year, 3, 1 + (c % 28)) },
          { start: iso(year + 1, 6, 1), end: r === 1 && c % 5 === 0 ? null : iso(year + 1, 12, 31) },
        ],
      });
    }
  }
  return world;
}

/** Times `fn` `runs` times (after one warm-up) and returns the median in ms. */
async function time(runs, fn) {
  await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

export async function measureStorage(root, runs) {
  heading('4. Storage: the stored world (Node, the real modules through Vite ssrLoadModule, memory backend)');
  const server = await createServer({ root, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false }, optimizeDeps: { noDiscovery: true, include: [] } });
  try {
    const load = (path) => server.ssrLoadModule(join(root, path));
    const [{ initialWorld }, { validateWorld }, { createPersistence }, { memoryBackend }, { makeInsz }, { ALL_FUNCTION_IDS }, { WORLD_RECORD }] = await Promise.all([
      load('src/world/seed.ts'),
      load('src/world/validate.ts'),
      load('src/storage/persistence.ts'),
      load('src/storage/backend.ts'),
      load('src/domain/insz.ts'),
      load('src/domain/functions.ts'),
      load('src/app/world-records.ts'),
    ]);
    const world = largeWorld({ initialWorld, makeInsz, functionIds: ALL_FUNCTION_IDS });
    const checked = validateWorld(world);
    if (!checked.ok) throw new Error(`the large world fails the world's own validation: ${checked.problem}`);
    const periods = world.integrations.reduce((s, r) => s + r.periods.length, 0);
    console.log(`Large world: the seed + ${LARGE.people} people (cards, PrimaWeb accounts, one profile each), ${LARGE.profiles} profiles, ${world.clients.length - initialWorld().clients.length} clients with ${periods} integration periods in all; validateWorld: ok`);
    console.log(`  totals: ${world.people.length} people, ${world.profiles.length} profiles, ${world.assignments.length} assignments, ${world.clients.length} clients, ${world.requests.length} requests, ${world.integrations.length} integration records`);

    const notices = [];
    const backend = memoryBackend();
    const store = createPersistence({ backend, ...WORLD_RECORD, tabId: 'bench', notify: (n) => notices.push(n) });
    if (!(await store.save(world))) throw new Error(`save refused: ${JSON.stringify(notices)}`);
    const raw = backend.getRaw(WORLD_RECORD.key);
    const bytes = Buffer.byteLength(raw);
    const envelope = JSON.parse(raw);
    const results = {
      'validateWorld': await time(runs * 3, () => void validateWorld(world)),
      'JSON.stringify (envelope)': await time(runs * 3, () => void JSON.stringify(envelope)),
      'JSON.parse (envelope)': await time(runs * 3, () => void JSON.parse(raw)),
      'persistence.save (reads the stored record back first, then writes)': await time(runs * 3, () => store.save(world)),
      'persistence.load (parse + validate)': await time(runs * 3, () => store.load()),
    };
    if (notices.length) throw new Error(`persistence notices: ${JSON.stringify(notices)}`);
    for (const [label, t] of Object.entries(results)) console.log(`  ${label.padEnd(68)} median ${ms(t.median).padStart(7)}  (min ${ms(t.min)}, max ${ms(t.max)}, ${runs * 3} runs)`);
    console.log(`  stored record (envelope {schema, savedAt, writer, data} as JSON): ${bytes.toLocaleString('en')} bytes (${kB(bytes)}; gz ${kB(gzSize(Buffer.from(raw)))})`);
    const seedBytes = Buffer.byteLength(JSON.stringify({ schema: WORLD_RECORD.schema, savedAt: 0, writer: 'bench', data: initialWorld() }));
    console.log(`  (the initial world's record: ${seedBytes.toLocaleString('en')} bytes)`);
    addSummary('4 storage', 'large world: load (parse + validate)', ms(results['persistence.load (parse + validate)'].median));
    addSummary('4 storage', 'large world: save', ms(results['persistence.save (reads the stored record back first, then writes)'].median));
    addSummary('4 storage', 'large world: validateWorld', ms(results.validateWorld.median));
    addSummary('4 storage', 'large world: stored record', `${bytes.toLocaleString('en')} B (${kB(bytes)})`);

    const codecPath = 'src/lms/suspend-codec.ts';
    if (!existsSync(join(root, codecPath))) {
      console.log('  suspend_data: codec not present');
      addSummary('4 storage', 'suspend_data', 'codec not present');
    } else {
      await suspendFigures(await load(codecPath), { initialWorld, world });
    }
    return { bytes, raw };
  } finally {
    await server.close();
  }
}

/**
 * suspend_data as the LMS link writes it (src/lms/suspend-codec.ts encodeSuspend): the learner's
 * records with the world as a difference from the delivered one, compressed, never over 4,096
 * characters; what had to be left out is printed beside the length.
 */
async function suspendFigures(codec, { initialWorld, world }) {
  const learner = initialWorld();
  learner.today = '2025-03-01';
  learner.profiles.push({ id: 'bench-own', kbo: learner.enterprises[0].kbo, description: { nl: 'Mijn profiel', fr: 'Mon profil' }, functions: ['dossiers.opzoeken'] });
  const progress = { 'aanmelden-primaweb': { demo: '2026-12-01T10:00:00.000Z', guided: '2026-12-01T10:20:00.000Z' }, 'profiel-creeren': { demo: '2026-12-01T11:00:00.000Z' } };
  const input = (w) => ({
    world: w,
    progress,
    checklist: { 1: ['s1.chaman.1'] },
    history: [],
    course: { lastActivity: { kind: 'scenario', id: 'profiel-creeren', mode: 'demo' }, learnerName: 'Bench' },
    scenarioRun: null,
    assessmentRun: null,
    prefs: { locale: 'nl' },
    initial: initialWorld(),
    savedAt: new Date().toISOString(),
  });
  const rows = [];
  for (const [label, w] of [['initial world + learner data', learner], ['large world', world]]) {
    const { text, dropped } = await codec.encodeSuspend(input(w));
    const left = Object.entries(dropped).filter(([, v]) => v === true || (typeof v === 'number' && v > 0)).map(([k, v]) => (v === true ? k : `${k} ${v}`));
    rows.push([label, text.length, left.length ? `left out: ${left.join(', ')}` : 'nothing left out']);
  }
  for (const [label, length, note] of rows) {
    console.log(`  suspend_data, ${label}: ${length} characters (${note}; SCORM 1.2 limit ${SUSPEND_LIMIT_12})`);
    addSummary('4 storage', `suspend_data, ${label}`, `${length} chars (${note})`, `≤ ${SUSPEND_LIMIT_12}`, length <= SUSPEND_LIMIT_12 ? '✓' : '✗');
  }
}
