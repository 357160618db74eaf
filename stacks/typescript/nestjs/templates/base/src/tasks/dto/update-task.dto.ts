import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsDateOnly, IsOmittable, IsStorableText, Trim } from '../../common/validators.ts';
import { TASK_STATUSES, type TaskStatus } from '../../db/schema.ts';
import type { TaskChanges } from '../task.ts';

/**
 * The body of PATCH /api/v1/tasks/{id}: every field may be left out, and only the fields given
 * change. description and dueDate can be cleared with null; title and status can't be null.
 */
export class UpdateTaskDto implements TaskChanges {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200, description: 'Trimmed before validation.' })
  @IsOmittable()
  @Trim()
  @Length(1, 200, { message: 'must be 1 to 200 characters (after trimming)' })
  @IsStorableText()
  @IsString({ message: 'must be a string' })
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  @IsStorableText()
  @IsString({ message: 'must be a string or null' })
  description?: string | null;

  @ApiPropertyOptional({ enum: TASK_STATUSES, enumName: 'TaskStatus' })
  @IsOmittable()
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status?: TaskStatus;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsDateOnly()
  dueDate?: string | null;
}
