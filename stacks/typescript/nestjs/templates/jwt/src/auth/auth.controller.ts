import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  UseInterceptors,
} from '@nestjs/common';
import type { Request } from 'express';
import type { User } from '../users/user.ts';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenService } from './access-token.service.ts';
import { AuthService } from './auth.service.ts';
import { CurrentUser } from './current-user.decorator.ts';
import { LoginDto } from './dto/login.dto.ts';
import { RegisterDto } from './dto/register.dto.ts';
import { NoStoreInterceptor } from './no-store.interceptor.ts';
import { Public } from './public.decorator.ts';

/** /api/v1/auth: sign up, log in for a bearer token, and "who am I". */
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: AccessTokenService,
  ) {}

  @Public()
  @Post('register')
  async register(@Body() input: RegisterDto): Promise<{ user: User }> {
    return { user: await this.auth.register(input) };
  }

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseInterceptors(NoStoreInterceptor)
  async login(@Body() input: LoginDto, @Req() request: Request) {
    const user = await this.auth.login(input.email, input.password, request.ip ?? '');
    return {
      accessToken: await this.tokens.sign(user),
      tokenType: 'Bearer',
      expiresIn: ACCESS_TOKEN_TTL_SECONDS,
      user,
    };
  }

  @Get('me')
  me(@CurrentUser() user: User): { user: User } {
    return { user };
  }
}
