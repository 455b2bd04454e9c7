import { GroupCommit } from './group-commit';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A statement runner that records each batch and answers only when the test lets it. */
function controlledRunner() {
  const batches: Array<{ items: number[]; done: ReturnType<typeof deferred<void>> }> = [];
  const run = async (items: number[]) => {
    const done = deferred<void>();
    batches.push({ items, done });
    await done.promise;
    return items.map((item) => item * 10);
  };
  return { batches, run };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('runs a lone call at once, in a batch of its own', async () => {
    const runner = controlledRunner();
    const commit = new GroupCommit(runner.run, { maxBatch: 50 });

    const answer = commit.submit(7);
    await settle();
    expect(runner.batches.map(({ items }) => items)).toEqual([[7]]);
    runner.batches[0].done.resolve();
    await expect(answer).resolves.toBe(70);
  });

  it('gathers the calls that arrive while a batch is in flight into the next one, each answered in turn', async () => {
    const runner = controlledRunner();
    const commit = new GroupCommit(runner.run, { maxBatch: 50 });

    const first = commit.submit(1);
    const rest = [2, 3, 4].map((item) => commit.submit(item));
    await settle();
    expect(runner.batches.map(({ items }) => items)).toEqual([[1]]);

    runner.batches[0].done.resolve();
    await expect(first).resolves.toBe(10);
    await settle();
    expect(runner.batches.map(({ items }) => items)).toEqual([[1], [2, 3, 4]]);
    runner.batches[1].done.resolve();
    await expect(Promise.all(rest)).resolves.toEqual([20, 30, 40]);
  });

  it('never puts more than maxBatch calls in one batch', async () => {
    const runner = controlledRunner();
    const commit = new GroupCommit(runner.run, { maxBatch: 2 });

    const answers = [1, 2, 3, 4, 5].map((item) => commit.submit(item));
    for (let step = 0; step < 3; step += 1) {
      await settle();
      runner.batches[step].done.resolve();
      await settle();
    }
    await expect(Promise.all(answers)).resolves.toEqual([10, 20, 30, 40, 50]);
    expect(runner.batches.map(({ items }) => items)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('retries a failed batch call by call, so one bad call fails alone and the others are answered', async () => {
    const tried: number[][] = [];
    const commit = new GroupCommit(
      (items: number[]) => {
        tried.push(items);
        if (items.includes(13)) return Promise.reject(new Error('value 13 violates a constraint'));
        return Promise.resolve(items.map((item) => item * 10));
      },
      { maxBatch: 50 },
    );
    const blocker = commit.submit(0);
    const answers = [12, 13, 14].map((item) => commit.submit(item));

    await expect(blocker).resolves.toBe(0);
    const settled = await Promise.allSettled(answers);
    expect(settled.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : String(outcome.reason)))).toEqual(
      [120, 'Error: value 13 violates a constraint', 140],
    );
    expect(tried).toEqual([[0], [12, 13, 14], [12], [13], [14]]);
  });

  it('fails a lone call with its own error', async () => {
    const commit = new GroupCommit((): Promise<number[]> => Promise.reject(new Error('connection terminated')), {
      maxBatch: 50,
    });
    await expect(commit.submit(1)).rejects.toThrow('connection terminated');
  });

  it('refuses a runner that answers a batch with the wrong number of results', async () => {
    const commit = new GroupCommit((items: number[]) => Promise.resolve(items.slice(1)), { maxBatch: 50 });
    await expect(commit.submit(1)).rejects.toThrow(/1 calls, 0 answers/);
  });
});
