import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ClosingWordsVersion } from './closing-words-version.entity';

/** Closing words: each writing a new version, none ever changed. */
@Injectable()
export class ClosingSummaryRepository {
  insert(
    manager: EntityManager,
    version: Omit<ClosingWordsVersion, 'id' | 'plan'>,
  ): Promise<ClosingWordsVersion> {
    return manager.save(manager.create(ClosingWordsVersion, version));
  }
}
