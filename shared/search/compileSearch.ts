import type { InfluencerKind, Platform } from '../influencer';
import { PLATFORM_LABELS, PLATFORMS } from '../influencer';
import { foldSearchText } from './foldSearchText';
import { SEARCH_FIELD_SEPARATOR } from './influencerSearchText';
import { parseSearchQuery, type FieldTerm, type SearchField, type SearchProblem, type SearchQuery } from './parseSearchQuery';

/**
 * Which influencers the search box looks at (reference 000: "select the type of influencer
 * first"): platform influencers, self-created ones, or both.
 */
export const INFLUENCER_TYPE_SCOPES = ['all', 'platform', 'custom'] as const;
export type InfluencerTypeScope = (typeof INFLUENCER_TYPE_SCOPES)[number];

/** Names the search resolves to ids. Unknown names simply match nothing (and are reported). */
export interface SearchLookups {
  labels: readonly { id: string; name: string }[];
  /** Statuses of every group (Influencer, Contract, Payment), retired ones included. */
  statuses: readonly { id: string; label: string }[];
  members: readonly { id: string; name: string; email?: string }[];
  /** Who "liaison:me" is; null: nobody is signed in, "me" matches nothing. */
  currentMemberId: string | null;
}

export interface SearchContext extends SearchLookups {
  scope: InfluencerTypeScope;
}

export const EMPTY_SEARCH_LOOKUPS: SearchLookups = { labels: [], statuses: [], members: [], currentMemberId: null };

/** What the matcher reads from a row; the list's projection rows have these fields. */
export interface SearchableRow {
  kind: InfluencerKind;
  platform: Platform | null;
  status: string;
  contractStatus: string | null;
  paymentStatus: string | null;
  labelIds: readonly string[];
  liaisonId: string | null;
  /** influencerSearchText(row), computed once per row. */
  search: string;
}

export interface CompiledSearch {
  readonly query: SearchQuery;
  readonly scope: InfluencerTypeScope;
  /** Parse problems plus names that matched nothing ("No label matches …"). */
  readonly problems: readonly SearchProblem[];
  /** True when no term restricts the rows (the scope still may). */
  readonly empty: boolean;
  test(row: SearchableRow): boolean;
  /**
   * A text every matching row's search text contains (the longest plain, non-excluded term),
   * or null. A list can find the candidates for it across all rows at once (one scan of the
   * joined texts, see RowTextIndex) and then check only `testOthers` on them.
   */
  readonly requiredText: string | null;
  /** `test` without the `requiredText` term: test(row) ⇔ contains(requiredText) && testOthers(row). */
  testOthers(row: SearchableRow): boolean;
  /** True when `testOthers` accepts every row (no other term, scope "all"). */
  readonly othersEmpty: boolean;
  /**
   * True when every row this search matches is also matched by `previous`, so a list can
   * filter the previous result instead of every row (typing on narrows the result).
   */
  narrows(previous: CompiledSearch): boolean;
}

/** Platform values: a platform, or "custom" for self-created influencers. */
type PlatformValue = Platform | 'custom';
const PLATFORM_ALIASES: ReadonlyMap<string, PlatformValue> = new Map<string, PlatformValue>([
  ['yt', 'youtube'], ['ig', 'instagram'], ['insta', 'instagram'], ['tt', 'tiktok'],
  ['custom', 'custom'], ['self', 'custom'], ['self-created', 'custom'], ['selfcreated', 'custom'], ['none', 'custom'],
]);
const UNASSIGNED = new Set(['none', 'unassigned', 'nobody']);

type Clause =
  | { kind: 'text'; negated: boolean; value: string }
  | { kind: 'email'; negated: boolean; values: readonly string[] }
  | { kind: 'ids'; field: Exclude<SearchField, 'email'>; negated: boolean; ids: ReadonlySet<string | null> };

/**
 * Compiles a parsed query once into a predicate over rows. Text terms are substring tests on
 * the row's folded search text (see influencerSearchText); field terms resolve their names to
 * ids here, once, so testing a row is a few Set lookups and `includes` calls.
 *
 * Name values resolve exactly first and by substring otherwise, so results follow typing:
 * `label:be` finds "Beauty" and "Best of", `label:beauty` only "Beauty" (even if "Beauty tips"
 * exists). Ids are accepted as values too (`status:contacted`).
 */
export function compileSearch(query: SearchQuery | string, context: SearchContext): CompiledSearch {
  const parsed = typeof query === 'string' ? parseSearchQuery(query) : query;
  const problems: SearchProblem[] = [...parsed.problems];
  const clauses: Clause[] = [];
  for (const term of parsed.terms) {
    if (term.type === 'text') clauses.push({ kind: 'text', negated: term.negated, value: term.value });
    else if (term.field === 'email') clauses.push({ kind: 'email', negated: term.negated, values: term.values });
    else clauses.push({ kind: 'ids', field: term.field, negated: term.negated, ids: resolveIds(term, term.field, context, problems) });
  }
  // Cheap set lookups before substring scans.
  clauses.sort((a, b) => cost(a) - cost(b));
  const scope = context.scope;
  const tests = clauses.map(clauseTest);
  let required: Extract<Clause, { kind: 'text' }> | null = null;
  for (const c of clauses) if (c.kind === 'text' && !c.negated && (required === null || c.value.length > required.value.length)) required = c;
  const otherTests = clauses.filter((c) => c !== required).map(clauseTest);

  const compiled: CompiledSearch = {
    query: parsed,
    scope,
    problems,
    empty: clauses.length === 0,
    test(row) {
      if (scope !== 'all' && row.kind !== scope) return false;
      for (const t of tests) if (!t(row)) return false;
      return true;
    },
    requiredText: required?.value ?? null,
    othersEmpty: otherTests.length === 0 && scope === 'all',
    testOthers(row) {
      if (scope !== 'all' && row.kind !== scope) return false;
      for (const t of otherTests) if (!t(row)) return false;
      return true;
    },
    narrows(previous) {
      if (previous.scope !== 'all' && previous.scope !== scope) return false;
      const before = clausesOf.get(previous);
      return before !== undefined && before.every((p) => clauses.some((c) => implies(c, p)));
    },
  };
  clausesOf.set(compiled, clauses);
  return compiled;
}

