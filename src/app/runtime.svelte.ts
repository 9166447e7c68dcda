/**
 * The composition root: opens storage, loads the learner's progress and preferences for the
 * first screen (the course home), then, just after it is drawn, the simulated applications
 * (`attach`: the world, the login controller and the scenario runner, wired to reactive state for
 * the views). Every change of the world goes through `updateWorld`, which also saves it.
 */
import { i18n, loadLocale, loadMessages, loadMessagesIn } from '../i18n/i18n.svelte';
import { LOCALES, localeFor, localeOfTag, type Locale } from '../i18n/locales';
import type { LoginSnapshot } from '../machines/login.controller';
import type { PortalPage } from '../machines/login.machine';
import type { PrimawebSnapshot } from '../machines/primaweb.controller';
import type { DossierSnapshot } from '../machines/dossier.controller';
import type { OcSnapshot } from '../machines/ocmw-config.controller';
import type { TbSnapshot } from '../machines/toegangsbeheer.controller';
import type { ChSnapshot } from '../machines/chaman.controller';
import type { Intent, Simulator } from '../machines/simulator';
import type { WorldAccess } from '../machines/world-access';
import { openBackend, type KeyValueBackend } from '../storage/backend';
import { createPersistence, type Persistence } from '../storage/persistence';
import { recordCompletion, type Mode, type Progress } from '../training/progress';
import type { Runner, RunnerSnapshot } from '../training/runner';
import type { Assessment, AssessmentSnapshot } from '../training/assessment';
import { withReport, type AssessmentHistory, type AssessmentReport, type AssessmentRun, type SavedRun } from '../training/assessment-report';
import type { Scenario } from '../training/scenario';
import type { World } from '../world/types';
import { noticeOf, type Notice } from './notices';
import { COURSE_HASH, hashOfSnapshot, pageOfHash, RESULTS_HASH, resolveScenarioLink, scenarioLinkOf, viewOfHash, type ScenarioLinkOf, type View } from './router';
import { ASSESSMENT_RUN_RECORD, ASSESSMENTS_RECORD, CHECKLIST_RECORD, COURSE_RECORD, PREFS_RECORD, PROGRESS_RECORD, type Prefs, type RecordSpec } from './records';
import type { SavedScenarioRun, ScenarioRun } from '../training/scenario-run';
import type { ChecklistTicks } from '../domain/merger-checklist';
import type { MergerScenario } from '../domain/mergers';
import { EMPTY_COURSE, sameActivity, type CourseRecord, type LastActivity } from '../training/course-status';
import type { ModuleId } from '../training/course';
import { launchScope } from './launch';
import { discoverLms, type WindowLike } from '../lms/discovery';
import type { LearnerState, LmsNotice, ResumeState } from '../lms';

type Core = typeof import('./simulator-core');
type OpenRecord = <T>(spec: RecordSpec<T>) => Persistence<T>;

function newTabId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** A first visit starts in the browser's language when the simulator speaks it (a German browser: German). */
function preferredLocale(): Locale {
  const nav = globalThis.navigator;
  return localeFor(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []);
}

