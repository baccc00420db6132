/**
 * Safe communication (DESIGN principle 9): flags phrasing that tends to make people feel unsafe,
 * so the writer can choose an I-statement instead. Shown only to the writer, it never blocks
 * sending and is never stored. A small rule set, in English and Spanish.
 */
export type HintKind = 'ABSOLUTES' | 'BLAME' | 'ADVICE' | 'SHOUTING';

export interface CommunicationHint {
  kind: HintKind;
  /** The words that raised it, as written. */
  match: string;
}

// A word boundary that understands accented letters (\b does not).
const word = (pattern: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');

const RULES: Record<'EN' | 'ES', { kind: HintKind; pattern: RegExp }[]> = {
  EN: [
    {
      kind: 'ABSOLUTES',
      pattern: word(`you(?:'re| are)? (?:always|never)|every (?:single )?time you`),
    },
    {
      kind: 'BLAME',
      pattern: word(
        `(?:it'?s|it is|this is|that's|that is) (?:all )?your fault|because of you|you (?:made|make|ruined|ruin) (?:me|it|everything)`,
      ),
    },
    {
      kind: 'ADVICE',
      pattern: word(
        `you (?:should|shouldn't|need to|have to|must|ought to)|if i were you|why don'?t you`,
      ),
    },
  ],
  ES: [
    {
      kind: 'ABSOLUTES',
      pattern: word(`(?:tú |usted )?(?:siempre|nunca) (?:me |te |nos )?\\p{L}+|cada vez que`),
    },
    {
      kind: 'BLAME',
      pattern: word(
        `(?:es|fue) (?:toda |todo )?(?:tu|su) culpa|por tu culpa|me haces|me hiciste|lo arruinaste|arruinaste`,
      ),
    },
    {
      kind: 'ADVICE',
      pattern: word(
        `deberías|debería usted|tienes que|tendrías que|necesitas|si yo fuera tú|por qué no`,
      ),
    },
  ],
};

/** Mostly capital letters, two or more capitalised words, or a run of exclamation marks. */
function shouting(text: string): string | null {
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((letter) => /\p{Lu}/u.test(letter));
  const capitalisedWords = text.match(/(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu) ?? [];
  if (
    (letters.length >= 8 && capitals.length / letters.length >= 0.7) ||
    capitalisedWords.length >= 2
  ) {
    return capitalisedWords.slice(0, 3).join(' ') || text.trim().slice(0, 40);
  }
  const exclamations = text.match(/!{3,}/);
  return exclamations ? exclamations[0] : null;
}

/** The hints for a text, at most one per kind, in a stable order. */
export function communicationHints(
  text: string,
  language: 'EN' | 'ES' = 'EN',
): CommunicationHint[] {
  const hints: CommunicationHint[] = [];
  for (const { kind, pattern } of RULES[language]) {
    const found = text.match(pattern);
    if (found) hints.push({ kind, match: found[0] });
  }
  const loud = shouting(text);
  if (loud) hints.push({ kind: 'SHOUTING', match: loud });
  return hints;
}
