import { TestBed } from '@angular/core/testing';
import { PageSettling } from './page-settling';

/** A load the test finishes by hand. */
function pendingLoad() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { promise, finish, fail };
}

describe('PageSettling', () => {
  let settling: PageSettling;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [PageSettling] });
    settling = TestBed.inject(PageSettling);
  });
  afterEach(() => jest.useRealTimers());

  it("shows the page once its own data came and every part's first answer did, then stays shown", async () => {
    const checkIn = pendingLoad();
    const waiting = pendingLoad();
    settling.pageLoaded();
    expect(settling.settled()).toBe(false);
    // The parts made in this render say what they wait for.
    settling.track(checkIn.promise);
    settling.track(waiting.promise.catch(() => undefined));
    TestBed.tick();
    expect(settling.settled()).toBe(false);

    checkIn.finish();
    await checkIn.promise;
    expect(settling.settled()).toBe(false);
    // An answer that is an error still lets the page show (the part says so itself).
    waiting.fail(new Error('offline'));
    await waiting.promise.catch(() => undefined);
    await Promise.resolve();
    expect(settling.settled()).toBe(true);

    // A part loading again later does not hide the page.
    settling.track(pendingLoad().promise);
    expect(settling.settled()).toBe(true);
  });

  it('does not show the page before its parts were made, even with nothing tracked yet', () => {
    settling.pageLoaded();
    expect(settling.settled()).toBe(false);
    TestBed.tick();
    expect(settling.settled()).toBe(true);
  });

  it('shows the page after a while however slow a part is', () => {
    jest.useFakeTimers();
    settling.pageLoaded();
    settling.track(pendingLoad().promise);
    TestBed.tick();
    jest.advanceTimersByTime(3_999);
    expect(settling.settled()).toBe(false);
    jest.advanceTimersByTime(1);
    expect(settling.settled()).toBe(true);
  });
});
