import 'reflect-metadata';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GatewayModule } from './gateway.module';
import type { GatewayConfig } from './gateway.config';
import { closeRequestBodySchemas } from './http/api-answers';
import { apiErrorOf } from './http/api-error.filter';
import { JSON_LIMITS, jsonShapeLimits } from './http/json-limits';
import { trustedProxiesOf } from './http/trusted-proxies';

export async function bootstrapGateway(config: GatewayConfig): Promise<INestApplication> {
  const trustedProxies = trustedProxiesOf(config.trustedProxies);
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.forRoot(config), {
    bodyParser: false,
    logger: ['error', 'warn', 'log'],
  });
  app.enableShutdownHooks();
  // The rate limits and the audit log use the client address; behind the county's reverse proxy it is in X-Forwarded-For.
  app.set('trust proxy', trustedProxies);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: JSON_LIMITS.maxBytes });
  app.use(jsonShapeLimits);
  app.use((error: unknown, _request: Request, response: Response, next: NextFunction) => {
    if (!error) return next();
    const body = apiErrorOf(error);
    response.status(body.statusCode).json(body);
  });
  app.setGlobalPrefix('api', { exclude: ['health'] });
  const document = closeRequestBodySchemas(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('OneWindow gateway')
        .setDescription('一站式劳动保障维权中心: staff workstation and public portal API')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    ),
  );
  SwaggerModule.setup('api/docs', app, document);
  if (config.webRoot) serveWebApp(app, config.webRoot);
  await app.listen(config.httpPort, config.bindAddress);
  // Idle keep-alive connections outlive the clients' own (undici's 4 s, a proxy's 60 s): otherwise the gateway
  // may close one just as a client sends on it, and that request fails with "other side closed".
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  new Logger('gateway').log(`REST on http://${config.bindAddress}:${config.httpPort}/api (docs at /api/docs)`);
  return app;
}

/** The built web app at /, every unknown non-API path answered with index.html (client-side routes). */
function serveWebApp(app: NestExpressApplication, webRoot: string) {
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`GATEWAY_WEB_ROOT ${webRoot} has no index.html: build the web app first (nx run web:build)`);
  }
  app.useStaticAssets(webRoot, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api') || request.path === '/health') return next();
    response.sendFile(join(webRoot, 'index.html'));
  });
}
