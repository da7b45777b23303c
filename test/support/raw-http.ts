import { connect } from 'node:net';

/** Sends bytes as they are (no client library tidies them) and returns the status line's code, or 0 if the connection closed without one. */
export function rawRequest(url: string, bytes: string | Buffer, timeoutMs = 5_000): Promise<{ status: number; text: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    });
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    // No half-close: a server may drop a half-closed connection before it answers. The requests
    // ask for `Connection: close`, and a malformed one is closed by the server anyway.
    socket.write(bytes);
  });
}