export class Runtime {
  /**
   * The simulated applications are loaded (`attach`): until then the world, the flows and the
   * runner below are not there, and only the course screens are drawn.
   */
  ready = $state(false);
  world = $state.raw<World>(undefined as unknown as World);
  login = $state.raw<LoginSnapshot>(undefined as unknown as LoginSnapshot);
  primaweb = $state.raw<PrimawebSnapshot>(undefined as unknown as PrimawebSnapshot);
  dossier = $state.raw<DossierSnapshot>(undefined as unknown as DossierSnapshot);
  ocmwConfig = $state.raw<OcSnapshot>(undefined as unknown as OcSnapshot);
  toegangsbeheer = $state.raw<TbSnapshot>(undefined as unknown as TbSnapshot);
  chaman = $state.raw<ChSnapshot>(undefined as unknown as ChSnapshot);
  runner = $state.raw<RunnerSnapshot>(undefined as unknown as RunnerSnapshot);
  /** The tests ("Toets"): loaded with the scenarios, after the first screen. */
  assessments = $state.raw<Assessment | null>(null);
  /** The test running or the report shown. */
  assessment = $state.raw<AssessmentSnapshot | null>(null);
  /** The reports of finished tests, newest first; saved. */
  assessmentHistory = $state.raw<AssessmentHistory>([]);
  progress = $state.raw<Progress>({});
  /** Ticks in the merger checklists; saved like the progress. */
  checklist = $state.raw<ChecklistTicks>({});
  /** Whether the "Fusies 2025" guide is shown (the bar's toggle); not persisted. */
  mergerGuideOpen = $state(false);
  /** The scenarios: their narrations are a chunk of their own, loaded just after the first screen. */
  scenarioList = $state.raw<readonly Scenario[]>([]);
  /** What the runner can run: the panel's scenarios and the tests' own exercises (never listed in the panel). */
  #runnable: readonly Scenario[] = [];
  notices = $state<Notice[]>([]);
  /** The simulator's own screen: the course home, "Mijn resultaten", or the simulator (its address says which). */
  view = $state<View>(viewOfHash(globalThis.location?.hash ?? ''));
  /** The module whose certificate ("Attest") is shown over the course screens; not persisted. */
  certificate = $state<ModuleId | null>(null);
  /** The one module of the course this launch is about (an LMS package of one module), or null: the whole course. */
  scope: ModuleId | null = null;
  /** The learner's last scenario or test and their name for the certificate; saved. */
  course = $state.raw<CourseRecord>(EMPTY_COURSE);
  /** Whether the "Scenario's" panel is shown (the bar's toggle); not persisted. */
  scenarioPanelOpen = $state(true);
  /** The scenario run shown was taken up after a reload (the panel says so until another starts). */
  runResumed = $state(false);
  /** Trainer mode (issue 12.4): the trainer's tools are shown; remembered in the prefs. */
  trainer = $state(false);
  /** The learner (or a save) chose the language: an LMS's learner preference no longer changes it. */
  localeChosen = false;
  /**
   * Presentation layout for a projector: the application large, the narration as a caption. Not
   * remembered: it belongs to one session in front of a class, and a learner who switched it on by
   * accident gets the normal screen back with a reload.
   */
  presentation = $state(false);
  /** The scenario panel folded to a narrow strip, to give the application the room; not persisted. */
  scenarioPanelCollapsed = $state(false);
  /** A trainer's link to a moment (#/scenario/…) the page was opened with: applied once the scenarios are loaded. */
  #pendingLink: ScenarioLinkOf = null;
  /**
   * The learner's own world while a scenario or test runs in a world of its own: kept as it was
   * (and saved as the world record), and given back when they leave the run.
   */
  #ownWorld: World | null = null;
  /** The portal page the learner was on when the run began, to return them to it. */
  #ownPage: PortalPage | null = null;
  /** A scenario run that was under way when the page was (re)loaded: taken up once the scenarios are loaded. */
  #pendingScenarioRun: ScenarioRun | null = null;
  /** What was last kept of the scenario run, so a change that keeps the same run is not written twice. */
  #keptRun: { startWorld: World; intents: number; key: string } | null = null;
  #nextNoticeId = 1;
  /** A test that was under way when the page was (re)loaded: taken up once the tests are loaded. */
  #pendingRun: AssessmentRun | null = null;
  /** Set while a run kept from before the reload is taken up: that is no reason to leave the course home. */
  #resuming = false;
  #runnerIdle = true;
  readonly #worldListeners = new Set<(world: World) => void>();
  #saving: Promise<unknown> = Promise.resolve();

