import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppConfig, Public } from '@sanggar/core';

/**
 * The web app's own CSP: everything from this origin only (nothing is ever loaded from elsewhere);
 * inline styles are allowed because Mantine sets CSS variables in style attributes.
 */
const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export const WEB_APP_PAGES = Symbol('WEB_APP_PAGES');

/** The built app's HTML pages: the app itself, and GraphiQL for developers (never in production). */
export interface WebAppPages {
  app: string;
  explorer: string | null;
}

/** The built web app's directory, or null when it was not built (the api still serves GraphQL). */
export const webAppDir = (config: AppConfig): string | null => {
  const dir = resolve(config.WEB_DIR);
  return existsSync(join(dir, 'index.html')) ? dir : null;
};

/**
 * Serves the built assets: hashed files cached a year and precompressed (.br/.gz beside them).
 * HTML pages are answered by WebAppController only, never cached.
 */
export async function serveWebAssets(app: NestFastifyApplication, dir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: dir,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    maxAge: '365d',
    immutable: true,
    allowedPath: (path) => !path.endsWith('.html'),
    // Nest's own decorator is absent here: register plainly (only one static root).
    decorateReply: false,
  });
}

/**
 * Every browser navigation no api route claims gets the app (its router shows the page, or "not
 * found"); a request that does not ask for HTML gets 404, as an api would answer.
 */
@Controller()
export class WebAppController {
  constructor(@Inject(WEB_APP_PAGES) private readonly pages: WebAppPages | null) {}

  /** GraphiQL, bundled: outside production only (in production the app says "not found"). */
  @Public()
  @Get('graphiql')
  async explorer(@Headers('accept') accept: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, accept, this.pages && (this.pages.explorer ?? this.pages.app));
  }

  @Public()
  @Get('*')
  async page(@Headers('accept') accept: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    await this.send(reply, accept, this.pages?.app ?? null);
  }

  private async send(reply: FastifyReply, accept: string | undefined, html: string | null): Promise<void> {
    if (!html || !accept?.includes('text/html')) {
      await reply.status(404).type('application/json').send({ statusCode: 404, message: 'Not Found' });
      return;
    }
    await reply.header('Cache-Control', 'no-cache').header('Content-Security-Policy', APP_CSP).type('text/html; charset=utf-8').send(html);
  }
}

/** The built app's pages, read once; null when the app was not built. */
export function readPages(config: AppConfig): WebAppPages | null {
  const dir = webAppDir(config);
  if (!dir) return null;
  const explorer = join(dir, 'explorer.html');
  return {
    app: readFileSync(join(dir, 'index.html'), 'utf8'),
    explorer: !config.isProduction && existsSync(explorer) ? readFileSync(explorer, 'utf8') : null,
  };
}
