import { runMain } from '../src/main';

// `npm run worker`: the worker alone, as docker-compose runs it (needs MONGODB_URI).
void runMain({ api: false, worker: true });
