import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, localeFromAcceptLanguage } from '@sanggar/core';
import { pgCode } from '@sanggar/database';

const STATUS: Record<ErrorCode, number> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.RoomConflict]: 409,
  [ErrorCode.MentorConflict]: 409,
  [ErrorCode.CapacityExceeded]: 409,
  [ErrorCode.CheckinExpired]: 409,
  [ErrorCode.CheckinWrongSession]: 409,
  [ErrorCode.NotEligible]: 403,
};

/**
 * Errors of the plain HTTP routes (health, calendar feeds, later certificates): a contract code and
 * a message in the caller's language, or a bare 500 that says nothing internal. GraphQL errors are
 * left to the GraphQL formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    if (error instanceof DomainError) return reply.status(STATUS[error.code]).send({ code: error.code, message: error.text[locale] });
    if (error instanceof HttpException) return reply.status(error.getStatus()).send({ code: 'BAD_REQUEST', message: error.message });
    this.logger.error(
      { errorType: (error as Error)?.constructor?.name, dbCode: pgCode(error), route: request.routeOptions?.url },
      'unexpected error in an HTTP route',
    );
    return reply.status(500).send({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
  }
}
