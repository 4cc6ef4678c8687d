import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'onewindow:public';

/** The route needs no sign-in (the portal, sign-in itself); every other route needs a staff access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
