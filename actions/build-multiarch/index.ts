import { runAction } from '../lib/core/errors';
import { run } from './main';

void runAction(run);
