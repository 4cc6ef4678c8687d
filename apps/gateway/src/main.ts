import { Logger } from '@nestjs/common';
import { ConfigurationError } from '@onewindow/config';
import { bootstrapGateway } from './bootstrap-gateway';
import { loadGatewayConfig } from './gateway.config';

bootstrapGateway(loadGatewayConfig()).catch((error: unknown) => {
  new Logger('gateway').error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