// The clauses behind a compiled search, for `narrows`; kept off the public object.
const clausesOf = new WeakMap<CompiledSearch, readonly Clause[]>();

function cost(clause: Clause): number {
  return clause.kind === 'ids' ? 0 : clause.kind === 'email' ? 1 : 2;
}

function clauseTest(clause: Clause): (row: SearchableRow) => boolean {
  switch (clause.kind) {
    case 'text': {
      const { value, negated } = clause;
      return (row) => row.search.includes(value) !== negated;
    }
    case 'email': {
      const { values, negated } = clause;
      return (row) => {
        // The email is the first field of the search text: a match inside it starts before the
        // first separator (and cannot run past it, terms have no separator).
        const end = row.search.indexOf(SEARCH_FIELD_SEPARATOR);
        let found = false;
        for (const v of values) {
          const at = row.search.indexOf(v);
          if (at >= 0 && at < end) {
            found = true;
            break;
          }
        }
        return found !== negated;
      };
    }
    case 'ids': {
      const { ids, negated } = clause;
      switch (clause.field) {
        case 'label':
          return (row) => row.labelIds.some((id) => ids.has(id)) !== negated;
        case 'status':
          return (row) =>
            (ids.has(row.status) || (row.contractStatus !== null && ids.has(row.contractStatus)) ||
              (row.paymentStatus !== null && ids.has(row.paymentStatus))) !== negated;
        case 'liaison':
          return (row) => ids.has(row.liaisonId) !== negated;
        case 'platform':
          return (row) => ids.has(row.platform ?? 'custom') !== negated;
      }
    }
  }
}

/** c ⇒ p: every row satisfying clause c satisfies clause p. */
function implies(c: Clause, p: Clause): boolean {
  if (c.negated !== p.negated) return false;
  if (c.kind === 'text' && p.kind === 'text') {
    // Containing "jose" implies containing "jos"; lacking "jo" implies lacking "jos".
    return c.negated ? p.value.includes(c.value) : c.value.includes(p.value);
  }
  if (c.kind === 'email' && p.kind === 'email') {
    return c.negated
      ? p.values.every((pv) => c.values.some((cv) => pv.includes(cv)))
      : c.values.every((cv) => p.values.some((pv) => cv.includes(pv)));
  }
  if (c.kind === 'ids' && p.kind === 'ids' && c.field === p.field) {
    return c.negated ? isSubset(p.ids, c.ids) : isSubset(c.ids, p.ids);
  }
  return false;
}

function isSubset<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

interface Named {
  id: string;
  folded: string;
}

function resolveIds(term: FieldTerm, field: Exclude<SearchField, 'email'>, context: SearchContext, problems: SearchProblem[]): Set<string | null> {
  const ids = new Set<string | null>();
  term.values.forEach((value, index) => {
    const raw = term.raw[index]?.trim() ?? value;
    const found = resolveValue(field, raw, value, context);
    if (found.length === 0) {
      problems.push({ code: 'unknown_value', start: term.start, end: term.end, message: `No ${FIELD_NOUNS[field]} matches "${raw}".` });
    }
    for (const id of found) ids.add(id);
  });
  return ids;
}

const FIELD_NOUNS: Record<Exclude<SearchField, 'email'>, string> = {
  label: 'label',
  status: 'status',
  liaison: 'team member',
  platform: 'platform',
};

function resolveValue(field: Exclude<SearchField, 'email'>, raw: string, value: string, context: SearchContext): (string | null)[] {
  switch (field) {
    case 'label':
      return byName(raw, value, context.labels.map((l) => ({ id: l.id, folded: foldSearchText(l.name) })));
    case 'status':
      return byName(raw, value, context.statuses.map((s) => ({ id: s.id, folded: foldSearchText(s.label) })));
    case 'liaison': {
      if (value === 'me') return context.currentMemberId === null ? [] : [context.currentMemberId];
      if (UNASSIGNED.has(value)) return [null];
      const byEmail = context.members.filter((m) => m.email !== undefined && m.email.toLowerCase() === value).map((m) => m.id);
      if (byEmail.length > 0) return byEmail;
      return byName(raw, value, context.members.map((m) => ({ id: m.id, folded: foldSearchText(m.name) })));
    }
    case 'platform': {
      const alias = PLATFORM_ALIASES.get(value);
      if (alias !== undefined) return [alias];
      const values: PlatformValue[] = [...PLATFORMS, 'custom'];
      const label = (p: PlatformValue): string => (p === 'custom' ? 'self-created' : foldSearchText(PLATFORM_LABELS[p]));
      // Prefixes, so "platform:you" already finds YouTube while typing.
      return values.filter((p) => p === value || label(p).startsWith(value));
    }
  }
}

function byName(raw: string, value: string, entries: readonly Named[]): string[] {
  const exact = entries.filter((e) => e.id === raw || e.folded === value);
  if (exact.length > 0) return exact.map((e) => e.id);
  return entries.filter((e) => e.folded.includes(value)).map((e) => e.id);
}
