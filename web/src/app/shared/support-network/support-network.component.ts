import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  SUPPORT_MARKS,
  SUPPORT_PERSON_KINDS,
  SupportMark,
  SupportPersonKind,
} from '@homeward/domain';
import { SupportNetwork, SupportNetworkApi, SupportPerson } from '@homeward/web-data-access';
import { ApiAction, ApiErrors } from '../api-action';
import { RING_RADIUS, RING_SIZE, ringPlaces } from './support-rings';

/**
 * The patient's support network as rings (closest: safe; middle: conditional; outer: keep
 * distance), with a table as the picture's text alternative. The patient and staff keep it here;
 * a family member it is shared with reads names and marks only, with the §2.32 notice.
 */
@Component({
  selector: 'hw-support-network',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoDirective,
  ],
  template: `
    <div *transloco="let t" data-testid="support-network">
      @if (notShared()) {
        <p class="muted" role="status" data-testid="support-not-shared">
          {{ t('supportNetwork.notShared') }}
        </p>
      } @else if (loadError()) {
        <p class="error" role="alert">{{ loadError() }}</p>
      } @else if (network(); as network) {
        @if (network.notice) {
          <div class="confidential" role="note" data-testid="redisclosure-notice">
            <strong>{{ t('familyPlan.noticeLabel') }}</strong>
            <p>{{ network.notice }}</p>
          </div>
        }
        <figure class="rings">
          <svg
            role="img"
            [attr.viewBox]="'-40 0 ' + (size + 80) + ' ' + size"
            aria-labelledby="support-rings-title support-rings-desc"
            data-testid="support-rings"
          >
            <title id="support-rings-title">{{ t('supportNetwork.pictureTitle') }}</title>
            <desc id="support-rings-desc">{{ t('supportNetwork.pictureDesc') }}</desc>
            <circle
              class="ring keep"
              [attr.cx]="half"
              [attr.cy]="half"
              [attr.r]="radius.KEEP_DISTANCE + 20"
            />
            <circle
              class="ring conditional"
              [attr.cx]="half"
              [attr.cy]="half"
              [attr.r]="radius.CONDITIONAL + 21"
            />
            <circle
              class="ring safe"
              [attr.cx]="half"
              [attr.cy]="half"
              [attr.r]="radius.SAFE + 21"
            />
            <circle class="me" [attr.cx]="half" [attr.cy]="half" r="22" />
            <text class="me-label" [attr.x]="half" [attr.y]="half + 4" text-anchor="middle">
              {{ centreLabel() || t('supportNetwork.me') }}
            </text>
            @for (p of places(); track p.id) {
              <g [attr.class]="'person ' + p.mark" [attr.data-testid]="'ring-person-' + p.mark">
                @switch (p.mark) {
                  @case ('SAFE') {
                    <circle [attr.cx]="p.x" [attr.cy]="p.y" r="6" />
                  }
                  @case ('CONDITIONAL') {
                    <rect
                      [attr.x]="p.x - 5"
                      [attr.y]="p.y - 5"
                      width="10"
                      height="10"
                      [attr.transform]="'rotate(45 ' + p.x + ' ' + p.y + ')'"
                    />
                  }
                  @default {
                    <rect [attr.x]="p.x - 5" [attr.y]="p.y - 5" width="10" height="10" />
                  }
                }
                <text [attr.x]="p.x" [attr.y]="p.y + 17" text-anchor="middle">
                  {{ short(p.name) }}
                </text>
              </g>
            }
          </svg>
          <figcaption class="legend">
            <span
              ><svg width="12" height="12" aria-hidden="true">
                <circle class="person-key SAFE" cx="6" cy="6" r="5" /></svg
              >{{ t('supportNetwork.mark.SAFE') }}</span
            >
            <span
              ><svg width="12" height="12" aria-hidden="true">
                <rect
                  class="person-key CONDITIONAL"
                  x="2"
                  y="2"
                  width="8"
                  height="8"
                  transform="rotate(45 6 6)"
                /></svg
              >{{ t('supportNetwork.mark.CONDITIONAL') }}</span
            >
            <span
              ><svg width="12" height="12" aria-hidden="true">
                <rect class="person-key KEEP_DISTANCE" x="1" y="1" width="10" height="10" /></svg
              >{{ t('supportNetwork.mark.KEEP_DISTANCE') }}</span
            >
          </figcaption>
        </figure>

        @if (network.people.length === 0) {
          <p class="muted" data-testid="support-empty">
            {{ network.mayEdit ? t('supportNetwork.empty') : t('supportNetwork.emptyShared') }}
          </p>
        } @else {
          <div class="table-wrap">
            <table data-testid="support-table">
              <caption>
                {{
                  t('supportNetwork.tableCaption')
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ t('supportNetwork.person') }}</th>
                  <th scope="col">{{ t('supportNetwork.markLabel') }}</th>
                  @if (network.mayEdit) {
                    <th scope="col">
                      <span class="visually-hidden">{{ t('supportNetwork.actions') }}</span>
                    </th>
                  }
                </tr>
              </thead>
              <tbody>
                @for (p of network.people; track p.id) {
                  <tr [attr.data-testid]="'support-row-' + p.mark">
                    <th scope="row">
                      <span class="name">{{ p.name }}</span>
                      <span class="detail">{{ t('supportNetwork.kind.' + p.kind) }}</span>
                      @if (network.mayEdit && p.contact) {
                        <span class="detail"
                          >{{ t('supportNetwork.contactShort') }}: {{ p.contact }}</span
                        >
                      }
                    </th>
                    <td>
                      <span class="name">{{ t('supportNetwork.mark.' + p.mark) }}</span>
                      @if (p.condition) {
                        <span class="detail">{{ p.condition }}</span>
                      }
                      <!-- Only when a phase was chosen: "from: not said" on every row was noise. -->
                      @if (p.fromPhaseName) {
                        <span class="detail"
                          >{{ t('supportNetwork.fromPhase') }}: {{ p.fromPhaseName }}</span
                        >
                      }
                    </td>
                    @if (network.mayEdit) {
                      <td class="actions">
                        <div class="action-buttons">
                          <button
                            mat-button
                            type="button"
                            (click)="edit(p)"
                            [attr.aria-label]="t('supportNetwork.changeNamed', { name: p.name })"
                          >
                            {{ t('supportNetwork.change') }}
                          </button>
                          <button
                            mat-button
                            type="button"
                            (click)="retire(p)"
                            [disabled]="action.busy()"
                            [attr.aria-label]="t('supportNetwork.retireNamed', { name: p.name })"
                          >
                            {{ t('supportNetwork.retire') }}
                          </button>
                        </div>
                      </td>
                    }
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }

        @if (network.mayEdit) {
          <form
            class="form"
            [formGroup]="form"
            (ngSubmit)="save(network.planId)"
            data-testid="support-form"
            novalidate
          >
            <h2>{{ editing() ? t('supportNetwork.formChange') : t('supportNetwork.formAdd') }}</h2>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('supportNetwork.name') }}</mat-label>
              <input matInput formControlName="name" maxlength="120" data-testid="support-name" />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('supportNetwork.who') }}</mat-label>
              <select matNativeControl formControlName="kind" data-testid="support-kind">
                @for (kind of kinds; track kind) {
                  <option [value]="kind">{{ t('supportNetwork.kind.' + kind) }}</option>
                }
              </select>
            </mat-form-field>
            <fieldset>
              <legend>{{ t('supportNetwork.markLabel') }}</legend>
              @for (mark of marks; track mark) {
                <label class="choice">
                  <input
                    type="radio"
                    formControlName="mark"
                    [value]="mark"
                    [attr.data-testid]="'support-mark-' + mark"
                  />
                  {{ t('supportNetwork.mark.' + mark) }}
                </label>
              }
            </fieldset>
            @if (form.controls.mark.value === 'CONDITIONAL') {
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ t('supportNetwork.condition') }}</mat-label>
                <input
                  matInput
                  formControlName="condition"
                  maxlength="500"
                  data-testid="support-condition"
                />
                <mat-hint>{{ t('supportNetwork.conditionHint') }}</mat-hint>
              </mat-form-field>
            }
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('supportNetwork.fromPhase') }}</mat-label>
              <select matNativeControl formControlName="fromPhase" data-testid="support-phase">
                <option value="">{{ t('supportNetwork.anyPhase') }}</option>
                @for (phase of network.phases; track phase.position) {
                  <option [value]="phase.position">{{ phase.position }}. {{ phase.name }}</option>
                }
              </select>
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ t('supportNetwork.contact') }}</mat-label>
              <input
                matInput
                formControlName="contact"
                maxlength="200"
                data-testid="support-contact"
              />
              <mat-hint>{{ t('supportNetwork.contactHint') }}</mat-hint>
            </mat-form-field>
            @if (action.error()) {
              <p class="error" role="alert">{{ action.error() }}</p>
            }
            <div class="buttons">
              <button
                mat-flat-button
                type="submit"
                [disabled]="action.busy()"
                data-testid="support-save"
              >
                {{
                  editing()
                    ? t('supportNetwork.saveChange')
                    : staff()
                      ? t('supportNetwork.addForPatient')
                      : t('supportNetwork.add')
                }}
              </button>
              @if (editing()) {
                <button mat-button type="button" (click)="reset()">
                  {{ t('supportNetwork.cancel') }}
                </button>
              }
            </div>
          </form>
        }
      } @else {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
    </div>
  `,
  styles: `
    .rings {
      margin: 0 0 16px;
      display: grid;
      gap: 8px;
      justify-items: center;
    }
    svg[role='img'] {
      width: 100%;
      max-width: 360px;
      height: auto;
    }
    .ring {
      stroke-width: 1.5;
    }
    .ring.safe {
      fill: #e3f1e6;
      stroke: #1b6e3a;
    }
    .ring.conditional {
      fill: #fbf0dc;
      stroke: #7a5200;
    }
    .ring.keep {
      fill: #fbe7e8;
      stroke: #9c2a32;
    }
    .me {
      fill: #00687a;
    }
    .me-label {
      fill: #fff;
      font-size: 10px;
      font-weight: 600;
    }
    .person text {
      font-size: 12px;
      fill: #1d1b1b;
    }
    .SAFE {
      fill: #1b6e3a;
    }
    .CONDITIONAL {
      fill: #7a5200;
    }
    .KEEP_DISTANCE {
      fill: #9c2a32;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      font-size: 0.875rem;
    }
    .legend span {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .table-wrap {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 4px;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #bec8c9);
      vertical-align: top;
    }
    .name {
      display: block;
      font-weight: 600;
    }
    .detail {
      display: block;
      font-weight: 400;
      color: var(--mat-sys-on-surface-variant, #3f4948);
    }
    .action-buttons {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
    }
    .action-buttons button {
      white-space: nowrap;
    }
    .form {
      display: grid;
      gap: 12px;
      margin-top: 24px;
      max-width: 560px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant, #bec8c9);
      border-radius: 8px;
      display: grid;
      gap: 6px;
    }
    .choice {
      display: flex;
      gap: 8px;
      align-items: center;
      min-height: 32px;
    }
    .buttons {
      display: flex;
      gap: 8px;
    }
    .confidential {
      border-left: 4px solid #00687a;
      padding: 8px 12px;
      margin-bottom: 16px;
      background: var(--mat-sys-surface-container, #eef3f3);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `,
})
export class SupportNetworkComponent {
  readonly planId = input.required<string>();
  /** Written in the middle of the rings (the patient's name, for others; "Me" for the patient). */
  readonly centreLabel = input('');
  /** Staff help keep it: the words speak of the patient's network, not "my" network. */
  readonly staff = input(false);
  private readonly api = inject(SupportNetworkApi);
  private readonly errors = inject(ApiErrors);
  protected readonly action = new ApiAction();
  protected readonly network = signal<SupportNetwork | null>(null);
  protected readonly loadError = signal('');
  /** "Not shared" and "not there" read the same, in kind words rather than an error. */
  protected readonly notShared = signal(false);
  protected readonly editing = signal<SupportPerson | null>(null);
  protected readonly kinds = SUPPORT_PERSON_KINDS;
  protected readonly marks = SUPPORT_MARKS;
  protected readonly size = RING_SIZE;
  protected readonly half = RING_SIZE / 2;
  protected readonly radius = RING_RADIUS;
  protected readonly places = computed(() => ringPlaces(this.network()?.people ?? []));
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: '',
    kind: 'FRIEND' as SupportPersonKind,
    mark: 'SAFE' as SupportMark,
    condition: '',
    fromPhase: '',
    contact: '',
  });

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => void this.load(planId));
    });
  }

  protected short(name: string): string {
    return name.length > 14 ? `${name.slice(0, 13)}…` : name;
  }

  protected edit(person: SupportPerson): void {
    this.editing.set(person);
    this.form.setValue({
      name: person.name,
      kind: person.kind,
      mark: person.mark,
      condition: person.condition ?? '',
      fromPhase: person.fromPhase === null ? '' : String(person.fromPhase),
      contact: person.contact ?? '',
    });
  }

  protected reset(): void {
    this.editing.set(null);
    this.form.reset();
  }

  protected async save(planId: string): Promise<void> {
    const value = this.form.getRawValue();
    const fields = {
      name: value.name,
      kind: value.kind,
      mark: value.mark,
      condition: value.mark === 'CONDITIONAL' ? value.condition : null,
      fromPhase: value.fromPhase ? Number(value.fromPhase) : null,
      contact: value.contact || null,
    };
    const editing = this.editing();
    const saved = await this.action.run(() =>
      editing
        ? this.api.change({ id: editing.id, ...fields })
        : this.api.add({ planId, ...fields }),
    );
    if (saved) {
      this.reset();
      await this.load(planId);
    }
  }

  protected async retire(person: SupportPerson): Promise<void> {
    const planId = this.planId();
    const done = await this.action.run(async () => {
      await this.api.retire(person.id);
      return true;
    });
    if (done) await this.load(planId);
  }

  private async load(planId: string): Promise<void> {
    try {
      this.network.set(await this.api.read(planId));
    } catch (caught) {
      const problem = this.errors.read(caught);
      if (problem.code === 'NOT_FOUND') this.notShared.set(true);
      else this.loadError.set(this.errors.messageOf(problem));
    }
  }
}
