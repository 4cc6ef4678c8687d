import { Injectable } from '@nestjs/common';
import { EventTypes, intake, matterContentFromProto } from '@onewindow/contracts';
import { decodePayload, EventHandler, PoisonMessageError } from '@onewindow/messaging';
import { RouteMatterUseCase } from '../application/route-matter.use-case';

@Injectable()
export class MatterRegisteredEventHandler {
  constructor(private readonly routeMatter: RouteMatterUseCase) {}

  readonly handlers: Record<string, EventHandler> = {
    [EventTypes.matterRegistered]: async (event) => {
      const registered = decodePayload(intake.MatterRegistered, event);
      if (!registered.matterId || !registered.content) {
        throw new PoisonMessageError(`MatterRegistered ${event.id} has no matter id or content`);
      }
      await this.routeMatter.execute({
        matterId: registered.matterId,
        matterNumber: registered.matterNumber,
        registeredAt: registered.registeredAt,
        content: matterContentFromProto(registered.content),
      });
    },
  };
}
