import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { PageQuery } from '../../common/pagination.ts';
import { IsStorableText } from '../../common/validators.ts';
import { TASK_STATUSES, type TaskStatus } from '../../db/schema.ts';
import { TASK_SORTS, type TaskSortParam } from '../task.ts';

/** `GET /api/v1/tasks?page&pageSize&status&q&sort`; unknown parameters are ignored. */
export class ListTasksQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TASK_STATUSES, enumName: 'TaskStatus' })
  @IsOptional()
  @IsIn(TASK_STATUSES, { message: `must be one of ${TASK_STATUSES.join(', ')}` })
  status?: TaskStatus;

  /** A literal, case-insensitive substring of the title or the description. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsStorableText()
  @IsString({ message: 'must be a single value' })
  q?: string;

  @ApiPropertyOptional({ enum: TASK_SORTS, default: '-createdAt' })
  @IsIn(TASK_SORTS, { message: `must be one of ${TASK_SORTS.join(', ')}` })
  sort: TaskSortParam = '-createdAt';
}
