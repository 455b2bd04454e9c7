import { startPastSlowBoots } from './ephemeral-startup';

const slowBoot = () =>
  new Error('ephemeral server at 127.0.0.1:39811 did not start within 5s. Make sure another download isn’t stuck');

describe('startPastSlowBoots', () => {
  it('starts again when the server was slower to boot than the SDK waits for', async () => {
    const failures = [slowBoot(), slowBoot()];
    const start = jest.fn(() => {
      const failure = failures.shift();
      return failure ? Promise.reject(failure) : Promise.resolve('env');
    });
    await expect(startPastSlowBoots(start, 3)).resolves.toBe('env');
    expect(start).toHaveBeenCalledTimes(3);
  });

  it('gives up with the last slow boot after the allowed attempts', async () => {
    const start = jest.fn(() => Promise.reject(slowBoot()));
    await expect(startPastSlowBoots(start, 2)).rejects.toThrow('did not start within 5s');
    expect(start).toHaveBeenCalledTimes(2);
  });

  it('does not retry any other failure', async () => {
    const start = jest.fn(() => Promise.reject(new Error('ephemeral server executable does not exist: /nowhere')));
    await expect(startPastSlowBoots(start, 3)).rejects.toThrow('does not exist');
    expect(start).toHaveBeenCalledTimes(1);
  });
});
