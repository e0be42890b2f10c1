import { failStartup, startApp } from '@vidx/service';
import { GatewayModule } from './app/gateway.module';
import { configureHttp } from './app/http-setup';

startApp('gateway', (context) => GatewayModule.forContext(context), (config) => config.gateway, configureHttp).catch(failStartup('gateway'));
