/**
 * POST /graphql straight to Apollo, the way Apollo's own standalone server serves it (body-parser's
 * JSON parser, then executeHTTPGraphQLRequest), without Express: its router, its request and
 * response wrappers and the ETag it hashes from every response body (useless on a POST) cost a
 * tenth of a small query's CPU, and these POSTs are nearly all of the traffic. Everything else
 * (GraphiQL and GraphQL GETs at /graphql, /healthz, assets) goes through Express as before.
 */
import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';

/** True for the requests graphqlPost serves: POST /graphql, with or without a query string. */
export function isGraphqlPost(req: http.IncomingMessage): boolean {
  return req.method === 'POST' && (req.url === '/graphql' || req.url?.startsWith('/graphql?') === true);
}

export function graphqlPost<C extends BaseContext>(apollo: ApolloServer<C>, context: () => Promise<C>, limit: string): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const json = bodyParser.json({ limit });
  return (req, res) => {
    json(req, res, (err?: unknown) => {
      if (err) return fail(res, err);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      const q = req.url?.indexOf('?') ?? -1;
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: q >= 0 ? (req.url as string).slice(q) : '', body: (req as { body?: unknown }).body },
          context,
        })
        .then(async (response) => {
          for (const [key, value] of response.headers) res.setHeader(key, value);
          res.statusCode = response.status ?? 200;
          if (response.body.kind === 'complete') {
            res.end(response.body.string);
            return;
          }
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        })
        .catch((e: unknown) => fail(res, e));
    });
  };
}

/**
 * A request that never reached GraphQL (a body that is not JSON, too large, or in an unsupported
 * charset) gets its HTTP status and a GraphQL-shaped error saying what was wrong, as JSON.
 */
function fail(res: http.ServerResponse, err: unknown): void {
  const e = err as { status?: number; expose?: boolean; message?: string; type?: string };
  const status = typeof e?.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500;
  const message = status < 500 && e.expose !== false && e.message ? e.message : 'Internal server error';
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR', http: { status } } }] }));
}