  /** Set by `attach`, with `ready`. */
  simulator!: Simulator;
  scenarios!: Runner;
  #core!: Core;
  #worldStore!: Persistence<World>;
  #scenarioRunStore!: Persistence<SavedScenarioRun>;
  #attaching: Promise<void> | null = null;
  /** The test under way as last kept (for an LMS's suspend data). */
  #keptAssessmentRun: AssessmentRun | null = null;
  /** Called after each saved change of the learner's records (an LMS reports them). */
  readonly #savedListeners = new Set<() => void>();
  #scenariosLoading: Promise<void> | null = null;
  /** Open ChaMan delegation requests the vendor can answer (the vendor's button shows the count). */
  readonly pendingDelegations = $derived(this.ready ? this.#core.pendingDelegations(this.world).length : 0);

  private constructor(
    private readonly openRecord: OpenRecord,
    private readonly progressStore: Persistence<Progress>,
    private readonly checklistStore: Persistence<ChecklistTicks>,
    private readonly assessmentsStore: Persistence<AssessmentHistory>,
    private readonly runStore: Persistence<SavedRun>,
    private readonly prefsStore: Persistence<Prefs>,
    private readonly courseStore: Persistence<CourseRecord>,
  ) {
    progressStore.watch((external) => (this.progress = external));
    checklistStore.watch((external) => (this.checklist = external));
    assessmentsStore.watch((external) => (this.assessmentHistory = external));
    courseStore.watch((external) => (this.course = external));
  }

  /**
   * Loads the simulated applications and the world (once; later calls wait for the first): called
   * just after the first screen is drawn. A run kept from before the reload waits for the scenarios.
   */
  attach(): Promise<void> {
    this.#attaching ??= import('./simulator-core').then(async (core) => {
      this.#core = core;
      this.#worldStore = this.openRecord(core.WORLD_RECORD);
      this.#scenarioRunStore = this.openRecord(core.SCENARIO_RUN_RECORD);
      const [world, scenarioRun] = await Promise.all([this.#worldStore.load(), this.#scenarioRunStore.load()]);
      this.world = world ?? core.initialWorld();
      // A test under way wins: starting it would end the scenario run anyway.
      this.#pendingScenarioRun = this.#pendingRun ? null : (scenarioRun?.run ?? null);
      this.#wire(core);
      this.ready = true;
    });
    // Offline with the chunk not cached (no service worker yet): the next screen or action tries again.
    this.#attaching.catch(() => (this.#attaching = null));
    return this.#attaching;
  }

  /** Runs `action` now if the simulated applications are loaded, else as soon as they are. */
  #whenReady(action: () => void) {
    if (this.ready) action();
    else void this.attach().then(action, () => this.notify({ key: 'sim.loadFailed', tone: 'warning' }));
  }

