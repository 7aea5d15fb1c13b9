import type { Linter } from 'eslint';
export const LAYERS: string[][];
export const SQL_TEXT_HELPER: string;
export const boundaries: Linter.Config[];
