/**
 * The console's password length rule, in one place: Better Auth enforces it at sign-in (it
 * refuses a longer password before even checking it) and the user CLI enforces it at creation,
 * so an account can never be created with a password that could not sign in.
 */
export const PASSWORD_LENGTH = { min: 8, max: 128 } as const;
