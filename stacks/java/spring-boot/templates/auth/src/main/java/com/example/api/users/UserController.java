package com.example.api.users;

import com.example.api.common.PageResponse;
import com.example.api.common.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/users")
class UserController {

  private final UserRepository users;

  UserController(UserRepository users) {
    this.users = users;
  }

  @GetMapping
  PageResponse<UserResponse> list(HttpServletRequest request) {
    QueryParams query = QueryParams.of(request);
    QueryParams.PageRequest page = query.page();
    query.validate();
    var data =
        users.findPage(page.offset(), page.pageSize()).stream().map(UserResponse::from).toList();
    return new PageResponse<>(data, page.page(), page.pageSize(), users.count());
  }
}
