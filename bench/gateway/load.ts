/**
 * The load generator, run as a child process of run.ts so that autocannon does not share the
 * servers' event loop. It takes one LoadJob over IPC, runs the warm-up and the measured run, sends
 * back one LoadMessage and exits.
 */
import autocannon from 'autocannon';
import { jsonEqual, percentile, type JsonValue, type LoadJob, type LoadMessage, type LoadResult } from './protocol.js';

const REQUEST_TIMEOUT_SECONDS = 10;

interface Run {
  result: autocannon.Result;
  latencies: Float64Array;
  firstBadBody?: string;
}

function send(message: LoadMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

/** Accepts the exact body seen when the target was checked, or any body carrying the same data and no errors. */
function bodyVerifier(job: LoadJob, onBad: (body: string) => void): (raw: string | Buffer | undefined) => boolean {
  const expectedBodies = new Set(job.expectedBodies);
  return (raw) => {
    const body = typeof raw === 'string' ? raw : (raw?.toString('utf8') ?? '');
    if (expectedBodies.has(body)) return true;
    let ok = false;
    try {
      const parsed = JSON.parse(body) as { data?: JsonValue; errors?: unknown };
      const data = parsed.data;
      ok = parsed.errors === undefined && data !== undefined && job.expectedData.some((expected) => jsonEqual(data, expected));
    } catch {
      ok = false;
    }
    if (!ok) onBad(body);
    return ok;
  };
}

function runFor(job: LoadJob, seconds: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let firstBadBody: string | undefined;
    let nextClient = 0;
    const instance = autocannon(
      {
        url: job.url,
        method: 'POST',
        headers: { ...job.headers, 'content-type': 'application/json', accept: 'application/json' },
        body: job.bodies[0],
        // Different bodies per connection (when given): each client keeps its own for the whole run.
        ...(job.bodies.length > 1 ? { setupClient: (client: autocannon.Client) => client.setBody(job.bodies[nextClient++ % job.bodies.length]) } : {}),
        connections: job.connections,
        pipelining: 1,
        duration: seconds,
        timeout: REQUEST_TIMEOUT_SECONDS,
        verifyBody: bodyVerifier(job, (body) => {
          firstBadBody ??= body.length > 600 ? `${body.slice(0, 600)}…` : body;
        }),
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const sorted = Float64Array.from(latencies).sort();
        resolve({ result, latencies: sorted, ...(firstBadBody === undefined ? {} : { firstBadBody }) });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

function summarise(run: Run, warmup: Run | null): LoadResult {
  const { result, latencies } = run;
  const requests = latencies.length;
  const seconds = result.duration;
  const total = latencies.reduce((sum, value) => sum + value, 0);
  return {
    requests,
    seconds,
    rps: seconds > 0 ? requests / seconds : 0,
    latencyMs: {
      mean: requests > 0 ? total / requests : 0,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.length > 0 ? latencies[latencies.length - 1]! : 0,
    },
    non2xx: result.non2xx,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    badBodies: result.mismatches,
    errors: result.errors + result.mismatches,
    warmup: warmup
      ? { requests: warmup.latencies.length, errors: warmup.result.errors + warmup.result.mismatches }
      : { requests: 0, errors: 0 },
    ...(run.firstBadBody === undefined ? {} : { firstBadBody: run.firstBadBody }),
  };
}

async function main(job: LoadJob): Promise<void> {
  try {
    const warmup = job.warmupSeconds > 0 ? await runFor(job, job.warmupSeconds) : null;
    await send({ type: 'measuring' });
    const measured = await runFor(job, job.durationSeconds);
    await send({ type: 'result', result: summarise(measured, warmup) });
  } catch (error) {
    await send({ type: 'failed', message: (error as Error).message });
  }
  process.disconnect?.();
}

if (!process.send) {
  console.error('gateway/load.ts is started by gateway/run.ts, not on its own.');
  process.exit(2);
}
// Whatever happens to the parent, this process does not outlive it.
process.on('disconnect', () => process.exit(0));
process.once('message', (job: LoadJob) => void main(job));
