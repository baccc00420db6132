import { Provider, Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { NEVER, Observable } from 'rxjs';
import en from '../../../public/i18n/en.json';
import es from '../../../public/i18n/es.json';
import { LiveUpdate, LiveUpdates } from '../shared/live-updates';

/** Live updates that never come: what a rendered component hears unless a spec says otherwise. */
export const quietLiveUpdates: Provider = {
  provide: LiveUpdates,
  useValue: { on: (): Observable<LiveUpdate> => NEVER },
};

export interface Rendered<T> {
  fixture: ComponentFixture<T>;
  element: HTMLElement;
  byTestId: (id: string) => HTMLElement | null;
  allByTestId: (id: string) => HTMLElement[];
  /** Lets signals, promises and change detection settle. */
  settle: () => Promise<void>;
  click: (id: string, within?: ParentNode) => Promise<void>;
}

/** Renders a component in English with the app's real translations and the given stand-ins. */
export async function render<T>(
  component: Type<T>,
  providers: Provider[],
  inputs: Record<string, unknown> = {},
): Promise<Rendered<T>> {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { en, es },
        translocoConfig: { availableLangs: ['en', 'es'], defaultLang: 'en' },
      }),
    ],
    providers: [provideRouter([]), quietLiveUpdates, ...providers],
  });
  const fixture = TestBed.createComponent(component);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  const element: HTMLElement = fixture.nativeElement;
  const settle = async () => {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  await settle();
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const allByTestId = (id: string) => [
    ...element.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`),
  ];
  const click = async (id: string, within: ParentNode = element) => {
    const target = within.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!target) throw new Error(`nothing with data-testid="${id}"`);
    (target.querySelector<HTMLElement>('input, button') ?? target).click();
    await settle();
  };
  return { fixture, element, byTestId, allByTestId, settle, click };
}
