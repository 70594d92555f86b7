import { runAction } from '../lib/errors';
import { run } from './main';

void runAction(run);
