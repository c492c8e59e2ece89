/// <reference lib="webworker" />
import { ImportAnalyzer } from './importAnalyzer';
import type { WorkerReply, WorkerRequest } from './importWorkerProtocol';

// Parsing and checking 50,000 rows takes seconds of CPU: here, off the window's thread, so
// the app stays responsive. The file is read once and kept for re-checks under a new mapping.
const analyzer = new ImportAnalyzer();
const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === 'read') {
      reply({ id: request.id, type: 'read', outcome: analyzer.read(request.source) });
    } else {
      const checked = analyzer.check(request.mapping, request.context, request.existing, {
        createLabels: request.createLabels,
        onProgress: (done, total) => reply({ id: request.id, type: 'progress', done, total }),
      });
      reply({ id: request.id, type: 'checked', checked });
    }
  } catch (error) {
    reply({ id: request.id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
