import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsStorableText, ToLowerCase, Trim } from '../../common/validators.ts';

/**
 * POST /api/v1/auth/login. No format rules beyond "present": a wrong email and a wrong password
 * must give the same 401, so the email is only normalised the way register stores it.
 */
export class LoginDto {
  @ApiProperty({ description: 'Trimmed and lower-cased before lookup.' })
  @Trim()
  @ToLowerCase()
  @MaxLength(254, { message: 'must be at most 254 characters' })
  @IsNotEmpty({ message: 'is required' })
  @IsStorableText()
  @IsString({ message: 'must be a string' })
  email!: string;

  @ApiProperty()
  @MaxLength(128, { message: 'must be at most 128 characters' })
  @IsNotEmpty({ message: 'is required' })
  @IsStorableText()
  @IsString({ message: 'must be a string' })
  password!: string;
}
