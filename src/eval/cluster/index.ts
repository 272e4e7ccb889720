/** Story-clustering evaluation: labelled streams, online clustering, B-cubed and pairwise scores. */
export { type GoldDocument, parseClusterLabels } from './input.js';
export { type ClusterScores, type Labelled, type Prf, prf, scoreClustering } from './metrics.js';
export { type OracleBounds, oracleBounds } from './oracle.js';
export { type ClusterRun, type Prediction, runClusterEval, runOracleBounds } from './run.js';
