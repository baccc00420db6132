import { communicationHints } from './safe-communication';

const kinds = (text: string, language: 'EN' | 'ES' = 'EN') =>
  communicationHints(text, language).map((h) => h.kind);

describe('communicationHints in English', () => {
  it('flags "you always" and "you never"', () => {
    expect(communicationHints('You never call when you say you will.')).toEqual([
      { kind: 'ABSOLUTES', match: 'You never' },
    ]);
    expect(kinds("you're always late")).toEqual(['ABSOLUTES']);
    expect(kinds('Every time you go out I worry.')).toEqual(['ABSOLUTES']);
  });

  it('flags blame', () => {
    expect(kinds("It's all your fault we lost the house.")).toEqual(['BLAME']);
    expect(kinds('You made me do it.')).toEqual(['BLAME']);
  });

  it('flags unsolicited advice', () => {
    expect(kinds('You should go to more meetings.')).toEqual(['ADVICE']);
    expect(kinds("Why don't you just get a job?")).toEqual(['ADVICE']);
  });

  it('flags shouting but not a single acronym', () => {
    expect(kinds('I AM SO ANGRY')).toEqual(['SHOUTING']);
    expect(kinds('Call me now!!!')).toEqual(['SHOUTING']);
    expect(kinds('I went to my AA meeting today.')).toEqual([]);
  });

  it('leaves an I-statement alone', () => {
    expect(
      kinds('I feel scared when calls are missed, and I would like a text if you will be late.'),
    ).toEqual([]);
  });

  it('does not read inside other words', () => {
    expect(kinds('Younever is not a word; neveryou either.')).toEqual([]);
  });

  it('gives several kinds at once, one hint each', () => {
    expect(kinds('You NEVER LISTEN. You should try harder.')).toEqual([
      'ABSOLUTES',
      'ADVICE',
      'SHOUTING',
    ]);
  });
});

describe('communicationHints in Spanish', () => {
  it('flags "siempre" and "nunca" about the other person', () => {
    expect(kinds('Nunca llamas cuando dices que lo harás.', 'ES')).toEqual(['ABSOLUTES']);
    expect(kinds('Tú siempre llegas tarde.', 'ES')).toEqual(['ABSOLUTES']);
  });

  it('flags blame and advice', () => {
    expect(kinds('Es tu culpa que perdimos la casa.', 'ES')).toEqual(['BLAME']);
    expect(kinds('Deberías ir a más reuniones.', 'ES')).toEqual(['ADVICE']);
    expect(kinds('Si yo fuera tú, lo dejaría.', 'ES')).toEqual(['ADVICE']);
  });

  it('leaves a statement from the self alone', () => {
    expect(
      kinds(
        'Me siento con miedo cuando no llamas, y me gustaría un mensaje si vas a tardar.',
        'ES',
      ),
    ).toEqual([]);
  });
});
