// Parts 2 and 3 of the bench, in Chromium through Playwright, every figure recorded inside the
// page (performance.now(), PerformanceObserver), never timed from Node.
// - first paint: FCP and LCP from the browser's paint timing, and "app interactive": the moment
//   the app has replaced the pre-rendered first screen and the simulated applications are
//   attached (the bar's simulated date is only drawn once the world is loaded, Runtime.ready).
// - click → next screen painted, over the login path and a PrimaWeb integration.
// Each load and each path runs in a fresh browser context (empty storage and cache: a first visit).
import { expect } from '@playwright/test';
import { chromium } from '@playwright/test';
import { addSummary, heading, kB, median, ms, percentile } from './stats.mjs';

export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launchChromium() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Runs in the page before any of its scripts: paint timing, the moment the app is up, and the interaction probe. */
function pageProbe() {
  const now = () => performance.now();
  /** After the frame that paints what changed: the task that follows the next animation frame. */
  const afterPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(now());
      channel.port2.postMessage(null);
    });
  const bench = {
    fcp: null,
    lcp: null,
    mounted: null,
    interactive: null,
    interactivePainted: null,
    scenarios: null,
    events: [],
    armed: null,
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // Layout shifts while the page loads (the pre-rendered screen replaced by the app's own): CLS's raw sum.
  bench.cls = 0;
  bench.shifts = [];
  const describe = (node) => (node?.nodeType === 1 ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}` : String(node?.nodeName ?? '?'));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      bench.cls += e.value;
      bench.shifts.push({ value: e.value, at: e.startTime, sources: (e.sources ?? []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Event Timing: the browser's own measure of an interaction, from the input's hardware time
  // stamp through the handlers to the next frame presented. Only events of 16 ms or more are reported.
  if (PerformanceObserver.supportedEntryTypes?.includes('event')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.events.push({ name: e.name, startTime: e.startTime, duration: e.duration, interactionId: e.interactionId ?? 0, processingStart: e.processingStart, processingEnd: e.processingEnd });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  }
  bench.eventTiming = PerformanceObserver.supportedEntryTypes?.includes('event') ?? false;

  let prerendered = null;
  const watchStart = () => {
    const app = document.getElementById('app');
    if (!app) return;
    if (!prerendered && app.firstElementChild) prerendered = app.firstElementChild;
    if (prerendered && bench.mounted === null && !prerendered.isConnected) bench.mounted = now();
    if (bench.mounted !== null && bench.interactive === null) {
      const date = document.querySelector('#tool-date-button .sim-tool-value')?.textContent ?? '';
      const explore = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Vrij verkennen');
      if (/\b\d{2}\/\d{2}\/\d{4}\b/.test(date) && explore && !explore.disabled) {
        bench.interactive = now();
        afterPaint((t) => (bench.interactivePainted = t));
      }
    }
    // The modules' next-step buttons ("Beginnen") replace "loading" once the scenarios are in.
    if (bench.interactive !== null && bench.scenarios === null && document.querySelector('.course-next button')) bench.scenarios = now();
  };

  // The interaction probe: arm() before Playwright's input, the first pointerdown/keydown (capture
  // phase, before any handler of the app) is the start; every DOM change after it schedules a
  // look at the clock after the next paint; settle() waits for the DOM to be quiet.
  const onInput = (event) => {
    const a = bench.armed;
    if (!a || a.t0 !== null) return;
    a.t0 = now();
    a.timeStamp = event.timeStamp;
    a.type = event.type;
    a.pending++;
    afterPaint((t) => {
      a.painted = Math.max(a.painted ?? 0, t);
      a.pending--;
    });
  };
  addEventListener('pointerdown', onInput, { capture: true });
  addEventListener('keydown', onInput, { capture: true });

  new MutationObserver(() => {
    // Only until the course home is complete: afterwards the probe does as little as it can.
    if (bench.scenarios === null) watchStart();
    const a = bench.armed;
    if (!a || a.t0 === null) return;
    a.lastMutation = now();
    a.mutations++;
    a.pending++;
    afterPaint((t) => {
      a.painted = Math.max(a.painted ?? 0, t);
      a.pending--;
    });
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  bench.arm = (label) => {
    bench.armed = { label, t0: null, timeStamp: null, type: null, lastMutation: null, mutations: 0, pending: 0, painted: null };
  };
  bench.settle = (quietMs) =>
    new Promise((resolve) => {
      const a = bench.armed;
      const poll = () => {
        const last = Math.max(a.lastMutation ?? 0, a.t0 ?? 0);
        if (a.t0 === null || a.pending > 0 || now() - last < quietMs) return setTimeout(poll, 10);
        bench.armed = null;
        // The interaction's Event Timing entries: the events of the same interactionId as the
        // first one that started at or after the input (pointerdown, pointerup, click; keydown, keyup).
        const mine = bench.events.filter((e) => e.interactionId > 0 && e.startTime >= a.timeStamp - 1 && e.startTime <= a.painted);
        const id = mine[0]?.interactionId;
        const entries = mine.filter((e) => e.interactionId === id);
        resolve({
          label: a.label,
          type: a.type,
          screen: a.painted - a.t0,
          mutations: a.mutations,
          eventTiming: entries.length ? Math.max(...entries.map((e) => e.duration)) : null,
          inputDelay: entries.length ? Math.min(...entries.map((e) => e.processingStart - e.startTime)) : null,
        });
      };
      poll();
    });
}

async function newPage(browser, throttle, options = {}) {
  const context = await browser.newContext({ locale: 'nl-BE', ...options });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(pageProbe);
  return { context, page };
}

async function loadOnce(browser, url, throttle, withResources) {
  const { context, page } = await newPage(browser, throttle);
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.interactive !== null && window.__bench.interactivePainted !== null, null, { timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.scenarios !== null, null, { timeout: 60_000 }).catch(() => {});
    return await page.evaluate((withResources) => {
      const b = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      const resources = withResources
        ? [
            { name: nav.name, size: nav.encodedBodySize, end: nav.responseEnd },
            ...performance.getEntriesByType('resource').map((r) => ({ name: r.name, size: r.encodedBodySize, end: r.responseEnd })),
          ].filter((r) => r.end <= b.interactive)
        : null;
      return { fcp: b.fcp, lcp: b.lcp, mounted: b.mounted, interactive: b.interactive, interactivePainted: b.interactivePainted, scenarios: b.scenarios, cls: b.cls, shifts: b.shifts, resources };
    }, withResources);
  } finally {
    await context.close();
  }
}

export async function measureFirstPaint(browser, url, runs) {
  heading(`2. First paint: ${runs} cold loads per CPU rate, median (min–max); CPU slowed with CDP Emulation.setCPUThrottlingRate`);
  console.log(`Site: ${url} (gzipped, from a sub-folder). Times from navigation start, recorded in the page.`);
  const out = {};
  for (const throttle of [1, 4]) {
    const loads = [];
    for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, url, throttle, throttle === 1 && i === 0));
    const figure = (key) => {
      const xs = loads.map((l) => l[key]);
      return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
    };
    const rows = {
      'first contentful paint (paint timing)': figure('fcp'),
      'largest contentful paint (LCP entries until interactive)': figure('lcp'),
      'pre-rendered screen replaced by the app (main.ts mount)': figure('mounted'),
      'app interactive (simulated applications attached: date in the bar, "Vrij verkennen" live)': figure('interactive'),
      '  … and painted': figure('interactivePainted'),
      'course home complete (scenarios loaded: the modules\' "Beginnen")': figure('scenarios'),
    };
    console.log(`CPU ×${throttle}:`);
    for (const [label, f] of Object.entries(rows)) console.log(`  ${label.padEnd(92)} ${ms(f.median).padStart(8)}  (${ms(f.min)}–${ms(f.max)})`);
    const cls = loads.map((l) => l.cls);
    console.log(`  ${'layout shift while loading (CLS sum, layout-shift entries)'.padEnd(92)} ${median(cls).toFixed(3).padStart(8)}  (${Math.min(...cls).toFixed(3)}–${Math.max(...cls).toFixed(3)})`);
    const shifts = loads[0].shifts.filter((x) => x.value >= 0.01).sort((a, b) => b.value - a.value).slice(0, 3);
    if (shifts.length) console.log(`    largest shifts of the first load: ${shifts.map((x) => `${x.value.toFixed(3)} at ${ms(x.at)} (${x.sources.slice(0, 3).join(', ')})`).join('; ')}`);
    addSummary('2 first paint', `CLS while loading, CPU ×${throttle}`, median(cls).toFixed(3));
    addSummary('2 first paint', `FCP, CPU ×${throttle}`, ms(rows['first contentful paint (paint timing)'].median));
    addSummary('2 first paint', `LCP, CPU ×${throttle}`, ms(rows['largest contentful paint (LCP entries until interactive)'].median));
    addSummary('2 first paint', `app interactive, CPU ×${throttle}`, ms(rows['app interactive (simulated applications attached: date in the bar, "Vrij verkennen" live)'].median));
    const first = loads[0].resources;
    if (first) {
      const total = first.reduce((s, r) => s + r.size, 0);
      console.log(`  loaded before the app is interactive (first load, bytes on the wire, gzip): ${first.length} files, ${kB(total)}`);
      for (const r of first) console.log(`    ${(decodeURIComponent(new URL(r.name).pathname.replace(/^.*\/primaweb\//, '')) || 'index.html').padEnd(44)} ${kB(r.size).padStart(9)}`);
      addSummary('2 first paint', 'fetched before interactive (gz on the wire)', `${first.length} files, ${kB(total)}`);
    }
    out[throttle] = rows;
  }
  return out;
}

/**
 * The whole login path and a PrimaWeb integration, as the specs walk it (tests/login.spec.ts,
 * tests/files.spec.ts, tests/support/*.page.ts), with role and label locators. Each `step` is one
 * measured interaction: Playwright's click or key press, then the screen it leads to.
 * fill() and selectOption() set values without a pointer or key event: not measured.
 */
async function walkPath(page, step) {
  const button = (name, exact) => page.getByRole('button', { name, exact });
  const link = (name) => page.getByRole('link', { name, exact: true });
  const visible = (locator) => () => expect(locator).toBeVisible();
  const typeKeys = async (label, text, field) => {
    for (let i = 0; i < text.length; i++) {
      await step(`${label}: key "${text[i]}"`, () => page.keyboard.press(text[i]), () => expect(field).toHaveValue(text.slice(0, i + 1)));
    }
  };

  await step('course home → Vrij verkennen', () => button('Vrij verkennen').click(), visible(page.getByRole('heading', { name: 'België', level: 1 })));
  await step('portal → Ambtenaren en andere professionals', () => link('Ambtenaren en andere professionals').click(), visible(link("OCMW's & POD Maatschappelijke Integratie")));
  await step("→ OCMW's & POD Maatschappelijke Integratie", () => link("OCMW's & POD Maatschappelijke Integratie").click(), visible(link('Prima-Web')));
  await step('→ Prima-Web', () => link('Prima-Web').click(), visible(page.getByRole('heading', { name: 'Prima-Web', level: 1 })));
  await step('Start de onlinedienst op', () => button('Start de onlinedienst op').click(), visible(page.getByRole('heading', { name: 'Aanmelden bij de online overheid' })));
  await step('Aanmelden met eID', () => button('Aanmelden met eID').click(), visible(button('Bevestigen')));
  const certificates = page.getByRole('dialog', { name: 'Selecteer een certificaat' });
  await step('Bevestigen (card in the reader)', () => button('Bevestigen').click(), visible(certificates));
  const lotte = certificates.getByRole('radio', { name: /Lotte Vermeulen \(Authentication\)/ });
  await step('certificate: Lotte Vermeulen', () => lotte.check(), () => expect(lotte).toBeChecked());
  const pinDialog = page.getByRole('dialog', { name: 'eID-verificatie' });
  await step('certificate OK', () => certificates.getByRole('button', { name: 'OK' }).click(), visible(pinDialog));
  const pin = pinDialog.getByLabel('Pincode');
  await step('PIN field', () => pin.click(), () => expect(pin).toBeFocused());
  await typeKeys('PIN', '1234', pin);
  const herstappe = page.getByRole('button', { name: /^OCMW HERSTAPPE/ });
  await step('PIN OK', () => pinDialog.getByRole('button', { name: 'OK' }).click(), visible(herstappe));
  await step('enterprise: OCMW HERSTAPPE', () => herstappe.click(), visible(page.getByRole('heading', { name: 'U bent aangemeld als OCMW van Herstappe' })));
  await step('Applicatie opstarten', () => button('Applicatie opstarten').click(), visible(page.getByRole('heading', { name: 'Gelieve uw rol te selecteren:' })));
  await page.getByLabel('Rol').selectOption({ label: 'Sociale Agent' });
  await step('role Sociale Agent → kiezen', () => button('kiezen').click(), visible(page.getByRole('heading', { name: 'PrimaWeb - Startpagina' })));
  const query = page.getByLabel('Naam of INSZ');
  await step('Opzoeken van een dossier', () => button('Opzoeken van een dossier').click(), visible(query));
  await query.focus();
  await typeKeys('search', 'Janssens', query);
  const open = button('Openen: Janssens Sara');
  await step('Zoeken', () => button('Zoeken').click(), visible(open));
  await step('Openen: Janssens Sara', () => open.click(), visible(page.getByRole('heading', { name: 'Huidige aanvraag', level: 1 })));
  const start = page.getByRole('textbox', { name: 'Begindatum *', exact: true });
  const end = page.getByRole('textbox', { name: 'Einddatum', exact: true });
  await step('menu: Integraties – Desintegraties', () => page.getByRole('navigation', { name: 'Menu van de aanvraag' }).getByRole('button', { name: 'Integraties – Desintegraties' }).click(), visible(start));
  await start.fill('01/12/2014');
  await end.fill('31/01/2015');
  await page.getByLabel('Hoedanigheidscode *').selectOption('01');
  const tom = page.getByRole('checkbox', { name: 'Selecteren: Peeters Tom' });
  await step('select Peeters Tom', () => tom.check(), () => expect(tom).toBeChecked());
  const tomRow = page.getByRole('row', { name: /Peeters Tom/ });
  await step('Integreren', () => button('Integreren', true).click(), () => expect(tomRow).toContainText('Geïntegreerd: 01/12/2014 – 31/01/2015'));
  await start.fill('01/01/2015');
  await end.fill('14/01/2015');
  await step('Desintegreren', () => button('Desintegreren', true).click(), () => expect(tomRow).not.toContainText('Geïntegreerd: 01/12/2014 – 31/01/2015'));
  await step('Laatste integraties van Peeters Tom', () => button('Laatste integraties per hoedanigheidscode van Peeters Tom').click(), visible(page.getByText('01 – dossier in onderzoek (max 2 maanden): 01/12/2014 – 31/12/2014; 15/01/2015 – 31/01/2015')));
  await step('Afmelden', () => button('Afmelden').click(), visible(page.getByRole('heading', { name: 'België', level: 1 })));
}

async function pathOnce(browser, url, throttle) {
  const { context, page } = await newPage(browser, throttle, { reducedMotion: 'reduce' });
  const samples = [];
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.interactive !== null && window.__bench.scenarios !== null, null, { timeout: 60_000 });
    const eventTiming = await page.evaluate(() => window.__bench.eventTiming);
    const step = async (label, act, expectation) => {
      await page.evaluate((label) => window.__bench.arm(label), label);
      await act();
      await expectation();
      samples.push(await page.evaluate((quiet) => window.__bench.settle(quiet), 100 * throttle));
    };
    await walkPath(page, step);
    return { samples, eventTiming };
  } finally {
    await context.close();
  }
}

