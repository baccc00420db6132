import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { InputReason } from '@homeward/domain';
import { invalid } from './validation-error';

/**
 * Words a person writes to others: trimmed, never empty, bounded. `empty` is the reason given
 * when nothing (or only spaces) was written, so its words can say what to write.
 */
export function WrittenText(empty: InputReason, max = 1000, min = 1) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim() : value,
    ),
    IsString({ message: invalid(empty) }),
    MinLength(min, { message: invalid(empty) }),
    MaxLength(max, { message: invalid('INPUT_TOO_LONG', { max }) }),
  );
}
