import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import type { StaffRole } from '@onewindow/access';
import { ApiErrorView } from '../http/api-answers';
import { describePosts } from './role-names';

export const REQUIRED_ROLES = 'onewindow:required-roles';

/** 403 unless the signed-in user holds at least one of these posts (一人多岗: any one suffices). */
export const RequireRoles = (...roles: StaffRole[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiForbiddenResponse({ description: `needs one of the posts ${describePosts(roles)}`, type: ApiErrorView }),
  );
