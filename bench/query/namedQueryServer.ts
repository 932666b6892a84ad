/**
 * The HTTP side of the benchmark's driver-only servers (floorServer.ts, statementServer.ts):
 * POST {"name": "<query>"} answers {"data": …} from `answer(name)`, or {"errors": […]} with 500;
 * SIGTERM/SIGINT close the server, then `close()` (the driver), then exit.
 */
import http from 'node:http';

export function serveNamedQueries(answer: (name: string) => Promise<unknown>, close: () => Promise<void>): void {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      void (async () => {
        try {
          const data = await answer((JSON.parse(body) as { name: string }).name);
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
        } catch (err) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
        }
      })();
    });
  });
  const port = Number(process.env.PORT ?? 4300);
  server.listen(port, '127.0.0.1', () => console.log(`ready http://127.0.0.1:${port}/`));
  const stop = () => server.close(() => void close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
