/**
 * A team's colored label (reference 003's colored groups, searched with `group:`/`label:`):
 * the replicated `labels` document. Influencers carry label ids (`labelIds`).
 *
 * Deleting or merging a label keeps its document (`isDeleted: true`, and `mergedInto` for a
 * merge): an influencer a teammate labelled offline before hearing of it still shows a name,
 * and "Undo" can bring the label back.
 */
export interface Label {
  id: string;
  name: string;
  /** "#rrggbb", lower-case. */
  color: string;
  /** Not `deleted`: RxDB reserves that name (a getter on its documents). */
  isDeleted: boolean;
  /** The label that took this one's influencers when it was merged; null otherwise. */
  mergedInto: string | null;
  createdAt: number;
  createdBy: string;
  updatedAt: number;
  updatedBy: string;
}

/** Labels people can still apply, search and manage. */
export function liveLabels<T extends Pick<Label, 'isDeleted'>>(labels: readonly T[]): T[] {
  return labels.filter((label) => !label.isDeleted);
}
