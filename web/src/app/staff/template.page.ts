import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { CONTACT_TYPES } from '@homeward/domain';
import { apiError, PlansApi, TemplatePhaseInput } from '@homeward/web-data-access';

/** `/staff/template` (admins): rename, describe, reorder, add and remove phases; saving makes a new version. */
@Component({
  selector: 'hw-template-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatCardModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslocoDirective],
  template: `
    <section *transloco="let t" data-testid="template-editor">
      <a mat-button routerLink="/staff">← {{ t('common.back') }}</a>
      <h1>{{ t('template.title') }}</h1>
      <p class="muted">{{ t('template.intro') }}</p>
      @if (version(); as v) {
        <p>{{ t('template.version', { version: v }) }}</p>
      }
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
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
              <textarea matInput rows="2" [value]="phase.description" (input)="patch(i, { description: value($event) })"></textarea>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('template.contactTypes') }}</mat-label>
              <mat-select multiple [value]="phase.contactTypes" (valueChange)="patch(i, { contactTypes: $event })">
                @for (type of contactTypes; track type) {
                  <mat-option [value]="type">{{ t('plan.contactType.' + type) }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            @if (phase.milestones.length) {
              <ul class="milestones">
                @for (milestone of phase.milestones; track $index) {
                  <li>{{ milestone.title }} <span class="muted">({{ t('plan.kind.' + milestone.party) }})</span></li>
                }
              </ul>
            }
            <div class="actions">
              <button mat-button type="button" [disabled]="i === 0" (click)="move(i, -1)">{{ t('template.moveUp', { name: phase.name }) }}</button>
              <button mat-button type="button" [disabled]="last" (click)="move(i, 1)">{{ t('template.moveDown', { name: phase.name }) }}</button>
              <button mat-button type="button" [disabled]="phases().length === 1" (click)="remove(i)">{{ t('template.remove', { name: phase.name }) }}</button>
            </div>
          </mat-card-content>
        </mat-card>
      }
      <div class="actions">
        <button mat-stroked-button type="button" (click)="add()">{{ t('template.add') }}</button>
        <button mat-flat-button type="button" [disabled]="busy()" (click)="save()">{{ t('template.save') }}</button>
        <span role="status">{{ saved() }}</span>
      </div>
    </section>
  `,
  styles: `
    .phase { margin-bottom: 12px; }
    .phase h2 { margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    .milestones { margin: 0; padding-left: 20px; }
  `,
})
export class TemplatePage implements OnInit {
  private readonly api = inject(PlansApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly contactTypes = CONTACT_TYPES;
  protected readonly phases = signal<TemplatePhaseInput[]>([]);
  protected readonly version = signal<number | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal('');
  protected readonly saved = signal('');

  async ngOnInit(): Promise<void> {
    try {
      const template = await this.api.template();
      if (!template) return;
      this.version.set(template.version);
      this.phases.set(template.phases.map((p) => ({ ...p, contactTypes: [...p.contactTypes], milestones: p.milestones.map((m) => ({ ...m })) })));
    } catch (caught) {
      this.error.set(apiError(caught).message || this.transloco.translate('common.tryAgain'));
    }
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
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
    this.phases.update((phases) => [...phases, { name: '', description: '', contactTypes: [], milestones: [] }]);
  }

  async save(): Promise<void> {
    this.busy.set(true);
    this.error.set('');
    this.saved.set('');
    try {
      const template = await this.api.updateTemplate({ phases: this.phases() });
      if (template) {
        this.version.set(template.version);
        this.saved.set(this.transloco.translate('template.saved', { version: template.version }));
      }
    } catch (caught) {
      this.error.set(apiError(caught).message || this.transloco.translate('common.tryAgain'));
    } finally {
      this.busy.set(false);
    }
  }
}
