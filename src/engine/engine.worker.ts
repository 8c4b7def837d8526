/** The only engine file that knows it runs in a Web Worker: exposes one platform's engine. */
import * as Comlink from 'comlink';
import { PlatformWorkerApi } from './platform-worker-api.ts';

Comlink.expose(new PlatformWorkerApi());