export async function measureInteractions(browser, url, runs) {
  heading(`3. Click → next screen painted: the login path + a PrimaWeb integration, ${runs} walk(s) per CPU rate`);
  console.log('Measured in the page, from the input event (capture-phase pointerdown/keydown listener, performance.now()):');
  console.log('  screen = to the first frame painted after the last DOM change it caused (requestAnimationFrame, then the task after it), DOM quiet for 100 ms × CPU rate;');
  console.log('  event timing = the browser\'s Event Timing API (PerformanceObserver type "event", durationThreshold 16): input delay + handlers + presentation, max over the interaction\'s events,');
  console.log('                 the INP measure; an interaction under 16 ms is not reported by the browser and counts as 16 ms (an upper bound).');
  const out = {};
  for (const throttle of [1, 4]) {
    const all = [];
    let eventTiming = false;
    for (let i = 0; i < runs; i++) {
      const walk = await pathOnce(browser, url, throttle);
      eventTiming = walk.eventTiming;
      all.push(...walk.samples);
    }
    const screen = all.map((s) => s.screen);
    const et = all.map((s) => s.eventTiming ?? 16);
    const unreported = all.filter((s) => s.eventTiming === null).length;
    const clicks = all.filter((s) => s.type === 'pointerdown');
    const keys = all.filter((s) => s.type === 'keydown');
    const p = (xs) => `p50 ${ms(percentile(xs, 50)).padStart(7)}  p95 ${ms(percentile(xs, 95)).padStart(7)}  max ${ms(Math.max(...xs)).padStart(7)}`;
    console.log(`CPU ×${throttle}: ${all.length} interactions (${clicks.length} clicks, ${keys.length} key presses); Event Timing ${eventTiming ? 'available' : 'NOT available'}, ${unreported} under 16 ms`);
    console.log(`  event timing, all      ${p(et)}`);
    console.log(`  screen painted, all    ${p(screen)}`);
    console.log(`  screen painted, clicks ${p(clicks.map((s) => s.screen))}`);
    console.log(`  screen painted, keys   ${p(keys.map((s) => s.screen))}`);
    const slowest = [...all].sort((a, b) => b.screen - a.screen).slice(0, 5);
    console.log(`  slowest (screen / event timing): ${slowest.map((s) => `${s.label} ${ms(s.screen)} / ${s.eventTiming === null ? '<16 ms' : ms(s.eventTiming)}`).join('; ')}`);
    addSummary('3 interactions', `event timing p50 / p95, CPU ×${throttle} (${all.length})`, `${ms(percentile(et, 50))} / ${ms(percentile(et, 95))}`, 'none in issue (INP good ≤ 200 ms)');
    addSummary('3 interactions', `screen painted p50 / p95, CPU ×${throttle}`, `${ms(percentile(screen, 50))} / ${ms(percentile(screen, 95))}`, 'none in issue');
    out[throttle] = { all };
  }
  return out;
}

