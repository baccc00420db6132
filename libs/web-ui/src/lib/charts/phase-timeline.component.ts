import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One event on the plan's way, already in the reader's words. */
export interface TimelineItem {
  id: string;
  /** up: moved up a phase; back: stepped back; pause / resume; start: the plan began. */
  tone: 'up' | 'back' | 'pause' | 'resume' | 'start';
  title: string;
  /** When, in the reader's language. */
  when: string;
  /** Who agreed, why, the next try: each a line. */
  lines: readonly string[];
}

const MARKS: Record<TimelineItem['tone'], string> = {
  up: '↑',
  back: '↓',
  pause: 'Ⅱ',
  resume: '▶',
  start: '•',
};

/**
 * The phase timeline: every move up, step back, pause and resumption, newest at the bottom,
 * with who agreed and why. A list first (read in order by screen readers), drawn as a path.
 */
@Component({
  selector: 'hw-phase-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="timeline" [attr.aria-label]="label()" data-testid="phase-timeline">
      @for (item of items(); track item.id) {
        <li [class]="'tone-' + item.tone" data-testid="timeline-entry" [attr.data-tone]="item.tone">
          <span class="mark" aria-hidden="true">{{ mark(item.tone) }}</span>
          <div class="body">
            <span class="title">{{ item.title }}</span>
            <span class="when">{{ item.when }}</span>
            @for (line of item.lines; track $index) {
              <span class="line">{{ line }}</span>
            }
          </div>
        </li>
      } @empty {
        <li class="empty">{{ empty() }}</li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
    }
    li {
      display: grid;
      grid-template-columns: 32px 1fr;
      gap: 12px;
      position: relative;
      padding-bottom: 14px;
    }
    li:not(:last-child)::after {
      content: '';
      position: absolute;
      left: 15px;
      top: 32px;
      bottom: 0;
      width: 2px;
      background: var(--mat-sys-outline-variant, #bec8c9);
    }
    .mark {
      width: 32px;
      height: 32px;
      border-radius: 50%;
      display: grid;
      place-items: center;
      font-weight: 700;
      box-sizing: border-box;
      background: var(--mat-sys-surface-container-highest, #e0e3e3);
      color: var(--mat-sys-on-surface, #191c1c);
    }
    .tone-up .mark {
      background: #00687a;
      color: #fff;
    }
    .tone-back .mark {
      background: #ffdcc3;
      color: #2f1500;
      border: 2px solid #8c4a00;
    }
    .tone-pause .mark,
    .tone-resume .mark {
      background: var(--mat-sys-secondary-container, #cce8e9);
      color: var(--mat-sys-on-secondary-container, #041f21);
    }
    .body {
      display: grid;
      gap: 2px;
      padding-top: 4px;
      min-width: 0;
    }
    .title {
      font-weight: 600;
    }
    .when {
      font-size: 0.875rem;
      color: var(--mat-sys-on-surface-variant, #3f4948);
    }
    .empty {
      display: block;
      color: var(--mat-sys-on-surface-variant, #3f4948);
    }
  `,
})
export class PhaseTimelineComponent {
  readonly items = input.required<readonly TimelineItem[]>();
  /** Names the list for screen readers. */
  readonly label = input.required<string>();
  readonly empty = input('');

  protected mark(tone: TimelineItem['tone']): string {
    return MARKS[tone];
  }
}
