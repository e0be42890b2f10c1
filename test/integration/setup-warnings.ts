import { createLogger, routeProcessWarnings } from '@vidx/observability';

// The tests use kafkajs directly; its idle timer warning is noise here as in the apps.
routeProcessWarnings(createLogger({ service: 'integration-tests', level: 'warn' }));
