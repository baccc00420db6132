import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted.key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const params = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = new Map(leaves(en as Tree));
  const spanish = new Map(leaves(es as Tree));

  it('English and Spanish have exactly the same keys', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('no text is left empty', () => {
    const empty = [...english, ...spanish]
      .filter(([, text]) => text.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('each Spanish text uses the same {{placeholders}} as its English one', () => {
    const mismatched = [...english]
      .filter(([key, text]) => params(text).join() !== params(spanish.get(key) ?? '').join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
