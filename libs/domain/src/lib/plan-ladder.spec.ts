import { localizedDefaultText } from './default-texts';
import { DEFAULT_LADDER, ladderIn, ladderText, ladderTextToKeep } from './plan-ladder';

const defaultTexts = DEFAULT_LADDER.flatMap((phase) => [
  phase.name,
  phase.description,
  ...phase.milestones.map((m) => m.title),
]);

describe('the default ladder in the reader’s language', () => {
  it.each(defaultTexts)('"%s" reads in Spanish, and in English as written', (text) => {
    expect(ladderText(text, 'EN')).toBe(text);
    const spanish = ladderText(text, 'ES');
    expect(spanish).not.toBe(text);
    expect(spanish).not.toMatch(/\b(fracas\w*|violaci\w*|reca[ií]da)\b/i);
  });

  it('leaves a program’s own wording as they wrote it', () => {
    expect(ladderText('First steps together', 'ES')).toBe('First steps together');
    expect(ladderText('reconnect', 'ES')).toBe('reconnect');
  });

  it('translates a whole template, its phases and milestones, and nothing else', () => {
    const [first] = ladderIn(DEFAULT_LADDER, 'ES');
    expect(first.name).toBe('Reencuentro');
    expect(first.description).toBe('Cartas, llamadas telefónicas y videollamadas.');
    expect(first.milestones[0]).toEqual({
      ...DEFAULT_LADDER[0].milestones[0],
      title: 'Registros diarios: 25 en 30 días',
    });
    expect(first.contactTypes).toEqual(DEFAULT_LADDER[0].contactTypes);
    expect(ladderIn(DEFAULT_LADDER, 'EN')).toEqual(DEFAULT_LADDER);
  });

  it('names each default phase the same in Spanish wherever it is shown', () => {
    for (const { name } of DEFAULT_LADDER) {
      expect(ladderText(name, 'ES')).toBe(localizedDefaultText(name, 'ES'));
    }
  });

  it('keeps a default saved back from Spanish as the English default, and anything else as written', () => {
    for (const text of defaultTexts) expect(ladderTextToKeep(ladderText(text, 'ES'))).toBe(text);
    expect(ladderTextToKeep('Reconnect')).toBe('Reconnect');
    expect(ladderTextToKeep('Nuestra primera fase')).toBe('Nuestra primera fase');
  });
});
