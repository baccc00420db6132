import { calendarName, eventTitle } from './calendar-words';

describe('calendar titles', () => {
  it('says a call or a visit, never what it is for, and whether it is still to be confirmed', () => {
    expect(eventTitle('PHONE', 'REQUESTED', 'EN')).toBe('Family call (to be confirmed)');
    expect(eventTitle('VIDEO', 'APPROVED', 'EN')).toBe('Family call');
    expect(eventTitle('ON_SITE_SUPERVISED', 'APPROVED', 'EN')).toBe('Family visit');
    expect(eventTitle('FAMILY_SESSION', 'COMPLETED', 'EN')).toBe('Family visit');
  });

  it("reads in the owner's language", () => {
    expect(eventTitle('PHONE', 'REQUESTED', 'ES')).toBe('Llamada familiar (por confirmar)');
    expect(eventTitle('DAY_PASS', 'APPROVED', 'ES')).toBe('Visita familiar');
    expect(calendarName('ES')).toBe('Familia');
    expect(calendarName('EN')).toBe('Family');
  });
});
