import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  OnInit,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  CONTACT_TYPES,
  PHASE_STAGES,
  MILESTONE_KINDS,
  MILESTONE_MEASURES,
  MILESTONE_PARTIES,
} from '@homeward/domain';
import { PlansApi, TemplateMilestoneInput, TemplatePhaseInput } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../shared/api-action';

/**
 * Just the fields the API takes (no `__typename` from the query), and only what means something for
 * the kind: a target for COUNT and EVENT, a window in days and what it counts for COUNT (check-in
 * days unless chosen), the kind of visit that has to go well for EVENT (any kind when none is chosen).
 */
export function templateInput(phases: readonly TemplatePhaseInput[]): TemplatePhaseInput[] {
  return phases.map((p) => ({
    name: p.name,
    description: p.description,
    contactTypes: [...p.contactTypes],
    stage: p.stage ?? null,
    milestones: p.milestones.map((m) => ({
      title: m.title,
      kind: m.kind,
      party: m.party,
      target: m.kind === 'MANUAL' ? null : (m.target ?? null),
      windowDays: m.kind === 'COUNT' ? (m.windowDays ?? null) : null,
      measure:
        m.kind === 'COUNT'
          ? (m.measure ?? 'CHECK_IN_DAYS')
          : m.kind === 'EVENT'
            ? (m.measure ?? 'VISITS_WENT_WELL')
            : null,
      contactType: m.kind === 'EVENT' ? (m.contactType ?? null) : null,
    })),
  }));
}

/**
 * `/staff/template` (admins): rename, describe, reorder, add and remove phases, and edit,
 * add and remove each phase's milestones; saving makes a new version.
 */
