import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ContractContent } from '../dto/contract-content';
import { ContractSignature } from './contract-signature.entity';
import { ContractVersion } from './contract-version.entity';

export interface NewContractVersion {
  planId: string;
  version: number;
  content: ContractContent;
  contentHash: string;
  createdAt: Date;
}

export interface NewSignature {
  contractVersionId: string;
  memberId: string;
  typedName: string;
  contentHash: string;
  signedAt: Date;
}

/** The contract_version and contract_signature tables: the only place their SQL is written (STYLE 31). */
@Injectable()
export class HomeContractRepository {
  /** A plan's latest contract version; null before anything was agreed. */
  async latest(manager: EntityManager, planId: string): Promise<ContractVersion | null> {
    const [latest] = await manager.find(ContractVersion, {
      where: { planId },
      order: { version: 'DESC' },
      take: 1,
    });
    return latest ?? null;
  }

  async insertVersion(manager: EntityManager, v: NewContractVersion): Promise<void> {
    await manager.insert(ContractVersion, v);
  }

  hasSigned(manager: EntityManager, contractVersionId: string, memberId: string) {
    return manager.existsBy(ContractSignature, { contractVersionId, memberId });
  }

  async insertSignature(manager: EntityManager, s: NewSignature): Promise<void> {
    await manager.insert(ContractSignature, s);
  }
}
