/** A group of the team (the replicated `groups` document, written only by the server). */
export interface Group {
  id: string;
  name: string;
  /** The group's Team Leader (a member of this group), or null: none set. */
  leaderId: string | null;
  createdAt: number;
  updatedAt: number;
}
