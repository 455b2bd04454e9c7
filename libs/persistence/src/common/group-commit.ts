interface Waiting<In, Out> {
  item: In;
  resolve: (answer: Out) => void;
  reject: (error: unknown) => void;
}

/** A burst's calls share statements of at most this many rows: a few hundred keep one statement short. */
const SHARED_STATEMENT_ROWS = 200;

export interface GroupCommitOptions {
  /** The most calls one statement carries. */
  maxBatch: number;
}

/**
 * Group commit: a call made while nothing is in flight runs at once, alone; the calls that arrive while a batch is in
 * flight run together as the next one. A lone call waits for nothing, and a burst shares its statements instead of
 * queueing for the pool's connections. `run` answers a batch's calls in their order. A batch that fails is tried
 * again call by call, so one bad call fails alone.
 */
export class GroupCommit<In, Out> {
  private waiting: Array<Waiting<In, Out>> = [];
  private inFlight = false;

  constructor(
    private readonly run: (items: In[]) => Promise<Out[]>,
    private readonly options: GroupCommitOptions = { maxBatch: SHARED_STATEMENT_ROWS },
  ) {}

  /** For a statement that writes its rows and answers nothing of its own to each call. */
  static writes<In>(write: (items: In[]) => Promise<unknown>): GroupCommit<In, void> {
    return new GroupCommit<In, void>(async (items: In[]) => {
      await write(items);
      return items.map(() => undefined);
    });
  }

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.inFlight || this.waiting.length === 0) return;
    this.inFlight = true;
    const batch = this.waiting.splice(0, this.options.maxBatch);
    void this.commit(batch).finally(() => {
      this.inFlight = false;
      this.next();
    });
  }

  private async commit(batch: Array<Waiting<In, Out>>): Promise<void> {
    try {
      const answers = await this.answers(batch);
      batch.forEach((call, index) => call.resolve(answers[index]));
    } catch (error) {
      if (batch.length === 1) batch[0].reject(error);
      else await Promise.all(batch.map((call) => this.commit([call])));
    }
  }

  private async answers(batch: Array<Waiting<In, Out>>): Promise<Out[]> {
    const answers = await this.run(batch.map((call) => call.item));
    if (answers.length !== batch.length) {
      throw new Error(`group commit: ${batch.length} calls, ${answers.length} answers`);
    }
    return answers;
  }
}
