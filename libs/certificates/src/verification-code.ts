// No 0/O or 1/I/L: the code is typed from paper by bank officers too. 31^12 ≈ 8·10^17 possibilities.
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;
/** A verification code as printed (upper case). */
export const VERIFICATION_CODE = /^[2-9A-HJKMNP-Z]{12}$/;
