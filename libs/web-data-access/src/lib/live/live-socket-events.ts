import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';

/**
 * What the live socket says about itself. Apollo's set-up writes to it (it cannot inject
 * anything that talks through Apollo while Apollo is being built); LiveApi reads it.
 */
@Injectable({ providedIn: 'root' })
export class LiveSocketEvents {
  /** The socket connected again after losing its connection: anything sent meanwhile was missed. */
  readonly reconnected = new Subject<void>();
}
