import { draftChanged, draftFor } from './first-weeks-draft';

const people = [
  { memberId: 'pat', isMe: true },
  { memberId: 'maria', isMe: false },
  { memberId: 'sam', isMe: false },
];

describe('the hope form', () => {
  it('starts a new hope for everyone else on the plan', () => {
    const draft = draftFor({ mine: null }, people);
    expect(draft.words).toBe('');
    expect([...draft.parties]).toEqual(['maria', 'sam']);
  });

  it('starts a change from the words and people of the current hope, leaving out who has left', () => {
    const draft = draftFor(
      { mine: { words: 'Quiet at first', partyMemberIds: ['maria', 'someone-gone'] } },
      people,
    );
    expect(draft.words).toBe('Quiet at first');
    expect([...draft.parties]).toEqual(['maria']);
  });

  it('sends only what says something new', () => {
    const mine = { words: 'Quiet at first', partyMemberIds: ['maria'] };
    expect(draftChanged({ mine }, { words: ' Quiet at first ', parties: new Set(['maria']) })).toBe(
      false,
    );
    expect(draftChanged({ mine }, { words: 'Quiet at first', parties: new Set(['sam']) })).toBe(
      true,
    );
    expect(draftChanged({ mine }, { words: '', parties: new Set(['maria']) })).toBe(true);
    expect(draftChanged({ mine: null }, { words: '   ', parties: new Set() })).toBe(false);
    expect(draftChanged({ mine: null }, { words: 'Dinner at six', parties: new Set() })).toBe(true);
  });
});
