import { describe, expect, it } from 'vitest';
import { offerUpdates, serviceWorkerWanted, SKIP_WAITING, type WorkerLike } from './service-worker';

class FakeWorker extends EventTarget implements WorkerLike {
  messages: unknown[] = [];
  constructor(public state = 'installing') {
    super();
  }
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  /** As the browser does: a new sw.js is found and starts installing. */
  found(worker: FakeWorker) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
  }
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
  }
}

class FakeContainer extends EventTarget {
  constructor(public controller: unknown = null) {
    super();
  }
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function setUp(controller: unknown) {
  const container = new FakeContainer(controller);
  const registration = new FakeRegistration();
  const page = { announced: [] as (() => void)[], reloads: 0 };
  const hooks = { announce: (reload: () => void) => page.announced.push(reload), reload: () => page.reloads++ };
  return { container, registration, page, start: () => offerUpdates(container, registration, hooks) };
}

describe('serviceWorkerWanted', () => {
  it('served over http(s), in a browser that has service workers; never from file://', () => {
    expect(serviceWorkerWanted('https:', true)).toBe(true);
    expect(serviceWorkerWanted('http:', true)).toBe(true);
    expect(serviceWorkerWanted('file:', true)).toBe(false);
    expect(serviceWorkerWanted('https:', false)).toBe(false);
  });
});

describe('offerUpdates', () => {
  it('does not announce the first install: there is no older version to leave', () => {
    const { registration, page, start } = setUp(null);
    start();
    registration.found(new FakeWorker());
    registration.installed(registration.installing!);
    expect(page.announced).toHaveLength(0);
  });

  it('announces a new version once it has installed, and never reloads by itself', () => {
    const current = new FakeWorker('activated');
    const { container, registration, page, start } = setUp(current);
    start();
    const next = new FakeWorker();
    registration.found(next);
    expect(page.announced).toHaveLength(0);
    registration.installed(next);
    expect(page.announced).toHaveLength(1);
    // Another tab's learner takes the new version: this page keeps running.
    container.takeOver(next);
    expect(page.reloads).toBe(0);
  });

  it('moves to the new version when asked: skip waiting, then reload once it controls the page', () => {
    const { container, registration, page, start } = setUp(new FakeWorker('activated'));
    start();
    const next = new FakeWorker();
    registration.found(next);
    registration.installed(next);
    page.announced[0]!();
    expect(next.messages).toEqual([SKIP_WAITING]);
    expect(page.reloads).toBe(0);
    container.takeOver(next);
    expect(page.reloads).toBe(1);
  });

  it('announces a version already waiting when the page opens', () => {
    const { registration, page, start } = setUp(new FakeWorker('activated'));
    registration.waiting = new FakeWorker('installed');
    start();
    expect(page.announced).toHaveLength(1);
  });

  it('every later version too, not only the first one found', () => {
    const { container, registration, page, start } = setUp(new FakeWorker('activated'));
    start();
    for (const worker of [new FakeWorker(), new FakeWorker()]) {
      registration.found(worker);
      registration.installed(worker);
      registration.waiting = null;
      worker.become('activated');
      container.takeOver(worker);
    }
    expect(page.announced).toHaveLength(2);
    expect(page.reloads).toBe(0);
  });

  it('reloads at once when the new version is already active (taken in another tab)', () => {
    const { container, registration, page, start } = setUp(new FakeWorker('activated'));
    start();
    const next = new FakeWorker();
    registration.found(next);
    registration.installed(next);
    registration.waiting = null;
    container.takeOver(next);
    page.announced[0]!();
    expect(page.reloads).toBe(1);
  });
});
