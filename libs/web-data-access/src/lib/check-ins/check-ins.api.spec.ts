import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { HomewardApollo } from '../apollo';
import { CheckInsApi, newIdempotencyKey, SubmissionKey } from './check-ins.api';

describe('newIdempotencyKey', () => {
  it('makes keys the API accepts (8 to 100 of A-Z, a-z, 0-9 and -), different each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9-]{8,100}$/);
  });
});

describe('SubmissionKey', () => {
  it('reuses the key for a retry of the same answers, and makes a new one for other answers or after success', () => {
    let n = 0;
    const key = new SubmissionKey(() => `key-${++n}-abcdef`);
    const first = key.for({ mood: 3, craving: 2 });
    expect(key.for({ mood: 3, craving: 2 })).toBe(first);
    const changed = key.for({ mood: 4, craving: 2 });
    expect(changed).not.toBe(first);
    key.done();
    expect(key.for({ mood: 4, craving: 2 })).not.toBe(changed);
  });
});

describe('CheckInsApi', () => {
  const answers = {
    mood: 4,
    craving: 1,
    attendedMeeting: true,
    note: 'A good walk',
    noteVisibility: 'PLAN' as const,
  };

  function setup(mutate: jest.Mock) {
    TestBed.configureTestingModule({
      providers: [{ provide: HomewardApollo, useValue: { mutate, query: jest.fn() } }],
    });
    return TestBed.inject(CheckInsApi);
  }

  it('sends the same key again when a check-in is retried after a failure, and a fresh one for the next check-in', async () => {
    const saved = { id: 'c1', day: '2026-03-02' };
    const mutate = jest
      .fn()
      .mockReturnValueOnce(throwError(() => new TypeError('Failed to fetch')))
      .mockReturnValueOnce(of({ data: { submitCheckIn: saved } }))
      .mockReturnValueOnce(of({ data: { submitCheckIn: saved } }));
    const api = setup(mutate);
    const key = new SubmissionKey();

    await expect(api.submit('plan-1', answers, key)).rejects.toThrow('Failed to fetch');
    await expect(api.submit('plan-1', answers, key)).resolves.toBe(saved);
    await api.submit('plan-1', answers, key);

    const sent = mutate.mock.calls.map(([options]) => options.variables.input);
    expect(sent[0]).toEqual({
      planId: 'plan-1',
      ...answers,
      idempotencyKey: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(sent[1].idempotencyKey).toBe(sent[0].idempotencyKey);
    expect(sent[2].idempotencyKey).not.toBe(sent[0].idempotencyKey);
  });
});
