import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { CrisisResource, crisisResourceHref, defaultCrisisResources } from '@homeward/domain';

/** Labels come from the app's translations, so this component stays free of any i18n library. */
export interface CrisisLabels {
  button: string;
  title: string;
  intro: string;
  close: string;
}

/**
 * Crisis resources, one tap away on every patient and family page: a button always in view
 * that opens the program's lines to call, text or chat (the US defaults until they are known,
 * so the button never waits on the network).
 */
@Component({
  selector: 'hw-crisis-resources',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule],
  host: { '(document:keydown.escape)': 'open.set(false)' },
  template: `
    <button
      mat-flat-button
      class="crisis-button"
      type="button"
      data-testid="crisis-button"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="open() ? 'crisis-panel' : null"
      (click)="open.set(!open())"
    >
      {{ labels().button }}
    </button>
    @if (open()) {
      <section
        id="crisis-panel"
        class="crisis-panel"
        role="dialog"
        aria-modal="false"
        [attr.aria-label]="labels().title"
        data-testid="crisis-panel"
      >
        <h2>{{ labels().title }}</h2>
        <p>{{ labels().intro }}</p>
        <ul>
          @for (line of resources(); track $index) {
            <li>
              @if (line.kind === 'CHAT' || line.kind === 'WEB') {
                <a mat-stroked-button [href]="href(line)" target="_blank" rel="noopener">{{
                  line.label
                }}</a>
              } @else {
                <a mat-stroked-button [href]="href(line)">{{ line.label }}</a>
              }
            </li>
          }
        </ul>
        <button mat-button type="button" (click)="open.set(false)">{{ labels().close }}</button>
      </section>
    }
  `,
  styles: `
    :host {
      display: inline-block;
      position: relative;
    }
    .crisis-button {
      background: #8c1d18;
      color: #fff;
    }
    .crisis-panel {
      position: fixed;
      inset: auto 8px 8px 8px;
      z-index: 1000;
      max-width: 480px;
      margin: 0 auto;
      background: #fff;
      color: #1b1b1f;
      border-radius: 16px;
      padding: 16px 20px;
      box-shadow: 0 8px 24px rgb(0 0 0 / 30%);
      /* It sits in a toolbar: take back ordinary wrapping text. */
      white-space: normal;
      text-align: start;
      letter-spacing: normal;
      font: var(--mat-sys-body-large, 1rem/1.5 sans-serif);
    }
    .crisis-panel h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-large, 500 1.25rem/1.4 sans-serif);
    }
    .crisis-panel ul {
      list-style: none;
      padding: 0;
      margin: 12px 0;
      display: grid;
      gap: 8px;
    }
    .crisis-panel a {
      width: 100%;
      justify-content: flex-start;
      height: auto;
      min-height: 40px;
      white-space: normal;
      /* A label on two lines (Spanish, at phone width) stays inside the outline. */
      padding-block: 8px;
    }
  `,
})
export class CrisisResourcesComponent {
  readonly labels = input.required<CrisisLabels>();
  /** The program's lines in the reader's language, in its order. */
  readonly resources = input<readonly CrisisResource[]>(defaultCrisisResources('EN'));
  protected readonly open = signal(false);
  protected readonly href = crisisResourceHref;
}