  #wire(core: Core) {
    const access: WorldAccess = {
      get: () => this.world,
      update: (change) => this.updateWorld(change),
      subscribe: (listener) => {
        this.#worldListeners.add(listener);
        return () => this.#worldListeners.delete(listener);
      },
    };
    this.simulator = core.createSimulator(access, () => i18n.locale, pageOfHash(globalThis.location?.hash ?? ''));
    this.simulator.login.subscribe((snapshot) => (this.login = snapshot));
    this.simulator.primaweb.subscribe((snapshot) => (this.primaweb = snapshot));
    this.simulator.dossier.subscribe((snapshot) => (this.dossier = snapshot));
    this.simulator.ocmwConfig.subscribe((snapshot) => (this.ocmwConfig = snapshot));
    this.simulator.toegangsbeheer.subscribe((snapshot) => (this.toegangsbeheer = snapshot));
    this.simulator.chaman.subscribe((snapshot) => (this.chaman = snapshot));
    this.scenarios = core.createRunner({
      world: access,
      simulator: this.simulator,
      scenarios: () => this.#runnable,
      // Each run is prepared from the world as delivered, never from the learner's own.
      baseWorld: core.initialWorld,
      // A set-up that logs the learner in does so in their language, as they would have chosen it.
      prepared: (world) => core.withSessionLanguage(world, i18n.appLocale),
      onEnter: () => this.#enterRun(),
      onLeave: () => this.#leaveRun(),
      onComplete: (id, mode) => this.#complete(id, mode),
      // Only a test runs exercises in assessment mode, so it is loaded by then.
      onAssessed: (result) => this.assessments?.record(result),
    });
    this.scenarios.subscribe((snapshot) => {
      this.runner = snapshot;
      this.#keepScenarioRun();
      const idle = snapshot.matches('idle');
      const { scenarioId, mode } = snapshot.context;
      if (!idle && scenarioId && mode && mode !== 'assessment') this.#noteActivity({ kind: 'scenario', id: scenarioId, mode });
      // A scenario or test started from anywhere (the course home, a report's "again") is shown in the simulator.
      if (this.#runnerIdle && !idle && !this.#resuming) this.show('simulator');
      this.#runnerIdle = idle;
    });
    // A step of the run may change only a screen, not the world: the run is kept then too.
    this.simulator.subscribe(() => this.#keepScenarioRun());
    this.#worldStore.watch((external) => this.#adoptExternalWorld(external));
  }

  /** Opens the learner's records; `backend` replaces the browser's storage (the build's pre-render of the first screen). */
  static async open(options: { backend?: KeyValueBackend } = {}): Promise<Runtime> {
    const { backend, refused } = options.backend ? { backend: options.backend, refused: false } : await openBackend();
    const tabId = newTabId();
    const pending: Notice[] = [];
    const notify = (n: Parameters<typeof noticeOf>[0]) => pending.push({ id: pending.length + 1, ...noticeOf(n) });
    let runtime: Runtime | undefined;
    // Notices raised while loading wait until the runtime exists to show them.
    const open: OpenRecord = <T>(spec: RecordSpec<T>) => {
      const store = createPersistence<T>({ ...spec, backend, tabId, notify: (n) => (runtime ? runtime.notify(noticeOf(n)) : notify(n)) });
      // Every saved change is also news for an LMS, if one launched the simulator.
      return {
        ...store,
        save: async (value: T) => {
          const result = await store.save(value);
          if (runtime) runtime.#savedListeners.forEach((l) => l());
          return result;
        },
      };
    };
    const progressStore = open<Progress>(PROGRESS_RECORD);
    const checklistStore = open<ChecklistTicks>(CHECKLIST_RECORD);
    const assessmentsStore = open<AssessmentHistory>(ASSESSMENTS_RECORD);
    const runStore = open<SavedRun>(ASSESSMENT_RUN_RECORD);
    const prefsStore = open<Prefs>(PREFS_RECORD);
    const courseStore = open<CourseRecord>(COURSE_RECORD);
    if (refused) notify({ kind: 'unavailable' });
    const [progress, prefs, checklist, history, saved, course] = await Promise.all([
      progressStore.load(),
      prefsStore.load(),
      checklistStore.load(),
      assessmentsStore.load(),
      runStore.load(),
      courseStore.load(),
    ]);
    const locale = prefs?.locale ?? preferredLocale();
    await loadLocale(locale).catch(() => undefined);
    i18n.locale = locale;
    runtime = new Runtime(open, progressStore, checklistStore, assessmentsStore, runStore, prefsStore, courseStore);
    runtime.#pendingRun = saved?.run ?? null;
    runtime.#keptAssessmentRun = runtime.#pendingRun;
    runtime.trainer = prefs?.trainer ?? false;
    runtime.localeChosen = prefs !== null && prefs !== undefined;
    runtime.#pendingLink = scenarioLinkOf(globalThis.location?.hash ?? '');
    runtime.progress = progress ?? {};
    runtime.checklist = checklist ?? {};
    runtime.assessmentHistory = history ?? [];
    runtime.course = course ?? EMPTY_COURSE;
    const launch = launchScope(globalThis.location?.search ?? '');
    runtime.scope = launch.module;
    if (launch.unknown !== null) runtime.notify({ key: 'course.module.unknown', tone: 'warning', params: { module: launch.unknown } });
    for (const n of pending) runtime.notify(n);
    return runtime;
  }

  /** Loads the scenarios and the tests over them; the panel says so while they load, and tells when they cannot. */
  loadScenarios(): Promise<void> {
    // Their words (catalog 'scenarios', in the learner's language) arrive with them.
    this.#scenariosLoading ??= Promise.all([import('../training/scenarios'), import('../training/assessment'), import('../training/assessments'), import('../training/scenarios/tests'), loadMessages('scenarios')])
      .then(([scenarios, tests, definitions, exercises]) => {
        if (!this.assessments) {
          const assessments = tests.createAssessment({
            runner: this.scenarios,
            definitions: definitions.ASSESSMENTS,
            onReport: (report) => this.#keepReport(report),
            onRun: (run) => {
              this.#keptAssessmentRun = run;
              void this.runStore.save({ run });
            },
          });
          assessments.subscribe((snapshot) => {
            this.assessment = snapshot;
            const id = snapshot.context.assessmentId;
            if (id && (snapshot.matches('exercise') || snapshot.matches('between'))) {
              this.#noteActivity({ kind: 'test', id });
              // The report keeps its words in every language: they load while the exercise is done.
              loadMessagesIn('scenarios', LOCALES).catch(() => undefined);
              loadMessagesIn('core', LOCALES).catch(() => undefined);
            }
          });
          this.assessments = assessments;
        }
        this.#runnable = [...scenarios.SCENARIOS, ...exercises.TEST_EXERCISES];
        this.scenarioList = scenarios.SCENARIOS;
        // A trainer's link asks for one moment explicitly: it wins over a run kept from before.
        if (this.#pendingLink) this.#openScenarioLink(this.#pendingLink);
        // The exercise's world is prepared by the runner, which needs the scenarios in place first.
        else {
          this.#resuming = true;
          try {
            if (this.#pendingRun) {
              this.assessments.resume(this.#pendingRun);
              // As for a scenario run: the page before the test is not kept across a reload.
              this.#ownPage = null;
            } else if (this.#pendingScenarioRun) this.#resumeScenarioRun(this.#pendingScenarioRun);
          } finally {
            this.#resuming = false;
          }
        }
        this.#pendingRun = null;
        this.#pendingScenarioRun = null;
        this.#pendingLink = null;
      })
      .catch(() => {
        // Offline with a chunk missing: the next action tries again.
        this.#scenariosLoading = null;
        this.notify({ key: 'sim.loadFailed', tone: 'warning' });
      });
    return this.#scenariosLoading;
  }

  /**
   * Runs `action` once the scenarios and tests are there (at once if they are): the course home
   * offers them before they have loaded, so a quick click waits for them instead of doing nothing.
   */
  #whenScenarios(action: () => void) {
    if (this.ready && this.assessments) action();
    else
      void this.attach()
        .then(() => this.loadScenarios())
        .then(() => {
          if (this.assessments) action();
        }, () => this.notify({ key: 'sim.loadFailed', tone: 'warning' }));
  }

  /** Opens a kept test report (from the course home). */
  showReport(report: AssessmentReport) {
    this.#whenScenarios(() => this.assessments?.show(report));
  }

  updateWorld(change: (world: World) => World): void {
    const next = change(this.world);
    if (next === this.world) return;
    this.world = next;
    // A run's world is kept as its starting world and intents (keepScenarioRun), never as the world record.
    if (!this.#ownWorld) this.#saving = this.#saving.then(() => this.#worldStore.save(next));
    this.#worldListeners.forEach((l) => l(next));
    this.#keepScenarioRun();
  }

  /** A scenario or test begins: the learner's own world is set aside, as it is, until they leave the run. */
  #enterRun() {
    if (this.#ownWorld) return;
    this.#ownWorld = this.world;
    this.#ownPage = pageOfHash(globalThis.location?.hash ?? '');
    this.runResumed = false;
  }

  /** The learner left the run: their own world comes back exactly as they left it, on its own screen. */
  #leaveRun() {
    const own = this.#ownWorld;
    if (!own) return;
    this.#ownWorld = null;
    this.runResumed = false;
    this.world = own;
    this.#worldListeners.forEach((l) => l(own));
    this.simulator.restart(this.#ownPage);
    this.#ownPage = null;
    this.#keepScenarioRun();
  }

  /**
   * Opens a trainer's link: that scenario, mode and step, in a world prepared from the delivered
   * one (so the same on any copy of the site). An unknown or outdated link: the normal start, and a
   * word. The address then becomes the flow's own, so a reload resumes the run instead of the link.
   */
  #openScenarioLink(link: ScenarioLinkOf) {
    const target = resolveScenarioLink(link, this.scenarioList);
    if (target) {
      this.scenarios.start(target.scenarioId, target.mode);
      if (target.stepIndex > 0) this.scenarios.goTo(target.stepIndex);
      this.scenarioPanelOpen = true;
      this.scenarioPanelCollapsed = false;
    } else {
      this.notify({ key: 'trainer.link.unknown', tone: 'warning' });
    }
    if (globalThis.history && globalThis.location) history.replaceState(null, '', hashOfSnapshot(this.simulator.login.getSnapshot()));
  }

  /** Keeps the scenario run under way (or that there is none) for a reload, when it changed. */
  #keepScenarioRun() {
    const run = this.#ownWorld ? this.scenarios?.saved() : null;
    const key = run ? `${run.scenarioId}/${run.mode}` : '';
    const kept = this.#keptRun;
    if (run ? kept?.startWorld === run.startWorld && kept.intents === run.intents.length && kept.key === key : kept === null) return;
    this.#keptRun = run ? { startWorld: run.startWorld, intents: run.intents.length, key } : null;
    this.#saving = this.#saving.then(() => this.#scenarioRunStore.save({ run: run ?? null }));
  }

  /** Takes up the scenario run kept before the reload: the same step, the same world; the learner is told. */
  #resumeScenarioRun(run: ScenarioRun) {
    let resumed = false;
    try {
      resumed = this.scenarios.resume(run);
    } catch {
      resumed = false;
    }
    if (resumed) {
      // The page the learner was on before the run is not kept across a reload: they return to the portal's home.
      this.#ownPage = null;
      this.runResumed = true;
      return;
    }
    // A run that no longer fits (its scenario is gone, a kept action fails): the learner's own world, and a word.
    this.scenarios.stop();
    this.#leaveRun();
    this.#keepScenarioRun();
    this.notify({ key: 'scenario.resumeFailed', tone: 'warning' });
  }

  /** Another tab saved a newer world: show it, and restart the flow if its session differs. */
  #adoptExternalWorld(external: World) {
    // During a run, another tab's world is the learner's own: it is what comes back when they leave.
    if (this.#ownWorld) {
      this.#ownWorld = external;
      return;
    }
    const before = this.world.session;
    this.world = external;
    this.#worldListeners.forEach((l) => l(external));
    const after = external.session;
    if (before?.personId !== after?.personId || before?.role !== after?.role || before?.kbo !== after?.kbo) {
      this.simulator.restart(pageOfHash(globalThis.location?.hash ?? ''));
    }
  }

