/** GET /healthz: is the server up, and can it reach the database? 200 when both, 503 when not. */
import type { Request, Response } from 'express';
import type { Database } from '../db/driver.js';

export function healthHandler(db: Database) {
  return async (_req: Request, res: Response) => {
    const started = Date.now();
    try {
      await db.driver.verifyConnectivity({ ...(db.config.database ? { database: db.config.database } : {}) });
      res.status(200).json({ status: 'ok', database: { status: 'up', uri: db.config.uri, latencyMs: Date.now() - started } });
    } catch (err) {
      res.status(503).json({ status: 'degraded', database: { status: 'down', uri: db.config.uri, error: (err as Error).message.split('\n')[0] } });
    }
  };
}
