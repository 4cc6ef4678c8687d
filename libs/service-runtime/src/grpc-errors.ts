import { Metadata, status } from '@grpc/grpc-js';
import { RpcException } from '@nestjs/microservices';
import { BinaryReader, BinaryWriter } from '@bufbuild/protobuf/wire';

// gRPC's rich error model: a google.rpc.Status carrying a google.rpc.BadRequest travels in the
// `grpc-status-details-bin` trailer, so any gRPC client can show which fields were wrong.
const STATUS_DETAILS_KEY = 'grpc-status-details-bin';
const BAD_REQUEST_TYPE_URL = 'type.googleapis.com/google.rpc.BadRequest';

export interface FieldViolation {
  field: string;
  description: string;
}

function encodeBadRequest(violations: FieldViolation[]): Uint8Array {
  const writer = new BinaryWriter();
  for (const v of violations)
    writer.uint32(10).fork().uint32(10).string(v.field).uint32(18).string(v.description).join();
  return writer.finish();
}

function encodeStatus(code: number, message: string, badRequest: Uint8Array): Buffer {
  const writer = new BinaryWriter().uint32(8).int32(code).uint32(18).string(message);
  writer.uint32(26).fork().uint32(10).string(BAD_REQUEST_TYPE_URL).uint32(18).bytes(badRequest).join();
  return Buffer.from(writer.finish());
}

export function invalidArgument(message: string, violations: FieldViolation[]): RpcException {
  const metadata = new Metadata();
  metadata.set(STATUS_DETAILS_KEY, encodeStatus(status.INVALID_ARGUMENT, message, encodeBadRequest(violations)));
  return new RpcException({ code: status.INVALID_ARGUMENT, message, metadata });
}

export function failedPrecondition(message: string): RpcException {
  return new RpcException({ code: status.FAILED_PRECONDITION, message });
}

export function alreadyExists(message: string): RpcException {
  return new RpcException({ code: status.ALREADY_EXISTS, message });
}

export function notFound(message: string): RpcException {
  return new RpcException({ code: status.NOT_FOUND, message });
}

function decodeFieldViolation(bytes: Uint8Array): FieldViolation {
  const reader = new BinaryReader(bytes);
  const violation: FieldViolation = { field: '', description: '' };
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) violation.field = reader.string();
    else if (tag >>> 3 === 2) violation.description = reader.string();
    else reader.skip(tag & 7);
  }
  return violation;
}

/** Reads the field violations back out of a failed call's trailers (for clients and tests). */
export function fieldViolationsOf(metadata: Metadata | undefined): FieldViolation[] {
  const raw = metadata?.get(STATUS_DETAILS_KEY)[0];
  if (!(raw instanceof Buffer)) return [];
  const violations: FieldViolation[] = [];
  const statusReader = new BinaryReader(raw);
  while (statusReader.pos < statusReader.len) {
    const tag = statusReader.uint32();
    if (tag >>> 3 !== 3) {
      statusReader.skip(tag & 7);
      continue;
    }
    const any = new BinaryReader(statusReader.bytes());
    let typeUrl = '';
    let value: Uint8Array = new Uint8Array();
    while (any.pos < any.len) {
      const anyTag = any.uint32();
      if (anyTag >>> 3 === 1) typeUrl = any.string();
      else if (anyTag >>> 3 === 2) value = any.bytes();
      else any.skip(anyTag & 7);
    }
    if (typeUrl !== BAD_REQUEST_TYPE_URL) continue;
    const badRequest = new BinaryReader(value);
    while (badRequest.pos < badRequest.len) {
      const brTag = badRequest.uint32();
      if (brTag >>> 3 === 1) violations.push(decodeFieldViolation(badRequest.bytes()));
      else badRequest.skip(brTag & 7);
    }
  }
  return violations;
}
