import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../config/config.ts';
import { ApiErrors, BODY_ERRORS } from '../docs/api-errors.ts';
import { UserEnvelope, UserResponse } from '../users/user.response.ts';
import type { User } from '../users/user.ts';
import { ApiSignedIn, ApiSignedInWrite } from './api-auth.decorator.ts';
import { AuthService } from './auth.service.ts';
import { CurrentUser } from './current-user.decorator.ts';
import { LoginDto } from './dto/login.dto.ts';
import { RegisterDto } from './dto/register.dto.ts';
import { NoStoreInterceptor } from './no-store.interceptor.ts';
import { Public } from './public.decorator.ts';
import {
  SESSION_COOKIE,
  SESSION_TTL_MS,
  SessionsService,
  sessionIdOf,
} from './sessions.service.ts';

class LoginResponse {
  @ApiProperty({ type: UserResponse })
  user!: User;

  @ApiProperty({ description: 'Send as header X-CSRF-Token on every state-changing request.' })
  csrfToken!: string;
}

/** /api/v1/auth: sign up, log in (sets the session cookie), log out, and "who am I". */
@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  // HttpOnly: page scripts can't read it. SameSite=Lax: not sent on cross-site POSTs.
  // Secure (HTTPS only) everywhere except local development and tests.
  private readonly cookie: CookieOptions;

  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    config: AppConfig,
  ) {
    this.cookie = {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.env === 'production',
      path: '/',
    };
  }

  @Public()
  @Post('register')
  @ApiOperation({ operationId: 'register', summary: 'Create an account' })
  @ApiCreatedResponse({ type: UserEnvelope })
  @ApiErrors(...BODY_ERRORS, 409)
  async register(@Body() input: RegisterDto): Promise<{ user: User }> {
    return { user: await this.auth.register(input) };
  }

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(NoStoreInterceptor)
  @ApiOperation({ operationId: 'login', summary: 'Start a session' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(...BODY_ERRORS, 401, 429)
  async login(
    @Body() input: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ) {
    const user = await this.auth.login(input.email, input.password, request.ip ?? '');
    const session = await this.sessions.create(user.id);
    response.cookie(SESSION_COOKIE, session.id, { ...this.cookie, maxAge: SESSION_TTL_MS });
    return { user, csrfToken: session.csrfToken };
  }

  /** Needs the session and, being a POST, its CSRF token (AuthGuard checks both). */
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ operationId: 'logout', summary: 'End the session' })
  @ApiSignedInWrite()
  @ApiNoContentResponse({ description: 'Logged out' })
  async logout(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const sessionId = sessionIdOf(request);
    if (sessionId) await this.sessions.destroy(sessionId);
    response.clearCookie(SESSION_COOKIE, this.cookie);
  }

  // The session guard puts the whole account, read with the session, on the request.
  @Get('me')
  @ApiOperation({ operationId: 'getMe', summary: 'The signed-in user' })
  @ApiSignedIn()
  @ApiOkResponse({ type: UserEnvelope })
  me(@CurrentUser() user: User): { user: User } {
    return { user };
  }
}
