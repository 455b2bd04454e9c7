import { type JwtSignOptions, JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';

/**
 * A JwtService that signs and verifies HS256 only. The secret goes in as a key object made once: given a string,
 * jsonwebtoken tries it as a public key first and builds a throwaway error and key on every verification.
 */
export function hs256Jwt(secret: string, expiresIn?: JwtSignOptions['expiresIn']): JwtService {
  return new JwtService({
    secret: createSecretKey(Buffer.from(secret, 'utf8')),
    signOptions: { algorithm: 'HS256', ...(expiresIn ? { expiresIn } : {}) },
    verifyOptions: { algorithms: ['HS256'] },
  });
}
