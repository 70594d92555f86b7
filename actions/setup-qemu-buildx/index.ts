import * as core from '@actions/core';
import { runAction } from '../lib/core/errors';
import { post, run } from './main';

if (core.getState('isPost') === 'true') {
  void runAction(post);
} else {
  core.saveState('isPost', 'true');
  void runAction(run);
}
