import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  Res,
  UnauthorizedException,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { ApiErrors, BODY_ERRORS } from '../docs/api-errors.ts';
import { UserEnvelope, UserResponse } from '../users/user.response.ts';
import type { User } from '../users/user.ts';
import { UsersService } from '../users/users.service.ts';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenService } from './access-token.service.ts';
import { ApiSignedIn } from './api-auth.decorator.ts';
import { AuthService } from './auth.service.ts';
import { type Caller, CurrentUser } from './current-user.decorator.ts';
import { LoginDto } from './dto/login.dto.ts';
import { RegisterDto } from './dto/register.dto.ts';
import { NoStoreInterceptor } from './no-store.interceptor.ts';
import { Public } from './public.decorator.ts';

class LoginResponse {
  @ApiProperty()
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Seconds until the token expires.' })
  expiresIn!: number;

  @ApiProperty({ type: UserResponse })
  user!: User;
}

/** /api/v1/auth: sign up, log in for a bearer token, and "who am I". */
@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
  ) {}

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
  @ApiOperation({ operationId: 'login', summary: 'Get a bearer token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(...BODY_ERRORS, 401, 429)
  async login(@Body() input: LoginDto, @Req() request: Request) {
    const user = await this.auth.login(input.email, input.password, request.ip ?? '');
    return {
      accessToken: await this.tokens.sign(user),
      tokenType: 'Bearer',
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user,
    };
  }

  /** The token carries only the id and role: the account is read here, and is gone -> 401. */
  @Get('me')
  @ApiOperation({ operationId: 'getMe', summary: 'The signed-in user' })
  @ApiSignedIn()
  @ApiOkResponse({ type: UserEnvelope })
  async me(
    @CurrentUser() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ user: User }> {
    const user = await this.users.findById(caller.id);
    if (!user) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('Authentication required');
    }
    return { user };
  }
}
