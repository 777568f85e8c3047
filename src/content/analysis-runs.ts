/**
 * The content script's analyses of its page, shared while the page does not change: a request
 * joins the analysis under way or reuses the last one when nothing in the page changed since that
 * one began to read it (src/content/page-watch.ts), and the address is the same. So a repeat
 * toolbar click answers at once, and the popup's request joins the analysis the script starts as
 * soon as it is injected (src/content/content-script.ts). Any change starts a new analysis: a
 * reused answer is always the one a new analysis would give.
 */
import type { AnalysisWithElements } from '../core/types';
import type { PageWatch } from './page-watch';

export interface AnalysisRunner {
  /** Resolves once the page can be read (its HTML parsed). */
  ready(): Promise<void>;
  /** Starts watching the page for changes (just before an analysis reads it). */
  watch(): PageWatch;
  /** Analyses the page as it is now; `content`: with the article's blocks and body (reader view, saves). */
  analyze(content: boolean): Promise<AnalysisWithElements>;
}

interface Run {
  readonly content: boolean;
  analysis: Promise<AnalysisWithElements>;
  /** The analysis once it is done. */
  done?: AnalysisWithElements;
  /** Set once the run begins to read the page (before that, the page it will read is the page as it is). */
  watch: PageWatch | null;
  failed: boolean;
}

export class AnalysisRuns {
  #last: Run | null = null;
  /** Analyses under way (they run in slices: the script answers messages meanwhile). */
  running = 0;

  readonly #runner: AnalysisRunner;
  constructor(runner: AnalysisRunner) {
    this.#runner = runner;
  }

  /** Whether `get(content)` would answer without a new analysis. */
  reusable(content = false): boolean {
    const run = this.#last;
    return !!run && !run.failed && (run.content || !content) && !run.watch?.changed;
  }

  /** The last analysis when it is done and reusable (no need to wait for a promise). */
  settled(content = false): AnalysisWithElements | undefined {
    return this.reusable(content) ? this.#last!.done : undefined;
  }

  /** The analysis of the page as it is now: the last one when reusable, else a new one. */
  get(content = false): Promise<AnalysisWithElements> {
    if (this.reusable(content)) return this.#last!.analysis;
    return this.#start(content);
  }

  /** A new analysis, whatever the last one was. */
  fresh(content = false): Promise<AnalysisWithElements> {
    return this.#start(content);
  }

  #start(content: boolean): Promise<AnalysisWithElements> {
    this.#last?.watch?.stop();
    const run = { content, watch: null, failed: false } as Partial<Run> as Run;
    run.analysis = this.#read(run);
    this.#last = run;
    return run.analysis;
  }

  async #read(run: Run): Promise<AnalysisWithElements> {
    this.running++;
    try {
      await this.#runner.ready();
      run.watch = this.#runner.watch();
      run.done = await this.#runner.analyze(run.content);
      return run.done;
    } catch (error) {
      run.failed = true;
      throw error;
    } finally {
      this.running--;
    }
  }
}
