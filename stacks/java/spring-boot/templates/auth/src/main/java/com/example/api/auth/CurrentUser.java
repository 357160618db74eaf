package com.example.api.auth;

import java.util.UUID;

/** The authenticated caller, as controllers receive it through {@code @AuthenticationPrincipal}. */
public record CurrentUser(UUID id, String role) {}
