import * as core from '../actions/lib/core/toolkit';
import { runAction } from '../actions/lib/core/errors';
import { post, run } from './main';

if (core.getState('isPost') === 'true') {
  void runAction(() => post());
} else {
  core.saveState('isPost', 'true');
  void runAction(() => run());
}
