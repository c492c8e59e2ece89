/** One link of a pasted list, with where it was, so a refusal can point at it. */
export interface ListedLink {
  text: string;
  /** 1-based line of the pasted text. */
  line: number;
}

export interface LinkList {
  links: ListedLink[];
  /** Links pasted more than once, counted once in `links`. */
  repeated: ListedLink[];
}

// Wrappers chat apps and documents put around links, and list punctuation left at an end.
const WRAPPERS = /^[<("'“‘[]+|[>)"'”’\]]+$/g;
const TRAILING = /[.,;:!?]+$/;
const BULLET = /^(?:[-*•·]|\d+[.)])$/;

/**
 * Splits pasted text into links for "bulk add": one per line, or separated by commas,
 * semicolons or whitespace (a column copied from a sheet, a chat message, a list with
 * bullets). Wrapping <…> and quotes and trailing punctuation are removed; every token is kept,
 * even one that is not a link, so the preview can say why it is refused. The same text
 * twice is listed once, and the repeats are reported.
 */
export function parseLinkList(text: string): LinkList {
  const links: ListedLink[] = [];
  const repeated: ListedLink[] = [];
  const seen = new Set<string>();
  text.split(/\r\n|\r|\n/).forEach((lineText, index) => {
    for (const token of lineText.split(/[\s,;]+/)) {
      if (token === '' || BULLET.test(token)) continue;
      const cleaned = token.replace(WRAPPERS, '').replace(TRAILING, '').replace(WRAPPERS, '');
      if (cleaned === '') continue;
      const entry = { text: cleaned, line: index + 1 };
      const key = cleaned.toLowerCase();
      if (seen.has(key)) repeated.push(entry);
      else {
        seen.add(key);
        links.push(entry);
      }
    }
  });
  return { links, repeated };
}
