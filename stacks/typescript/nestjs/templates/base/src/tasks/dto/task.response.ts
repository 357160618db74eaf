import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../../common/pagination.ts';
import { TASK_STATUSES, type TaskStatus } from '../../db/schema.ts';
import type { Task } from '../task.ts';

/**
 * A task as the API returns it, described for /openapi.json. Responses are plain objects from
 * the repository (never instances of this class); the class exists for @nestjs/swagger, which
 * reads its decorators. `type: String` where the type is a union: decorator metadata can't
 * express `string | null`.
 */
export class TaskResponse implements Task {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ enum: TASK_STATUSES, enumName: 'TaskStatus' })
  status!: TaskStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'YYYY-MM-DD.' })
  dueDate!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}

export class TaskPageResponse implements Page<Task> {
  @ApiProperty({ type: [TaskResponse] })
  data!: Task[];

  @ApiProperty({ type: 'integer' })
  page!: number;

  @ApiProperty({ type: 'integer' })
  pageSize!: number;

  @ApiProperty({ type: 'integer', description: 'Number of matching items on all pages.' })
  total!: number;
}
