/**
 * @bole/engine — policies as code. Pure TypeScript, no I/O: load a pack of YAML documents,
 * evaluate one person with a trace, evaluate a whole population with columnar kernels,
 * simulate reforms and explain results in zh-CN or English.
 */
export { loadPack, type PackFile, type LoadResult } from './pack/load.js';
export { schemaOf, vocabularyProblems, type CityVocabulary, type Schema } from './schema.js';
export type { Pack, PackError, CompiledPolicy, CompiledParam, ExclusiveGroup } from './pack/types.js';
export { evaluate, tierCode, type Evaluation, type PolicyResult, type TierResult, type EvaluateOptions } from './evaluate.js';
export { parseProfile, type Profile, type FieldError, type ProfileResult } from './profile.js';
export { listExamples, type ExampleOutcome } from './examples.js';
export { valueFen, annualFen, type Period } from './benefit.js';
export { isValidIdNumber, idCheckChar } from './idnumber.js';
export type { ConditionTrace, AtomTrace, Hint } from './cel/trace.js';
export * as dates from './dates.js';
export { Population, PopulationBuilder } from './population/population.js';
export { evaluatePopulation, findRow, type PopulationOptions, type PolicyOutcome, type PopulationEvaluation } from './population/evaluate-population.js';
export { JsonLinesEvaluator, type ChunkResult, type LineError } from './population/json-lines.js';
export { explain, amountText, type ExplainOptions } from './explain/explain.js';
export { hintText, failedConditionText, conditionOutcome, benefitText } from './explain/hints.js';
export { valueText, yuanText, type Lang, type ValueNames } from './explain/words.js';
export { applyReform, type Reform, type ParamChange, type ReformResult } from './reform/apply.js';
export { simulate, type SimulationResult, type PolicyImpact, type ImpactCounts } from './reform/simulate.js';
export { granted, type Grant, type GrantedBenefit } from './granted.js';
export { factsReadBy, factsReadByCondition, factsReadByTierRow } from './facts-read.js';