/** The browser's own localStorage (where the simulator keeps the world): does the large world's record fit, and how long do set and get take. */
export async function measureBrowserStorage(browser, url, raw, runs) {
  const { context, page } = await newPage(browser, 1);
  try {
    await page.goto(url);
    const result = await page.evaluate(
      ({ raw, runs }) => {
        const key = 'primaweb-simulator/bench-world';
        const set = [];
        const get = [];
        try {
          for (let i = 0; i < runs; i++) {
            let t = performance.now();
            localStorage.setItem(key, raw);
            set.push(performance.now() - t);
            t = performance.now();
            JSON.parse(localStorage.getItem(key));
            get.push(performance.now() - t);
          }
        } catch (error) {
          return { fits: false, error: String(error) };
        } finally {
          localStorage.removeItem(key);
        }
        const med = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        return { fits: true, set: med(set), get: med(get) };
      },
      { raw, runs },
    );
    if (result.fits) {
      console.log(`  in Chromium's localStorage (the simulator's store): the record fits; setItem median ${ms(result.set)}, getItem + JSON.parse median ${ms(result.get)} (${runs} runs, CPU ×1)`);
      addSummary('4 storage', 'large world in localStorage: set / get+parse', `${ms(result.set)} / ${ms(result.get)}`);
    } else {
      console.log(`  in Chromium's localStorage (the simulator's store): the record does NOT fit: ${result.error}`);
      addSummary('4 storage', 'large world in localStorage', 'does not fit');
    }
  } finally {
    await context.close();
  }
}
