import Taro from '@tarojs/taro';
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../types/api';
import type { FunctionResult } from '../../types/errors';
import { ApiError } from './api-error';
import { transport } from './transport';

/**
 * The only way pages reach the server: typed by the shared contract, so a page can never drift from it.
 * Throws ApiError with the function's code and Chinese message.
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, data: InputOf<F, A>): Promise<OutputOf<F, A>> {
  let result: FunctionResult<unknown>;
  try {
    result = await transport(fn, action, data);
  } catch {
    throw new ApiError('INTERNAL', '网络不可用，请检查网络后重试', undefined, true);
  }
  if (!result || typeof result !== 'object') throw new ApiError('INTERNAL', '服务返回异常，请稍后再试');
  if (!result.ok) {
    if (result.error.code === 'UNAUTHENTICATED' && process.env.TARO_ENV === 'h5') {
      void Taro.reLaunch({ url: '/pages/login/index' });
    }
    throw new ApiError(result.error.code, result.error.message, result.error.fields);
  }
  return result.data as OutputOf<F, A>;
}
