import { UNAMBIGUOUS_ALPHABET, unambiguousCode } from '@sanggar/core';

// Typed from paper by bank officers too. 31^12 ≈ 8·10^17 possibilities.
export const CODE_ALPHABET = UNAMBIGUOUS_ALPHABET;
export const CODE_LENGTH = 12;
/** A verification code as printed (upper case). */
export const VERIFICATION_CODE = unambiguousCode(CODE_LENGTH);
