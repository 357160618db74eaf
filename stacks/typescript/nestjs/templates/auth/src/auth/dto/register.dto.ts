import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Length } from 'class-validator';
import { IsStorableText, ToLowerCase, Trim } from '../../common/validators.ts';

/**
 * POST /api/v1/auth/register. Emails are stored trimmed and lower-cased. (The checks run from
 * the property up, and the first failure of each field is reported.)
 */
export class RegisterDto {
  @ApiProperty({ format: 'email', description: 'Trimmed and lower-cased.' })
  @Trim()
  @ToLowerCase()
  // Also limits the length to 254 characters, the most an address can have.
  @IsEmail({}, { message: 'must be a valid email address' })
  @IsStorableText()
  email!: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @Length(8, 128, { message: 'must be 8 to 128 characters' })
  @IsStorableText()
  @IsString({ message: 'must be a string' })
  password!: string;

  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Trim()
  @Length(1, 100, { message: 'must be 1 to 100 characters (after trimming)' })
  @IsStorableText()
  @IsString({ message: 'must be a string' })
  name!: string;
}
