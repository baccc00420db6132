import { Injectable } from '@nestjs/common';
import { FamilyTrackKind, FamilyTrackMark } from '@homeward/domain';
import { EntityManager } from 'typeorm';

export interface FamilyTrackMarkView {
  id: string;
  memberId: string;
  memberName: string;
  itemId: string;
  kind: FamilyTrackKind;
  title: string;
  titleEs: string | null;
  mark: FamilyTrackMark;
  day: string;
}

/** Marks with their item and who made them (a read model across the marks, the catalogue and people). */
@Injectable()
export class FamilyTrackReader {
  /** A plan's marks, newest first; one member's only when named (a family member reads their own). */
  marks(
    manager: EntityManager,
    planId: string,
    memberId: string | null,
  ): Promise<FamilyTrackMarkView[]> {
    return manager.query(
      `SELECT k.id, k.member_id AS "memberId", u.display_name AS "memberName", k.item_id AS "itemId",
              i.kind, i.title, i.title_es AS "titleEs", k.mark, to_char(k.day, 'YYYY-MM-DD') AS day
         FROM family_track_mark k
         JOIN family_track_item i ON i.id = k.item_id
         JOIN plan_member m ON m.id = k.member_id
         JOIN membership ms ON ms.id = m.membership_id JOIN app_user u ON u.id = ms.user_id
        WHERE k.plan_id = $1 AND ($2::uuid IS NULL OR k.member_id = $2)
        ORDER BY k.day DESC, k.created_at DESC LIMIT 500`,
      [planId, memberId],
    );
  }
}
