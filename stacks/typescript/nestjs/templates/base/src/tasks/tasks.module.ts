import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller.ts';
import { TasksRepository } from './tasks.repository.ts';
import { TasksService } from './tasks.service.ts';

/** The tasks feature: HTTP routes, rules and SQL, wired together by Nest's injector. */
@Module({
  controllers: [TasksController],
  providers: [TasksService, TasksRepository],
})
export class TasksModule {}
