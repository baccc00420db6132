import { Initial1795416639583 } from './1795416639583-initial';

/** In order; a new migration is added here after `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Initial1795416639583];
