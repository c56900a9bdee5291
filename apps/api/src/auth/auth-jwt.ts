/** The JwtService that signs and checks this deployment's tokens (HS256, the deployment's secret). */
export const AUTH_JWT = Symbol('AuthJwt');
