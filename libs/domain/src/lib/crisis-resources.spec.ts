import {
  crisisResourceHref,
  crisisResourceProblem,
  crisisResourcesFor,
  defaultCrisisResources,
  isCrisisLink,
  isCrisisPhone,
} from './crisis-resources';

describe('crisis resources', () => {
  it('takes phone numbers as people write them, and nothing else', () => {
    for (const ok of ['988', '1-800-662-4357', '+1 (555) 010-2000', '555.010.2001'])
      expect(isCrisisPhone(ok)).toBe(true);
    for (const bad of ['12', 'call me', '988; rm', '+', '1234567890123456', 'tel:988'])
      expect(isCrisisPhone(bad)).toBe(false);
  });

  it('takes https links with a host only', () => {
    expect(isCrisisLink('https://988lifeline.org/chat/')).toBe(true);
    for (const bad of [
      'http://988lifeline.org/chat/',
      'javascript:alert(1)',
      'https://localhost/',
      'https://user:pw@example.org/',
      'not a link',
    ])
      expect(isCrisisLink(bad)).toBe(false);
  });

  it('checks each line against its kind and builds tel:/sms: from the digits only', () => {
    expect(crisisResourceProblem({ label: 'Line', kind: 'CALL', value: 'https://x.org' })).toBe(
      'value',
    );
    expect(crisisResourceProblem({ label: ' ', kind: 'CALL', value: '988' })).toBe('label');
    expect(crisisResourceProblem({ label: 'Chat', kind: 'CHAT', value: 'https://a.org/c' })).toBe(
      null,
    );
    expect(crisisResourceHref({ label: 'L', kind: 'CALL', value: '+1 (555) 010-2000' })).toBe(
      'tel:+15550102000',
    );
    expect(crisisResourceHref({ label: 'T', kind: 'TEXT', value: '988' })).toBe('sms:988');
  });

  it('reads the defaults where a language has none of its own', () => {
    const own = [{ label: 'Harbor', kind: 'CALL' as const, value: '555-010-2000' }];
    expect(crisisResourcesFor({ EN: own, ES: [] }, 'EN')).toEqual(own);
    expect(crisisResourcesFor({ EN: own, ES: [] }, 'ES')).toEqual(defaultCrisisResources('ES'));
    expect(crisisResourcesFor(null, 'EN').map((r) => r.value)).toEqual([
      '988',
      '988',
      'https://988lifeline.org/chat/',
      '1-800-662-4357',
    ]);
  });
});
