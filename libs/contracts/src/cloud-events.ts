// CloudEvents Kafka protocol binding, binary content mode: attributes travel as `ce_` headers,
// the protobuf event is the record value.
export const CloudEventHeaders = {
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  subject: 'ce_subject',
  specVersion: 'ce_specversion',
  contentType: 'content-type',
} as const;

export const CLOUD_EVENTS_SPEC_VERSION = '1.0';
export const PROTOBUF_CONTENT_TYPE = 'application/protobuf';

// Added to records in `<topic>.dlq`, next to the original headers.
export const DeadLetterHeaders = {
  error: 'onewindow_dlq_error',
  attempts: 'onewindow_dlq_attempts',
  consumerGroup: 'onewindow_dlq_consumer_group',
  originalTopic: 'onewindow_dlq_original_topic',
  originalPartition: 'onewindow_dlq_original_partition',
  originalOffset: 'onewindow_dlq_original_offset',
} as const;
