import { dayRange, disclosureWords } from './disclosure-words';

describe('what a disclosure showed, in words', () => {
  const checkIns = ['2026-12-01', '2026-12-02', '2026-12-03'].map((on, i) => ({
    kind: 'CHECK_IN' as const,
    id: `c${i}`,
    on,
  }));

  it('names the check-ins and their days', () => {
    expect(disclosureWords('Maria Rivera', checkIns, 'EN')).toBe('Maria saw 3 check-ins (Dec 1–3)');
    expect(disclosureWords('Maria Rivera', checkIns, 'ES')).toBe(
      'Maria vio 3 registros diarios (1–3 dic)',
    );
  });

  it('names the visit a reflection was on', () => {
    const reflection = [{ kind: 'VISIT_REFLECTION' as const, id: 'd1', on: '2026-11-28' }];
    expect(disclosureWords('Maria Rivera', reflection, 'EN')).toBe(
      'Maria saw your reflection on the visit of Nov 28',
    );
    expect(disclosureWords('Maria Rivera', reflection, 'ES')).toBe(
      'Maria vio tu reflexión sobre la visita del 28 nov',
    );
  });

  it('joins several kinds, and says when nothing in particular was shown', () => {
    const both = [...checkIns.slice(0, 1), { kind: 'SUPPORT_PERSON' as const, id: 'p', on: null }];
    expect(disclosureWords('Sam', both, 'EN')).toBe(
      'Sam saw 1 check-in (Dec 1) and your support network (1 person)',
    );
    expect(disclosureWords('Sam', [], 'ES')).toMatch(/^Sam abrió la página de tu plan/);
  });

  it('leaves rows from before records were named to the categories', () => {
    expect(disclosureWords('Maria', null, 'EN')).toBeNull();
  });

  it('writes a range across months in full', () => {
    expect(dayRange(['2026-12-02', '2026-11-30'], 'EN')).toBe('Nov 30 – Dec 2');
    expect(dayRange(['2026-12-02', '2026-11-30'], 'ES')).toBe('30 nov – 2 dic');
  });
});
