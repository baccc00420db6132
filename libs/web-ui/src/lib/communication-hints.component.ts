import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { communicationHints, HintKind, Language } from '@homeward/domain';

/** Labels come from the app's translations, so this component stays free of any i18n library. */
export interface CommunicationHintLabels {
  /** Says the hints are only for the writer, e.g. "A thought before you send (only you see this)". */
  title: string;
  /** Introduces the words that raised a hint, e.g. "You wrote". */
  wrote: string;
  /** Says sending is still theirs to choose. */
  stillSend: string;
  kinds: Record<HintKind, { why: string; example: string }>;
}

/**
 * "Saying it safely": gentle suggestions, live while someone writes to others, when their words
 * tend to make people feel unsafe (always/never, blame, unsolicited advice, shouting), each with
 * an I-statement to try. Only the writer sees them; they never block sending and are never sent
 * or kept. The rule set follows the writer's language.
 */
@Component({
  selector: 'hw-communication-hints',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="status" class="live">
      @if (hints().length) {
        <div class="hints" [attr.data-testid]="testId()">
          <p class="title">{{ labels().title }}</p>
          <ul>
            @for (hint of hints(); track hint.kind) {
              <li [attr.data-testid]="testId() + '-' + hint.kind">
                <span class="wrote"
                  >{{ labels().wrote }} <q>{{ hint.match }}</q>.</span
                >
                {{ labels().kinds[hint.kind].why }}
                <span class="example">{{ labels().kinds[hint.kind].example }}</span>
              </li>
            }
          </ul>
          <p class="still">{{ labels().stillSend }}</p>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .hints {
      background: var(--mat-sys-secondary-container, #e8eef0);
      color: var(--mat-sys-on-secondary-container, #1b1b1f);
      border-radius: 12px;
      padding: 8px 12px;
      font-size: 0.875rem;
      line-height: 1.4;
    }
    .title {
      margin: 0 0 4px;
      font-weight: 600;
    }
    ul {
      margin: 0;
      padding: 0 0 0 18px;
      display: grid;
      gap: 6px;
    }
    .wrote {
      display: block;
    }
    .example {
      display: block;
      font-style: italic;
      margin-top: 2px;
    }
    .still {
      margin: 6px 0 0;
    }
  `,
})
export class CommunicationHintsComponent {
  /** What the writer has typed so far. */
  readonly text = input<string | null | undefined>('');
  /** The writer's language: the rule set to apply. */
  readonly language = input<Language>('EN');
  readonly labels = input.required<CommunicationHintLabels>();
  readonly testId = input('communication-hints');
  protected readonly hints = computed(() => communicationHints(this.text() ?? '', this.language()));
}