  /**
   * Reports to the LMS that launched the simulator, if one did (lms/discovery.ts: a SCORM API in
   * a parent or opener window, cmi5 parameters in the address; app/lms-link.ts, loaded only then),
   * after taking up what it kept of the learner: called once the world is there, before the
   * scenarios resume a run, so a run kept by the LMS is the one taken up.
   */
  async linkLms(from: WindowLike): Promise<void> {
    // Only the LMS packages carry the link (__LMS_LINK__, scripts/build-modes.ts): a build no LMS
    // can reach drops the discovery and the lms-link chunk with this one check.
    if (!__LMS_LINK__) return;
    const found = discoverLms(from);
    if (!found) return;
    try {
      const { linkLms } = await import('./lms-link');
      await linkLms(
        {
          scope: this.scope ?? 'course',
          learnerState: () => this.#learnerState(),
          locale: () => i18n.locale,
          preferLanguage: (tag) => {
            const locale = localeOfTag(tag);
            if (!this.localeChosen && locale && locale !== i18n.locale) void this.setLocale(locale);
          },
          initialWorld: () => this.#core.initialWorld(),
          adopt: (state) => this.#adopt(state),
          notify: (notice: LmsNotice) => this.notify(notice),
          onSaved: (listener) => this.#savedListeners.add(listener),
        },
        found,
      );
    } catch (error) {
      console.error(error);
      this.notify({ key: 'notice.lms.unavailable', tone: 'warning' });
    }
  }

