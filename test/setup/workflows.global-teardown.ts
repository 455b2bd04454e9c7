/** Removes the run's workflow bundle (workflows.global-setup.ts). */
export default function teardown(): void {
  (globalThis as { dondocRemoveWorkflowBundle?: () => void }).dondocRemoveWorkflowBundle?.();
}
