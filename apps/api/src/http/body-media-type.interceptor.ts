import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request } from 'express';
import { type Observable } from 'rxjs';

const BODY_MEDIA_TYPES = 'dondoc:body-media-types';

/** The media types a route's body may have; every other route takes JSON only. */
export const AcceptsBody = (...mediaTypes: string[]): MethodDecorator & ClassDecorator =>
  SetMetadata(BODY_MEDIA_TYPES, mediaTypes);

/**
 * A body the parsers skipped (text/plain to a JSON route) would otherwise reach validation as `{}` and come back as a
 * misleading 400. Runs after the guards, so an anonymous caller still gets 401 first.
 */
@Injectable()
export class BodyMediaTypeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const accepted = this.reflector.getAllAndOverride<string[] | undefined>(BODY_MEDIA_TYPES, [
      context.getHandler(),
      context.getClass(),
    ]) ?? ['application/json'];
    if (hasBody(request) && request.is(accepted) === false) {
      const given = request.headers['content-type'] ?? 'none';
      throw new UnsupportedMediaTypeException({
        message: `content-type: expected ${accepted.join(' or ')}, got ${given}`,
        errors: [{ field: 'content-type', message: `must be ${accepted.join(' or ')}` }],
      });
    }
    return next.handle();
  }
}

/**
 * is() counts `Content-Length: 0` as a body, and a bodiless POST (`/plans/:id/activate`) has no content type: such a
 * request has nothing to mistype, and validation decides what its absence means.
 */
function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) > 0;
  return request.headers['transfer-encoding'] !== undefined;
}
