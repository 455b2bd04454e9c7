import { SetMetadata } from '@nestjs/common';

export const ALLOWS_PERSONAL_LINK = 'dondoc:allows-personal-link';

/** A route a personal link may reach; its service still checks that the id in the URL is the link's own. */
export const AllowPersonalLink = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOWS_PERSONAL_LINK, true);
