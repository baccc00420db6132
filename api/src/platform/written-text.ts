import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

/**
 * Words a person writes to others: trimmed, never empty, bounded. `empty` is the message shown
 * when nothing (or only spaces) was written, so it can say what to write.
 */
export function WrittenText(empty: string, max = 1000, min = 1) {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim() : value,
    ),
    IsString({ message: empty }),
    MinLength(min, { message: empty }),
    MaxLength(max, { message: `Please keep it to ${max} characters.` }),
  );
}
