import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SupportNetwork, SupportNetworkApi } from '@homeward/web-data-access';
import en from '../../../../public/i18n/en.json';
import { render } from '../../testing/render';
import { SupportNetworkComponent } from './support-network.component';

const NOTICE =
  'This information has been disclosed to you from records protected by federal rules.';
const person = (id: string, name: string, mark: 'SAFE' | 'CONDITIONAL' | 'KEEP_DISTANCE') => ({
  id,
  kind: 'FRIEND' as const,
  name,
  mark,
  condition: mark === 'CONDITIONAL' ? 'Only in daylight' : null,
  fromPhase: null,
  fromPhaseName: null,
  contact: null as string | null,
  changedAt: '2026-03-01T10:00:00Z',
});
const network = (mayEdit: boolean): SupportNetwork => ({
  planId: 'p1',
  mayEdit,
  notice: mayEdit ? null : NOTICE,
  phases: [{ position: 1, name: 'Reconnect' }],
  people: [
    { ...person('a', 'Lee', 'SAFE'), contact: mayEdit ? '555-0142' : null },
    person('b', 'Jordan', 'CONDITIONAL'),
    person('c', 'The old crowd', 'KEEP_DISTANCE'),
  ],
});

async function show(value: SupportNetwork) {
  return render(
    SupportNetworkComponent,
    [{ provide: SupportNetworkApi, useValue: { read: jest.fn().mockResolvedValue(value) } }],
    { planId: 'p1' },
  );
}

describe('SupportNetworkComponent', () => {
  it('draws each person on their ring, with the table as its text alternative, and lets the patient keep it', async () => {
    const { byTestId, allByTestId } = await show(network(true));
    const svg = byTestId('support-rings');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.querySelector('desc')?.textContent).toContain('closest ring holds the safe people');
    expect(allByTestId('ring-person-SAFE')).toHaveLength(1);
    expect(allByTestId('ring-person-KEEP_DISTANCE')).toHaveLength(1);
    expect(byTestId('support-row-CONDITIONAL')?.textContent).toContain('Only in daylight');
    expect(byTestId('support-row-SAFE')?.textContent).toContain('Contact: 555-0142');
    // No phase chosen: no "Contact is fine from: Not said" line on the row.
    expect(byTestId('support-row-SAFE')?.textContent).not.toContain(en.supportNetwork.fromPhase);
    expect(byTestId('support-form')).not.toBeNull();
    expect(byTestId('redisclosure-notice')).toBeNull();
  });

  it('shows a family member names and marks with the notice, and no form', async () => {
    const { byTestId } = await show(network(false));
    expect(byTestId('redisclosure-notice')?.textContent).toContain(NOTICE);
    expect(byTestId('support-table')?.textContent).toContain('The old crowd');
    expect(byTestId('support-table')?.textContent).not.toContain('Contact:');
    expect(byTestId('support-form')).toBeNull();
  });

  it('tells a family member without the sharing, in kind words and not as an error, where it will be', async () => {
    const notFound = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'We could not find that plan.',
          extensions: { code: 'NOT_FOUND', reason: 'NOT_FOUND', params: { what: 'plan' } },
        },
      ],
    });
    const { byTestId, element } = await render(
      SupportNetworkComponent,
      [{ provide: SupportNetworkApi, useValue: { read: jest.fn().mockRejectedValue(notFound) } }],
      { planId: 'p1' },
    );
    expect(byTestId('support-not-shared')?.textContent?.trim()).toBe(en.supportNetwork.notShared);
    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(byTestId('support-rings')).toBeNull();
  });

  it('tells a family member reading an empty shared network that nothing is there yet, not to add someone', async () => {
    const { byTestId } = await show({ ...network(false), people: [] });
    expect(byTestId('support-empty')?.textContent?.trim()).toBe(en.supportNetwork.emptyShared);
  });
});
