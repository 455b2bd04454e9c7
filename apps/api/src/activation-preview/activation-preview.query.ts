import { ActivatePlanDto } from '../plan-activation/activate-plan.dto';

/** The same choice POST /plans/:id/activate takes, as query parameters: the preview answers what it would do. */
export class ActivationPreviewQuery extends ActivatePlanDto {}
