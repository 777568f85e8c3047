/**
 * What bench/browser/text-stages.ts injects: the stages after the article's choice, set up once on
 * the live document (as bench/text-stages.ts does in Node), then each timed alone.
 */
import { STAGE_NAMES, stagesOf } from '../article-stages';

(globalThis as Record<string, unknown>).__outlineStages = { names: STAGE_NAMES, stagesOf };
