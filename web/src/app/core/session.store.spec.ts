import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { MeFieldsFragment, SessionApi } from '@homeward/web-data-access';
import { EMPTY } from 'rxjs';
import { SessionStore } from './session.store';

function storeAsking(me: () => Promise<MeFieldsFragment | null>): SessionStore {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: SessionApi, useValue: { me } },
      { provide: TranslocoService, useValue: { setActiveLang: jest.fn(), load: () => EMPTY } },
    ],
  });
  return TestBed.inject(SessionStore);
}

describe('SessionStore.known', () => {
  it('is not known before the API answers who is signed in', () => {
    const store = storeAsking(() => new Promise(() => undefined));
    void store.ensureLoaded();
    expect(store.known()).toBe(false);
  });

  it('is known once the API answers nobody', async () => {
    const store = storeAsking(() => Promise.resolve(null));
    expect(await store.ensureLoaded()).toBeNull();
    expect(store.known()).toBe(true);
  });

  it('is known (as nobody) when the question fails, so the bar still shows its crisis help', async () => {
    const store = storeAsking(() => Promise.reject(new Error('not signed in')));
    expect(await store.ensureLoaded()).toBeNull();
    expect(store.known()).toBe(true);
    expect(store.me()).toBeNull();
  });
});
