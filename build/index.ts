import { runAction } from '../actions/lib/core/errors';
import { run } from './main';

void runAction(run);
