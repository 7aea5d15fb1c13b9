import { ValidationPipe } from '@nestjs/common';
import type { ValidationError, ValidationOptions } from 'class-validator';
import { DomainError, ErrorCode, type LocalizedText } from '@sanggar/core';

/** English text -> both languages. Validation messages are registered here by `says`. */
const catalog = new Map<string, LocalizedText>();

/** A validation message in Bahasa Indonesia and English, for class-validator decorators. */
export function says(id: string, en: string): ValidationOptions {
  catalog.set(en, { id, en });
  return { message: en };
}

const fallback: LocalizedText = { id: 'Nilai tidak valid', en: 'Invalid value' };

function collect(errors: ValidationError[], prefix: string, into: Record<string, LocalizedText>): void {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const [message] = Object.values(error.constraints ?? {});
    if (message !== undefined) into[path] = catalog.get(message) ?? fallback;
    collect(error.children ?? [], path, into);
  }
}

/** Validates every GraphQL input; failures become BAD_USER_INPUT with a message per field. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  exceptionFactory: (errors) => {
    const fields: Record<string, LocalizedText> = {};
    collect(errors, '', fields);
    const count = Object.keys(fields).length;
    return new DomainError(
      ErrorCode.BadUserInput,
      {
        id: count === 1 ? `Periksa isian: ${Object.keys(fields)[0]}` : `Periksa ${count} isian: ${Object.keys(fields).join(', ')}`,
        en: count === 1 ? `Check this field: ${Object.keys(fields)[0]}` : `Check these ${count} fields: ${Object.keys(fields).join(', ')}`,
      },
      fields,
    );
  },
});
