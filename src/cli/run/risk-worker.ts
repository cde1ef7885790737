/** A worker thread of `ecomplan risk --jobs` (risk-draws.ts): computes one share of the draws from the project's text. */
import { loadText } from '../../model/load.js';
import { riskInputs } from '../../risk/inputs.js';
import { runDraws, type DrawSlice } from '../../risk/run.js';
import { drawPlan } from '../../risk/sampler.js';

export interface RiskTask {
  name: string;
  text: string;
  draws: number | undefined;
  seed: number | undefined;
  from: number;
  to: number;
}

export default function riskTask(task: RiskTask): DrawSlice {
  const project = loadText({ name: task.name, text: task.text }).project;
  const inputs = project ? riskInputs(project, { draws: task.draws, seed: task.seed }).inputs : null;
  // The main thread read the same text and found these inputs: anything else is a bug.
  if (!project || !inputs) throw new Error('risk worker: the project no longer reads as the main thread read it');
  return runDraws(project, drawPlan(inputs), task.from, task.to);
}
