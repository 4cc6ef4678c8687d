import { randomUUID } from 'node:crypto';
import { IHeaders, KafkaMessage, Message } from 'kafkajs';
import { CLOUD_EVENTS_SPEC_VERSION, CloudEventHeaders, PROTOBUF_CONTENT_TYPE } from '@onewindow/contracts';

/** An event as it travels: CloudEvents attributes plus the protobuf-encoded payload. */
export interface CloudEvent {
  id: string;
  type: string;
  source: string;
  /** The matter id: also the Kafka key, so one matter's events stay in order. */
  subject: string;
  time: string;
  payload: Buffer;
}

export interface NewEvent {
  /** Defaults to a fresh UUID; given when the id is already known (e.g. shown on a timeline). */
  id?: string;
  type: string;
  source: string;
  subject: string;
  payload: Uint8Array;
  /** Defaults to now; fixed in tests. */
  time?: Date;
}

export function newCloudEvent(event: NewEvent): CloudEvent {
  return {
    id: event.id ?? randomUUID(),
    type: event.type,
    source: event.source,
    subject: event.subject,
    time: (event.time ?? new Date()).toISOString(),
    payload: Buffer.from(event.payload),
  };
}

export function toKafkaMessage(event: CloudEvent): Message {
  return {
    key: event.subject,
    value: event.payload,
    headers: {
      [CloudEventHeaders.id]: event.id,
      [CloudEventHeaders.type]: event.type,
      [CloudEventHeaders.source]: event.source,
      [CloudEventHeaders.subject]: event.subject,
      [CloudEventHeaders.time]: event.time,
      [CloudEventHeaders.specVersion]: CLOUD_EVENTS_SPEC_VERSION,
      [CloudEventHeaders.contentType]: PROTOBUF_CONTENT_TYPE,
    },
  };
}

/** A record that can never be processed, however often it is retried: it goes to the DLQ at once. */
export class PoisonMessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoisonMessageError';
  }
}

function header(headers: IHeaders | undefined, name: string): string | undefined {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.toString();
}

export function fromKafkaMessage(message: KafkaMessage): CloudEvent {
  const required = [CloudEventHeaders.id, CloudEventHeaders.type, CloudEventHeaders.source, CloudEventHeaders.time];
  const missing = required.filter((name) => !header(message.headers, name));
  if (missing.length > 0) throw new PoisonMessageError(`missing CloudEvents headers: ${missing.join(', ')}`);
  if (!message.value) throw new PoisonMessageError('record has no value');
  return {
    id: header(message.headers, CloudEventHeaders.id)!,
    type: header(message.headers, CloudEventHeaders.type)!,
    source: header(message.headers, CloudEventHeaders.source)!,
    subject: header(message.headers, CloudEventHeaders.subject) ?? message.key?.toString() ?? '',
    time: header(message.headers, CloudEventHeaders.time)!,
    payload: message.value,
  };
}

/** Decodes a protobuf payload; bytes that do not parse are poison, not a reason to retry. */
export function decodePayload<T>(codec: { decode(input: Uint8Array): T }, event: CloudEvent): T {
  try {
    return codec.decode(event.payload);
  } catch (error) {
    throw new PoisonMessageError(`${event.type} ${event.id} does not decode: ${String(error)}`, { cause: error });
  }
}
