import { Connection } from 'mongoose';
import { isDuplicateKeyError } from '@onewindow/persistence';

interface ProcessedEvent {
  _id: string;
  consumerGroup: string;
  eventId: string;
  topic: string;
  processedAt: Date;
}

/**
 * The ce_ids a consumer group has already handled, kept in the consuming service's own database so a
 * redelivered event changes state once.
 */
export class ProcessedEventStore {
  constructor(private readonly connection: Connection) {}

  private get collection() {
    return this.connection.collection<ProcessedEvent>('processed_events');
  }

  private static key(consumerGroup: string, eventId: string): string {
    return `${consumerGroup}|${eventId}`;
  }

  async has(consumerGroup: string, eventId: string): Promise<boolean> {
    const found = await this.collection.findOne(
      { _id: ProcessedEventStore.key(consumerGroup, eventId) },
      { projection: { _id: 1 } },
    );
    return found !== null;
  }

  async remember(consumerGroup: string, eventId: string, topic: string): Promise<void> {
    // A plain insert by _id: the store answers it from its primary index, where an upsert would read first.
    try {
      await this.collection.insertOne({
        _id: ProcessedEventStore.key(consumerGroup, eventId),
        consumerGroup,
        eventId,
        topic,
        processedAt: new Date(),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
}
