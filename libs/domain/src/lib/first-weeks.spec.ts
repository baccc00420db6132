import {
  currentHopes,
  FIRST_WEEKS_TOPIC_WORDS,
  FIRST_WEEKS_TOPICS,
  firstWeeksGap,
  FirstWeeksHopeVersion,
  hopeVisibleTo,
} from './first-weeks';
import { LANGUAGES } from './languages';

const hope = (
  authorMemberId: string,
  topic: FirstWeeksHopeVersion['topic'],
  version: number,
  words: string,
  partyMemberIds: string[],
): FirstWeeksHopeVersion => ({ authorMemberId, topic, version, words, partyMemberIds });

describe('the first weeks at home', () => {
  it('reads each author’s newest version per topic, and leaves out a topic left empty again', () => {
    const versions = [
      hope('pat', 'MONEY', 2, 'Split the bills', ['maria']),
      hope('pat', 'MONEY', 1, 'I pay rent', ['maria']),
      hope('maria', 'PRIVACY', 1, 'Knock first', ['pat']),
      hope('maria', 'PRIVACY', 2, ' ', ['pat']),
    ];
    expect(currentHopes(versions).map((h) => [h.authorMemberId, h.version])).toEqual([['pat', 2]]);
  });

  it('shows a hope to its author, to staff and to the people it names, never to anyone else', () => {
    const h = hope('pat', 'CELEBRATIONS', 1, 'A party', ['maria']);
    expect(hopeVisibleTo(h, { memberId: 'pat', isStaff: false })).toBe(true);
    expect(hopeVisibleTo(h, { memberId: 'maria', isStaff: false })).toBe(true);
    expect(hopeVisibleTo(h, { memberId: 'sam', isStaff: false })).toBe(false);
    expect(hopeVisibleTo(h, { memberId: null, isStaff: false })).toBe(false);
    expect(hopeVisibleTo(h, { memberId: null, isStaff: true })).toBe(true);
  });

  it('sets the viewer’s own hope beside the others’ they are party to, topic by topic', () => {
    const versions = [
      hope('pat', 'CELEBRATIONS', 1, 'A big party', ['maria', 'sam']),
      hope('maria', 'CELEBRATIONS', 1, 'Quiet at first', ['pat']),
      hope('sam', 'CELEBRATIONS', 1, 'Just the two of us', ['pat']),
    ];
    const maria = firstWeeksGap(versions, { memberId: 'maria', isStaff: false });
    expect(maria.map((t) => t.topic)).toEqual([...FIRST_WEEKS_TOPICS]);
    const celebrations = maria.find((t) => t.topic === 'CELEBRATIONS');
    expect(celebrations?.mine?.words).toBe('Quiet at first');
    expect(celebrations?.others.map((h) => h.words)).toEqual(['A big party']);
    const staff = firstWeeksGap(versions, { memberId: null, isStaff: true });
    expect(staff.find((t) => t.topic === 'CELEBRATIONS')?.others).toHaveLength(3);
    expect(staff.every((t) => t.mine === null)).toBe(true);
  });

  it('names every topic and asks its question in every language, in kind words', () => {
    for (const topic of FIRST_WEEKS_TOPICS)
      for (const language of LANGUAGES) {
        const { title, prompt } = FIRST_WEEKS_TOPIC_WORDS[topic][language];
        expect(title.length).toBeGreaterThan(3);
        expect(prompt).toMatch(/\?$/);
        expect(`${title} ${prompt}`).not.toMatch(/fail|violat|relapse|fracas|reca[ií]da/i);
      }
  });
});
