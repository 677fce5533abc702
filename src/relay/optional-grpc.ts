import { ErrorCodes, LogveilError } from '../engine/errors.js';

/** gRPC is an optional peer: say which option needs it instead of failing with a module resolution error. */
export async function importGrpc<T>(option: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes('@grpc/grpc-js')) {
      throw new LogveilError(ErrorCodes.BAD_OPTION, `${option} needs the optional package @grpc/grpc-js; install it next to logveil`);
    }
    throw error;
  }
}
