import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'dondoc:public';

/** Opts a route out of the global bearer-token requirement (login, health). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
