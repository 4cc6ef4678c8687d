import { Schema } from 'mongoose';
import type { UserAccount } from './user-account';

export interface UserDocument extends Omit<UserAccount, 'username'> {
  /** The username: unique by being the key. */
  _id: string;
  createdAt: Date;
}

export const UserSchema = new Schema<UserDocument>(
  {
    _id: { type: String, required: true },
    displayName: { type: String, required: true },
    passwordHash: { type: String, required: true },
    roles: { type: [String], required: true },
    counties: { type: [String], required: true },
    agency: { type: String },
    failedAttempts: { type: Number, required: true, default: 0 },
    lockedUntil: { type: Date },
    disabled: { type: Boolean, required: true, default: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'users', versionKey: false },
);
