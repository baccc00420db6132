import { auditHash, AuditContent, findChainBreak } from './audit-chain';

function chain(length: number) {
  const events: (AuditContent & { id: string; hash: string })[] = [];
  let prevHash: string | null = null;
  for (let i = 1; i <= length; i++) {
    const content: AuditContent = {
      organizationId: 'org-1',
      actorUserId: 'user-1',
      action: `test.action.${i}`,
      recordType: 'thing',
      recordId: String(i),
      details: { b: i, a: 'x' },
      ip: '127.0.0.1',
      occurredAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      prevHash,
    };
    const hash = auditHash(content);
    events.push({ ...content, id: String(i), hash });
    prevHash = hash;
  }
  return events;
}

describe('audit chain', () => {
  it('accepts an untouched chain', () => {
    expect(findChainBreak(chain(5))).toBeNull();
  });

  it('does not depend on the order of keys in details', () => {
    const [event] = chain(1);
    expect(auditHash({ ...event, details: { a: 'x', b: 1 } })).toBe(event.hash);
  });

  it('names the first event whose content was edited', () => {
    const events = chain(5);
    events[2] = { ...events[2], action: 'something.else' };
    expect(findChainBreak(events)).toEqual({
      id: '3',
      organizationId: 'org-1',
      reason: 'CONTENT_CHANGED',
    });
  });

  it('notices a removed event', () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(findChainBreak(events)).toEqual({
      id: '3',
      organizationId: 'org-1',
      reason: 'LINK_BROKEN',
    });
  });
});