  /** The learner's records as they are now (the world of their own, not a run's). */
  #learnerState(): LearnerState {
    return {
      world: this.#ownWorld ?? this.world,
      progress: this.progress,
      checklist: this.checklist,
      history: this.assessmentHistory,
      course: this.course,
      scenarioRun: this.#ownWorld ? this.scenarios.saved() : null,
      assessmentRun: this.#keptAssessmentRun,
      prefs: { locale: i18n.locale, trainer: this.trainer },
    };
  }

  /** Takes up the learner's state an LMS kept (another PC, another browser); saved here too. */
  #adopt(state: ResumeState) {
    this.progress = state.progress;
    this.checklist = state.checklist;
    this.assessmentHistory = state.history;
    this.course = state.course;
    void this.progressStore.save(this.progress);
    void this.checklistStore.save(this.checklist);
    void this.assessmentsStore.save(this.assessmentHistory);
    void this.courseStore.save(this.course);
    if (state.world) {
      const world = state.world;
      this.updateWorld(() => world);
      this.simulator.restart(pageOfHash(globalThis.location?.hash ?? ''));
    }
    if (state.assessmentRun) {
      this.#pendingRun = state.assessmentRun;
      this.#keptAssessmentRun = state.assessmentRun;
      this.#pendingScenarioRun = null;
    } else if (state.scenarioRun) this.#pendingScenarioRun = state.scenarioRun;
    this.setTrainer(state.prefs.trainer ?? false);
    if (state.prefs.locale !== i18n.locale) void this.setLocale(state.prefs.locale);
  }

  /** Everything a learner does in the simulated applications goes through here. */
  act(intent: Intent): boolean {
    return this.simulator.perform(intent);
  }

  async setLocale(locale: Locale) {
    try {
      await loadLocale(locale);
    } catch {
      this.notify({ key: 'sim.loadFailed', tone: 'warning' });
      return;
    }
    i18n.locale = locale;
    this.localeChosen = true;
    void this.prefsStore.save({ locale, trainer: this.trainer });
  }

  /** Trainer mode on or off; remembered with the language. Off also ends the presentation layout (its key belongs to trainer mode). */
  setTrainer(on: boolean) {
    this.trainer = on;
    if (!on) this.presentation = false;
    void this.prefsStore.save({ locale: i18n.locale, trainer: on });
  }

  notify(notice: Omit<Notice, 'id'>) {
    if (this.notices.some((n) => n.key === notice.key)) return;
    this.notices.push({ id: this.#nextNoticeId++, ...notice });
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Ticks or unticks an item of a merger checklist, and saves the ticks (the guide is shown with the simulated applications loaded). */
  tick(scenario: MergerScenario, itemId: string) {
    const next = this.#core.toggleTick(this.checklist, scenario, itemId);
    if (next === this.checklist) return;
    this.checklist = next;
    void this.checklistStore.save(next);
  }

  /** A finished test's report is kept, newest first, so it can be opened and printed later. */
  #keepReport(report: AssessmentReport) {
    this.assessmentHistory = withReport(this.assessmentHistory, report);
    void this.assessmentsStore.save(this.assessmentHistory);
  }

  #complete(scenarioId: string, mode: Mode) {
    this.progress = recordCompletion(this.progress, scenarioId, mode, new Date());
    void this.progressStore.save(this.progress);
  }

  /**
   * "Simulator resetten": the initial world, logged out, on the portal home page. The learner's
   * results (progress, test reports and so their certificates, the last activity) are kept unless
   * they also chose to clear them; their name stays.
   */
  reset(options: { clearResults?: boolean } = {}) {
    this.#whenReady(() => {
      this.scenarios.stop();
      this.updateWorld(() => this.#core.initialWorld());
      this.simulator.restart({ page: 'home' });
    });
    if (!options.clearResults) return;
    // A report shown is one of the results cleared.
    if (this.assessment?.matches('report')) this.assessments?.close();
    this.progress = {};
    this.assessmentHistory = [];
    this.certificate = null;
    this.course = { ...this.course, lastActivity: null };
    void this.progressStore.save(this.progress);
    void this.assessmentsStore.save(this.assessmentHistory);
    void this.courseStore.save(this.course);
  }

  /** Remembers the learner's last scenario or test, for "Verder waar u gebleven was". */
  #noteActivity(activity: LastActivity) {
    if (sameActivity(this.course.lastActivity, activity)) return;
    this.course = { ...this.course, lastActivity: activity };
    void this.courseStore.save(this.course);
  }

  /** The learner's name as they typed it for their certificate (checked by the form: course-status.nameProblem). */
  setLearnerName(name: string) {
    this.course = { ...this.course, learnerName: name.trim() };
    void this.courseStore.save(this.course);
  }

  /** Shows one of the simulator's own screens, and gives it its address (Back returns to the previous one). */
  show(view: View) {
    this.certificate = null;
    if (this.view === view) return;
    // A report left open belongs to the screen it was opened on.
    if (this.assessment?.matches('report')) this.assessments?.close();
    this.view = view;
    const hash = view === 'course' ? COURSE_HASH : view === 'results' ? RESULTS_HASH : this.ready ? hashOfSnapshot(this.simulator.login.getSnapshot()) : '#/';
    if (globalThis.location && viewOfHash(location.hash) !== view) history.pushState(null, '', hash);
  }

  /** A scenario from the course home: the simulator, with the scenario panel at that scenario. */
  startScenario(id: string, mode: Mode) {
    this.#whenScenarios(() => {
      this.scenarioPanelOpen = true;
      this.scenarios.start(id, mode);
      this.show('simulator');
    });
  }

  /** A test from the course home. */
  beginTest(id: string) {
    this.#whenScenarios(() => {
      this.scenarioPanelOpen = true;
      this.assessments?.begin(id);
      this.show('simulator');
    });
  }

  /** "Verder waar u gebleven was": back to the run under way if it is the last activity, else that activity afresh. */
  continueLast() {
    const last = this.course.lastActivity;
    if (!last) return;
    if (!this.ready || !this.assessments) {
      this.#whenScenarios(() => this.continueLast());
      return;
    }
    const test = this.assessment;
    const underWay =
      last.kind === 'test'
        ? !!test && (test.matches('exercise') || test.matches('between')) && test.context.assessmentId === last.id
        : !this.runner.matches('idle') && this.runner.context.scenarioId === last.id && this.runner.context.mode === last.mode;
    if (underWay) this.show('simulator');
    else if (last.kind === 'test') this.beginTest(last.id);
    else this.startScenario(last.id, last.mode);
  }

  /**
   * "Vrij verkennen": the learner's own world in the simulated browser. A scenario under way is
   * stopped (its world is the scenario's, not theirs); a test under way stays, with its panel.
   */
  explore() {
    if (!this.ready) {
      this.#whenReady(() => this.explore());
      return;
    }
    if (!this.runner.matches('idle') && this.runner.context.mode !== 'assessment') this.scenarios.stop();
    this.show('simulator');
  }

  /** The address bar follows the flow; Back and Forward on portal pages move the flow. */
  syncAddress() {
    const onSnapshot = (snapshot: LoginSnapshot) => {
      // The course screens keep their own address while the simulator changes behind them.
      if (this.view !== 'simulator') return;
      const hash = hashOfSnapshot(snapshot);
      if (location.hash !== hash) history.pushState(null, '', hash);
    };
    this.simulator.login.subscribe(onSnapshot);
    addEventListener('popstate', () => {
      const view = viewOfHash(location.hash);
      this.certificate = null;
      this.view = view;
      if (view !== 'simulator') return;
      const page = pageOfHash(location.hash);
      const done = page !== null && this.simulator.perform({ type: 'navigate', to: page });
      // An address the flow cannot go back to (a login step, PrimaWeb): show the current one.
      if (!done) history.replaceState(null, '', hashOfSnapshot(this.simulator.login.getSnapshot()));
    });
  }
}
