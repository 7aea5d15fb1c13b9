import type { IncomingMessage } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@sanggar/core';
import { requestIdOf } from './http/hardening.js';

/** A URL as logs may show it: no query string, no token or code in the path. */
export const withoutSecrets = (url: string) => url.split('?')[0].replace(/^\/(calendar|verify|certificates|issuers)\/.+/, '/$1/…');

/** JSON logs with a request id per request; credentials and bodies never logged. */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (req: IncomingMessage) => requestIdOf(req.headers['x-request-id']),
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], remove: true },
      // URLs carry secrets (calendar feeds, certificate codes, emailed links' tokens): never logged whole.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: withoutSecrets(req.url) }),
      },
      // One line per request comes from http/hardening.ts, with the route's pattern instead of the URL.
      autoLogging: false,
    },
  };
}
