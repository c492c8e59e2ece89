/** A minimal server-sent-events reader over fetch, for tests against a listening server. */
export interface EventStream {
  status: number;
  headers: Headers;
  /** The next event's data (waits up to `timeoutMs`). */
  next(timeoutMs?: number): Promise<string>;
  /** Resolves when a comment line (e.g. a heartbeat) arrives. */
  nextComment(timeoutMs?: number): Promise<string>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: string[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const notify = (): void => {
    for (const waiter of waiters) waiter();
  };
  let finished = false;
  const ended = (async () => {
    if (res.body === null) return;
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = res.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6));
          if (data.length > 0) events.push(data.join('\n'));
          for (const line of block.split('\n')) if (line.startsWith(':')) comments.push(line);
          notify();
        }
      }
    } catch {
      // aborted by close()
    } finally {
      finished = true;
      notify();
    }
  })();

  const take = async (queue: string[], what: string, timeoutMs: number): Promise<string> => {
    const deadline = Date.now() + timeoutMs;
    while (queue.length === 0) {
      if (finished) throw new Error(`The stream ended while waiting for ${what}.`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`No ${what} within ${timeoutMs} ms.`);
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        waiters.add(done);
      });
    }
    return queue.shift()!;
  };

  return {
    status: res.status,
    headers: res.headers,
    next: (timeoutMs = 5000) => take(events, 'event', timeoutMs),
    nextComment: (timeoutMs = 5000) => take(comments, 'comment', timeoutMs),
    ended,
    close: () => abort.abort(),
  };
}
