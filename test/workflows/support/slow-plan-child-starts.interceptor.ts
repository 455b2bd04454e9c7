import { slowChildStartsOf } from './slow-child-starts';

export const interceptors = slowChildStartsOf('planWorkflow');
