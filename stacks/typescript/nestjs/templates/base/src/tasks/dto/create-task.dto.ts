import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { IsDateOnly, IsStorableText, Trim } from '../../common/validators.ts';
import { TASK_STATUSES, type TaskStatus } from '../../db/schema.ts';
import type { TaskInput } from '../task.ts';

/**
 * The body of POST /api/v1/tasks, and of PUT, which replaces the whole task: an omitted
 * optional field goes back to its default (the initial values below). The global
 * ValidationPipe drops every property not declared here, so a client can't set `id`,
 * `ownerId` or `createdAt`.
 *
 * Reading the rules: class-validator runs the decorators nearest the property first, and the
 * pipe reports the first failure of each field, so the type check sits right above it.
 */
export class CreateTaskDto implements TaskInput {
  @ApiProperty({ minLength: 1, maxLength: 200, description: 'Trimmed before validation.' })
  @Trim()
  @Length(1, 200, { message: 'must be 1 to 200 characters (after trimming)' })
  @IsStorableText()
  @IsString({ message: 'must be a string' })
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, default: null })
  @IsOptional()
  @MaxLength(2000, { message: 'must be at most 2000 characters' })
  @IsStorableText()
  @IsString({ message: 'must be a string or null' })
  description: string | null = null;

  @ApiPropertyOptional({ enum: TASK_STATUSES, enumName: 'TaskStatus', default: 'todo' })
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status: TaskStatus = 'todo';

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, default: null })
  @IsOptional()
  @IsDateOnly()
  dueDate: string | null = null;
}
