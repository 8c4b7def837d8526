/** The only validation file that knows it runs in a Web Worker: exposes the validation runs to the page. */
import * as Comlink from 'comlink';
import { ValidationWorkerApi } from './validation-worker-api.ts';

Comlink.expose(new ValidationWorkerApi());
