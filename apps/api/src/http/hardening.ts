import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { Logger } from 'nestjs-pino';
import type { AppConfig, AuthUser } from '@sanggar/core';

/** The context of access-log lines (one per request). */
export const ACCESS_LOG = 'AccessLog';

/** Set by the auth guard: whom the request is for (the access log shows only the id). */
export interface LoggedRequest extends FastifyRequest {
  caller?: AuthUser;
}

/** A request id from the proxy when it is one of ours in shape, else a new one. */
export const requestIdOf = (header: unknown) => (typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID());

/**
 * Headers every answer carries, and one access-log line per request: method, route (its pattern, so
 * calendar tokens and certificate codes never reach the log), status, duration, caller and request id.
 */
export function harden(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const logger = app.get(Logger);
  const https = config.PUBLIC_URL.startsWith('https:');
  fastify.addHook('onSend', async (request, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', "frame-ancestors 'none'");
    if (https) reply.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
  fastify.addHook('onResponse', async (request: LoggedRequest, reply) => {
    if (request.routeOptions.url === '/health') return;
    logger.log(
      {
        requestId: request.id,
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        userId: request.caller?.id ?? null,
      },
      ACCESS_LOG,
    );
  });
}
