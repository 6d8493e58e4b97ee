// A pass-through HTTP proxy in front of moto that records every call that can change
// something, so tests can assert that a converged resource costs no writes.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WriteCounter {
  url: string;
  /** `PUT /bucket?tagging`, `AWSGlue.UpdateTable`, … in arrival order. */
  writes: string[];
  close(): Promise<void>;
}

function isRead(method: string, target: string | undefined): boolean {
  if (target !== undefined) return /\.(Get|List|Search|BatchGet)/.test(target);
  return method === 'GET' || method === 'HEAD';
}

export async function writeCounter(upstream: string): Promise<WriteCounter> {
  const writes: string[] = [];
  const to = new URL(upstream);
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const target = req.headers['x-amz-target'];
    const amzTarget = Array.isArray(target) ? target[0] : target;
    if (!isRead(method, amzTarget)) writes.push(amzTarget ?? `${method} ${req.url ?? ''}`);
    const forward = request(
      { hostname: to.hostname, port: to.port, path: req.url, method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    writes,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