@Component({
  selector: 'hw-template-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatCardModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  template: `
    <section *transloco="let t" data-testid="template-editor">
      <a mat-button routerLink="/staff">← {{ t('common.back') }}</a>
      <h1>{{ t('template.title') }}</h1>
      <p class="muted">{{ t('template.intro') }}</p>
      @if (version(); as v) {
        <p>{{ t('template.version', { version: v }) }}</p>
      }
      @if (action.error()) {
        <p class="error" role="alert">{{ action.error() }}</p>
      }
      @for (phase of phases(); track $index; let i = $index, last = $last) {
        <mat-card appearance="outlined" class="phase">
          <mat-card-content class="stack">
            <h2>{{ t('template.phaseNumber', { position: i + 1 }) }}</h2>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('template.phaseName') }}</mat-label>
              <input matInput [value]="phase.name" (input)="patch(i, { name: value($event) })" />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('template.description') }}</mat-label>
              <textarea
                matInput
                rows="2"
                [value]="phase.description"
                (input)="patch(i, { description: value($event) })"
              ></textarea>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('template.contactTypes') }}</mat-label>
              <mat-select
                multiple
                [value]="phase.contactTypes"
                (valueChange)="patch(i, { contactTypes: $event })"
              >
                @for (type of contactTypes; track type) {
                  <mat-option [value]="type">{{ t('plan.contactType.' + type) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('template.stage') }}</mat-label>
              <mat-select [value]="phase.stage ?? null" (valueChange)="patch(i, { stage: $event })">
                <mat-option [value]="null">{{ t('template.stageNone') }}</mat-option>
                @for (stage of stages; track stage) {
                  <mat-option [value]="stage">{{ t('template.stageOf.' + stage) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <h3>{{ t('template.milestones') }}</h3>
            @for (milestone of phase.milestones; track $index; let m = $index) {
              <fieldset class="milestone" [attr.data-testid]="'milestone-' + i + '-' + m">
                <legend>{{ t('template.milestoneNumber', { position: m + 1 }) }}</legend>
                <mat-form-field appearance="outline" subscriptSizing="dynamic">
                  <mat-label>{{ t('template.milestoneTitle') }}</mat-label>
                  <input
                    matInput
                    required
                    maxlength="200"
                    data-testid="milestone-title"
                    [value]="milestone.title"
                    (input)="patchMilestone(i, m, { title: value($event) })"
                  />
                </mat-form-field>
                <div class="fields">
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('template.kind') }}</mat-label>
                    <mat-select
                      data-testid="milestone-kind"
                      [value]="milestone.kind"
                      (valueChange)="patchMilestone(i, m, { kind: $event })"
                    >
                      @for (kind of kinds; track kind) {
                        <mat-option [value]="kind">{{
                          t('template.kindOption.' + kind)
                        }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  <mat-form-field appearance="outline" subscriptSizing="dynamic">
                    <mat-label>{{ t('template.party') }}</mat-label>
                    <mat-select
                      data-testid="milestone-party"
                      [value]="milestone.party"
                      (valueChange)="patchMilestone(i, m, { party: $event })"
                    >
                      @for (party of parties; track party) {
                        <mat-option [value]="party">{{
                          t('template.partyOption.' + party)
                        }}</mat-option>
                      }
                    </mat-select>
                  </mat-form-field>
                  @if (milestone.kind !== 'MANUAL') {
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('template.target') }}</mat-label>
                      <input
                        matInput
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max="1000"
                        step="1"
                        data-testid="milestone-target"
                        [value]="milestone.target ?? ''"
                        (input)="patchMilestone(i, m, { target: count($event) })"
                      />
                    </mat-form-field>
                  }
                  @if (milestone.kind === 'COUNT') {
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('template.measure') }}</mat-label>
                      <mat-select
                        data-testid="milestone-measure"
                        [value]="milestone.measure ?? 'CHECK_IN_DAYS'"
                        (valueChange)="patchMilestone(i, m, { measure: $event })"
                      >
                        @for (measure of measures; track measure) {
                          <mat-option [value]="measure">{{
                            t('template.measureOption.' + measure)
                          }}</mat-option>
                        }
                      </mat-select>
                    </mat-form-field>
                  }
                  @if (milestone.kind === 'EVENT') {
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('template.visitType') }}</mat-label>
                      <mat-select
                        data-testid="milestone-visit-type"
                        [value]="milestone.contactType ?? ''"
                        (valueChange)="patchMilestone(i, m, { contactType: $event || null })"
                      >
                        <mat-option value="">{{ t('template.visitTypeAny') }}</mat-option>
                        @for (type of visitTypes; track type) {
                          <mat-option [value]="type">{{
                            t('plan.contactType.' + type)
                          }}</mat-option>
                        }
                      </mat-select>
                    </mat-form-field>
                  }
                  @if (milestone.kind === 'COUNT') {
                    <mat-form-field appearance="outline" subscriptSizing="dynamic">
                      <mat-label>{{ t('template.windowDays') }}</mat-label>
                      <input
                        matInput
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max="366"
                        step="1"
                        data-testid="milestone-window"
                        [value]="milestone.windowDays ?? ''"
                        (input)="patchMilestone(i, m, { windowDays: count($event) })"
                      />
                    </mat-form-field>
                  }
                </div>
                <div class="actions">
                  <button
                    mat-button
                    type="button"
                    data-testid="milestone-remove"
                    (click)="removeMilestone(i, m)"
                  >
                    {{ t('template.removeMilestone', { position: m + 1 }) }}
                  </button>
                </div>
              </fieldset>
            } @empty {
              <p class="muted">{{ t('template.noMilestones') }}</p>
            }
            <div class="actions">
              <button
                mat-stroked-button
                type="button"
                [attr.data-testid]="'milestone-add-' + i"
                (click)="addMilestone(i)"
              >
                {{ t('template.addMilestone', { position: i + 1 }) }}
              </button>
            </div>
            <div class="actions">
              <button mat-button type="button" [disabled]="i === 0" (click)="move(i, -1)">
                {{ t('template.moveUp', { name: phase.name }) }}
              </button>
              <button mat-button type="button" [disabled]="last" (click)="move(i, 1)">
                {{ t('template.moveDown', { name: phase.name }) }}
              </button>
              <button
                mat-button
                type="button"
                [disabled]="phases().length === 1"
                (click)="remove(i)"
              >
                {{ t('template.remove', { name: phase.name }) }}
              </button>
            </div>
          </mat-card-content>
        </mat-card>
      }
      <div class="actions">
        <button mat-stroked-button type="button" (click)="add()">{{ t('template.add') }}</button>
        <button
          mat-flat-button
          type="button"
          data-testid="template-save"
          [disabled]="action.busy()"
          (click)="save()"
        >
          {{ t('template.save') }}
        </button>
        <span role="status">{{ saved() }}</span>
      </div>
    </section>
  `,
  styles: `
    .phase {
      margin-bottom: 12px;
    }
    .phase h2 {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .phase h3 {
      margin: 8px 0 0;
      font-size: 1.1rem;
    }
    .milestone {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      padding: 8px 12px;
      margin: 0;
      display: grid;
      gap: 8px;
      min-width: 0;
    }
    .milestone legend {
      padding: 0 4px;
      font-weight: 500;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .fields mat-form-field {
      flex: 1 1 12rem;
      min-width: 0;
    }
  `,
})
export class TemplatePage implements OnInit {
  private readonly api = inject(PlansApi);
  private readonly errors = inject(ApiErrors);
  private readonly transloco = inject(TranslocoService);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly contactTypes = CONTACT_TYPES;
  protected readonly stages = PHASE_STAGES;
  protected readonly kinds = MILESTONE_KINDS;
  protected readonly parties = MILESTONE_PARTIES;
  protected readonly measures = MILESTONE_MEASURES;
  /** Kinds of visit that can go well (a letter is not a visit). */
  protected readonly visitTypes = CONTACT_TYPES.filter((type) => type !== 'LETTER');
  protected readonly phases = signal<TemplatePhaseInput[]>([]);
  protected readonly version = signal<number | null>(null);
  protected readonly action = new ApiAction();
  protected readonly saved = signal('');

  async ngOnInit(): Promise<void> {
    try {
      const template = await this.api.template();
      if (!template) return;
      this.version.set(template.version);
      this.phases.set(templateInput(template.phases));
    } catch (caught) {
      this.action.error.set(this.errors.message(caught));
    }
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
  }

  /** A whole number from a number field, or null when it is empty. */
  protected count(event: Event): number | null {
    const raw = this.value(event).trim();
    const n = Number(raw);
    return raw === '' || !Number.isFinite(n) ? null : Math.round(n);
  }

  protected patch(index: number, change: Partial<TemplatePhaseInput>): void {
    this.phases.update((phases) => phases.map((p, i) => (i === index ? { ...p, ...change } : p)));
  }

  protected move(index: number, by: -1 | 1): void {
    this.phases.update((phases) => {
      const next = [...phases];
      [next[index], next[index + by]] = [next[index + by], next[index]];
      return next;
    });
  }

  protected remove(index: number): void {
    this.phases.update((phases) => phases.filter((_, i) => i !== index));
  }

  protected add(): void {
    this.phases.update((phases) => [
      ...phases,
      { name: '', description: '', contactTypes: [], milestones: [] },
    ]);
  }

  protected patchMilestone(
    phase: number,
    index: number,
    change: Partial<TemplateMilestoneInput>,
  ): void {
    this.phases.update((phases) =>
      phases.map((p, i) =>
        i === phase
          ? {
              ...p,
              milestones: p.milestones.map((m, j) => (j === index ? { ...m, ...change } : m)),
            }
          : p,
      ),
    );
  }

  protected removeMilestone(phase: number, index: number): void {
    this.phases.update((phases) =>
      phases.map((p, i) =>
        i === phase ? { ...p, milestones: p.milestones.filter((_, j) => j !== index) } : p,
      ),
    );
  }

  protected addMilestone(phase: number): void {
    const milestone: TemplateMilestoneInput = {
      title: '',
      kind: 'MANUAL',
      party: 'PATIENT',
      target: null,
      windowDays: null,
      measure: null,
      contactType: null,
    };
    const index = this.phases()[phase].milestones.length;
    this.phases.update((phases) =>
      phases.map((p, i) => (i === phase ? { ...p, milestones: [...p.milestones, milestone] } : p)),
    );
    // Straight to the new milestone's name, so keyboard and screen reader users land where they are needed.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLInputElement>(
            `[data-testid="milestone-${phase}-${index}"] [data-testid="milestone-title"]`,
          )
          ?.focus(),
      { injector: this.injector },
    );
  }

  async save(): Promise<void> {
    this.saved.set('');
    await this.action.run(async () => {
      const template = await this.api.updateTemplate({ phases: templateInput(this.phases()) });
      if (template) {
        this.version.set(template.version);
        this.saved.set(this.transloco.translate('template.saved', { version: template.version }));
      }
    });
  }
}
