/** What the hope form starts from, and what it sends (kept apart from the page so it is tested). */
export interface HopeDraft {
  words: string;
  /** The others on the plan this hope is for. */
  parties: Set<string>;
}

interface PersonLike {
  memberId: string;
  isMe: boolean;
}

interface TopicLike {
  mine: { words: string; partyMemberIds: string[] } | null;
}

/**
 * A new hope is for everyone else on the plan; a hope being changed keeps the people it was for
 * who are still on the plan (someone who has left cannot be named again).
 */
export function draftFor(topic: TopicLike, people: readonly PersonLike[]): HopeDraft {
  const others = people.filter((p) => !p.isMe).map((p) => p.memberId);
  const parties = topic.mine
    ? others.filter((id) => topic.mine?.partyMemberIds.includes(id))
    : others;
  return { words: topic.mine?.words ?? '', parties: new Set(parties) };
}

/** Whether the draft says something new: changed words or different people. */
export function draftChanged(topic: TopicLike, draft: HopeDraft): boolean {
  const mine = topic.mine;
  if (!mine) return draft.words.trim().length > 0;
  const before = new Set(mine.partyMemberIds);
  const samePeople =
    before.size === draft.parties.size && [...draft.parties].every((id) => before.has(id));
  return draft.words.trim() !== mine.words || !samePeople;
}
