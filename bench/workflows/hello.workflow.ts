/** The smallest workflow there is: the benchmark's baseline for what the dev server and one worker can turn over. */
export function helloWorkflow(name: string): Promise<string> {
  return Promise.resolve(`xin chào ${name}`);
}
