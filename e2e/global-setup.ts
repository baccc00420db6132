import { setClock } from './support';

/** Once per run, before any journey: the API's clock starts at real time. */
export default function globalSetup(): void {
  setClock(0);
}
