package com.example.api.users;

import static io.swagger.v3.oas.annotations.enums.ParameterIn.QUERY;

import com.example.api.auth.ApiSecurity;
import com.example.api.common.PageResponse;
import com.example.api.common.QueryParams;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "users")
@RequestMapping("/api/v1/users")
@SecurityRequirement(name = ApiSecurity.SCHEME)
class UserController {

  private final UserRepository users;

  UserController(UserRepository users) {
    this.users = users;
  }

  // QueryParams reads and validates the query (a bad value is a 422 with details), so the
  // parameters are declared here for the OpenAPI document.
  @Parameter(in = QUERY, name = "page", schema = @Schema(type = "integer", minimum = "1"))
  @Parameter(
      in = QUERY,
      name = "pageSize",
      schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
  @ApiResponse(responseCode = "200")
  @ApiResponse(responseCode = "403", description = "Only an admin may list users.")
  @ApiResponse(responseCode = "422", description = "A query parameter is invalid.")
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
