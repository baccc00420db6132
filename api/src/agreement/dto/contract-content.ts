import { ExpectationCategory } from '@homeward/domain';

/** What a contract version says, frozen: names and words as they read when it was made. */
export interface ContractContent {
  expectations: {
    id: string;
    version: number;
    category: ExpectationCategory;
    fromName: string;
    toName: string;
    text: string;
    appliesFromPhase: number;
  }[];
  boundaries: {
    id: string;
    version: number;
    category: ExpectationCategory;
    ownerName: string;
    need: string;
    ifCrossed: string;
    appliesToNames: string[];
  }[];
}
