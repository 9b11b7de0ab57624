/** Minimum ballots before a group's figures are shown (Viva Glint and Viva Insights use 5). */
export const MIN_BALLOTS = 5;
/** Minimum ballots before open-text comments are shown (Viva Glint uses 10). */
export const MIN_BALLOTS_FOR_COMMENTS = 10;

/** A group and how many ballots it has. */
export interface GroupSize {
  key: string;
  ballots: number;
  /**
   * Moves into the group counted while the round or cycle was open (trust point 11): up to this
   * many of its ballots may come from colleagues who joined it to fill it up and know their own
   * answers, so they count towards no threshold. Absent: 0.
   */
  moved?: number;
}

/** The ballots of a group that count towards a threshold: those that cannot be a mover's. */
const effective = (g: GroupSize) => Math.max(0, g.ballots - (g.moved ?? 0));

/** Which figures may be shown. */
export interface Visibility {
  /** The whole administration's figures. */
  total: boolean;
  /** Groups whose figures may be shown. */
  visible: Set<string>;
}

/**
 * The key under which sealing merges every group that is not published (see {@link publication}):
 * never a department id (those start with a letter), never shown, counted in the total only.
 */
export const HIDDEN_GROUPS = '~hidden';

/**
 * Threshold plus complementary suppression. A group is shown only with at least `min` ballots; and
 * because the total is shown too, the hidden groups together must never be recoverable as
 * "total minus the shown groups": while the hidden groups hold between 1 and `min − 1` ballots in
 * sum, the smallest shown group is hidden as well. {@link HIDDEN_GROUPS} is never shown. Ballots
 * that may come from colleagues who moved into a group during the round ({@link GroupSize.moved})
 * count towards neither threshold (trust point 11).
 */
export function visibleGroups(groups: GroupSize[], min = MIN_BALLOTS): Visibility {
  const total = groups.reduce((a, g) => a + g.ballots, 0);
  if (total < min) return { total: false, visible: new Set() };
  return { total: true, visible: complementary(groups, (g) => g.key !== HIDDEN_GROUPS, min) };
}

/**
 * The groups among `sizes` that may be shown: eligible ones with at least `min` ballots that are
 * not possibly movers' (see {@link GroupSize.moved}), minus the smallest of those while the rest
 * (everything not shown) holds ballots but fewer than `min` that are not possibly movers'. Without
 * moves: while the rest sums to 1 … `min − 1`. With moves, movers who answered into a hidden group
 * can subtract their own ballots from "total minus the shown groups", so only the others count.
 */
function complementary(sizes: GroupSize[], eligible: (g: GroupSize) => boolean, min: number): Set<string> {
  const shown = sizes.filter((g) => eligible(g) && effective(g) >= min).sort((a, b) => effective(a) - effective(b) || a.key.localeCompare(b.key));
  const kept = new Set(shown.map((g) => g.key));
  const rest = sizes.filter((g) => !kept.has(g.key));
  let hiddenSum = rest.reduce((a, g) => a + g.ballots, 0);
  let hiddenOthers = rest.reduce((a, g) => a + effective(g), 0);
  while (hiddenSum > 0 && hiddenOthers < min && shown.length > 0) {
    const next = shown.shift()!;
    kept.delete(next.key);
    hiddenSum += next.ballots;
    hiddenOthers += effective(next);
  }
  return kept;
}

/** A group's size and, per question, how many of its ballots answered it (optional questions differ). */
export interface GroupCells {
  key: string;
  ballots: number;
  answered: Record<string, number>;
  /** Moves into the group during the round or cycle ({@link GroupSize.moved}); they bound every cell too. */
  moved?: number;
}

/** Every figure that may be published of one set of groups. */
export interface Publication {
  /** The whole administration's figures (at least `min` ballots). */
  total: boolean;
  /** Groups whose figures may be shown. */
  groups: Set<string>;
  /** Questions the total shows (at least `min` answers). */
  totalQuestions: Set<string>;
  /** Per question, the shown groups whose answers to it may be shown. */
  cells: Map<string, Set<string>>;
}

/**
 * What may be published, per group AND per question. Groups: {@link visibleGroups}. Then, because an
 * optional question has its own count in every group, the same complementary rule runs per
 * question over its cells: a shown group's answers to a question are shown only from `min`
 * answers, and while the hidden cells of that question (hidden groups included) hold 1 … `min − 1`
 * answers in sum, the smallest shown cell is hidden too. So "total minus the shown cells" of a
 * question is always 0 or at least `min` answers, per answer option as well. A group's counted
 * moves are subtracted in every one of its cells as well: a mover may have answered any question.
 */
export function publication(groups: GroupCells[], questions: string[], min = MIN_BALLOTS): Publication {
  const { total, visible } = visibleGroups(groups, min);
  const totalQuestions = new Set<string>();
  const cells = new Map<string, Set<string>>();
  for (const q of questions) {
    const sizes = groups.map((g) => ({ key: g.key, ballots: g.answered[q] ?? 0, moved: g.moved }));
    const answered = sizes.reduce((a, g) => a + g.ballots, 0);
    const shownTotal = total && answered >= min;
    if (shownTotal) totalQuestions.add(q);
    cells.set(q, shownTotal ? complementary(sizes, (g) => visible.has(g.key), min) : new Set());
  }
  return { total, groups: visible, totalQuestions, cells };
}
