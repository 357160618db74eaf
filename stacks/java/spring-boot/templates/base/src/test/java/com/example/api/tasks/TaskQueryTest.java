package com.example.api.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.api.common.ApiException;
import com.example.api.common.QueryParams;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskQueryTest {

  @Test
  void defaultsToTheFirstPageNewestFirst() {
    TaskQuery query = TaskQuery.parse(new QueryParams(Map.of()));
    assertThat(query.page().page()).isEqualTo(1);
    assertThat(query.page().pageSize()).isEqualTo(20);
    assertThat(query.orderBy()).startsWith("created_at DESC");
  }

  @Test
  void acceptsTheLargestPageWithoutOverflowingTheOffset() {
    TaskQuery query =
        TaskQuery.parse(new QueryParams(Map.of("page", "2147483647", "pageSize", "100")));
    assertThat(query.page().offset()).isEqualTo(2147483646L * 100);
  }

  @Test
  void rejectsOutOfRangeAndUnknownValues() {
    for (var params :
        new Map[] {
          Map.of("page", "0"),
          Map.of("page", "2147483648"),
          Map.of("pageSize", "101"),
          Map.of("pageSize", "ten"),
          Map.of("sort", "owner"),
          Map.of("status", "archived"),
          Map.of("q", "a\u0000")
        }) {
      @SuppressWarnings("unchecked")
      Map<String, String> typed = params;
      assertThatThrownBy(() -> TaskQuery.parse(new QueryParams(typed)))
          .isInstanceOf(ApiException.class);
    }
  }

  @Test
  void putsTasksWithoutADueDateLast() {
    assertThat(TaskQuery.parse(new QueryParams(Map.of("sort", "-dueDate"))).orderBy())
        .startsWith("due_date IS NULL, due_date DESC");
  }

  @Test
  void escapesLikeWildcards() {
    assertThat(TaskRepository.escapeLike("50%_off!")).isEqualTo("50!%!_off!!");
  }
}
