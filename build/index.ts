import { runAction } from '../actions/lib/errors';
import { run } from './main';

void runAction(run);
