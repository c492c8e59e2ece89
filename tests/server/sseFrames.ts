/** One server-sent event block: its data lines joined (null when it had none) and its comment lines. */
export interface SseBlock {
  data: string | null;
  comments: string[];
}

/**
 * Splits an event stream's text into blocks as they complete (a blank line ends a block).
 * Returns the function to feed each received chunk to. `data:` may be followed by one space.
 */
export function createSseParser(onBlock: (block: SseBlock) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(5).replace(/^ /, ''));
      onBlock({ data: data.length > 0 ? data.join('\n') : null, comments: lines.filter((line) => line.startsWith(':')) });
    }
  };
}
