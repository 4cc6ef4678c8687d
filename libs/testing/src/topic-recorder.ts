import { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { uniqueName } from './test-stack';

/** Records every message on some topics from the beginning, for assertions on what was published. */
export class TopicRecorder {
  readonly messages: (KafkaMessage & { topic: string })[] = [];
  private consumer?: Consumer;

  constructor(private readonly kafka: Kafka) {}

  async start(topics: string[]): Promise<this> {
    this.consumer = this.kafka.consumer({ groupId: uniqueName('recorder'), maxWaitTimeInMs: 500 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ topic, message }) => void this.messages.push({ ...message, topic }),
    });
    return this;
  }

  header(message: KafkaMessage, name: string): string | undefined {
    return message.headers?.[name]?.toString();
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
  }
}
