import { startLoadingFirstPage } from './first-pages';

describe('startLoadingFirstPage', () => {
  const loaded: string[] = [];
  const pages = {
    '/staff': () => [
      Promise.resolve(loaded.push('staff area')),
      Promise.resolve(loaded.push('home')),
    ],
    '/staff/plans': () => [
      Promise.resolve(loaded.push('staff area')),
      Promise.resolve(loaded.push('caseload')),
    ],
  };
  beforeEach(() => (loaded.length = 0));

  it("asks for the opened page's code and its area's, whatever the query", () => {
    startLoadingFirstPage('/staff/plans?status=ACTIVE#top', pages);
    expect(loaded).toEqual(['staff area', 'caseload']);
  });

  it('asks for nothing on a page that is not a first page', () => {
    startLoadingFirstPage('/staff/plans/42', pages);
    expect(loaded).toEqual([]);
  });
});
